#include "testdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

namespace {

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
void execOnServer(ConnectionSpec server, const QString &sql)
{
    server.database.clear();
    TestDatabases::withConnection(server, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            qFatal("TestDatabases: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    });
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

void TestDatabases::skipRowsOutsideThisRun()
{
    if (qEnvironmentVariable("UC_TEST_DATABASES") != QLatin1String("mariadb"))
        return;
    const QByteArray tag = QTest::currentDataTag();
    // "mariadb", "mariadb …", "mariadb: …", "mariadb, …"; not "mariadb2".
    const auto asciiAlnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    const bool mariaDbTag =
        tag.startsWith("mariadb") && (tag.size() == 7 || !asciiAlnum(tag.at(7)));
    const bool mariaDbRow =
        mariaDbTag || QByteArray(QTest::currentTestFunction()).startsWith("mariadb");
    if (!mariaDbRow)
        QSKIP("not a MariaDB row: the test without MariaDB runs it");
}

QString TestDatabases::tempSqlitePath(const QTemporaryDir &dir, const QString &name)
{
    if (!dir.isValid())
        qFatal("TestDatabases: the temporary directory could not be created");
    return dir.filePath(name);
}

QString TestDatabases::privateConnectionName()
{
    static std::atomic<int> connections{0};
    return QStringLiteral("uc-testdatabases-%1").arg(++connections);
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
