// The test support itself: the `mariadb` fixture is up and reachable over
// TCP as the test user, and TestDatabases creates and drops databases on it.
#include "testdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTestSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mariadbServer();
    void createQueryDrop();
    void namesAreUnique();
    void paths();

private:
    static bool databaseExists(const ConnectionSpec &server, const QString &name);
};

bool TestTestSupport::databaseExists(const ConnectionSpec &server, const QString &name)
{
    bool exists = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("probe"));
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        if (!db.open())
            qFatal("probe connection failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            qFatal("probe query failed: %s", qPrintable(q.lastError().text()));
        exists = q.value(0).toInt() == 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return exists;
}

void TestTestSupport::mariadbServer()
{
    const auto server = TestDatabases::mariadbServer();
    if (!server)
        QSKIP("UC_TEST_MARIADB_DIR is unset: run through ctest for the MariaDB fixture");
    QCOMPARE(server->kind, ConnectionSpec::Kind::Mysql);
    QCOMPARE(server->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(server->user, QStringLiteral("uc"));
    QCOMPARE(server->password, QStringLiteral("uc-test-password"));
    QVERIFY2(server->port >= 20000 && server->port <= 60000,
             qPrintable(QString::number(server->port)));
    QVERIFY(server->database.isEmpty());
}

void TestTestSupport::createQueryDrop()
{
    const auto server = TestDatabases::mariadbServer();
    if (!server)
        QSKIP("UC_TEST_MARIADB_DIR is unset: run through ctest for the MariaDB fixture");

    const ConnectionSpec spec = TestDatabases::createMariaDbDatabase(QStringLiteral("tst"));
    QVERIFY2(
        spec.database.startsWith(QStringLiteral("tst_%1_").arg(QCoreApplication::applicationPid())),
        qPrintable(spec.database));
    QCOMPARE(spec.port, server->port);
    QVERIFY(databaseExists(*server, spec.database));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("t"));
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        db.setDatabaseName(spec.database);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));

        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT 1")), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QVERIFY(q.exec(QStringLiteral("SELECT @@version, DATABASE(), CURRENT_USER()")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("MariaDB")),
                 qPrintable(q.value(0).toString()));
        QCOMPARE(q.value(1).toString(), spec.database);
        QCOMPARE(q.value(2).toString(), QStringLiteral("uc@127.0.0.1"));

        // The user may create tables and the database keeps exact integers.
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR(20))")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (9223372036854775807, '中文')")));
        QVERIFY(q.exec(QStringLiteral("SELECT id, name FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), Q_INT64_C(9223372036854775807));
        QCOMPARE(q.value(1).toString(), QStringLiteral("中文"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));

    TestDatabases::dropMariaDbDatabase(spec);
    QVERIFY(!databaseExists(*server, spec.database));
}

void TestTestSupport::namesAreUnique()
{
    if (!TestDatabases::mariadbServer())
        QSKIP("UC_TEST_MARIADB_DIR is unset: run through ctest for the MariaDB fixture");
    const ConnectionSpec a = TestDatabases::createMariaDbDatabase(QStringLiteral("uniq"));
    const ConnectionSpec b = TestDatabases::createMariaDbDatabase(QStringLiteral("uniq"));
    QVERIFY(a.database != b.database);
    TestDatabases::dropMariaDbDatabase(a);
    TestDatabases::dropMariaDbDatabase(b);
}

void TestTestSupport::paths()
{
    QTemporaryDir dir;
    const QString path = TestDatabases::tempSqlitePath(dir, QStringLiteral("x.db"));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("x.db"));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());

    QVERIFY(!TestDatabases::fixturesDir().isEmpty());
    QVERIFY2(QFileInfo(TestDatabases::binDir()).isDir(), qPrintable(TestDatabases::binDir()));
    if (!qEnvironmentVariableIsEmpty("UC_BIN_DIR"))
        QCOMPARE(QDir(TestDatabases::binDir()).canonicalPath(),
                 QDir(QCoreApplication::applicationDirPath()).canonicalPath());
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
