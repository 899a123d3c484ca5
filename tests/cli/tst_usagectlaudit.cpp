// usagectl audit end to end: the real binary on a demo database (SQLite,
// and MariaDB when the fixture runs): exit codes 0 / 1 / 2, the JSON shape
// the issue names, the table and CSV, and the failures a user meets (a
// typo, a missing file, an unreachable server, a region that is not there).

#include "demo/demodatagenerator.h"
#include "testdatabases.h"
#include "usagectlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString At = QStringLiteral("2026-11-25T00:00:00Z");

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

class TestUsageCtlAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;    // the demo: 42 amounts the REST API rounds
    QString m_clean; // the same with those amounts made exact
    std::optional<ConnectionSpec> m_mariadb;
    int m_lossy = 0;

    static QString sqlite(const QString &path) { return QStringLiteral("sqlite:") + path; }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.namespaces = 12;
        options.months = 14;
        options.seed = 7;
        options.until = QDate(2026, 11, 25);
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_db;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("gen"));
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                       "CONSUMING IN (16666600, 17777700)"),
                        db);
            QVERIFY(q.next());
            m_lossy = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        QVERIFY(m_lossy > 10);
        m_clean = m_dir.filePath(QStringLiteral("clean.db"));
        QVERIFY(QFile::copy(m_db, m_clean));
        spec.path = m_clean;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("clean"));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                "UPDATE DF_CONSUMING_HISTORY SET CONSUMING = 16888800 WHERE CONSUMING IN "
                "(16666600, 17777700)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clean"));
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("ctlaudit"));
            {
                QSqlDatabase db = TestDatabases::openRaw(*m_mariadb, QStringLiteral("genm"));
                QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("genm"));
        }
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void jsonFindings_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }

    void jsonFindings()
    {
        QFETCH(QString, backend);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QString db = sqlite(m_db);
        if (backend == QLatin1String("mariadb")) {
            if (!m_mariadb)
                QSKIP("no MariaDB fixture (run through ctest)");
            db = QStringLiteral("mysql://%1@%2:%3/%4")
                     .arg(m_mariadb->user, m_mariadb->host)
                     .arg(m_mariadb->port)
                     .arg(m_mariadb->database);
            env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_mariadb->password);
        }
        const UsagectlRun r = UsagectlRunner::run(
            args({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--tz"), QStringLiteral("UTC"), QStringLiteral("audit"),
                  QStringLiteral("--at"), At}),
            env);
        QCOMPARE(r.code, 1);
        const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(findings.size(), m_lossy);
        const QStringList keys{QStringLiteral("consume_id"), QStringLiteral("detail"),
                               QStringLiteral("kind"),       QStringLiteral("namespace"),
                               QStringLiteral("order"),      QStringLiteral("order_id"),
                               QStringLiteral("region")};
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.keys(), keys);
            QCOMPARE(f.value(QStringLiteral("kind")).toString(), QStringLiteral("float32-loss"));
            QVERIFY(f.value(QStringLiteral("order")).isDouble());
            QVERIFY(f.value(QStringLiteral("consume_id")).isDouble());
            QCOMPARE(f.value(QStringLiteral("region")).toString(), QStringLiteral("cn-north-2"));
            QVERIFY2(f.value(QStringLiteral("detail"))
                             .toString()
                             .contains(QLatin1String("reports 1777.7699 yuan for 1777.7700")) ||
                         f.value(QStringLiteral("detail"))
                             .toString()
                             .contains(QLatin1String("reports 1666.6599 yuan for 1666.6600")),
                     qPrintable(f.value(QStringLiteral("detail")).toString()));
        }
        QVERIFY2(r.err.contains(QStringLiteral("%1 finding(s): %1 float32-loss").arg(m_lossy)),
                 qPrintable(r.err));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        const QString db = sqlite(m_db);
        const QString clean = sqlite(m_clean);
        QTest::newRow("clean: 0, the header alone")
            << args({QStringLiteral("--db"), clean, QStringLiteral("audit"), QStringLiteral("--at"),
                     At})
            << 0 << QStringLiteral("KIND") << QStringLiteral("no findings");
        QTest::newRow("clean json: []")
            << args({QStringLiteral("--db"), clean, QStringLiteral("--format"),
                     QStringLiteral("json"), QStringLiteral("audit"), QStringLiteral("--at"), At})
            << 0 << QStringLiteral("[]") << QStringLiteral("no findings");
        QTest::newRow("findings as CSV")
            << args({QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("audit"), QStringLiteral("--region"),
                     QStringLiteral("cn-north-2")})
            << 1 << QStringLiteral("KIND,ORDER,ORDER_ID,NAMESPACE,REGION,CONSUME_ID,DETAIL")
            << QStringLiteral("float32-loss");
        QTest::newRow("a namespace without findings")
            << args({QStringLiteral("--db"), db, QStringLiteral("audit"),
                     QStringLiteral("--namespace"), QStringLiteral("demo-team"),
                     QStringLiteral("--region"), QStringLiteral("cn-north-1"),
                     QStringLiteral("--at"), At})
            << 0 << QStringLiteral("KIND") << QStringLiteral("no findings");
        QTest::newRow("a region that is not there")
            << args({QStringLiteral("--db"), db, QStringLiteral("audit"),
                     QStringLiteral("--region"), QStringLiteral("cn-nrth-1")})
            << 2 << QString()
            << QStringLiteral("unknown region \"cn-nrth-1\"; the regions are: cn-north-1");
        QTest::newRow("a typo in the command")
            << args({QStringLiteral("--db"), db, QStringLiteral("audti")}) << 2 << QString()
            << QStringLiteral("unknown command \"audti\"");
        QTest::newRow("an option it does not take")
            << args({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--order"),
                     QStringLiteral("x")})
            << 2 << QString() << QStringLiteral("audit does not take --order");
        QTest::newRow("a bad --at") << args({QStringLiteral("--db"), db, QStringLiteral("audit"),
                                             QStringLiteral("--at"), QStringLiteral("yesterday")})
                                    << 2 << QString() << QStringLiteral("--at must be a date");
        QTest::newRow("no database") << args({QStringLiteral("audit")}) << 2 << QString()
                                     << QStringLiteral("audit needs a database or an API");
        QTest::newRow("a missing file")
            << args({QStringLiteral("--db"), sqlite(m_dir.filePath(QStringLiteral("none.db"))),
                     QStringLiteral("audit")})
            << 2 << QString() << QStringLiteral("does not exist");
        QTest::newRow("an unreachable database server")
            << args({QStringLiteral("--db"), QStringLiteral("mysql://uc@127.0.0.1:1/usage"),
                     QStringLiteral("audit")})
            << 2 << QString() << QStringLiteral("cannot reach the database server 127.0.0.1:1");
        QTest::newRow("an unreachable API")
            << args({QStringLiteral("--api"), QStringLiteral("http://127.0.0.1:1/usageapi/v1"),
                     QStringLiteral("audit"), QStringLiteral("--region"),
                     QStringLiteral("cn-north-1")})
            << 2 << QString() << QStringLiteral("usagectl: ");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), QStringLiteral("some-token"));
        const UsagectlRun r = UsagectlRunner::run(arguments, env);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        if (out.isEmpty())
            QCOMPARE(r.out, QString());
        else
            QVERIFY2(r.out.startsWith(out), qPrintable(r.out));
        QVERIFY2(r.err.contains(err), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("some-token")));
    }

    void helpNamesIt()
    {
        const UsagectlRun overview = UsagectlRunner::run({QStringLiteral("--help")});
        QCOMPARE(overview.code, 0);
        QVERIFY(overview.out.contains(QLatin1String("\n  audit ")));
        const UsagectlRun r =
            UsagectlRunner::run({QStringLiteral("help"), QStringLiteral("audit")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("audit [--region R] [--namespace N,...]")));
        QVERIFY(
            r.out.contains(QLatin1String("exit 0 none, 1 findings, 2 the audit could not run")));
    }
};

QTEST_MAIN(TestUsageCtlAudit)
#include "tst_usagectlaudit.moc"
