// usagectl and the roll-up cache: spend and totals through the cache equal
// --no-cache; an out-of-band edit is trusted until `cache verify` finds it
// (exit 1), after which the figures are right again; `cache clear`; an
// unusable cache folder is a warning, never a failure or a wrong figure.

#include "usagectlrunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = UsagectlRun;

class TestUsageCtlCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_cacheHome;

    Run usagectl(const QStringList &args, const QString &cacheHome = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome.isEmpty() ? m_cacheHome : cacheHome);
        return UsagectlRunner::run(
            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db,
                        QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata"),
                        QStringLiteral("--format"), QStringLiteral("json")} +
                args,
            env);
    }

    QString spend(const QStringList &extra = {})
    {
        const Run r = usagectl(QStringList{QStringLiteral("spend")} + extra);
        if (r.code != 0)
            qFatal("spend failed: %s", qPrintable(r.err));
        return r.out;
    }

    void insertCharge(const QString &at, qint64 units)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, "
                "CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, "
                "EXTRA_INFO) VALUES (999999, 'late-edit', 1, ?, ?, ?, 'ns-0009', "
                "'cn-north-1', 'plan', 1, 1)"));
            q.addBindValue(units);
            q.addBindValue(at);
            q.addBindValue(at);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("e"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        m_cacheHome = m_dir.filePath(QStringLiteral("cache"));
        const Run r = usagectl({QStringLiteral("demo-db"), QStringLiteral("create"), m_db,
                                QStringLiteral("--namespaces"), QStringLiteral("12"),
                                QStringLiteral("--months"), QStringLiteral("14"),
                                QStringLiteral("--until"), QStringLiteral("2026-11-25")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void cachedEqualsLive()
    {
        const QString live = spend({QStringLiteral("--no-cache")});
        QVERIFY(live.count(QLatin1Char('\n')) > 50);
        QVERIFY(!QFile::exists(m_cacheHome + QStringLiteral("/usage-console/rollups.sqlite")));
        QCOMPARE(spend(), live); // cold: fills the cache
        QVERIFY(QFile::exists(m_cacheHome + QStringLiteral("/usage-console/rollups.sqlite")));
        QCOMPARE(spend(), live); // warm
        QCOMPARE(spend({QStringLiteral("--region"), QStringLiteral("cn-north-1")}),
                 spend({QStringLiteral("--region"), QStringLiteral("cn-north-1"),
                        QStringLiteral("--no-cache")}));
        const QStringList total{QStringLiteral("usages"), QStringLiteral("total"),
                                QStringLiteral("--region"), QStringLiteral("cn-north-1")};
        const Run cachedTotal = usagectl(total);
        const Run liveTotal = usagectl(total + QStringList{QStringLiteral("--no-cache")});
        QCOMPARE(cachedTotal.code, 0);
        QCOMPARE(cachedTotal.out, liveTotal.out);
    }

    void followsServiceWrites()
    {
        const QStringList region{QStringLiteral("--region"), QStringLiteral("cn-north-1")};
        QCOMPARE(spend(region), spend(region + QStringList{QStringLiteral("--no-cache")}));
        // Renewals and an end row as the service writes them: the next run
        // reads only these, and still equals the live query.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"CREATE TEMP TABLE picked AS SELECT ID, LAST_CONSUME_ID AS L FROM "
                  "DF_PURCHASE_ORDER WHERE STATUS = 5 AND REGION = 'cn-north-1' LIMIT 5",
                  "INSERT INTO DF_CONSUMING_HISTORY SELECT h.ID, h.ORDER_ID, p.L + 1, 77700 + "
                  "p.ID, '2026-11-24 10:00:00', h.DEADLINE_TIME, h.ACCOUNT_ID, h.REGION, "
                  "h.PLAN_ID, h.PLAN_HISTORY_ID, 1 FROM DF_CONSUMING_HISTORY h JOIN picked p "
                  "ON h.ID = p.ID AND h.CONSUME_ID = p.L",
                  "UPDATE DF_PURCHASE_ORDER SET LAST_CONSUME_ID = LAST_CONSUME_ID + 1 WHERE ID "
                  "IN (SELECT ID FROM picked)",
                  "INSERT INTO DF_CONSUMING_HISTORY SELECT h.ID, h.ORDER_ID, h.CONSUME_ID + 1, "
                  "0, '2026-11-24 11:00:00', h.DEADLINE_TIME, h.ACCOUNT_ID, h.REGION, h.PLAN_ID, "
                  "h.PLAN_HISTORY_ID, 3 FROM DF_CONSUMING_HISTORY h JOIN picked p ON h.ID = p.ID "
                  "AND h.CONSUME_ID = p.L + 1 WHERE p.ID = (SELECT MIN(ID) FROM picked)",
                  "UPDATE DF_PURCHASE_ORDER SET STATUS = 15 WHERE ID = (SELECT MIN(ID) FROM "
                  "picked)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                          "CONSUME_TIME >= '2026-11-24'")) &&
                    q.next());
            QVERIFY(q.value(0).toInt() >= 6);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("w"));
        const QString live = spend(region + QStringList{QStringLiteral("--no-cache")});
        QCOMPARE(spend(region), live);
        const QStringList total =
            QStringList{QStringLiteral("usages"), QStringLiteral("total")} + region;
        QCOMPARE(usagectl(total).out,
                 usagectl(total + QStringList{QStringLiteral("--no-cache")}).out);
        const Run verify = usagectl({QStringLiteral("cache"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 0);
    }

    void editFoundByVerify()
    {
        const QString before = spend();
        // August 2026 ended long before any day this test runs on.
        insertCharge(QStringLiteral("2026-08-15 06:00:00"), 4200000);
        const QString live = spend({QStringLiteral("--no-cache")});
        QVERIFY(live != before);
        QCOMPARE(spend(), before); // trusted until checked

        const Run verify = usagectl({QStringLiteral("cache"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 1);
        // The month, and the zone of the ledger whose month it is.
        QVERIFY2(verify.err.contains(QLatin1String("usagectl: mismatch: 2026-08 (Asia/Kolkata), "
                                                   "region ")),
                 qPrintable(verify.err));
        QVERIFY2(
            verify.out.contains(QRegularExpression(QStringLiteral("\"mismatched_months\":[1-9]"))),
            qPrintable(verify.out)); // --format json: the result as a record
        QCOMPARE(spend(), live);
        const Run again = usagectl({QStringLiteral("cache"), QStringLiteral("verify")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("\"mismatched_months\":0")),
                 qPrintable(again.out));
    }

    void clear()
    {
        spend();
        const Run r = usagectl({QStringLiteral("cache"), QStringLiteral("clear")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\"dropped_months\":[1-9]"))),
                 qPrintable(r.out));
        const Run none = usagectl({QStringLiteral("cache"), QStringLiteral("clear")});
        QVERIFY2(none.out.contains(QLatin1String("\"dropped_months\":0")), qPrintable(none.out));
        QCOMPARE(
            usagectl({QStringLiteral("cache"), QStringLiteral("clear"), QStringLiteral("--all")})
                .code,
            0);
        QCOMPARE(usagectl({QStringLiteral("orders"), QStringLiteral("list"),
                           QStringLiteral("--no-cache")})
                     .code,
                 2);
    }

    void unusableCacheIsAWarning()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const Run r = usagectl({QStringLiteral("spend")}, blocker);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, spend({QStringLiteral("--no-cache")}));
        QVERIFY2(r.err.contains(QLatin1String("warning")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1String("warning")), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageCtlCache)
#include "tst_usagectlcache.moc"
