#pragma once

class QCoreApplication;

// What both usagectl programs do once their application object exists: its
// names, the standard streams, and the command line run.
namespace UsagectlMain {

int run(QCoreApplication &app);

} // namespace UsagectlMain
