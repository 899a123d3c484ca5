#include "pricing/floatpricing.h"

#include "core/money.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>

namespace FloatPricing {

namespace {

constexpr double nanosPerDay = 24.0 * 3600.0 * 1e9;

// Every float32 step must be rounded to float32 on its own, as Go does on
// amd64. A C++ compiler may otherwise keep excess precision (x87,
// FLT_EVAL_METHOD != 0) or contract a multiply and a following add into one
// fused multiply-add (GCC's default -ffp-contract=fast on an FMA-capable
// -march), which changes the last bit and, now and then, a cent. Passing each
// step through a volatile store forbids both.
inline float f32(float value)
{
    volatile float stored = value;
    return stored;
}

inline double f64(double value)
{
    volatile double stored = value;
    return stored;
}

// Go's time.Sub in nanoseconds; our instants have millisecond precision.
double nanosBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) * 1e6;
}

} // namespace

float chargeMoney(qint64 consuming)
{
    const float unit = 0.0001f;
    return f32(unit * f32(float(consuming)));
}

qint64 restReportedConsuming(qint64 consuming)
{
    if (consuming > -FirstLossyConsuming && consuming < FirstLossyConsuming)
        return consuming;
    // Shortest round-trip digits of the float32: what Go's encoder prints.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, chargeMoney(consuming));
    const auto money = Money::fromDecimalString(QString::fromLatin1(buf, int(res.ptr - buf)));
    return money ? money->units() : std::numeric_limits<qint64>::min();
}

float planPrice(double price)
{
    return f32(float(price));
}

double remainingDays(const QDateTime &deadline, const QDateTime &now)
{
    return std::floor(f64(nanosBetween(now, deadline) / nanosPerDay));
}

double allDays(const QDateTime &time, const QDateTime &deadline)
{
    return std::floor(f64(0.5 + f64(nanosBetween(time, deadline) / nanosPerDay)));
}

float remainingOfCharge(const Charge &charge, const QDateTime &now)
{
    const float rem = f32(float(remainingDays(charge.deadline, now)));
    const float all = f32(float(allDays(charge.time, charge.deadline)));
    const float ratio = f32(rem / all);
    const float prod = f32(ratio * chargeMoney(charge.consuming));
    const float cents = f32(float(std::floor(f64(double(prod) * 100.0))));
    const float hundredth = 0.01f;
    return f32(hundredth * cents);
}

std::optional<float> remainingOfOrder(const Charge &last, const std::optional<Charge> &beforeLast,
                                      const QDateTime &now)
{
    if (now > last.deadline)
        return 0.0f;
    if (now < last.time) {
        // Renewed in advance: the previous period is still running and the
        // whole next one is unused.
        if (!beforeLast)
            return std::nullopt;
        const float sum = f32(remainingOfCharge(*beforeLast, now) + chargeMoney(last.consuming));
        return sum;
    }
    return remainingOfCharge(last, now);
}

float due(float price, float remaining)
{
    const float d = f32(price - remaining);
    return d;
}

QString formatDue(float due)
{
    // Go's fmt prints the non-finite values as NaN, +Inf -> "Inf", "-Inf"
    // (glibc would say "nan", "inf").
    if (std::isnan(due))
        return QStringLiteral("NaN");
    if (std::isinf(due))
        return due > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    // The value widened to double is the same number; std::to_chars with a
    // precision prints it exactly and correctly rounded, ties to even, as
    // printf does in the "C" locale, and like Go's strconv (bigFtoa, round
    // half to even). Not snprintf: QCoreApplication calls setlocale(LC_ALL,
    // ""), and in a locale such as de_DE snprintf would print "7,30".
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, double(due), std::chars_format::fixed, 2);
    if (res.ec != std::errc())
        return QString();
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

namespace {

// Go's int64(f) on amd64 (CVTTSS2SQ): truncation toward zero, and the
// "integer indefinite" value INT64_MIN for NaN and out-of-range values
// (which C++ leaves undefined).
qint64 goInt64(float v)
{
    if (!(v >= -9.223372036854775808e18f && v < 9.223372036854775808e18f))
        return std::numeric_limits<qint64>::min();
    return qint64(v);
}

} // namespace

qint64 creditConsuming(float remaining)
{
    const float tenThousand = 10000.0f;
    const float v = f32(-remaining * tenThousand);
    return goInt64(v);
}

qint64 fullChargeConsuming(float price)
{
    const float tenThousand = 10000.0f;
    const float v = f32(price * tenThousand);
    return goInt64(v);
}

} // namespace FloatPricing
