#pragma once

#include "cliarguments.h"

#include <QList>
#include <QStringList>

class CliContext;

// One usagectl command: its words, handler, the options it takes and its
// help. The table is the one place that says what exists: the parser, the
// overall help and each command's own help are all made from it.
struct CliCommand
{
    using Handler = int (*)(CliContext &);

    QString words; // "orders list"
    Handler handler = nullptr;
    QStringList options;
    bool needsDatabase = true;
    bool cached = false; // goes through the roll-up cache unless --no-cache
    QString argument;    // "ID", "FILE": one positional after the words, or none
    QString synopsis;    // the options part of its usage line
    QString summary;     // one sentence
    QStringList notes;   // more lines for its own help
    int troubleExit = 1; // the exit code when the server fails it (audit: 2)
};

namespace CliCommands {

const QList<CliCommand> &all();
// The command `positional` starts with, or null.
const CliCommand *find(const QStringList &positional);
// The commands whose first word is `group` ("orders": list, show, cancel).
QList<const CliCommand *> group(const QString &group);

// Options that every command takes; flags (options without a value).
const QStringList &globalOptions();
const QStringList &flagOptions();
QList<CliArguments::OptionSpec> optionSpecs();

// `usagectl --help`: the global options and every command.
QString overview();
// `usagectl help COMMAND`, `usagectl COMMAND --help`.
QString help(const CliCommand &command);
// `usagectl help orders`: the commands of a group.
QString groupHelp(const QString &group);

} // namespace CliCommands
