#include "privatemariadb.h"

#include "testdatabases.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>

#include <csignal>

PrivateMariaDb::PrivateMariaDb(const QString &dir)
    : m_dir(dir)
{
}

PrivateMariaDb::~PrivateMariaDb()
{
    if (!m_started)
        return;
    signal(SIGCONT); // a stopped server cannot shut down
    script(QStringLiteral("stop"));
}

bool PrivateMariaDb::script(const QString &action) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UC_MARIADB_EXTRA_ARGS"), m_options.join(QLatin1Char(' ')));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"),
            {TestPaths::sourceDir() + QStringLiteral("/tests/support/mariadb-fixture.sh"), action,
             m_dir});
    return p.waitForFinished(90000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PrivateMariaDb::start()
{
    const auto shared = TestDatabases::mariadbServer();
    if (!shared)
        return false;
    // mariadb-install-db has failed now and then on a loaded machine with
    // several servers starting at once: one more try before giving up.
    if (!script(QStringLiteral("start")) && !script(QStringLiteral("start")))
        return false;
    m_started = true;
    m_server = *shared;
    QFile port(m_dir + QStringLiteral("/port"));
    if (!port.open(QIODevice::ReadOnly))
        return false;
    m_server.port = port.readAll().trimmed().toInt();
    return m_server.port > 0;
}

ConnectionSpec PrivateMariaDb::spec(const QString &database) const
{
    ConnectionSpec s = m_server;
    s.database = database;
    return s;
}

qint64 PrivateMariaDb::pid() const
{
    QFile f(m_dir + QStringLiteral("/pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toLongLong();
}

bool PrivateMariaDb::signal(int sig) const
{
    const qint64 p = pid();
    return p > 0 && ::kill(pid_t(p), sig) == 0;
}
