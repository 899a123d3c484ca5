#pragma once

// What Qt and its drivers log (qWarning and below) is not usagectl's output:
// "QMYSQLResult::cleanup: unable to free statement handle", repeated around
// the one real error when a database goes away, only buries it. install()
// drops such lines from stderr; with --verbose they are written there as
// marked log lines instead. Fatal messages still end the program as Qt's own
// handler would.
namespace CliMessageHandler {

void install();
void setVerbose(bool verbose);

} // namespace CliMessageHandler
