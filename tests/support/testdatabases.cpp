#include "testdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

namespace {

QString envOr(const char *name, const char *fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString::fromUtf8(fallback) : value;
}

// KEY=VALUE lines of the fixture's env file.
QString fixtureEnvValue(const QString &dir, const QString &key)
{
    QFile file(dir + QStringLiteral("/env"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString prefix = key + QLatin1Char('=');
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

// Runs `sql` on the server (no default database) through a private
// connection, removed again before returning.
void execOnServer(const ConnectionSpec &server, const QString &sql)
{
    static std::atomic<int> connections{0};
    const QString name = QStringLiteral("uc-testsupport-%1").arg(++connections);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (!db.open()) {
            error = QStringLiteral("cannot connect to %1: %2")
                        .arg(server.toDisplayString(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        qFatal("TestDatabases: %s", qPrintable(error));
}

} // namespace

std::optional<ConnectionSpec> TestDatabases::mariadbServer()
{
    const QString dir = qEnvironmentVariable("UC_TEST_MARIADB_DIR");
    if (dir.isEmpty())
        return std::nullopt;
    QFile portFile(dir + QStringLiteral("/port"));
    if (!portFile.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("TestDatabases: UC_TEST_MARIADB_DIR=%s but %s cannot be read: the `mariadb` "
               "fixture did not start (run the test through ctest, or unset the variable)",
               qPrintable(dir), qPrintable(portFile.fileName()));
    bool ok = false;
    const int port = QString::fromUtf8(portFile.readAll()).trimmed().toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        qFatal("TestDatabases: %s does not hold a port number", qPrintable(portFile.fileName()));

    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Mysql;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.user = QStringLiteral("uc");
    spec.password = fixtureEnvValue(dir, QStringLiteral("UC_TEST_MARIADB_PASSWORD"));
    if (spec.password.isEmpty())
        spec.password = QStringLiteral("uc-test-password");
    return spec;
}

ConnectionSpec TestDatabases::createMariaDbDatabase(const QString &prefix)
{
    const std::optional<ConnectionSpec> server = mariadbServer();
    if (!server)
        qFatal("TestDatabases: no MariaDB server (UC_TEST_MARIADB_DIR is unset); "
               "check mariadbServer() first and QSKIP");
    static std::atomic<int> counter{0};
    ConnectionSpec spec = *server;
    spec.database = QStringLiteral("%1_%2_%3")
                        .arg(prefix.isEmpty() ? QStringLiteral("t") : prefix)
                        .arg(QCoreApplication::applicationPid())
                        .arg(++counter);
    if (!isSafeIdentifier(spec.database))
        qFatal("TestDatabases: \"%s\" is not a valid database name (prefix: letters, digits, _)",
               qPrintable(spec.database));
    execOnServer(spec,
                 QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4").arg(spec.database));
    return spec;
}

void TestDatabases::dropMariaDbDatabase(const ConnectionSpec &spec)
{
    if (!isSafeIdentifier(spec.database))
        qFatal("TestDatabases: refusing to drop \"%s\"", qPrintable(spec.database));
    execOnServer(spec, QStringLiteral("DROP DATABASE IF EXISTS `%1`").arg(spec.database));
}

QString TestDatabases::fixturesDir()
{
    return QDir::cleanPath(envOr("UC_FIXTURES_DIR", UC_DEFAULT_FIXTURES_DIR));
}

QString TestDatabases::binDir()
{
    const QString dir = qEnvironmentVariable("UC_BIN_DIR");
    return dir.isEmpty() ? QCoreApplication::applicationDirPath() : dir;
}

QString TestDatabases::tempSqlitePath(const QTemporaryDir &dir, const QString &name)
{
    if (!dir.isValid())
        qFatal("TestDatabases: the temporary directory could not be created");
    return dir.filePath(name);
}

QSqlDatabase TestDatabases::openRaw(const ConnectionSpec &spec, const QString &name)
{
    const bool mysql = spec.kind == ConnectionSpec::Kind::Mysql;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        mysql ? QStringLiteral("QMYSQL") : QStringLiteral("QSQLITE"), name);
    if (mysql) {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
    } else {
        db.setDatabaseName(spec.path);
    }
    if (!db.open())
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(db.lastError().text()));
    return db;
}

QSqlQuery TestDatabases::query(const QString &name, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(name));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}
