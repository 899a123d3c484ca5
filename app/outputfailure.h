#pragma once

class QTextStream;

// What usagectl does when its standard output cannot be written: a cron job
// writing a CSV to a full disk must not exit 0 with half a file, and a list
// read through `| head` must stop fetching pages (Qt Network leaves SIGPIPE
// ignored in the helper that reaches the service, so no signal stops it).
namespace OutputFailure {

// Ends the process when `out` has failed to write: as SIGPIPE's default would
// when the reader went away (quietly, exit status 128 + 13), else with one
// line on stderr naming the reason and exit 1. Returns when all is well.
void endIfFailed(QTextStream &out);

// After the command: flushes `out` and the C stream under it. Returns `code`,
// or 1 (after the line on stderr) when the output could not be written.
int finish(QTextStream &out, int code);

} // namespace OutputFailure
