#include "floatpricing.h"

#include <cmath>
#include <cstdio>

namespace FloatPricing {

namespace {

constexpr double nanosPerDay = 24.0 * 3600.0 * 1e9;

// Go's time.Sub in nanoseconds; our instants have millisecond precision.
double nanosBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) * 1e6;
}

} // namespace

float chargeMoney(qint64 consuming)
{
    const float unit = 0.0001f;
    return unit * float(consuming);
}

float planPrice(double price)
{
    return float(price);
}

double remainingDays(const QDateTime &deadline, const QDateTime &now)
{
    return std::floor(nanosBetween(now, deadline) / nanosPerDay);
}

double allDays(const QDateTime &time, const QDateTime &deadline)
{
    return std::floor(0.5 + nanosBetween(time, deadline) / nanosPerDay);
}

float remainingOfCharge(const Charge &charge, const QDateTime &now)
{
    const float rem = float(remainingDays(charge.deadline, now));
    const float all = float(allDays(charge.time, charge.deadline));
    const float ratio = rem / all;
    const float prod = ratio * chargeMoney(charge.consuming);
    const float cents = float(std::floor(double(prod) * 100.0));
    const float hundredth = 0.01f;
    return hundredth * cents;
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
        const float sum = remainingOfCharge(*beforeLast, now) + chargeMoney(last.consuming);
        return sum;
    }
    return remainingOfCharge(last, now);
}

float due(float price, float remaining)
{
    const float d = price - remaining;
    return d;
}

QString formatDue(float due)
{
    // printf of the value widened to double is exact and correctly rounded
    // (glibc), which is what Go's strconv does for the float32 too.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", double(due));
    return QString::fromLatin1(buf);
}

qint64 creditConsuming(float remaining)
{
    const float tenThousand = 10000.0f;
    const float v = -remaining * tenThousand;
    return qint64(v);
}

qint64 fullChargeConsuming(float price)
{
    const float tenThousand = 10000.0f;
    const float v = price * tenThousand;
    return qint64(v);
}

} // namespace FloatPricing
