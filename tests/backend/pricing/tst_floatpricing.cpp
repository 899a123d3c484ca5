// FloatPricing, the service's arithmetic step by step (SPEC §4): one
// charge's remaining value, the due amount and its "%.2f", and the rows a
// real order writes. Every amount is worked out in the test data, with the
// float32 values written as "%.9g" (which reads back as the same float32);
// where float32 and exact rational arithmetic disagree, both are given.

#include "pricing/floatpricing.h"
#include "referencepricing.h"
#include "testtime.h"

#include <QtTest>

#include <cmath>
#include <cstdio>

using TestTime::utc;

namespace {

// "%.9g" reads back as the same float32. (glibc's snprintf, not
// QString::asprintf, which rounds decimal ties differently: 8230.453125 must
// print as 8230.45312, as glibc does.)
QString g9(float v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", double(v));
    return QString::fromLatin1(buf);
}

} // namespace

class TstFloatPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatSteps_data();
    void floatSteps();
    void formatDue_data();
    void formatDue();
    void writtenRows();
};

// --- FloatPricing, one charge at a time -------------------------------------
//
// rem(c) = 0.01f * float32(floor(double(ratio * money) * 100)), with
// ratio = float32(remDays) / float32(allDays), money = 0.0001f * float32(CONSUMING).
// `exactDue` is what exact rational arithmetic would answer:
// p - floor(remDays * CONSUMING / (allDays * 100)) cents.
void TstFloatPricing::floatSteps_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<qint64>("consuming");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<double>("price");
    QTest::addColumn<double>("remDays");
    QTest::addColumn<double>("allDays");
    QTest::addColumn<QString>("money");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("prod");
    QTest::addColumn<QString>("rem");
    QTest::addColumn<QString>("dueText");
    QTest::addColumn<QString>("exactDue");

    // quote-switch.http: 15.37 days left -> 15; 15/30 = 0.5; 0.5 * 10 = 5;
    // rem 5.00; 12.3f - 5 = 7.30000019 -> "7.30".
    QTest::newRow("fixture quote-switch (30 d)")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(100000)
        << utc("2026-11-24T23:10:12Z") << 12.3 << 15.0 << 30.0 << "10"
        << "0.5"
        << "5"
        << "5"
        << "7.30"
        << "7.30";

    // --- float32 differs from exact by a cent (found by a search over prices
    // x.yz / whole yuan and remaining days 1..all-1 for 28..31-day periods:
    // 4.49 % of 2,280,000 combinations differ; see the report) ---

    // 28 days (Feb 2027): 15/28 = 0.535714269f; * 119 = 63.7499962f (exact
    // 63.75); floor(6374.99962) = 6374 -> rem 63.7399979f; 199 - rem =
    // 135.26001f -> "135.26"; exact 199.00 - 63.75 = 135.25.
    QTest::newRow("28 d: float 135.26 vs exact 135.25")
        << utc("2027-02-10T08:00:00Z") << utc("2027-03-10T08:00:00Z") << qint64(1190000)
        << utc("2027-02-23T03:00:00Z") << 199.0 << 15.0 << 28.0 << "119"
        << "0.535714269"
        << "63.7499962"
        << "63.7399979"
        << "135.26"
        << "135.25";

    // 29 days (Feb 2028, leap): 15/29 = 0.517241359f; * 29 = 14.999999f (exact
    // 15); floor(1499.9999) = 1499 -> 14.9899998f; 39.9000015f - 14.9899998f =
    // 24.9100018f -> "24.91"; exact 39.90 - 15.00 = 24.90.
    QTest::newRow("29 d: float 24.91 vs exact 24.90")
        << utc("2028-02-10T08:00:00Z") << utc("2028-03-10T08:00:00Z") << qint64(290000)
        << utc("2028-02-24T03:00:00Z") << 39.9 << 15.0 << 29.0 << "29"
        << "0.517241359"
        << "14.999999"
        << "14.9899998"
        << "24.91"
        << "24.90";

    // 30 days (Nov 2026): 14/30 = 0.466666669f; * 9 = 4.19999981f (exact 4.2);
    // floor(419.999981) = 419 -> 4.19000006f; 12.3000002f - 4.19000006f =
    // 8.11000061f -> "8.11"; exact 12.30 - 4.20 = 8.10.
    QTest::newRow("30 d: float 8.11 vs exact 8.10")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(90000)
        << utc("2026-11-26T03:00:00Z") << 12.3 << 14.0 << 30.0 << "9"
        << "0.466666669"
        << "4.19999981"
        << "4.19000006"
        << "8.11"
        << "8.10";

    // 30 days: 21/30 = 0.699999988f; * 1 = 0.699999988f (exact 0.7);
    // floor(69.9999988) = 69 -> 0.689999998f; 2 - 0.69 = 1.30999994f -> "1.31";
    // exact 2.00 - 0.70 = 1.30.
    QTest::newRow("30 d: float 1.31 vs exact 1.30")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(10000)
        << utc("2026-11-19T03:00:00Z") << 2.0 << 21.0 << 30.0 << "1"
        << "0.699999988"
        << "0.699999988"
        << "0.689999998"
        << "1.31"
        << "1.30";

    // 31 days (Dec 2026): 10/31 = 0.322580636f; money 21.7 -> 21.6999989f;
    // prod 6.99999952f (exact 7); floor(699.999952) = 699 -> 6.98999977f;
    // 30 - 6.98999977f = 23.0100002f -> "23.01"; exact 30.00 - 7.00 = 23.00.
    QTest::newRow("31 d: float 23.01 vs exact 23.00")
        << utc("2026-12-10T08:00:00Z") << utc("2027-01-10T08:00:00Z") << qint64(217000)
        << utc("2026-12-31T03:00:00Z") << 30.0 << 10.0 << 31.0 << "21.6999989"
        << "0.322580636"
        << "6.99999952"
        << "6.98999977"
        << "23.01"
        << "23.00";

    // --- the four period lengths where float32 happens to agree ---
    // 28 d: 14/28 = 0.5; * 28 = 14 -> rem 14; 30 - 14 = 16 -> "16.00".
    QTest::newRow("28 d: agree") << utc("2027-02-10T08:00:00Z") << utc("2027-03-10T08:00:00Z")
                                 << qint64(280000) << utc("2027-02-24T03:00:00Z") << 30.0 << 14.0
                                 << 28.0 << "28"
                                 << "0.5"
                                 << "14"
                                 << "14"
                                 << "16.00"
                                 << "16.00";
    // 29 d: 19/29 = 0.655172408f; * 29 = 19 (rounds up to exactly 19) -> 19;
    // 30 - 19 = 11 -> "11.00".
    QTest::newRow("29 d: agree") << utc("2028-02-10T08:00:00Z") << utc("2028-03-10T08:00:00Z")
                                 << qint64(290000) << utc("2028-02-20T03:00:00Z") << 30.0 << 19.0
                                 << 29.0 << "29"
                                 << "0.655172408"
                                 << "19"
                                 << "19"
                                 << "11.00"
                                 << "11.00";
    // 31 d: 16/31 = 0.516129017f; * 31 = 16 -> 16; 30 - 16 = 14 -> "14.00".
    QTest::newRow("31 d: agree") << utc("2026-12-10T08:00:00Z") << utc("2027-01-10T08:00:00Z")
                                 << qint64(310000) << utc("2026-12-25T03:00:00Z") << 30.0 << 16.0
                                 << 31.0 << "31"
                                 << "0.516129017"
                                 << "16"
                                 << "16"
                                 << "14.00"
                                 << "14.00";

    // On the deadline day: 5 h left -> floor(0.208) = 0 days -> rem 0.
    QTest::newRow("deadline day: 0 days left")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(300000)
        << utc("2026-12-10T03:00:00Z") << 12.3 << 0.0 << 30.0 << "30"
        << "0"
        << "0"
        << "0"
        << "12.30"
        << "12.30";
    // At the charge time: 30/30 = 1; rem = 30; 45.5999985f - 30 = 15.5999985f.
    QTest::newRow("at the charge time: all days left")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(300000)
        << utc("2026-11-10T08:00:00Z") << 45.6 << 30.0 << 30.0 << "30"
        << "1"
        << "30"
        << "30"
        << "15.60"
        << "15.60";
    // Above 2^24 units float32 loses digits: 123456789 -> 12345.6787f (the
    // REST API shows 12345.679); 20/30 = 0.666666687f; prod 8230.45312f;
    // floor(823045.312) = 823045 -> 8230.4502f; 20000 - rem = 11769.5498f.
    QTest::newRow("large charge above 2^24 units")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-10T08:00:00Z") << qint64(123456789)
        << utc("2026-11-20T03:00:00Z") << 20000.0 << 20.0 << 30.0 << "12345.6787"
        << "0.666666687"
        << "8230.45312"
        << "8230.4502"
        << "11769.55"
        << "11769.55";
    // allDays rounds half a day up: 29 d 12 h -> floor(0.5 + 29.5) = 30;
    // 29 d 11 h -> 29.
    QTest::newRow("allDays: 29.5 days -> 30")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-09T20:00:00Z") << qint64(300000)
        << utc("2026-11-24T20:00:00Z") << 30.0 << 15.0 << 30.0 << "30"
        << "0.5"
        << "15"
        << "15"
        << "15.00"
        << "15.00";
    QTest::newRow("allDays: 29.46 days -> 29")
        << utc("2026-11-10T08:00:00Z") << utc("2026-12-09T19:00:00Z") << qint64(290000)
        << utc("2026-11-18T20:00:00Z") << 30.0 << 20.0 << 29.0 << "29"
        << "0.689655185"
        << "20"
        << "20"
        << "10.00"
        << "10.00";
}

void TstFloatPricing::floatSteps()
{
    QFETCH(QDateTime, time);
    QFETCH(QDateTime, deadline);
    QFETCH(qint64, consuming);
    QFETCH(QDateTime, now);
    QFETCH(double, price);
    QFETCH(double, remDays);
    QFETCH(double, allDays);
    QFETCH(QString, money);
    QFETCH(QString, ratio);
    QFETCH(QString, prod);
    QFETCH(QString, rem);
    QFETCH(QString, dueText);
    QFETCH(QString, exactDue);

    QCOMPARE(FloatPricing::remainingDays(deadline, now), remDays);
    QCOMPARE(FloatPricing::allDays(time, deadline), allDays);
    const float m = FloatPricing::chargeMoney(consuming);
    QCOMPARE(g9(m), money);
    const float r = float(remDays) / float(allDays);
    QCOMPARE(g9(r), ratio);
    QCOMPARE(g9(r * m), prod);

    FloatPricing::Charge c;
    c.time = time;
    c.deadline = deadline;
    c.consuming = consuming;
    const float remaining = FloatPricing::remainingOfCharge(c, now);
    QCOMPARE(g9(remaining), rem);
    const auto viaOrder = FloatPricing::remainingOfOrder(c, std::nullopt, now);
    QVERIFY(viaOrder);
    QCOMPARE(g9(*viaOrder), rem);

    const float p = FloatPricing::planPrice(price);
    QCOMPARE(FloatPricing::formatDue(FloatPricing::due(p, remaining)), dueText);

    // The exact-rational column really is the exact answer.
    const qint64 remCents = qint64(remDays) * consuming / (qint64(allDays) * 100);
    const qint64 dueCents = qint64(std::llround(price * 100)) - remCents;
    QCOMPARE(QString::asprintf("%lld.%02lld", dueCents / 100, dueCents % 100), exactDue);
}

// --- "%.2f" of a float32, as Go prints it -----------------------------------
void TstFloatPricing::formatDue_data()
{
    QTest::addColumn<float>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("7.30000019") << (12.3f - 5.0f) << "7.30";
    QTest::newRow("tie 4.625 -> even 4.62") << 4.625f << "4.62";
    QTest::newRow("tie 4.875 -> even 4.88") << 4.875f << "4.88";
    QTest::newRow("tie 0.125 -> 0.12") << 0.125f << "0.12";
    QTest::newRow("tie 0.375 -> 0.38") << 0.375f << "0.38";
    QTest::newRow("4.99499989 -> 4.99") << (20.0f - 15.005f) << "4.99";
    QTest::newRow("zero") << 0.0f << "0.00";
    QTest::newRow("large") << 16777216.0f << "16777216.00";
    QTest::newRow("NaN as Go prints it") << std::nanf("") << "NaN";
    QTest::newRow("+Inf as Go prints it") << HUGE_VALF << "Inf";
    QTest::newRow("-Inf as Go prints it") << -HUGE_VALF << "-Inf";
}

void TstFloatPricing::formatDue()
{
    QFETCH(float, value);
    QFETCH(QString, text);
    QCOMPARE(FloatPricing::formatDue(value), text);
    if (std::isfinite(value))
        QCOMPARE(ReferencePricing::format2(value), text);
}

// What a real order writes (SPEC §4.6), for the fake service and demo data.
void TstFloatPricing::writtenRows()
{
    // 4.19000006f * 10000 = 41900.0006 -> float32 41900 -> -41900.
    QCOMPARE(FloatPricing::creditConsuming(0.01f * 419.0f), qint64(-41900));
    // 0.69f = 0.689999998f; * 10000 = 6899.99998 -> float32 6900 -> -6900.
    QCOMPARE(FloatPricing::creditConsuming(0.01f * 69.0f), qint64(-6900));
    // 12.3f * 10000 = 123000.002 -> float32 123000 -> 123000.
    QCOMPARE(FloatPricing::fullChargeConsuming(FloatPricing::planPrice(12.3)), qint64(123000));
    // 39.9f = 39.9000015; * 10000 = 399000.015 -> 399000.
    QCOMPARE(FloatPricing::fullChargeConsuming(FloatPricing::planPrice(39.9)), qint64(399000));
    QCOMPARE(FloatPricing::creditConsuming(0.0f), qint64(0));
    // Fixture: CONSUMING 1234567 -> 123.456696 on the wire.
    QCOMPARE(g9(FloatPricing::chargeMoney(1234567)), QStringLiteral("123.456696"));
    QCOMPARE(g9(FloatPricing::chargeMoney(123456789)), QStringLiteral("12345.6787"));
}

// The reference formatter against hand-checked values, so that the random
// comparison below compares with something trustworthy.
QTEST_GUILESS_MAIN(TstFloatPricing)

#include "tst_floatpricing.moc"
