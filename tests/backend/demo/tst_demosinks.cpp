// Where DemoDataGenerator writes: into a database that must be empty (and
// nothing at all when canceled), as LOAD DATA files that MariaDB loads to
// the same rows, and into MariaDB with the plan tables in a database of their
// own (the same rows as in SQLite). The MariaDB rows run as
// tst_demosinks_mariadb.
#include "demo/demodatagenerator.h"
#include "testdata.h"
#include "testdatabases.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate Until(2025, 6, 1);

DemoOptions options()
{
    DemoOptions o;
    o.until = Until;
    return o;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TestDemoSinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_default; // the default options' data, in SQLite

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_default.path = m_dir.filePath(QStringLiteral("default.db"));
        TestData::writeDemo(m_default, options());
    }

    void refusesNonEmptyTablesAndBadOptions()
    {
        QSqlDatabase db = TestDatabases::openRaw(m_default, QStringLiteral("default"));
        Result<DemoStats> r = DemoDataGenerator(options()).writeTo(db);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message().contains(QLatin1String("already")));
        DemoOptions bad = options();
        bad.namespaces = 0;
        ConnectionSpec badFile;
        badFile.path = m_dir.filePath(QStringLiteral("bad.db"));
        QSqlDatabase fresh = TestDatabases::openRaw(badFile, QStringLiteral("bad"));
        QVERIFY(!DemoDataGenerator(bad).writeTo(fresh).ok());
    }

    void cancelRollsBack()
    {
        ConnectionSpec cancel;
        cancel.path = m_dir.filePath(QStringLiteral("cancel.db"));
        QSqlDatabase db = TestDatabases::openRaw(cancel, QStringLiteral("cancel"));
        qint64 seen = 0;
        Result<DemoStats> r = DemoDataGenerator(options()).writeTo(db, {}, [&seen](qint64 charges) {
            seen = charges;
            return false;
        });
        QVERIFY(!r.ok());
        QVERIFY(seen > 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER")), 0);
    }

    void loadDataFiles()
    {
        const QString dir = m_dir.filePath(QStringLiteral("load"));
        Result<DemoStats> r = DemoDataGenerator(options()).writeLoadDataFiles(dir);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        const QList<QPair<QString, int>> files = {{QStringLiteral("DF_PLAN_REGION.tsv"), 4},
                                                  {QStringLiteral("DF_PLAN.tsv"), 14},
                                                  {QStringLiteral("DF_PURCHASE_ORDER.tsv"), 15},
                                                  {QStringLiteral("DF_CONSUMING_HISTORY.tsv"), 11}};
        QList<qint64> rows;
        for (const auto &f : files) {
            QFile file(QDir(dir).filePath(f.first));
            QVERIFY(file.open(QIODevice::ReadOnly));
            qint64 n = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                QVERIFY(line.endsWith('\n'));
                QCOMPARE(line.count('\t'), f.second - 1);
                ++n;
            }
            rows.append(n);
        }
        QCOMPARE(rows[0], 2);
        QCOMPARE(rows[1], r.value().planVersions);
        QCOMPARE(rows[2], r.value().orders);
        QCOMPARE(rows[3], r.value().charges);
        QFile load(QDir(dir).filePath(QStringLiteral("load.sql")));
        QVERIFY(load.open(QIODevice::ReadOnly));
        const QString loadSql = QString::fromUtf8(load.readAll());
        QCOMPARE(loadSql.count(QLatin1String("LOAD DATA LOCAL INFILE")), 4);
        QVERIFY(
            loadSql.contains(QLatin1String("(ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME")));
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("schema.sql"))));
    }

    // The LOAD DATA files loaded into MariaDB give the generator's rows.
    void mariadbLoadDataFiles()
    {
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB fixture: LOAD DATA not tried");
        const QString dir = m_dir.filePath(QStringLiteral("load-mariadb"));
        Result<DemoStats> r = DemoDataGenerator(options()).writeLoadDataFiles(dir);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        const ConnectionSpec spec =
            TestDatabases::createMariaDbDatabase(QStringLiteral("demo_load"));
        for (const QString &script : {QStringLiteral("schema.sql"), QStringLiteral("load.sql")}) {
            QProcess mariadb;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MYSQL_PWD"), spec.password);
            mariadb.setProcessEnvironment(env);
            mariadb.setStandardInputFile(QDir(dir).filePath(script));
            mariadb.start(QStringLiteral("mariadb"),
                          {QStringLiteral("--local-infile=1"), QStringLiteral("-h"), spec.host,
                           QStringLiteral("-P"), QString::number(spec.port), QStringLiteral("-u"),
                           spec.user, spec.database});
            QVERIFY(mariadb.waitForFinished(120000));
            QVERIFY2(mariadb.exitCode() == 0, mariadb.readAllStandardError().constData());
        }
        QSqlDatabase my = TestDatabases::openRaw(spec, QStringLiteral("demo-load"));
        QCOMPARE(scalar(my, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY")),
                 r.value().charges);
        QCOMPARE(scalar(my, QStringLiteral(
                                "SELECT COUNT(*) FROM DF_PLAN WHERE PLAN_NAME LIKE '%存储卷%'")) >
                     0,
                 true);
        QCOMPARE(scalar(my, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY c JOIN "
                                           "DF_PURCHASE_ORDER o ON o.ID = c.ID")),
                 r.value().charges);
        my.close();
        TestDatabases::dropMariaDbDatabase(spec);
    }

    void mariadbWrite()
    {
        const std::optional<ConnectionSpec> server = TestDatabases::mariadbServer();
        if (!server)
            QSKIP("no MariaDB fixture");
        const ConnectionSpec usage =
            TestDatabases::createMariaDbDatabase(QStringLiteral("demo_usage"));
        const ConnectionSpec plans =
            TestDatabases::createMariaDbDatabase(QStringLiteral("demo_plans"));
        {
            QSqlDatabase my = TestDatabases::openRaw(usage, QStringLiteral("demo-write"));
            Result<DemoStats> r = DemoDataGenerator(options()).writeTo(my, plans.database);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message() + r.error().details()));
            QCOMPARE(scalar(my, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY")),
                     r.value().charges);
            QCOMPARE(
                scalar(my, QStringLiteral("SELECT COUNT(*) FROM `%1`.DF_PLAN").arg(plans.database)),
                r.value().planVersions);
            // Same rows as in SQLite: compare the sums of money and of consume ids.
            QSqlDatabase lite = TestDatabases::openRaw(m_default, QStringLiteral("lite"));
            const QString sums =
                QStringLiteral("SELECT SUM(CONSUMING), SUM(CONSUME_ID * ID), COUNT(DISTINCT "
                               "ORDER_ID) FROM DF_CONSUMING_HISTORY");
            QSqlQuery a(my), b(lite);
            QVERIFY(a.exec(sums) && a.next() && b.exec(sums) && b.next());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(a.value(i).toLongLong(), b.value(i).toLongLong());
            QCOMPARE(
                scalar(my, QStringLiteral(
                               "SELECT COUNT(*) FROM `%1`.DF_PLAN WHERE PLAN_NAME LIKE '%标准型%'")
                               .arg(plans.database)) > 0,
                true);
            my.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demo-write"));
        TestDatabases::dropMariaDbDatabase(usage);
        TestDatabases::dropMariaDbDatabase(plans);
    }
};

QTEST_GUILESS_MAIN(TestDemoSinks)
#include "tst_demosinks.moc"
