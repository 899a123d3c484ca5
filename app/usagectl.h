#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

class Backend;
class CliContext;

// The `usagectl` program: parses the command line, opens the backend, runs
// one command. Returns the process exit code; never throws.
class UsageCtl
{
public:
    UsageCtl(QTextStream &out, QTextStream &err, QTextStream &in);

    int run(const QStringList &arguments);
    // The next run() works on `backend` instead of --db or --api (a saved
    // report's profile), behind the roll-up cache where the command uses it
    // and `cacheAllowed`.
    void useBackend(std::shared_ptr<Backend> backend, bool cacheAllowed);

    static QString helpText();

private:
    int runCommand(CliContext &ctx, const QStringList &arguments);
    // `usagectl help [COMMAND]`
    int helpFor(CliContext &ctx, const QStringList &words);
    // "usagectl: MESSAGE", then `usage`, on stderr: exit code 2.
    int usageError(CliContext &ctx, const QString &message, const QString &usage);

    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    std::shared_ptr<Backend> m_backend;
    bool m_cacheAllowed = true;
};
