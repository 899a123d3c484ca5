// SqlBackend::spendOfEveryMonth (what `usagectl spend --no-cache` asks
// without --from/--to) on SQLite and MariaDB without any secondary index, so
// that the single GROUP BY over months guessed from the orders is taken;
// and with charges outside those months (before every order, far ahead),
// where it must fall back to the time range. Checked against the raw rows,
// read with plain SQL and bucketed here by each row's local date. And short
// time ranges on SQLite with the advised indexes (shortRanges).

#include "demodatabasepair.h"
#include "sql/sqlbackend.h"
#include "sql/sqlconnection.h"
#include "sql/sqlusagequeries.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestFutures::valueOf;

class TestSqlSpendQueries : public QObject
{
    Q_OBJECT

private:
    DemoDatabasePair m_data;

    static DemoOptions options()
    {
        DemoOptions options;
        options.namespaces = 8;
        options.months = 9;
        options.seed = 11;
        options.until = QDate(2026, 11, 25);
        return options;
    }

    using Cells = QMap<std::pair<QDate, QString>, std::pair<qint64, qint64>>;

    // The oracle: the timed rows of cn-north-1 in [from, to) (either end
    // open when invalid) of `chosen` (all when empty), by local month,
    // read with plain SQL and bucketed here.
    static Cells oracle(QSqlDatabase &db, const QTimeZone &tz, const QStringList &chosen,
                        const QDateTime &from, const QDateTime &to)
    {
        Cells want;
        QSqlQuery rows(QStringLiteral("SELECT ACCOUNT_ID, CONSUMING, CONSUME_TIME FROM "
                                      "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1' "
                                      "AND CONSUME_TIME IS NOT NULL"),
                       db);
        while (rows.next()) {
            const QString ns = rows.value(0).toString();
            if (!chosen.isEmpty() && !chosen.contains(ns))
                continue;
            QString text = rows.value(2).toString().left(19);
            text.replace(QLatin1Char('T'), QLatin1Char(' '));
            QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            t.setTimeZone(QTimeZone::utc());
            if (!t.isValid())
                qFatal("an unreadable time: %s", qPrintable(text));
            if ((from.isValid() && t < from) || (to.isValid() && t >= to))
                continue;
            const QDate local = t.toTimeZone(tz).date();
            auto &cell = want[{QDate(local.year(), local.month(), 1), ns}];
            cell.first += rows.value(1).toLongLong();
            ++cell.second;
        }
        return want;
    }

    static void compareCells(const QList<SpendCell> &got, const Cells &want)
    {
        QCOMPARE(got.size(), want.size());
        auto it = want.cbegin(); // both by month, then namespace
        for (const SpendCell &c : got) {
            QCOMPARE(c.month, it.key().first);
            QCOMPARE(c.ns, it.key().second);
            QCOMPARE(c.amount.units(), it.value().first);
            QCOMPARE(c.charges, it.value().second);
            ++it;
        }
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase() { QVERIFY(m_data.make(QStringLiteral("spendqueries"), options()) > 300); }

    void everyMonth_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("extraTime"); // an out-of-band charge's time, UTC; "" none
        QTest::addColumn<bool>("namespaces");
        for (const char *b : {"sqlite", "mariadb"}) {
            QTest::addRow("%s as made", b) << b << QByteArray("Asia/Shanghai") << "" << false;
            QTest::addRow("%s as made, New York", b)
                << b << QByteArray("America/New_York") << "" << false;
            QTest::addRow("%s two namespaces", b) << b << QByteArray("Asia/Kolkata") << "" << true;
            // Before every order: outside the months guessed, asked again.
            QTest::addRow("%s a charge before every order", b)
                << b << QByteArray("Asia/Shanghai") << "2019-03-31 20:00:00" << false;
            QTest::addRow("%s a charge far ahead", b)
                << b << QByteArray("UTC") << "2031-01-01 00:00:00" << false;
            // Left out, as the time range leaves it out.
            QTest::addRow("%s a charge untimed", b)
                << b << QByteArray("Asia/Shanghai") << "NULL" << false;
        }
    }

    void everyMonth()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, zone);
        QFETCH(QString, extraTime);
        QFETCH(bool, namespaces);
        const auto s = m_data.spec(backend);
        if (!s)
            QSKIP("no MariaDB fixture (run through ctest)");
        const QString region = QStringLiteral("cn-north-1");
        const QTimeZone tz(zone);
        QStringList chosen;
        Cells want;
        QDate firstMonth, lastMonth;
        TestDatabases::withConnection(*s, [&](QSqlDatabase &db) {
            if (!extraTime.isEmpty()) {
                QSqlQuery add(db);
                QVERIFY(add.prepare(QStringLiteral(
                    "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, "
                    "CONSUME_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID) "
                    "SELECT ID, ORDER_ID, 9999, 123456, ?, ACCOUNT_ID, REGION, PLAN_ID, "
                    "PLAN_HISTORY_ID FROM DF_CONSUMING_HISTORY WHERE REGION = ? LIMIT 1")));
                add.addBindValue(extraTime == QLatin1String("NULL") ? QVariant()
                                                                    : QVariant(extraTime));
                add.addBindValue(region);
                QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
            }
            // The oracle: every timed row of the region, by its local month.
            QSqlQuery names(QStringLiteral("SELECT DISTINCT ACCOUNT_ID FROM "
                                           "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1' "
                                           "ORDER BY ACCOUNT_ID"),
                            db);
            while (names.next() && namespaces && chosen.size() < 2)
                chosen.append(names.value(0).toString());
            want = oracle(db, tz, chosen, QDateTime(), QDateTime());
            for (auto it = want.cbegin(); it != want.cend(); ++it) {
                const QDate month = it.key().first;
                if (!firstMonth.isValid() || month < firstMonth)
                    firstMonth = month;
                if (!lastMonth.isValid() || month > lastMonth)
                    lastMonth = month;
            }
        });
        const auto undo = qScopeGuard([s] {
            TestDatabases::withConnection(*s, [](QSqlDatabase &db) {
                QSqlQuery(db).exec(
                    QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE CONSUME_ID = 9999"));
            });
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!want.isEmpty());

        SqlBackend b(*s);
        QVERIFY(b.spendsEveryMonthAtOnce());
        UsageFilter f;
        f.region = region;
        f.namespaces = chosen;
        const MonthlySpend got = valueOf(b.spendOfEveryMonth(f, tz), "spend");
        QList<QDate> wantMonths;
        for (QDate m = firstMonth; m <= lastMonth; m = m.addMonths(1))
            wantMonths.append(m);
        QList<QDate> gotMonths;
        for (const MonthSpan &m : got.months)
            gotMonths.append(m.month);
        QCOMPARE(gotMonths, wantMonths);
        compareCells(got.cells, want);
    }

    // A short time range of a region on SQLite with the advised indexes and
    // ANALYZE's statistics: read from the time index (the planner alone
    // skip-scans the namespace index, one seek per namespace), long ranges
    // left to the planner; the spend equal to the raw rows either way.
    void shortRanges_data()
    {
        QTest::addColumn<QString>("from"); // UTC
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("namespaces");
        QTest::addColumn<bool>("hinted");
        QTest::addRow("two days") << "2026-10-31 00:00:00"
                                  << "2026-11-02 00:00:00" << false << true;
        QTest::addRow("a month, two namespaces") << "2026-09-30 16:00:00"
                                                 << "2026-10-31 16:00:00" << true << true;
        QTest::addRow("45 days") << "2026-09-01 00:00:00"
                                 << "2026-10-16 00:00:00" << false << true;
        QTest::addRow("46 days") << "2026-09-01 00:00:00"
                                 << "2026-10-17 00:00:00" << false << false;
        QTest::addRow("everything") << "2020-01-01 00:00:00"
                                    << "2027-01-01 00:00:00" << false << false;
    }

    void shortRanges()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, namespaces);
        QFETCH(bool, hinted);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnectionSpec s = *m_data.spec(QStringLiteral("sqlite"));
        const QString copy = dir.filePath(QStringLiteral("indexed.sqlite"));
        QVERIFY(QFile::copy(s.path, copy));
        s.path = copy;
        const QTimeZone tz("Asia/Shanghai");
        const auto at = [](const QString &text) {
            QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            t.setTimeZone(QTimeZone::utc());
            return t;
        };
        UsageFilter f;
        f.region = QStringLiteral("cn-north-1");
        f.from = at(from);
        f.to = at(to);
        QVERIFY(f.from.isValid() && f.to.isValid());
        Cells want;
        TestDatabases::withConnection(s, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const Schema::IndexAdvice &index : Schema::advisedIndexes())
                QVERIFY2(q.exec(Schema::createIndexStatement(index, Schema::Dialect::Sqlite)),
                         qPrintable(q.lastError().text()));
            // The statistics ANALYZE wrote for a million charges (the bench's
            // data): the planner weighs this table as it would weigh a big one.
            QVERIFY(q.exec(QStringLiteral("ANALYZE")));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = 'DF_CONSUMING_HISTORY'")));
            const QList<std::pair<const char *, const char *>> stats{
                {"UC_HISTORY_REGION_AMOUNT", "1005465 502733 906 7 1 1 1"},
                {"UC_HISTORY_NS_AMOUNT", "1005465 503 270 28 7 1 1"},
                {"UC_HISTORY_REGION_TIME", "1005465 502733 1 1 1 1 1"},
                {"UC_HISTORY_NS_TIME", "1005465 503 270 1 1 1 1"}};
            for (const auto &[index, stat] : stats) {
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO sqlite_stat1 VALUES "
                                                 "('DF_CONSUMING_HISTORY', ?, ?)")));
                q.addBindValue(QString::fromLatin1(index));
                q.addBindValue(QString::fromLatin1(stat));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            if (namespaces) {
                QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT ACCOUNT_ID FROM "
                                              "DF_CONSUMING_HISTORY ORDER BY ACCOUNT_ID LIMIT 2")));
                while (q.next())
                    f.namespaces.append(q.value(0).toString());
            }
            want = oracle(db, tz, f.namespaces, f.from, f.to);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!want.isEmpty());

        // Which index SQLite reads, asked of its plan on the product's table clause.
        SqlConnection c(s);
        QVERIFY(c.ensureOpen());
        const QString table = SqlUsageQueries::historyFor(c, f);
        const SqlWhere w = SqlUsageQueries::whereFor(f);
        auto plan = c.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT ACCOUNT_ID, SUM(CONSUMING) "
                                          "FROM %1%2 GROUP BY ACCOUNT_ID")
                               .arg(table, w.sql()),
                           w.values(), QStringLiteral("plan"));
        QVERIFY(plan);
        QString steps;
        while (plan.value().next())
            steps += plan.value().value(3).toString() + QLatin1Char('\n');
        if (hinted) {
            const QString index = namespaces ? QStringLiteral("UC_HISTORY_NS_TIME")
                                             : QStringLiteral("UC_HISTORY_REGION_TIME");
            QVERIFY2(steps.contains(index) && !steps.contains(QLatin1String("ANY(")),
                     qPrintable(steps));
        } else {
            QVERIFY2(table == SqlUsageQueries::historyTable, qPrintable(table));
        }
        plan.value().finish();
        c.close();

        SqlBackend b(s);
        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(f.from, f.to.addMSecs(-1), tz);
        compareCells(valueOf(b.spendByNamespaceAndMonth(f, months), "spend"), want);
    }
};

QTEST_MAIN(TestSqlSpendQueries)
#include "tst_sqlspendqueries.moc"
