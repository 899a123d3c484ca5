// The test support itself: the `mariadb` fixture is up and reachable over
// TCP as the test user, and TestDatabases creates and drops databases on it
// (the mariadb* functions, run as tst_testsupport_mariadb); the paths, utc()
// and the recorded answers are what the tests take them for.
#include "recordedresponse.h"
#include "testdatabases.h"
#include "testpaths.h"
#include "testtime.h"

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
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void mariadbServer();
    void mariadbCreateQueryDrop();
    void mariadbNamesAreUnique();
    void paths();
    void utc_data();
    void utc();
    void recordedResponse();

private:
    static bool databaseExists(const ConnectionSpec &server, const QString &name);
};

bool TestTestSupport::databaseExists(const ConnectionSpec &server, const QString &name)
{
    bool exists = false;
    {
        QSqlDatabase db = TestDatabases::openRaw(server, QStringLiteral("probe"));
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

void TestTestSupport::mariadbCreateQueryDrop()
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
        QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("t"));

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

void TestTestSupport::mariadbNamesAreUnique()
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

    QVERIFY(QFileInfo::exists(TestPaths::fixture(QStringLiteral("data.sql"))));
    QVERIFY(QFileInfo::exists(TestPaths::sourceDir() + QStringLiteral("/tests/CMakeLists.txt")));
    QVERIFY(QFileInfo(TestPaths::program(QStringLiteral("usagectl"))).isExecutable());
    if (!qEnvironmentVariableIsEmpty("UC_BIN_DIR"))
        QCOMPARE(QDir(TestPaths::binDir()).canonicalPath(),
                 QDir(QCoreApplication::applicationDirPath()).canonicalPath());
}

void TestTestSupport::utc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("secsSinceEpoch");
    // 2026-11-24T23:10:12Z: 20781 days after 1970-01-01, 83412 s into the day.
    const qint64 t = 20781LL * 86400 + 23 * 3600 + 10 * 60 + 12;
    QTest::newRow("Z") << "2026-11-24T23:10:12Z" << t;
    QTest::newRow("+08:00") << "2026-11-25T07:10:12+08:00" << t;
    QTest::newRow("fraction") << "2026-11-25T07:10:12.372+08:00" << t;
    QTest::newRow("database DATETIME") << "2026-11-24 23:10:12" << t;
}

void TestTestSupport::utc()
{
    QFETCH(QString, text);
    QFETCH(qint64, secsSinceEpoch);
    const QDateTime t = TestTime::utc(text);
    QCOMPARE(t.timeSpec(), Qt::UTC);
    QCOMPARE(t.toSecsSinceEpoch(), secsSinceEpoch);
    QCOMPARE(TestTime::utc(2026, 11, 24, 23, 10, 12).toSecsSinceEpoch(), 20781LL * 86400 + 83412);
}

void TestTestSupport::recordedResponse()
{
    // quote-switch.http: 200, a JSON body of Content-Length 351 bytes.
    const RecordedResponse r = RecordedResponse::load(QStringLiteral("quote-switch"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.body.size(), 351);
    QVERIFY(r.body.startsWith("{\n  \"code\": 0,"));
    QVERIFY(r.body.endsWith("}"));
    // Without Content-Length (chunked): up to the last closing brace.
    const RecordedResponse chunked = RecordedResponse::load(QStringLiteral("usages-all.http"));
    QCOMPARE(chunked.status, 200);
    QVERIFY(chunked.body.endsWith("}"));
    QVERIFY(chunked.toHttp().startsWith("HTTP/1.1 200 "));
    QVERIFY(chunked.toHttp().endsWith(chunked.body));
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
