// SqlBackend::spendOfEveryMonth (what `usagectl spend --no-cache` asks
// without --from/--to) on SQLite and MariaDB without any secondary index, so
// that the single GROUP BY over months guessed from the orders is taken;
// and with charges outside those months (before every order, far ahead),
// where it must fall back to the time range. Checked against the raw rows,
// read with plain SQL and bucketed here by each row's local date.

#include "demodatabasepair.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
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
        QMap<std::pair<QDate, QString>, std::pair<qint64, qint64>> want;
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
            QSqlQuery rows(QStringLiteral("SELECT ACCOUNT_ID, CONSUMING, CONSUME_TIME FROM "
                                          "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1' "
                                          "AND CONSUME_TIME IS NOT NULL"),
                           db);
            while (rows.next()) {
                const QString ns = rows.value(0).toString();
                if (namespaces && !chosen.contains(ns))
                    continue;
                QString text = rows.value(2).toString().left(19);
                text.replace(QLatin1Char('T'), QLatin1Char(' '));
                QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                t.setTimeZone(QTimeZone::utc());
                QVERIFY2(t.isValid(), qPrintable(text));
                const QDate local = t.toTimeZone(tz).date();
                const QDate month(local.year(), local.month(), 1);
                auto &cell = want[{month, ns}];
                cell.first += rows.value(1).toLongLong();
                ++cell.second;
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
        QCOMPARE(got.cells.size(), want.size());
        auto it = want.cbegin(); // both by month, then namespace
        for (const SpendCell &c : got.cells) {
            QCOMPARE(c.month, it.key().first);
            QCOMPARE(c.ns, it.key().second);
            QCOMPARE(c.amount.units(), it.value().first);
            QCOMPARE(c.charges, it.value().second);
            ++it;
        }
    }
};

QTEST_MAIN(TestSqlSpendQueries)
#include "tst_sqlspendqueries.moc"
