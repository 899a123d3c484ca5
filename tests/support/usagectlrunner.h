#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What a run of the usagectl binary printed and how it ended.
struct UsagectlRun
{
    int code = -1; // the exit code; -1 when it crashed
    QString out;
    QString err;
};

namespace UsagectlRunner {

// Runs the build's usagectl with `args` and `env`. A run that does not
// finish within two minutes ends the test program, naming the command.
UsagectlRun run(const QStringList &args,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
// The same for another program: `program` is a path (an installed usagectl).
UsagectlRun runProgram(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

} // namespace UsagectlRunner
