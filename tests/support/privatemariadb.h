#pragma once

#include "sql/connectionspec.h"

#include <QString>
#include <QStringList>

// A MariaDB server of a test's own: tests/support/mariadb-fixture.sh in a
// private directory, for tests that stop (SIGSTOP) or kill it, which the
// shared fixture other tests use in parallel must never be. Same user and
// password as the shared fixture; stopped (after a SIGCONT) when destroyed.
class PrivateMariaDb
{
public:
    // `dir` is wiped and used for the server's data, socket and port file.
    explicit PrivateMariaDb(const QString &dir);
    ~PrivateMariaDb();

    PrivateMariaDb(const PrivateMariaDb &) = delete;
    PrivateMariaDb &operator=(const PrivateMariaDb &) = delete;

    // More mariadbd options for start() (no spaces inside one).
    void setServerOptions(const QStringList &options) { m_options = options; }
    // Starts the server (about 3 s); false when it does not come up or
    // there is no shared fixture to take the user from.
    bool start();
    // The server as user `uc`, database `database` (not created here).
    ConnectionSpec spec(const QString &database) const;
    qint64 pid() const;
    // kill(2) on the server; true when delivered.
    bool signal(int sig) const;

private:
    bool script(const QString &action) const;

    QString m_dir;
    QStringList m_options;
    ConnectionSpec m_server;
    bool m_started = false;
};
