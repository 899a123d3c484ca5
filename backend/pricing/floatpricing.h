#pragma once

#include <QDateTime>

#include <optional>

// The service's pricing arithmetic, step for step in the precision it uses
// (SPEC §4): float32 where Go uses float32, double where it uses float64.
// An exact implementation disagrees with the service by a cent in about 4 %
// of cases, so these functions must not be "improved". Every float32 step is
// forced to round to float32 on its own (no excess precision, no fused
// multiply-add), as Go does on amd64.
namespace FloatPricing {

// What the pricing needs of one charge.
struct Charge
{
    QDateTime time;
    QDateTime deadline;
    qint64 consuming = 0; // CONSUMING, 1/10000 yuan
};

// m = float32(0.0001) * float32(CONSUMING)
float chargeMoney(qint64 consuming);

// What the REST API reports for a charge of CONSUMING units, as the client
// reads it: the shortest digits of chargeMoney() (what the service prints),
// rounded to 1/10000 yuan. It differs from `consuming` from 972.2586 yuan
// up, where half the float32 spacing passes 1/20000 yuan: for a third of the
// amounts below 1,677.7216 yuan, and most above it (SPEC §4.1).
qint64 restReportedConsuming(qint64 consuming);
// The smallest |CONSUMING| whose reported amount differs: every smaller one
// comes back exact (checked over all of them by tst_float32loss).
constexpr qint64 FirstLossyConsuming = 9722586;

// float32(PRICE)
float planPrice(double price);

// Whole days, Go style: floor(double(d) / double(24h)) with d in nanoseconds.
double remainingDays(const QDateTime &deadline, const QDateTime &now);
double allDays(const QDateTime &time, const QDateTime &deadline);

// rem(c) of SPEC §4.4.
float remainingOfCharge(const Charge &charge, const QDateTime &now);

// The replaced order's remaining value at `now` (SPEC §4.4): `last` is the
// charge CONSUME_ID = LAST_CONSUME_ID, `beforeLast` the one before it (needed
// only when the order was renewed in advance). nullopt when beforeLast is
// needed and missing.
std::optional<float> remainingOfOrder(const Charge &last, const std::optional<Charge> &beforeLast,
                                      const QDateTime &now);

// due = p - remaining, in float32.
float due(float price, float remaining);

// Go's fmt.Sprintf("%.2f", due): correctly rounded from the float32, ties to
// even, independent of the C locale; NaN and infinities as Go prints them
// ("NaN", "Inf", "-Inf").
QString formatDue(float due);

// What a real order writes (SPEC §4.6): the credit row of the replaced
// order, int64(float32(-remaining * 10000)), and a full charge,
// int64(float32(p * 10000)). Truncated toward zero like Go's int64(); NaN
// and out-of-range values give INT64_MIN, as Go does on amd64.
qint64 creditConsuming(float remaining);
qint64 fullChargeConsuming(float price);

} // namespace FloatPricing
