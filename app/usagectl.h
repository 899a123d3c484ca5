#pragma once

#include <QStringList>
#include <QTextStream>

// The `usagectl` program: parses the command line, opens the backend, runs
// one command. Returns the process exit code; never throws.
class UsageCtl
{
public:
    UsageCtl(QTextStream &out, QTextStream &err, QTextStream &in);

    int run(const QStringList &arguments);

    static QString helpText();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};
