#include "referencepricing.h"

#include <cmath>

namespace {

float r32(float v)
{
    volatile float s = v;
    return s;
}

qint64 nanos(const QDateTime &from, const QDateTime &to)
{
    return from.msecsTo(to) * 1000000LL;
}

} // namespace

float ReferencePricing::money(qint64 consuming)
{
    return r32(r32(float(0.0001)) * r32(float(consuming)));
}

float ReferencePricing::rem(const PricedCharge &c, const QDateTime &t)
{
    const double day = double(qint64(24) * 3600 * 1000000000LL);
    const double remDays = std::floor(double(nanos(t, c.deadline)) / day);
    const double allDays = std::floor(0.5 + double(nanos(c.time, c.deadline)) / day);
    const float ratio = r32(r32(float(remDays)) / r32(float(allDays)));
    const float prod = r32(ratio * money(c.consuming));
    return r32(r32(float(0.01)) * r32(float(std::floor(double(prod) * 100.0))));
}

QString ReferencePricing::format2(float f)
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

ReferencePricing::Outcome ReferencePricing::quote(double price,
                                                  const std::optional<ReplaceableOrder> &current,
                                                  const QDateTime &t)
{
    const float p = r32(float(price));
    float due = p;
    if (current) {
        if (!current->last)
            return {false, 3313, {}};
        const PricedCharge &last = *current->last;
        float remaining = 0;
        if (t > last.deadline) {
            remaining = 0;
        } else if (t < last.time) {
            if (!current->beforeLast)
                return {false, 0, {}};
            remaining = r32(rem(*current->beforeLast, t) + money(last.consuming));
        } else {
            remaining = rem(last, t);
        }
        if (remaining > p)
            return {false, 3313, {}};
        due = r32(p - remaining);
    }
    return {true, 0, format2(due)};
}
