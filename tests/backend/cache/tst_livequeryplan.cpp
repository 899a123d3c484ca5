// LiveQueryPlan: the live months of a cached spend as one-month queries in
// lanes of about the same span of time, one lane per connection.
#include "cache/livequeryplan.h"
#include "testtime.h"

#include <QTest>

using TestTime::utc;

namespace {

// Months of Asia/Shanghai as the coordinator sees them: UTC bounds.
MonthSpan month(const char *first, const char *start, const char *end)
{
    return {QDate::fromString(QString::fromLatin1(first), Qt::ISODate), utc(start), utc(end)};
}

const MonthSpan November = month("2026-11-01", "2026-10-31T16:00:00Z", "2026-11-30T16:00:00Z");
const MonthSpan December = month("2026-12-01", "2026-11-30T16:00:00Z", "2026-12-31T16:00:00Z");

LiveQueryPlan::Query part(const MonthSpan &m, const char *from = nullptr, const char *to = nullptr)
{
    LiveQueryPlan::Query q;
    q.month = m;
    q.filter.region = QStringLiteral("cn-north-1");
    if (from)
        q.filter.from = utc(from);
    if (to)
        q.filter.to = utc(to);
    return q;
}

// "lane month from..to" per query, lanes in order, for a readable compare.
QStringList describe(const QList<QList<LiveQueryPlan::Query>> &lanes)
{
    QStringList out;
    for (int lane = 0; lane < lanes.size(); ++lane) {
        for (const LiveQueryPlan::Query &q : lanes[lane]) {
            out.append(QStringLiteral("%1 %2 %3..%4")
                           .arg(lane)
                           .arg(q.month.key(), q.filter.from.toString(Qt::ISODate),
                                q.filter.to.toString(Qt::ISODate)));
        }
    }
    return out;
}

} // namespace

class TestLiveQueryPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void partitionsEveryMonth_data();
    void partitionsEveryMonth();
};

void TestLiveQueryPlan::split_data()
{
    QTest::addColumn<QList<LiveQueryPlan::Query>>("parts");
    QTest::addColumn<QDateTime>("dataEnd");
    QTest::addColumn<int>("lanes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing live") << QList<LiveQueryPlan::Query>() << utc("2026-12-14T00:00:00Z")
                                  << 2 << QStringList();
    QTest::newRow("one lane keeps whole months")
        << QList{part(November, "2026-11-28T00:00:00Z"), part(December)}
        << utc("2026-12-14T00:00:00Z") << 1
        << QStringList{"0 2026-11 2026-11-28T00:00:00Z..2026-11-30T16:00:00Z",
                       "0 2026-12 2026-11-30T16:00:00Z..2026-12-31T16:00:00Z"};
    // 64 h of November and 320 h of December up to the data's end: the lane
    // boundary at 192 h lies 128 h into December.
    QTest::newRow("two lanes cut December")
        << QList{part(November, "2026-11-28T00:00:00Z"), part(December)}
        << utc("2026-12-14T00:00:00Z") << 2
        << QStringList{"0 2026-11 2026-11-28T00:00:00Z..2026-11-30T16:00:00Z",
                       "0 2026-12 2026-11-30T16:00:00Z..2026-12-06T00:00:00Z",
                       "1 2026-12 2026-12-06T00:00:00Z..2026-12-31T16:00:00Z"};
    QTest::newRow("a filter's end inside the month")
        << QList{part(December, nullptr, "2026-12-03T16:00:00Z")} << utc("2026-12-14T00:00:00Z")
        << 2
        << QStringList{"0 2026-12 2026-11-30T16:00:00Z..2026-12-02T04:00:00Z",
                       "1 2026-12 2026-12-02T04:00:00Z..2026-12-03T16:00:00Z"};
    QTest::newRow("a filter that misses the month is dropped")
        << QList{part(November, "2026-12-02T00:00:00Z"), part(December, "2026-12-02T00:00:00Z")}
        << utc("2026-12-14T00:00:00Z") << 1
        << QStringList{"0 2026-12 2026-12-02T00:00:00Z..2026-12-31T16:00:00Z"};
    // A month with equal halves lands on the boundary: no empty piece.
    QTest::newRow("boundary on a month's end")
        << QList{part(November, "2026-11-20T16:00:00Z"), part(December)}
        << utc("2026-12-10T16:00:00Z") << 2
        << QStringList{"0 2026-11 2026-11-20T16:00:00Z..2026-11-30T16:00:00Z",
                       "1 2026-12 2026-11-30T16:00:00Z..2026-12-31T16:00:00Z"};
    QTest::newRow("nothing before the data's end weighs nothing")
        << QList{part(December)} << utc("2026-11-01T00:00:00Z") << 2
        << QStringList{"0 2026-12 2026-11-30T16:00:00Z..2026-12-31T16:00:00Z"};
}

void TestLiveQueryPlan::split()
{
    QFETCH(QList<LiveQueryPlan::Query>, parts);
    QFETCH(QDateTime, dataEnd);
    QFETCH(int, lanes);
    QFETCH(QStringList, expected);

    const auto plan = LiveQueryPlan::split(parts, dataEnd, lanes);
    QCOMPARE(describe(plan), expected);
    for (const auto &lane : plan) {
        for (const LiveQueryPlan::Query &q : lane)
            QCOMPARE(q.filter.region, QStringLiteral("cn-north-1"));
    }
}

void TestLiveQueryPlan::partitionsEveryMonth_data()
{
    QTest::addColumn<int>("lanes");
    QTest::addColumn<int>("dataEndHours"); // after December's start
    for (int lanes : {1, 2, 3, 5}) {
        for (int hours : {-1000, 0, 1, 7, 100, 299, 744, 5000}) {
            QTest::addRow("%d lanes, data end at %+d h", lanes, hours) << lanes << hours;
        }
    }
}

// Whatever the cut, the queries of a month cover its live range exactly
// once, in order: together they sum to the month's figures.
void TestLiveQueryPlan::partitionsEveryMonth()
{
    QFETCH(int, lanes);
    QFETCH(int, dataEndHours);
    const QList parts{part(November, "2026-11-28T00:00:00Z"), part(December)};
    const auto plan =
        LiveQueryPlan::split(parts, December.startUtc.addSecs(3600 * dataEndHours), lanes);
    QVERIFY(plan.size() >= 1);
    QVERIFY(plan.size() <= lanes);
    QList<LiveQueryPlan::Query> all;
    for (const auto &lane : plan) {
        QVERIFY(!lane.isEmpty());
        all.append(lane);
    }
    QDateTime at = utc("2026-11-28T00:00:00Z");
    for (const LiveQueryPlan::Query &q : std::as_const(all)) {
        QCOMPARE(q.filter.from, at);
        QVERIFY(q.filter.from < q.filter.to);
        QVERIFY(q.filter.from >= q.month.startUtc);
        QVERIFY(q.filter.to <= q.month.endUtc);
        at = q.filter.to;
    }
    QCOMPARE(at, December.endUtc);
}

QTEST_GUILESS_MAIN(TestLiveQueryPlan)
#include "tst_livequeryplan.moc"
