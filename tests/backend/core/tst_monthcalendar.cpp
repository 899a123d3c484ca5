// MonthCalendar (month boundaries of a display zone as UTC instants) and
// BillingCalendar (the service's deadline rule, SPEC §4.5).
#include "core/billingcalendar.h"
#include "core/monthcalendar.h"
#include "testtime.h"

#include <QTest>

using TestTime::utc;

namespace {

QTimeZone zone(const char *id)
{
    const QTimeZone z{QByteArray(id)};
    if (!z.isValid())
        qFatal("time zone %s is not available (install tzdata)", id);
    return z;
}

} // namespace

class TestMonthCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startOfDayUtc_data();
    void startOfDayUtc();
    void monthOf_data();
    void monthOf();
    void months_data();
    void months();
    void monthsAreContiguous_data();
    void monthsAreContiguous();
    void monthsCovering_data();
    void monthsCovering();
    void monthsCoveringEmpty();

    void defaultServiceZone();
    void nextDeadline_data();
    void nextDeadline();
    void deadlineChain();
};

void TestMonthCalendar::startOfDayUtc_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Shanghai new year")
        << QByteArray("Asia/Shanghai") << QDate(2026, 1, 1) << utc(2025, 12, 31, 16);
    QTest::newRow("UTC new year") << QByteArray("UTC") << QDate(2026, 1, 1) << utc(2026, 1, 1);
    QTest::newRow("New York new year")
        << QByteArray("America/New_York") << QDate(2026, 1, 1) << utc(2026, 1, 1, 5);
    QTest::newRow("New York before DST")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << utc(2026, 3, 8, 5);
    QTest::newRow("New York after DST")
        << QByteArray("America/New_York") << QDate(2026, 3, 9) << utc(2026, 3, 9, 4);
    QTest::newRow("New York DST end day")
        << QByteArray("America/New_York") << QDate(2026, 11, 1) << utc(2026, 11, 1, 4);
    QTest::newRow("New York after DST end")
        << QByteArray("America/New_York") << QDate(2026, 11, 2) << utc(2026, 11, 2, 5);
    QTest::newRow("Kolkata half hour")
        << QByteArray("Asia/Kolkata") << QDate(2026, 1, 1) << utc(2025, 12, 31, 18, 30);
    // Santiago springs forward at midnight: 6 Sep 2026 starts at 01:00 -03.
    QTest::newRow("Santiago midnight gap")
        << QByteArray("America/Santiago") << QDate(2026, 9, 6) << utc(2026, 9, 6, 4);
    QTest::newRow("Santiago day before gap")
        << QByteArray("America/Santiago") << QDate(2026, 9, 5) << utc(2026, 9, 5, 4);
}

void TestMonthCalendar::startOfDayUtc()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, day);
    QFETCH(QDateTime, expected);

    const QDateTime got = MonthCalendar::startOfDayUtc(day, zone(zoneId.constData()));
    QCOMPARE(got, expected);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestMonthCalendar::monthOf_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("month");

    // Year end, one second either side of local midnight.
    QTest::newRow("Shanghai before")
        << QByteArray("Asia/Shanghai") << utc(2025, 12, 31, 15, 59, 59) << QDate(2025, 12, 1);
    QTest::newRow("Shanghai at") << QByteArray("Asia/Shanghai") << utc(2025, 12, 31, 16)
                                 << QDate(2026, 1, 1);
    QTest::newRow("UTC before") << QByteArray("UTC") << utc(2025, 12, 31, 23, 59, 59)
                                << QDate(2025, 12, 1);
    QTest::newRow("UTC at") << QByteArray("UTC") << utc(2026, 1, 1) << QDate(2026, 1, 1);
    QTest::newRow("New York before")
        << QByteArray("America/New_York") << utc(2026, 1, 1, 4, 59, 59) << QDate(2025, 12, 1);
    QTest::newRow("New York at") << QByteArray("America/New_York") << utc(2026, 1, 1, 5)
                                 << QDate(2026, 1, 1);
    // The same UTC instant is in different months in different zones.
    QTest::newRow("Shanghai 31 Dec 20:00Z")
        << QByteArray("Asia/Shanghai") << utc(2025, 12, 31, 20) << QDate(2026, 1, 1);
    QTest::newRow("New York 31 Dec 20:00Z")
        << QByteArray("America/New_York") << utc(2025, 12, 31, 20) << QDate(2025, 12, 1);
    // Daylight saving: April starts at 04:00Z (EDT), November at 04:00Z
    // (still EDT on 1 Nov until 06:00Z), December at 05:00Z (EST).
    QTest::newRow("NY March end") << QByteArray("America/New_York") << utc(2026, 4, 1, 3, 59, 59)
                                  << QDate(2026, 3, 1);
    QTest::newRow("NY April start")
        << QByteArray("America/New_York") << utc(2026, 4, 1, 4) << QDate(2026, 4, 1);
    QTest::newRow("NY March start")
        << QByteArray("America/New_York") << utc(2026, 3, 1, 5) << QDate(2026, 3, 1);
    QTest::newRow("NY Feb end") << QByteArray("America/New_York") << utc(2026, 3, 1, 4, 59, 59)
                                << QDate(2026, 2, 1);
    QTest::newRow("NY Oct end") << QByteArray("America/New_York") << utc(2026, 11, 1, 3, 59, 59)
                                << QDate(2026, 10, 1);
    QTest::newRow("NY Nov start") << QByteArray("America/New_York") << utc(2026, 11, 1, 4)
                                  << QDate(2026, 11, 1);
    QTest::newRow("NY Nov end") << QByteArray("America/New_York") << utc(2026, 12, 1, 4, 59, 59)
                                << QDate(2026, 11, 1);
    QTest::newRow("NY Dec start") << QByteArray("America/New_York") << utc(2026, 12, 1, 5)
                                  << QDate(2026, 12, 1);
    // An instant given in another zone is converted, not reinterpreted.
    QTest::newRow("offset input") << QByteArray("UTC")
                                  << QDateTime(QDate(2026, 1, 1), QTime(7, 0),
                                               zone("Asia/Shanghai")) // 2025-12-31T23:00Z
                                  << QDate(2025, 12, 1);
}

void TestMonthCalendar::monthOf()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, instant);
    QFETCH(QDate, month);
    QCOMPARE(MonthCalendar::monthOf(instant, zone(zoneId.constData())), month);
}

void TestMonthCalendar::months_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<QDateTime>>("starts"); // one more than keys: the last end

    QTest::newRow("Shanghai year end")
        << QByteArray("Asia/Shanghai") << QDate(2025, 11, 15) << QDate(2026, 1, 31)
        << QStringList{"2025-11", "2025-12", "2026-01"}
        << QList<QDateTime>{utc(2025, 10, 31, 16), utc(2025, 11, 30, 16), utc(2025, 12, 31, 16),
                            utc(2026, 1, 31, 16)};
    QTest::newRow("UTC year end") << QByteArray("UTC") << QDate(2025, 12, 1) << QDate(2026, 1, 1)
                                  << QStringList{"2025-12", "2026-01"}
                                  << QList<QDateTime>{utc(2025, 12, 1), utc(2026, 1, 1),
                                                      utc(2026, 2, 1)};
    QTest::newRow("New York year end")
        << QByteArray("America/New_York") << QDate(2025, 12, 31) << QDate(2026, 1, 2)
        << QStringList{"2025-12", "2026-01"}
        << QList<QDateTime>{utc(2025, 12, 1, 5), utc(2026, 1, 1, 5), utc(2026, 2, 1, 5)};
    QTest::newRow("New York spring forward")
        << QByteArray("America/New_York") << QDate(2026, 2, 1) << QDate(2026, 4, 1)
        << QStringList{"2026-02", "2026-03", "2026-04"}
        << QList<QDateTime>{utc(2026, 2, 1, 5), utc(2026, 3, 1, 5), utc(2026, 4, 1, 4),
                            utc(2026, 5, 1, 4)};
    QTest::newRow("New York fall back")
        << QByteArray("America/New_York") << QDate(2026, 10, 10) << QDate(2026, 12, 10)
        << QStringList{"2026-10", "2026-11", "2026-12"}
        << QList<QDateTime>{utc(2026, 10, 1, 4), utc(2026, 11, 1, 4), utc(2026, 12, 1, 5),
                            utc(2027, 1, 1, 5)};
    QTest::newRow("single month") << QByteArray("Asia/Shanghai") << QDate(2028, 2, 29)
                                  << QDate(2028, 2, 1) << QStringList{"2028-02"}
                                  << QList<QDateTime>{utc(2028, 1, 31, 16), utc(2028, 2, 29, 16)};
    QTest::newRow("reversed") << QByteArray("UTC") << QDate(2026, 3, 1) << QDate(2026, 2, 1)
                              << QStringList{} << QList<QDateTime>{};
}

void TestMonthCalendar::months()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QStringList, keys);
    QFETCH(QList<QDateTime>, starts);

    const QList<MonthSpan> spans = MonthCalendar::months(first, last, zone(zoneId.constData()));
    QCOMPARE(spans.size(), keys.size());
    for (int i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans[i].key(), keys[i]);
        QCOMPARE(spans[i].month.day(), 1);
        QCOMPARE(spans[i].startUtc, starts[i]);
        QCOMPARE(spans[i].endUtc, starts[i + 1]);
        QCOMPARE(spans[i].startUtc.timeSpec(), Qt::UTC);
        QCOMPARE(spans[i].endUtc.timeSpec(), Qt::UTC);
    }
}

void TestMonthCalendar::monthsAreContiguous_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata");
    QTest::newRow("Santiago") << QByteArray("America/Santiago");
}

void TestMonthCalendar::monthsAreContiguous()
{
    // Three years of months tile the time line: no gap, no overlap, and
    // every span's start and last second belong to its own month.
    QFETCH(QByteArray, zoneId);
    const QTimeZone z = zone(zoneId.constData());
    const QList<MonthSpan> spans = MonthCalendar::months(QDate(2025, 1, 1), QDate(2027, 12, 1), z);
    QCOMPARE(spans.size(), 36);
    for (int i = 0; i < spans.size(); ++i) {
        const MonthSpan &s = spans[i];
        QVERIFY(s.startUtc < s.endUtc);
        if (i > 0)
            QCOMPARE(s.startUtc, spans[i - 1].endUtc);
        QCOMPARE(MonthCalendar::monthOf(s.startUtc, z), s.month);
        QCOMPARE(MonthCalendar::monthOf(s.endUtc.addSecs(-1), z), s.month);
        QCOMPARE(MonthCalendar::monthOf(s.endUtc, z), s.month.addMonths(1));
        const qint64 days = qRound64(s.startUtc.secsTo(s.endUtc) / 86400.0);
        QCOMPARE(days, qint64(s.month.daysInMonth()));
    }
}

void TestMonthCalendar::monthsCovering_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("first");
    QTest::addColumn<QDateTime>("last");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("Shanghai across year end")
        << QByteArray("Asia/Shanghai") << utc(2025, 12, 31, 15, 59, 59) << utc(2025, 12, 31, 16)
        << QStringList{"2025-12", "2026-01"};
    QTest::newRow("UTC same instants") << QByteArray("UTC") << utc(2025, 12, 31, 15, 59, 59)
                                       << utc(2025, 12, 31, 16) << QStringList{"2025-12"};
    QTest::newRow("New York same instants")
        << QByteArray("America/New_York") << utc(2025, 12, 31, 15, 59, 59) << utc(2025, 12, 31, 16)
        << QStringList{"2025-12"};
    QTest::newRow("New York DST months")
        << QByteArray("America/New_York") << utc(2026, 3, 1, 4, 59, 59) << utc(2026, 4, 1, 4)
        << QStringList{"2026-02", "2026-03", "2026-04"};
    QTest::newRow("New York inside March") << QByteArray("America/New_York") << utc(2026, 3, 1, 5)
                                           << utc(2026, 4, 1, 3, 59, 59) << QStringList{"2026-03"};
    QTest::newRow("one instant") << QByteArray("Asia/Shanghai") << utc(2026, 2, 10)
                                 << utc(2026, 2, 10) << QStringList{"2026-02"};
    QTest::newRow("reversed") << QByteArray("UTC") << utc(2026, 2, 10) << utc(2026, 2, 9)
                              << QStringList{};
    QTest::newRow("invalid") << QByteArray("UTC") << QDateTime() << utc(2026, 2, 9)
                             << QStringList{};
}

void TestMonthCalendar::monthsCovering()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, first);
    QFETCH(QDateTime, last);
    QFETCH(QStringList, keys);

    const QTimeZone z = zone(zoneId.constData());
    const QList<MonthSpan> spans = MonthCalendar::monthsCovering(first, last, z);
    QStringList got;
    for (const MonthSpan &s : spans)
        got << s.key();
    QCOMPARE(got, keys);
    if (!spans.isEmpty()) {
        QVERIFY(spans.first().startUtc <= first);
        QVERIFY(last < spans.last().endUtc);
    }
}

void TestMonthCalendar::monthsCoveringEmpty()
{
    QVERIFY(MonthCalendar::monthsCovering(QDateTime(), QDateTime(), zone("UTC")).isEmpty());
}

void TestMonthCalendar::defaultServiceZone()
{
    const QTimeZone z = BillingCalendar::defaultServiceZone();
    QVERIFY(z.isValid());
    QCOMPARE(z.id(), QByteArray("Asia/Shanghai"));
}

void TestMonthCalendar::nextDeadline_data()
{
    QTest::addColumn<QByteArray>("zoneId");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<QDateTime>("next");

    // SPEC §4.5: 31 Dec 04:00 Shanghai, deadline 31 Jan 04:00 Shanghai →
    // 28 Feb 04:00 Shanghai = 27 Feb 20:00 UTC (not 28 Feb as in UTC).
    QTest::newRow("spec example") << QByteArray("Asia/Shanghai") << utc(2025, 12, 30, 20)
                                  << utc(2026, 1, 30, 20) << utc(2026, 2, 27, 20);
    QTest::newRow("spec example in UTC") << QByteArray("UTC") << utc(2025, 12, 30, 20)
                                         << utc(2026, 1, 30, 20) << utc(2026, 2, 28, 20);
    // New orders: the deadline is the start.
    QTest::newRow("new order on the 31st") << QByteArray("Asia/Shanghai") << utc(2026, 1, 31, 3)
                                           << utc(2026, 1, 31, 3) << utc(2026, 2, 28, 3);
    QTest::newRow("new order 31st local, 30th UTC")
        << QByteArray("Asia/Shanghai") << utc(2026, 1, 30, 17) << utc(2026, 1, 30, 17)
        << utc(2026, 2, 27, 17);
    QTest::newRow("new order 31st leap year") << QByteArray("Asia/Shanghai") << utc(2028, 1, 31, 3)
                                              << utc(2028, 1, 31, 3) << utc(2028, 2, 29, 3);
    QTest::newRow("new order 30th UTC leap year")
        << QByteArray("Asia/Shanghai") << utc(2028, 1, 30, 17) << utc(2028, 1, 30, 17)
        << utc(2028, 2, 28, 17);
    QTest::newRow("new order 29 Feb leap year")
        << QByteArray("Asia/Shanghai") << utc(2028, 2, 29, 3) << utc(2028, 2, 29, 3)
        << utc(2028, 3, 29, 3);
    QTest::newRow("new order in December") << QByteArray("Asia/Shanghai") << utc(2025, 12, 15, 2)
                                           << utc(2025, 12, 15, 2) << utc(2026, 1, 15, 2);
    QTest::newRow("new order year end local")
        << QByteArray("Asia/Shanghai") << utc(2025, 12, 31, 17) << utc(2025, 12, 31, 17)
        << utc(2026, 1, 31, 17); // 1 Jan 01:00 local → 1 Feb 01:00 local
    // Renewals return to the start's day after a short month.
    QTest::newRow("renewal after February") << QByteArray("Asia/Shanghai") << utc(2026, 1, 31, 3)
                                            << utc(2026, 2, 28, 3) << utc(2026, 3, 31, 3);
    QTest::newRow("renewal into April") << QByteArray("Asia/Shanghai") << utc(2026, 1, 31, 3)
                                        << utc(2026, 3, 31, 3) << utc(2026, 4, 30, 3);
    QTest::newRow("renewal across year end") << QByteArray("Asia/Shanghai") << utc(2025, 10, 31, 3)
                                             << utc(2025, 12, 31, 3) << utc(2026, 1, 31, 3);
    QTest::newRow("renewal into leap February")
        << QByteArray("Asia/Shanghai") << utc(2027, 10, 30, 20) << utc(2028, 1, 30, 20)
        << utc(2028, 2, 28, 20); // 31 Oct 04:00 local → 29 Feb 04:00 local
}

void TestMonthCalendar::nextDeadline()
{
    QFETCH(QByteArray, zoneId);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, deadline);
    QFETCH(QDateTime, next);

    const QDateTime got = BillingCalendar::nextDeadline(start, deadline, zone(zoneId.constData()));
    QCOMPARE(got, next);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestMonthCalendar::deadlineChain()
{
    // A year of renewals of an order started on 31 Jan 11:00 Shanghai: every
    // deadline is the last day of its month (the 31st where there is one).
    const QTimeZone shanghai = BillingCalendar::defaultServiceZone();
    const QDateTime start = utc(2028, 1, 31, 3);
    QDateTime deadline = start;
    for (int i = 1; i <= 12; ++i) {
        deadline = BillingCalendar::nextDeadline(start, deadline, shanghai);
        const QDateTime local = deadline.toTimeZone(shanghai);
        const QDate month = QDate(2028, 1, 1).addMonths(i);
        QCOMPARE(local.date(), QDate(month.year(), month.month(), month.daysInMonth()));
        QCOMPARE(local.time(), QTime(11, 0));
    }
}

QTEST_GUILESS_MAIN(TestMonthCalendar)
#include "tst_monthcalendar.moc"
