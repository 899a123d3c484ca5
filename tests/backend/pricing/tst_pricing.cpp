// The local dry-run price (PricingEngine, FloatPricing) against SPEC §3/§4
// and the captured fixtures (quote-*.http).
//
// Every amount below is worked out step by step in the test data, with the
// float32 values written as "%.9g" (which reads back as the same float32).
// Where float32 and exact rational arithmetic disagree, both are given: the
// service (and so the engine) answers the float32 one.

#include "core/billingcalendar.h"
#include "pricing/floatpricing.h"
#include "pricing/pricingengine.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <cstdint>
#include <cstdio>

Q_DECLARE_METATYPE(BackendError::Category)

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toUTC();
}

// "%.9g" reads back as the same float32. (glibc's snprintf, not
// QString::asprintf, which rounds decimal ties differently: 8230.453125 must
// print as 8230.45312, as glibc does.)
QString g9(float v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", double(v));
    return QString::fromLatin1(buf);
}

Plan makePlan(const QString &planId, const QString &typeText, double price, bool active = true)
{
    Plan p;
    p.id = 123;
    p.planId = planId;
    p.name = planId;
    p.typeText = typeText;
    p.type = planTypeFromString(typeText);
    p.price = price;
    p.priceMoney = Money::fromYuanDouble(price).value_or(Money());
    p.cycle = QStringLiteral("m");
    p.region = QStringLiteral("cn-north-1");
    p.active = active;
    return p;
}

PricedCharge charge(int consumeId, const char *time, const char *deadline, qint64 consuming)
{
    PricedCharge c;
    c.consumeId = consumeId;
    c.time = utc(time);
    c.deadline = utc(deadline);
    c.consuming = consuming;
    c.planHistoryId = 11;
    return c;
}

// The order "local-resources" on plan p-small whose last charge is `last`.
ReplaceableOrder resourcesOrder(std::optional<PricedCharge> last,
                                std::optional<PricedCharge> beforeLast = std::nullopt,
                                int lastConsumeId = 3)
{
    ReplaceableOrder r;
    r.order.id = 1;
    r.order.orderId = QStringLiteral("local-resources");
    r.order.ns = QStringLiteral("local");
    r.order.region = QStringLiteral("cn-north-1");
    r.order.planId = QStringLiteral("p-small");
    r.order.planType = PlanType::Resources;
    r.order.startTime = utc("2026-09-10T08:00:00Z");
    r.order.endTime = r.order.startTime;
    r.order.deadline = last ? last->deadline : QDateTime();
    r.order.lastConsumeId = lastConsumeId;
    r.order.status = OrderStatus::Consuming;
    r.order.creator = QStringLiteral("local");
    r.last = std::move(last);
    r.beforeLast = std::move(beforeLast);
    return r;
}

PricingInput input(const char *now, std::optional<Plan> plan,
                   std::optional<ReplaceableOrder> current = std::nullopt,
                   const QString &resourceName = QString())
{
    PricingInput in;
    in.ns = QStringLiteral("local");
    in.region = QStringLiteral("cn-north-1");
    in.planId = plan ? plan->planId : QStringLiteral("p-none");
    in.resourceName = resourceName;
    in.plan = std::move(plan);
    in.current = std::move(current);
    in.now = utc(now);
    in.serviceZone = BillingCalendar::defaultServiceZone();
    return in;
}

Plan resourcesPlan(double price, const QString &planId = QStringLiteral("p-big"))
{
    return makePlan(planId, QStringLiteral("resources"), price);
}

// ---------------------------------------------------------------------------
// An independent re-implementation of SPEC §4.4/§4.5, written from the text
// of the spec (not from FloatPricing): durations in int64 nanoseconds as Go
// has them, every float32 step stored through a volatile, and the "%.2f"
// formatting done with exact integer arithmetic on the float32's bits.
namespace Ref {

float r32(float v)
{
    volatile float s = v;
    return s;
}

qint64 nanos(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) * 1000000LL;
}

float money(qint64 consuming)
{
    return r32(r32(float(0.0001)) * r32(float(consuming)));
}

float rem(const QDateTime &time, const QDateTime &deadline, qint64 consuming, const QDateTime &t)
{
    const double day = double(qint64(24) * 3600 * 1000000000LL);
    const double remDays = std::floor(double(nanos(t, deadline)) / day);
    const double allDays = std::floor(0.5 + double(nanos(time, deadline)) / day);
    const float ratio = r32(r32(float(remDays)) / r32(float(allDays)));
    const float prod = r32(ratio * money(consuming));
    return r32(r32(float(0.01)) * r32(float(std::floor(double(prod) * 100.0))));
}

// sprintf("%.2f", f) for a finite float32: round(f * 100) half to even, exact.
QString format2(float f)
{
    const bool negative = std::signbit(f);
    int e = 0;
    const float m = std::frexp(std::fabs(f), &e);            // f = m * 2^e, m in [0.5, 1)
    const quint64 mant = quint64(std::ldexp(double(m), 24)); // < 2^24, exact
    const int exp = e - 24;                                  // |f| = mant * 2^exp
    using u128 = unsigned __int128;
    const u128 n = u128(mant) * 100u; // |f| * 100 = n * 2^exp
    u128 cents = 0;
    if (exp >= 0) {
        cents = n << exp;
    } else if (-exp < 100) {
        const int k = -exp;
        const u128 one = 1;
        const u128 q = n >> k;
        const u128 r = n & ((one << k) - 1);
        const u128 half = one << (k - 1);
        cents = q;
        if (r > half || (r == half && (q & 1)))
            ++cents;
    }
    const quint64 c = quint64(cents);
    return QString::asprintf("%s%llu.%02llu", negative ? "-" : "", c / 100, c % 100);
}

struct Outcome
{
    bool ok = false;
    int code = 0; // service code when !ok (0: the service dies)
    QString dueText;
};

// The dry run of a `resources` plan of price `price` (already known to be
// valid) switching away from `cur`.
Outcome quote(double price, const std::optional<ReplaceableOrder> &cur, const QDateTime &t)
{
    const float p = r32(float(price));
    float due = p;
    if (cur) {
        if (!cur->last)
            return {false, 3313, {}};
        const PricedCharge &L = *cur->last;
        float remaining = 0;
        if (t > L.deadline) {
            remaining = 0;
        } else if (t < L.time) {
            if (!cur->beforeLast)
                return {false, 0, {}};
            const PricedCharge &L2 = *cur->beforeLast;
            remaining = r32(rem(L2.time, L2.deadline, L2.consuming, t) + money(L.consuming));
        } else {
            remaining = rem(L.time, L.deadline, L.consuming, t);
        }
        if (remaining > p)
            return {false, 3313, {}};
        due = r32(p - remaining);
    }
    return {true, 0, format2(due)};
}

} // namespace Ref

} // namespace

class TstPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floatSteps_data();
    void floatSteps();
    void quoteOk_data();
    void quoteOk();
    void quoteError_data();
    void quoteError();
    void resourceNames_data();
    void resourceNames();
    void formatDue_data();
    void formatDue();
    void periodEnd_data();
    void periodEnd();
    void duplicateWarning();
    void writtenRows();
    void referenceSelfCheck();
    void randomAgainstReference();
};

// --- FloatPricing, one charge at a time -------------------------------------
//
// rem(c) = 0.01f * float32(floor(double(ratio * money) * 100)), with
// ratio = float32(remDays) / float32(allDays), money = 0.0001f * float32(CONSUMING).
// `exactDue` is what exact rational arithmetic would answer:
// p - floor(remDays * CONSUMING / (allDays * 100)) cents.
void TstPricing::floatSteps_data()
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

void TstPricing::floatSteps()
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

// --- The engine: quotes -----------------------------------------------------
void TstPricing::quoteOk_data()
{
    QTest::addColumn<PricingInput>("in");
    QTest::addColumn<QString>("planPrice"); // toString4
    QTest::addColumn<QString>("credit");    // toString4
    QTest::addColumn<QString>("dueText");
    QTest::addColumn<bool>("replaces");
    QTest::addColumn<int>("warnings");

    const auto nov = [](qint64 consuming) {
        return charge(3, "2026-11-10T08:00:00Z", "2026-12-10T08:00:00Z", consuming);
    };

    QTest::newRow("first order (no current order)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3)) << "12.3000"
        << "0.0000"
        << "12.30" << false << 0;

    // quote-switch.http: CONSUMING 100000, 10 Nov - 10 Dec, now 24 Nov
    // 23:10:12Z: 15/30 * 10.00 = 5.00; 12.30 - 5.00 = "7.30".
    QTest::newRow("fixture quote-switch: switch mid-cycle")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nov(100000)))
        << "12.3000"
        << "5.0000"
        << "7.30" << true << 0;

    // 14/30 * 9.00: float 4.19 (exact 4.20) -> "8.11" (exact 8.10).
    QTest::newRow("switch mid-cycle, 30 d, float cent")
        << input("2026-11-26T03:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(90000)))
        << "12.3000"
        << "4.1900"
        << "8.11" << true << 0;

    // 15/28 * 119.00: float 63.74 (exact 63.75) -> "135.26" (exact 135.25).
    QTest::newRow("28-day cycle, float cent")
        << input("2027-02-23T03:00:00Z", resourcesPlan(199.0),
                 resourcesOrder(charge(3, "2027-02-10T08:00:00Z", "2027-03-10T08:00:00Z", 1190000)))
        << "199.0000"
        << "63.7400"
        << "135.26" << true << 0;

    // 15/29 * 29.00: float 14.99 (exact 15.00) -> "24.91" (exact 24.90).
    QTest::newRow("29-day cycle, float cent")
        << input("2028-02-24T03:00:00Z", resourcesPlan(39.9),
                 resourcesOrder(charge(3, "2028-02-10T08:00:00Z", "2028-03-10T08:00:00Z", 290000)))
        << "39.9000"
        << "14.9900"
        << "24.91" << true << 0;

    // 10/31 * 21.70: float 6.99 (exact 7.00) -> "23.01" (exact 23.00).
    QTest::newRow("31-day cycle, float cent")
        << input("2026-12-31T03:00:00Z", resourcesPlan(30.0),
                 resourcesOrder(charge(3, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", 217000)))
        << "30.0000"
        << "6.9900"
        << "23.01" << true << 0;

    // 14/28 * 28 = 14 -> 30 - 14 = 16.
    QTest::newRow("28-day cycle") << input("2027-02-24T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2027-02-10T08:00:00Z",
                                                                 "2027-03-10T08:00:00Z", 280000)))
                                  << "30.0000"
                                  << "14.0000"
                                  << "16.00" << true << 0;
    // 19/29 * 29 = 19 -> 11.
    QTest::newRow("29-day cycle") << input("2028-02-20T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2028-02-10T08:00:00Z",
                                                                 "2028-03-10T08:00:00Z", 290000)))
                                  << "30.0000"
                                  << "19.0000"
                                  << "11.00" << true << 0;
    // 15/30 * 30 = 15 -> 15 - 15 = 0: remaining equal to the price is allowed.
    QTest::newRow("30-day cycle, remaining equals the price")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300000)))
        << "15.0000"
        << "15.0000"
        << "0.00" << true << 0;
    // 15/30 * 30.02: money 0.0001f * 300200 = 30.0199986f; prod 15.0099993f;
    // floor(1500.99993) = 1500 -> 15.00, not above 15.00 -> "0.00". Exact
    // arithmetic gives 15.01 > 15.00 and would refuse (3313).
    QTest::newRow("float prices 0.00 where exact would refuse (3313)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300200)))
        << "15.0000"
        << "15.0000"
        << "0.00" << true << 0;
    // 16/31 * 31 = 16 -> 14.
    QTest::newRow("31-day cycle") << input("2026-12-25T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2026-12-10T08:00:00Z",
                                                                 "2027-01-10T08:00:00Z", 310000)))
                                  << "30.0000"
                                  << "16.0000"
                                  << "14.00" << true << 0;

    // 5 h before the deadline: floor(0.21) = 0 days left -> credit 0, due p.
    QTest::newRow("on the deadline day")
        << input("2026-12-10T03:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // t == L.deadline is not "after": 0 days left -> 0.
    QTest::newRow("exactly at the deadline")
        << input("2026-12-10T08:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // After L.deadline: remaining 0, due = p, and the old order is still ended.
    QTest::newRow("after the deadline (still replaces, credit 0)")
        << input("2026-12-10T08:00:01Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    QTest::newRow("a week after the deadline (renewal failing)")
        << input("2026-12-16T12:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // t == L.time: 30/30 * 30 = 30; 45.6 - 30 = 15.60.
    QTest::newRow("at the charge time (whole period left)")
        << input("2026-11-10T08:00:00Z", resourcesPlan(45.6), resourcesOrder(nov(300000)))
        << "45.6000"
        << "30.0000"
        << "15.60" << true << 0;

    // Renewed in advance: L = 10 Dec - 10 Jan (charged at the old deadline, in
    // the future), L' = 10 Nov - 10 Dec. t = 5 Dec 03:00Z < L.time.
    // rem(L') = floor(5.2 d) = 5; 5/30 = 0.166666672f; * 30 = 5 -> 5.00;
    // remaining = 5 + L.money 30 = 35; 40 - 35 = "5.00".
    const auto dec = [](qint64 consuming) {
        return charge(4, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", consuming);
    };
    QTest::newRow("renewed in advance: rem(L') + L.money")
        << input("2026-12-05T03:00:00Z", resourcesPlan(40.0),
                 resourcesOrder(dec(300000), nov(300000), 4))
        << "40.0000"
        << "35.0000"
        << "5.00" << true << 0;
    // A charge of 10.005 (CONSUMING 100050 -> 10.0050001f): remaining =
    // 5 + 10.0050001f = 15.0050001f; 20 - 15.0050001f = 4.99499989f -> "4.99";
    // exact 20 - 15.005 = 4.995 would print "5.00" (ties-to-even or half-up).
    QTest::newRow("renewed in advance: remaining on a half cent (float 4.99, exact 5.00)")
        << input("2026-12-05T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(100050), nov(300000), 4))
        << "20.0000"
        << "15.0050"
        << "4.99" << true << 0;
    // t = 10 Dec 03:00Z: rem(L') = 0 days -> 0; L.money = 0.0001f * 153750 =
    // 15.375 exactly; 20 - 15.375 = 4.625 exactly, a tie: "%.2f" rounds half
    // to even -> "4.62" (half-up would say 4.63).
    QTest::newRow("renewed in advance: due exactly on a half cent -> even")
        << input("2026-12-10T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(153750), nov(300000), 4))
        << "20.0000"
        << "15.3750"
        << "4.62" << true << 0;
    // Same, 15.125 -> 4.875 -> "4.88" (8 is even).
    QTest::newRow("renewed in advance: half cent, rounds up to even")
        << input("2026-12-10T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(151250), nov(300000), 4))
        << "20.0000"
        << "15.1250"
        << "4.88" << true << 0;

    // 123456789 -> 12345.6787f; 20/30 -> 8230.4502f; 20000 - that.
    QTest::newRow("large old charge (float32 loses digits)")
        << input("2026-11-20T03:00:00Z", resourcesPlan(20000.0), resourcesOrder(nov(123456789)))
        << "20000.0000"
        << "8230.4502"
        << "11769.55" << true << 0;

    // Plan types are compared case-insensitively.
    QTest::newRow("plan type 'Resources' (stored capitalised)")
        << input("2026-11-24T23:10:12Z", makePlan("p-big", "Resources", 12.3),
                 resourcesOrder(nov(100000)))
        << "12.3000"
        << "5.0000"
        << "7.30" << true << 0;

    // volume and bsi are never switched: price p, nothing replaced, even if
    // a resources order is passed in.
    QTest::newRow("volume: new order, current ignored")
        << input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5),
                 resourcesOrder(nov(100000)), "data-1")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume 'VOLUME', blank name passes")
        << input("2026-11-24T23:10:12Z", makePlan("p-vol", "VOLUME", 3.5)) << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume, 2-char name")
        << input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5), std::nullopt, "ab")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume, 30-char name")
        << input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5), std::nullopt,
                 "abcdefghijklmnopqrstuvwxyz0123")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("bsi, blank name passes")
        << input("2026-11-24T23:10:12Z", makePlan("p-bsi", "bsi", 8.88)) << "8.8800"
        << "0.0000"
        << "8.88" << false << 0;
    QTest::newRow("bsi, 1-char name")
        << input("2026-11-24T23:10:12Z", makePlan("p-bsi", "Bsi", 8.88), std::nullopt, "r")
        << "8.8800"
        << "0.0000"
        << "8.88" << false << 0;

    PricingInput dupVolume =
        input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5), std::nullopt, "data-1");
    dupVolume.liveResourceNames = QStringList{QStringLiteral("other"), QStringLiteral("data-1")};
    QTest::newRow("volume, duplicated name: warning, same price") << dupVolume << "3.5000"
                                                                  << "0.0000"
                                                                  << "3.50" << false << 1;
    PricingInput dupBsi =
        input("2026-11-24T23:10:12Z", makePlan("p-bsi", "bsi", 8.88), std::nullopt, "redis-1");
    dupBsi.liveResourceNames = QStringList{QStringLiteral("redis-1")};
    QTest::newRow("bsi, duplicated name: warning, same price") << dupBsi << "8.8800"
                                                               << "0.0000"
                                                               << "8.88" << false << 1;
    PricingInput noDup = dupBsi;
    noDup.resourceName = QStringLiteral("redis-2");
    QTest::newRow("bsi, other name: no warning") << noDup << "8.8800"
                                                 << "0.0000"
                                                 << "8.88" << false << 0;
}

void TstPricing::quoteOk()
{
    QFETCH(PricingInput, in);
    QFETCH(QString, planPrice);
    QFETCH(QString, credit);
    QFETCH(QString, dueText);
    QFETCH(bool, replaces);
    QFETCH(int, warnings);

    const Result<Quote> r = PricingEngine::quote(in);
    if (!r)
        QFAIL(qPrintable(QStringLiteral("unexpected error %1: %2")
                             .arg(r.error().serviceCode())
                             .arg(r.error().message())));
    const Quote &q = r.value();
    QCOMPARE(q.planPrice.toString4(), planPrice);
    QCOMPARE(q.credit.toString4(), credit);
    QCOMPARE(q.dueText, dueText);
    QCOMPARE(q.due.toString2(), dueText);
    QCOMPARE(q.replaces.has_value(), replaces);
    if (replaces) {
        QCOMPARE(q.replaces->orderId, in.current->order.orderId);
        QCOMPARE(q.replaces->id, in.current->order.id);
    }
    QCOMPARE(q.warnings.size(), warnings);
    QCOMPARE(q.periodEnd, BillingCalendar::nextDeadline(in.now, in.now, in.serviceZone));

    // The service's own result, independently: same string.
    if (in.plan->type == PlanType::Resources) {
        const Ref::Outcome ref = Ref::quote(in.plan->price, in.current, in.now);
        QVERIFY(ref.ok);
        QCOMPARE(ref.dueText, dueText);
    }
}

// --- The engine: errors, and the order of the checks -------------------------
void TstPricing::quoteError_data()
{
    QTest::addColumn<PricingInput>("in");
    QTest::addColumn<BackendError::Category>("category");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    using C = BackendError::Category;
    const QString planInvalid = QStringLiteral("invalid parameters: plan type is invalid: ");
    const QString lengthMsg = QStringLiteral("invalid parameters: invalid df res name length");
    const auto nov = [](qint64 consuming) {
        return charge(3, "2026-11-10T08:00:00Z", "2026-12-10T08:00:00Z", consuming);
    };
    const auto dec = [](qint64 consuming) {
        return charge(4, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", consuming);
    };
    const auto vol = [](const QString &name) {
        return input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5), std::nullopt, name);
    };
    const auto bsi = [](const QString &name) {
        return input("2026-11-24T23:10:12Z", makePlan("p-bsi", "bsi", 8.88), std::nullopt, name);
    };

    PricingInput unknown = input("2026-11-24T23:10:12Z", std::nullopt);
    QTest::newRow("unknown plan") << unknown << C::InvalidInput << 3307 << planInvalid;
    QTest::newRow("inactive plan version")
        << input("2026-11-24T23:10:12Z", makePlan("p-big", "resources", 12.3, false))
        << C::InvalidInput << 3307 << planInvalid;
    QTest::newRow("invalid plan type (with the type, lower-cased)")
        << input("2026-11-24T23:10:12Z", makePlan("p-x", "Compute", 1.0)) << C::InvalidInput << 3307
        << planInvalid + QStringLiteral("compute");

    PricingInput blankRegion = unknown;
    blankRegion.region.clear();
    QTest::newRow("blank region (before the plan)")
        << blankRegion << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: region can't be blank");
    PricingInput blankPlanId = unknown;
    blankPlanId.planId.clear();
    QTest::newRow("blank plan_id (before the plan)")
        << blankPlanId << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: plan_id can't be blank");
    PricingInput unknownBadName = unknown;
    unknownBadName.resourceName = QStringLiteral("Bad_Name");
    QTest::newRow("unknown plan is checked before the resource name")
        << unknownBadName << C::InvalidInput << 3307 << planInvalid;

    // quote-bad-resname.http
    QTest::newRow("resources with a name (fixture)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), std::nullopt, "Bad_Name")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: Bad_Name");
    // quote-volume-new.http shape (a resources plan with a good volume name).
    QTest::newRow("resources with a legal name")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), std::nullopt, "newdisk")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: newdisk");
    QTest::newRow("resource name is checked before 'Plan not changed'")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)), "x")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: x");

    QTest::newRow("volume, 31 chars: too long")
        << vol("abcdefghijklmnopqrstuvwxyz01234") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("volume, uppercase")
        << vol("MyDisk") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: MyDisk is not a legal df res name");
    QTest::newRow("volume, leading '-'")
        << vol("-disk") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: -disk is not a legal df res name");
    QTest::newRow("volume, leading '-', 3 chars: length message")
        << vol("-ab") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("volume, underscore")
        << vol("Bad_Name") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: Bad_Name is not a legal df res name");
    QTest::newRow("volume, dot") << vol("disk.one") << C::InvalidInput << 3307
                                 << QStringLiteral(
                                        "invalid parameters: disk.one is not a legal df res name");
    QTest::newRow("bsi, 31 chars: too long")
        << bsi("redis-redis-redis-redis-redis-1") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("bsi, uppercase")
        << bsi("Redis") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: Redis is not a legal df res name");
    QTest::newRow("bsi, trailing '-'")
        << bsi("redis-") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: redis- is not a legal df res name");
    QTest::newRow("bsi, 2 chars but illegal: length message")
        << bsi("R1") << C::InvalidInput << 3307 << lengthMsg;
    // Go's len() counts bytes: 2 characters, 6 bytes -> "not a legal" message.
    QTest::newRow("bsi, non-ASCII (6 bytes)")
        << bsi(QStringLiteral("\u78c1\u76d8")) << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: \u78c1\u76d8 is not a legal df res name");

    // quote-plan-not-changed.http
    QTest::newRow("same plan again")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)))
        << C::Conflict << 3308 << QStringLiteral("failed to create order (Plan not changed)");
    QTest::newRow("same plan again, even after the deadline")
        << input("2026-12-20T00:00:00Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)))
        << C::Conflict << 3308 << QStringLiteral("failed to create order (Plan not changed)");

    // quote-switch-too-much.http: 15/30 * 30 = 15.00 > 12.30.
    QTest::newRow("downgrade (fixture quote-switch-too-much)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending)");
    // 15/30 * 30.04: money 30.039999f, prod 15.0199995f -> 15.0099993f
    // (exact 15.02) > 15.00: refused by one cent.
    QTest::newRow("downgrade by one cent")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300400)))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending)");
    // rem(L') 5 + L.money 30 = 35 > 30.
    QTest::newRow("downgrade, renewed in advance: (last last)")
        << input("2026-12-05T03:00:00Z", resourcesPlan(30.0),
                 resourcesOrder(dec(300000), nov(300000), 4))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending (last last))");
    QTest::newRow("last charge missing")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(std::nullopt))
        << C::Server << 3313
        << QStringLiteral("failed to renew order (Failed to switch plan: last payment not found)");

    ReplaceableOrder nullLastId = resourcesOrder(nov(100000));
    nullLastId.order.lastConsumeId.reset();
    QTest::newRow("LAST_CONSUME_ID NULL (checked before 'Plan not changed')")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"), nullLastId) << C::Server
        << 3311
        << QStringLiteral("failed to get order (LAST_CONSUME_ID of order local-resources is NULL)");
    PricedCharge nullTime = nov(100000);
    nullTime.deadline = QDateTime();
    QTest::newRow("last charge with a NULL deadline")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nullTime)) << C::Server
        << 3313
        << QStringLiteral("failed to renew order (Failed to switch plan: charge 3 of order "
                          "local-resources has an unknown (NULL) time)");
    // A last charge shorter than half a day: remDays 0, allDays floor(0.5 +
    // 0.04) = 0 -> ratio 0/0 = NaN -> remaining NaN, not > p -> due NaN: the
    // service would answer "NaN".
    QTest::newRow("charge shorter than half a day: NaN")
        << input("2026-11-10T08:00:00Z", resourcesPlan(12.3),
                 resourcesOrder(charge(3, "2026-11-10T08:00:00Z", "2026-11-10T09:00:00Z", 100000)))
        << C::Server << 0
        << QStringLiteral("The service's price for this order is not a number (it would answer "
                          "\"NaN\"): a charge of the current order covers less than half a day.");
    QTest::newRow("no time given") << [] {
        PricingInput in = input("2026-11-24T23:10:12Z", resourcesPlan(12.3));
        in.now = QDateTime();
        return in;
    }() << C::InvalidInput << 0 << QStringLiteral("No time given to price the order at.");

    // The real service dies on this request; the message is checked by
    // content below (an empty `message` skips the exact comparison).
    QTest::newRow("renewed in advance, charge before the last missing: the service dies")
        << input("2026-12-05T03:00:00Z", resourcesPlan(40.0),
                 resourcesOrder(dec(300000), std::nullopt, 4))
        << C::Server << 0 << QString();
}

void TstPricing::quoteError()
{
    QFETCH(PricingInput, in);
    QFETCH(BackendError::Category, category);
    QFETCH(int, code);
    QFETCH(QString, message);

    const Result<Quote> r = PricingEngine::quote(in);
    if (r)
        QFAIL(qPrintable(QStringLiteral("unexpected quote %1").arg(r.value().dueText)));
    if (!message.isEmpty())
        QCOMPARE(r.error().message(), message);
    QCOMPARE(r.error().serviceCode(), code);
    QCOMPARE(int(r.error().category()), int(category));
    if (message.isEmpty()) {
        const QString died = r.error().message();
        QVERIFY(died.contains(QLatin1String("renewed in advance")));
        QVERIFY(died.contains(QLatin1String("CONSUME_ID 3")));
        QVERIFY(died.contains(QLatin1String("dies")));
    }
    // Never "improved" into a price by the independent implementation either.
    const bool refKnows =
        !(in.current && (!in.current->order.lastConsumeId ||
                         (in.current->last && !in.current->last->deadline.isValid()))) &&
        in.now.isValid() && !message.contains(QLatin1String("not a number"));
    if (refKnows && in.plan && in.plan->active && in.plan->type == PlanType::Resources &&
        in.resourceName.isEmpty() && !in.region.isEmpty() && !in.planId.isEmpty() &&
        !(in.current && in.current->order.planId == in.planId)) {
        const Ref::Outcome ref = Ref::quote(in.plan->price, in.current, in.now);
        QVERIFY(!ref.ok);
        QCOMPARE(ref.code, code);
    }
}

void TstPricing::resourceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("legal");
    QTest::newRow("1 char") << "a" << true;
    QTest::newRow("2 chars") << "ab" << true;
    QTest::newRow("digits") << "0123" << true;
    QTest::newRow("inner dashes") << "a--b" << true;
    QTest::newRow("30 chars") << "abcdefghijklmnopqrstuvwxyz0123" << true;
    QTest::newRow("31 chars") << "abcdefghijklmnopqrstuvwxyz01234" << false;
    QTest::newRow("blank") << "" << false;
    QTest::newRow("uppercase") << "Disk" << false;
    QTest::newRow("leading -") << "-disk" << false;
    QTest::newRow("trailing -") << "disk-" << false;
    QTest::newRow("underscore") << "my_disk" << false;
    QTest::newRow("dot") << "my.disk" << false;
    QTest::newRow("space") << "my disk" << false;
    QTest::newRow("newline at end") << "disk\n" << false;
}

void TstPricing::resourceNames()
{
    QFETCH(QString, name);
    QFETCH(bool, legal);
    QCOMPARE(PricingEngine::isLegalResourceName(name), legal);
}

// --- "%.2f" of a float32, as Go prints it -----------------------------------
void TstPricing::formatDue_data()
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

void TstPricing::formatDue()
{
    QFETCH(float, value);
    QFETCH(QString, text);
    QCOMPARE(FloatPricing::formatDue(value), text);
    if (std::isfinite(value))
        QCOMPARE(Ref::format2(value), text);
}

// --- The new period end (SPEC §4.5) -----------------------------------------
void TstPricing::periodEnd_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");
    // 24 Nov 23:10:12Z = 25 Nov 07:10:12 in Shanghai -> 25 Dec 07:10:12 there.
    QTest::newRow("fixture time, Shanghai")
        << utc("2026-11-24T23:10:12Z") << QByteArray("Asia/Shanghai")
        << utc("2026-12-24T23:10:12Z");
    // 30 Dec 20:00Z = 31 Dec 04:00 Shanghai -> 31 Jan 04:00 = 30 Jan 20:00Z.
    QTest::newRow("31st in Shanghai") << utc("2025-12-30T20:00:00Z") << QByteArray("Asia/Shanghai")
                                      << utc("2026-01-30T20:00:00Z");
    // 31 Jan 04:00 Shanghai -> clamped to 28 Feb 04:00 = 27 Feb 20:00Z.
    QTest::newRow("clamped to February")
        << utc("2026-01-30T20:00:00Z") << QByteArray("Asia/Shanghai")
        << utc("2026-02-27T20:00:00Z");
    QTest::newRow("UTC zone") << utc("2025-12-30T20:00:00Z") << QByteArray("UTC")
                              << utc("2026-01-30T20:00:00Z");
}

void TstPricing::periodEnd()
{
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    PricingInput in = input("2026-01-01T00:00:00Z", resourcesPlan(12.3));
    in.now = now;
    in.serviceZone = QTimeZone(zone);
    const Result<Quote> r = PricingEngine::quote(in);
    QVERIFY(r);
    QCOMPARE(r.value().periodEnd, expected);
}

void TstPricing::duplicateWarning()
{
    PricingInput in =
        input("2026-11-24T23:10:12Z", makePlan("p-vol", "volume", 3.5), std::nullopt, "data-1");
    in.liveResourceNames = QStringList{QStringLiteral("data-1")};
    const Result<Quote> r = PricingEngine::quote(in);
    QVERIFY(r);
    QCOMPARE(r.value().warnings.size(), 1);
    const QString w = r.value().warnings.first();
    QVERIFY2(w.startsWith(QLatin1String("Warning (not checked by the service's dry run): a volume "
                                        "named data-1 already exists in namespace local")),
             qPrintable(w));

    // No name, no warning; a name of another type's order is not passed in.
    in.resourceName.clear();
    QVERIFY(PricingEngine::quote(in).value().warnings.isEmpty());

    PricingInput b =
        input("2026-11-24T23:10:12Z", makePlan("p-bsi", "bsi", 8.88), std::nullopt, "redis-1");
    b.liveResourceNames = QStringList{QStringLiteral("redis-1")};
    const QString wb = PricingEngine::quote(b).value().warnings.value(0);
    QVERIFY2(wb.contains(QLatin1String("a BSI named redis-1 already exists in namespace local")),
             qPrintable(wb));
}

// What a real order writes (SPEC §4.6), for the fake service and demo data.
void TstPricing::writtenRows()
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
void TstPricing::referenceSelfCheck()
{
    QCOMPARE(Ref::format2(7.30000019f), QStringLiteral("7.30"));
    QCOMPARE(Ref::format2(4.625f), QStringLiteral("4.62"));
    QCOMPARE(Ref::format2(4.875f), QStringLiteral("4.88"));
    // 0.005f is 0.004999999888241291..., just below the half cent.
    QCOMPARE(Ref::format2(0.005f), QStringLiteral("0.00"));
    // 2.675f is 2.6749999523162842.
    QCOMPARE(Ref::format2(2.675f), QStringLiteral("2.67"));
    QCOMPARE(Ref::format2(16777216.0f), QStringLiteral("16777216.00"));
    QCOMPARE(Ref::format2(0.0f), QStringLiteral("0.00"));
    // 0.01f * 419 = 4.19000006f.
    QCOMPARE(Ref::format2(0.01f * 419.0f), QStringLiteral("4.19"));
}

// Many random switches: the engine's answer equals the independent
// implementation of SPEC §4.4 above.
void TstPricing::randomAgainstReference()
{
    QRandomGenerator rng(20261124);
    const QTimeZone zone = BillingCalendar::defaultServiceZone();
    int priced = 0, tooMuch = 0, expired = 0, inAdvance = 0;
    const int rounds = 60000;
    for (int i = 0; i < rounds; ++i) {
        // A period of the deadline rule starting at a random whole second.
        const QDateTime start =
            utc("2025-01-01T00:00:00Z").addSecs(qint64(rng.bounded(3 * 365 * 86400)));
        const QDateTime periodEnd = BillingCalendar::nextDeadline(start, start, zone);
        const QDateTime nextEnd = BillingCalendar::nextDeadline(start, periodEnd, zone);
        qint64 consuming;
        switch (rng.bounded(4)) {
        case 0:
            consuming = qint64(rng.bounded(1, 50000)) * 100;
            break; // x.yz up to 500
        case 1:
            consuming = qint64(rng.bounded(1, 2000)) * 10000;
            break; // whole yuan
        case 2:
            consuming = rng.bounded(1, 5000000);
            break; // any 1/10000
        default:
            consuming = qint64(rng.bounded(1, 400000000));
            break; // > 2^24 units
        }
        const double price = double(rng.bounded(1, 300000)) / 100.0; // x.yz up to 3000
        const bool advance = rng.bounded(5) == 0;
        ReplaceableOrder cur;
        QDateTime t;
        if (advance) {
            // L = next period (charged at the old deadline), L' = this one; t
            // in the last 7 days 8 h before L.time.
            cur = resourcesOrder(
                PricedCharge{4, periodEnd, nextEnd, consuming, 11},
                PricedCharge{3, start, periodEnd, qint64(rng.bounded(1, 50000)) * 100, 11}, 4);
            t = periodEnd.addMSecs(-qint64(rng.bounded(1, (7 * 24 + 8) * 3600 * 1000)));
        } else {
            cur = resourcesOrder(PricedCharge{3, start, periodEnd, consuming, 11});
            // From the charge time to 2 days past the deadline, with ms.
            const qint64 span = start.msecsTo(periodEnd) + 2LL * 86400 * 1000;
            t = start.addMSecs(qint64(rng.generate64() % quint64(span)));
        }
        PricingInput in;
        in.ns = QStringLiteral("local");
        in.region = QStringLiteral("cn-north-1");
        in.planId = QStringLiteral("p-big");
        in.plan = resourcesPlan(price);
        in.current = cur;
        in.now = t;
        in.serviceZone = zone;

        const Result<Quote> r = PricingEngine::quote(in);
        const Ref::Outcome ref = Ref::quote(price, cur, t);
        if (ref.ok) {
            if (!r)
                QFAIL(qPrintable(QStringLiteral("round %1: engine error %2 (%3), reference %4")
                                     .arg(i)
                                     .arg(r.error().serviceCode())
                                     .arg(r.error().message(), ref.dueText)));
            if (r.value().dueText != ref.dueText)
                QFAIL(qPrintable(
                    QStringLiteral("round %1: price %2 consuming %3 t %4: engine %5, "
                                   "reference %6")
                        .arg(i)
                        .arg(price)
                        .arg(consuming)
                        .arg(t.toString(Qt::ISODateWithMs), r.value().dueText, ref.dueText)));
            QCOMPARE(r.value().due, Money::fromDecimalString(ref.dueText).value());
            ++priced;
            if (t > cur.last->deadline)
                ++expired;
            if (advance)
                ++inAdvance;
        } else {
            QVERIFY2(!r, qPrintable(QStringLiteral("round %1: engine priced %2, reference code %3")
                                        .arg(i)
                                        .arg(r ? r.value().dueText : QString())
                                        .arg(ref.code)));
            QCOMPARE(r.error().serviceCode(), ref.code);
            ++tooMuch;
        }
    }
    qInfo("random: %d priced (%d after the deadline, %d renewed in advance), %d too much", priced,
          expired, inAdvance, tooMuch);
    // The sample covers every branch.
    QVERIFY(priced > rounds / 4);
    QVERIFY(tooMuch > rounds / 20);
    QVERIFY(expired > 100);
    QVERIFY(inAdvance > 100);
}

QTEST_GUILESS_MAIN(TstPricing)

#include "tst_pricing.moc"
