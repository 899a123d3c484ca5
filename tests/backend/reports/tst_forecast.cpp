// The forecast from the order book (OrderBookForecast, ForecastLoader over
// SqlBackend) against a computation written here from SPEC §4.5–§4.6 alone:
// its own deadline stepping (wall-clock arithmetic at the service's fixed
// +08:00), its own float32 price step and its own month buckets, on demo
// data made at several instants, months with deadlines on the 29th-31st and
// clamped ones included. And the promise behind it: a forecast made at the
// start of a month equals what the month's charges turn out to be, on demo
// data without cancels or failures (DemoOptions::steady), the generator's
// clock moved on with DemoOptions::until.

#include "reports/forecastloader.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using TestFutures::valueOf;

namespace {

constexpr qint64 ServiceOffset = 8 * 3600; // Asia/Shanghai, fixed since 1991

struct Figures
{
    qint64 written = 0;
    qint64 renewals = 0;
    qint64 atRisk = 0;
    bool operator==(const Figures &o) const
    {
        return written == o.written && renewals == o.renewals && atRisk == o.atRisk;
    }
};

using Table = QMap<QString, Figures>; // "yyyy-MM namespace"

QStringList describe(const Table &t)
{
    QStringList lines;
    for (auto it = t.cbegin(); it != t.cend(); ++it)
        lines.append(QStringLiteral("%1 written %2 renewals %3 at risk %4")
                         .arg(it.key())
                         .arg(it->written)
                         .arg(it->renewals)
                         .arg(it->atRisk));
    return lines;
}

qint64 secs(const QString &sqlTime)
{
    QDateTime t = QDateTime::fromString(sqlTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t.toSecsSinceEpoch();
}

// SPEC §4.5 on the wall clock of a +08:00 service: one month after the
// current deadline's month, on the start's day (clamped) at its time.
qint64 nextDeadline(qint64 start, qint64 deadline)
{
    const QDateTime s = QDateTime::fromSecsSinceEpoch(start + ServiceOffset, Qt::UTC);
    const QDateTime d = QDateTime::fromSecsSinceEpoch(deadline + ServiceOffset, Qt::UTC);
    int y = d.date().year();
    int m = d.date().month() + 1;
    if (m == 13) {
        m = 1;
        ++y;
    }
    const int day = std::min(s.date().day(), QDate(y, m, 1).daysInMonth());
    return QDateTime(QDate(y, m, day), s.time(), Qt::UTC).toSecsSinceEpoch() - ServiceOffset;
}

// int64(float32(float32(PRICE) x 10000)), each step rounded to float32.
qint64 renewalCharge(double price)
{
    volatile float p = float(price);
    volatile float v = p * 10000.0f;
    return qint64(v);
}

// The month of `instant` in a zone `offsetHours` east of UTC: "yyyy-MM".
QString monthOf(qint64 instant, int offsetHours)
{
    return QDateTime::fromSecsSinceEpoch(instant + offsetHours * 3600, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM"));
}

struct Oracle
{
    Table table;
    int lateDays = 0; // renewals on the 29th-31st (service zone)
    int clamped = 0;  // renewals moved to a shorter month's last day
};

// Everything straight from the tables, for `months` ("yyyy-MM") of a
// display zone `offsetHours` east of UTC.
Oracle oracle(const QString &path, const QStringList &months, int offsetHours,
              const QString &region)
{
    Oracle o;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oracle"));
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("cannot open %s", qPrintable(path));
    {
        const QString where = region.isEmpty() ? QString() : QStringLiteral(" AND REGION = ?");
        QSqlQuery written(db);
        written.prepare(QStringLiteral("SELECT ACCOUNT_ID, CONSUME_TIME, CONSUMING FROM "
                                       "DF_CONSUMING_HISTORY WHERE 1 = 1") +
                        where);
        if (!region.isEmpty())
            written.addBindValue(region);
        written.exec();
        while (written.next()) {
            const QString month = monthOf(secs(written.value(1).toString()), offsetHours);
            if (months.contains(month))
                o.table[month + QLatin1Char(' ') + written.value(0).toString()].written +=
                    written.value(2).toLongLong();
        }

        QMap<QString, std::pair<qint64, double>> prices; // "region plan" -> (lowest id, price)
        QSqlQuery plans(QStringLiteral("SELECT p.ID, p.PLAN_ID, r.IDENTIFICATION, p.PRICE FROM "
                                       "DF_PLAN p JOIN DF_PLAN_REGION r ON r.ID = p.REGION_ID "
                                       "WHERE p.STATUS = 'A'"),
                        db);
        while (plans.next()) {
            const QString key =
                plans.value(2).toString() + QLatin1Char(' ') + plans.value(1).toString();
            const qint64 id = plans.value(0).toLongLong();
            if (!prices.contains(key) || id < prices[key].first)
                prices[key] = {id, plans.value(3).toDouble()};
        }

        // The end of the last month: local midnight of the 1st after it.
        const QDate last = QDate::fromString(months.constLast() + QStringLiteral("-01"),
                                             QStringLiteral("yyyy-MM-dd"))
                               .addMonths(1);
        const qint64 end =
            QDateTime(last, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - offsetHours * 3600;
        QSqlQuery orders(db);
        orders.prepare(QStringLiteral("SELECT ACCOUNT_ID, REGION, PLAN_ID, START_TIME, "
                                      "DEADLINE_TIME, RENEW_RETRIES FROM DF_PURCHASE_ORDER "
                                      "WHERE STATUS = 5 AND EVER_PAYED = 1") +
                       where);
        if (!region.isEmpty())
            orders.addBindValue(region);
        orders.exec();
        while (orders.next()) {
            const QString ns = orders.value(0).toString();
            const qint64 start = secs(orders.value(3).toString());
            const qint64 charge =
                renewalCharge(prices
                                  .value(orders.value(1).toString() + QLatin1Char(' ') +
                                         orders.value(2).toString())
                                  .second);
            const bool atRisk = orders.value(5).toInt() > 0;
            const int startDay =
                QDateTime::fromSecsSinceEpoch(start + ServiceOffset, Qt::UTC).date().day();
            for (qint64 d = secs(orders.value(4).toString()); d < end; d = nextDeadline(start, d)) {
                const QString month = monthOf(d, offsetHours);
                if (!months.contains(month))
                    continue;
                Figures &f = o.table[month + QLatin1Char(' ') + ns];
                f.renewals += charge;
                if (atRisk)
                    f.atRisk += charge;
                const int day =
                    QDateTime::fromSecsSinceEpoch(d + ServiceOffset, Qt::UTC).date().day();
                o.lateDays += day >= 29;
                o.clamped += day < startDay;
            }
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
    return o;
}

Table tableOf(const Forecast &f)
{
    Table t;
    for (const ForecastCell &c : f.cells) {
        Figures &x = t[c.month.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + c.ns];
        x.written += c.written.units();
        x.renewals += c.renewals.units();
        x.atRisk += c.atRisk.units();
        if (c.amount() != c.written + c.renewals)
            qFatal("amount is not written + renewals");
    }
    return t;
}

QList<MonthSpan> spans(const QStringList &months, const QTimeZone &zone)
{
    QList<MonthSpan> out;
    for (const QString &m : months) {
        const QDate first = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        out.append(MonthCalendar::months(first, first, zone).constFirst());
    }
    return out;
}

Forecast forecastOver(const ConnectionSpec &spec, const QStringList &months, const QTimeZone &zone,
                      const QString &region)
{
    SqlBackend backend(spec);
    ForecastLoader loader;
    ForecastRequest request;
    request.region = region;
    request.months = spans(months, zone);
    request.zone = zone;
    request.serviceZone = QTimeZone("Asia/Shanghai");
    return valueOf(loader.load(&backend, request), "forecast");
}

ConnectionSpec sqlite(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::Sqlite;
    spec.path = path;
    return spec;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, QString> m_made;

    static DemoOptions options(const QDate &until, int months, bool steady, int namespaces)
    {
        DemoOptions o;
        o.namespaces = namespaces;
        o.months = months;
        o.seed = 18;
        o.until = until;
        o.steady = steady;
        return o;
    }

    // A demo database made at `until` (cached per options).
    QString demo(const QDate &until, int months, bool steady, int namespaces = 12)
    {
        const QString key = QStringLiteral("%1-%2-%3-%4")
                                .arg(until.toString(Qt::ISODate))
                                .arg(months)
                                .arg(steady)
                                .arg(namespaces);
        if (m_made.contains(key))
            return m_made.value(key);
        const QString path = TestDatabases::tempSqlitePath(m_dir, key + QStringLiteral(".db"));
        TestData::writeDemo(sqlite(path), options(until, months, steady, namespaces));
        m_made.insert(key, path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void renewalRules();
    void matchesIndependentComputation_data();
    void matchesIndependentComputation();
    void forecastEqualsSpendLater_data();
    void forecastEqualsSpendLater();
    void mariadbGivesTheSame();
};

// Hand-made orders: SPEC §4.5's example, an overdue deadline, the plan
// service's choice between two active versions, what is left out.
void TestForecast::renewalRules()
{
    const QTimeZone shanghai("Asia/Shanghai");
    OrderBookForecast book(MonthCalendar::months(QDate(2026, 1, 1), QDate(2026, 3, 1), shanghai),
                           shanghai);
    Plan small;
    small.id = 7;
    small.planId = QStringLiteral("res-c4m8");
    small.region = QStringLiteral("cn-north-1");
    small.price = 59.9;
    small.active = true;
    Plan newer = small;
    newer.id = 9; // a second active version: the lowest id is what the service charges
    newer.price = 99.9;
    Plan old = small;
    old.id = 3;
    old.active = false;
    old.price = 10;
    // A price whose float32 step loses a unit: 333.33 -> 3333299, not 3333300.
    Plan kafka = small;
    kafka.id = 11;
    kafka.planId = QStringLiteral("bsi-kafka");
    kafka.price = 333.33;
    book.addPlans({newer, small, old, kafka});

    Order o;
    o.id = 1;
    o.ns = QStringLiteral("ns-a");
    o.region = QStringLiteral("cn-north-1");
    o.planId = QStringLiteral("res-c4m8");
    o.startTime = QDateTime(QDate(2025, 12, 30), QTime(20, 0), Qt::UTC); // 31 Dec 04:00 +08
    o.deadline = QDateTime(QDate(2026, 1, 30), QTime(20, 0), Qt::UTC);
    book.addOrder(o, false);
    book.addOrder(o, true); // the same order again: counted once
    // Overdue since December, its renewal failed: at risk, from its deadline on.
    Order late = o;
    late.id = 2;
    late.ns = QStringLiteral("ns-b");
    late.startTime = QDateTime(QDate(2025, 10, 15), QTime(2, 0), Qt::UTC);
    late.deadline = QDateTime(QDate(2025, 12, 15), QTime(2, 0), Qt::UTC);
    book.addOrder(late, true);
    Order unpriced = o;
    unpriced.id = 3;
    unpriced.planId = QStringLiteral("gone");
    book.addOrder(unpriced, false);
    Order unknown = o;
    unknown.id = 4;
    unknown.deadline = QDateTime();
    book.addOrder(unknown, false);
    Order queue = o;
    queue.id = 5;
    queue.ns = QStringLiteral("ns-c");
    queue.planId = QStringLiteral("bsi-kafka");
    queue.startTime = QDateTime(QDate(2025, 11, 2), QTime(3, 0), Qt::UTC);
    queue.deadline = QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    book.addOrder(queue, false);

    const qint64 charge = renewalCharge(59.9);
    QCOMPARE(OrderBookForecast::renewalCharge(59.9).units(), charge);
    const Forecast f = book.result();
    Table want;
    // 30 Jan 20:00 UTC (31 Jan +08), then 27 Feb 20:00 UTC (28 Feb +08,
    // clamped), then 30 Mar 20:00 UTC (31 Mar +08): one a month.
    for (const char *m : {"2026-01", "2026-02", "2026-03"})
        want[QString::fromLatin1(m) + QStringLiteral(" ns-a")].renewals = charge;
    for (const char *m : {"2026-01", "2026-02", "2026-03"}) {
        Figures &b = want[QString::fromLatin1(m) + QStringLiteral(" ns-b")];
        b.renewals = b.atRisk = charge;
    }
    QCOMPARE(renewalCharge(333.33), Q_INT64_C(3333299)); // not 333.33 x 10000
    want[QStringLiteral("2026-03 ns-c")].renewals = renewalCharge(333.33);
    QCOMPARE(describe(tableOf(f)), describe(want));
    QCOMPARE(f.orders, qint64(3));
    QCOMPARE(f.atRiskOrders, qint64(1));
    QCOMPARE(f.ordersWithoutTimes, qint64(1));
    QCOMPARE(f.ordersWithoutPrice.value(QStringLiteral("cn-north-1 gone")), qint64(1));
    // The next deadlines themselves (SPEC §4.5's example).
    QCOMPARE(nextDeadline(o.startTime.toSecsSinceEpoch(), o.deadline.toSecsSinceEpoch()),
             QDateTime(QDate(2026, 2, 27), QTime(20, 0), Qt::UTC).toSecsSinceEpoch());
}

void TestForecast::matchesIndependentComputation_data()
{
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QStringList>("months");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("offsetHours");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("lateAndClamped"); // the data must reach both
    QTest::addColumn<int>("window");          // months of demo data

    // Windows that start on the 22nd of a 31-day month: most orders start
    // from the 22nd to the 1st, so renewals still to come fall on the
    // 29th-31st of this month and are clamped to 28 February, 30 April,
    // 30 November, 29 February.
    QTest::newRow("2026-01-22, Jan+Feb, Shanghai")
        << QDate(2026, 1, 22) << QStringList{"2026-01", "2026-02"} << "Asia/Shanghai" << 8 << ""
        << true << 6;
    QTest::newRow("2026-03-22, Mar+Apr, UTC")
        << QDate(2026, 3, 22) << QStringList{"2026-03", "2026-04"} << "UTC" << 0 << "" << true << 5;
    QTest::newRow("2028-01-22, Jan+Feb (leap), UTC")
        << QDate(2028, 1, 22) << QStringList{"2028-01", "2028-02"} << "UTC" << 0 << "" << true << 6;
    QTest::newRow("2026-11-22, Nov+Dec, Shanghai, cn-north-2")
        << QDate(2026, 11, 22) << QStringList{"2026-11", "2026-12"} << "Asia/Shanghai" << 8
        << "cn-north-2" << true << 6;
    // At the start of a month, and a month asked for on its own.
    QTest::newRow("2026-02-01, Feb+Mar, Shanghai, cn-north-1")
        << QDate(2026, 2, 1) << QStringList{"2026-02", "2026-03"} << "Asia/Shanghai" << 8
        << "cn-north-1" << false << 6;
    QTest::newRow("2026-06-30, Aug alone, UTC")
        << QDate(2026, 6, 30) << QStringList{"2026-08"} << "UTC" << 0 << "" << false << 6;
}

void TestForecast::matchesIndependentComputation()
{
    QFETCH(QDate, until);
    QFETCH(QStringList, months);
    QFETCH(QString, zone);
    QFETCH(int, offsetHours);
    QFETCH(QString, region);
    QFETCH(bool, lateAndClamped);
    QFETCH(int, window);
    const QString path = demo(until, window, false);
    const Oracle want = oracle(path, months, offsetHours, region);
    const Forecast got = forecastOver(sqlite(path), months, QTimeZone(zone.toUtf8()), region);
    QCOMPARE(describe(tableOf(got)), describe(want.table));
    QCOMPARE(got.ordersWithoutTimes, qint64(0));
    QVERIFY(got.ordersWithoutPrice.isEmpty());
    // The data reaches what the test is about.
    qint64 renewals = 0, atRisk = 0;
    for (const Figures &f : want.table) {
        renewals += f.renewals;
        atRisk += f.atRisk;
    }
    QVERIFY(renewals > 0);
    if (lateAndClamped) {
        QVERIFY2(want.lateDays > 0, "no renewal on the 29th-31st");
        QVERIFY2(want.clamped > 0, "no deadline clamped to a shorter month");
    }
    qInfo("%s: renewals %s, at risk %s, %d on the 29th-31st, %d clamped", QTest::currentDataTag(),
          qPrintable(Money::fromUnits(renewals).toString2()),
          qPrintable(Money::fromUnits(atRisk).toString2()), want.lateDays, want.clamped);
}

void TestForecast::forecastEqualsSpendLater_data()
{
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QString>("zone");
    // Every world starts on 2025-09-01 (until minus months), so the worlds
    // made at different instants hold the same orders.
    QTest::newRow("2026-02 Shanghai") << QDate(2026, 2, 1) << "Asia/Shanghai";
    QTest::newRow("2026-03 UTC") << QDate(2026, 3, 1) << "UTC";
    QTest::newRow("2026-07 Shanghai") << QDate(2026, 7, 1) << "Asia/Shanghai";
}

// A forecast of this month and the next made at the start of the month
// equals both months' spend once they are over.
void TestForecast::forecastEqualsSpendLater()
{
    QFETCH(QDate, month);
    QFETCH(QString, zone);
    const QDate windowStart(2025, 9, 1);
    const auto monthsSince = [&](const QDate &d) {
        return (d.year() - windowStart.year()) * 12 + d.month() - windowStart.month();
    };
    const QTimeZone tz(zone.toUtf8());
    const QStringList months{month.toString(QStringLiteral("yyyy-MM")),
                             month.addMonths(1).toString(QStringLiteral("yyyy-MM"))};
    const QString then = demo(month, monthsSince(month), true, 20);
    const QDate later = month.addMonths(2);
    const QString after = demo(later, monthsSince(later), true, 20);

    const Forecast forecast = forecastOver(sqlite(then), months, tz, QString());
    SqlBackend backend(sqlite(after));
    const QList<SpendCell> spend =
        valueOf(backend.spendByNamespaceAndMonth(UsageFilter(), spans(months, tz)), "spend");

    QMap<QString, qint64> predicted, actual;
    qint64 renewals = 0;
    for (const ForecastCell &c : forecast.cells) {
        predicted[c.month.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + c.ns] +=
            c.amount().units();
        renewals += c.renewals.units();
        QCOMPARE(c.atRisk, Money());
    }
    for (const SpendCell &s : spend)
        actual[s.month.toString(QStringLiteral("yyyy-MM")) + QLatin1Char(' ') + s.ns] +=
            s.amount.units();
    QVERIFY(renewals > 0); // most of the two months was still to come
    QCOMPARE(predicted.size(), actual.size());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        QVERIFY2(predicted.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: forecast %2, spend %3")
                                .arg(it.key())
                                .arg(predicted.value(it.key()))
                                .arg(it.value())));
}

// The same data in MariaDB gives the same forecast as in SQLite.
void TestForecast::mariadbGivesTheSame()
{
    if (!TestDatabases::mariadbServer())
        QSKIP("no MariaDB server (run through ctest)");
    const QDate until(2026, 3, 31);
    const QString path = demo(until, 6, false);
    const ConnectionSpec spec = TestDatabases::createMariaDbDatabase(QStringLiteral("forecast"));
    TestData::writeDemo(spec, options(until, 6, false, 12));
    const QStringList months{"2026-03", "2026-04"};
    const QTimeZone tz("Asia/Shanghai");
    const Forecast fromSqlite = forecastOver(sqlite(path), months, tz, QString());
    const Forecast fromMariaDb = forecastOver(spec, months, tz, QString());
    TestDatabases::dropMariaDbDatabase(spec);
    QCOMPARE(describe(tableOf(fromMariaDb)), describe(tableOf(fromSqlite)));
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
