#include "core/percentshares.h"

#include <algorithm>
#include <numeric>

namespace PercentShares {

namespace {

using Wide = __int128; // amount x 10000 may not fit in 64 bits

// a / b rounded towards minus infinity, b > 0.
Wide floorDiv(Wide a, Wide b)
{
    const Wide q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

} // namespace

std::optional<QList<qint64>> basisPoints(const QList<Money> &amounts)
{
    constexpr qint64 Whole = 10000; // 100.00 %
    Wide total = 0;
    for (const Money m : amounts)
        total += m.units();
    if (total == 0)
        return std::nullopt;
    const int sign = total < 0 ? -1 : 1;
    total *= sign;

    QList<qint64> shares(amounts.size());
    QList<Wide> remainders(amounts.size());
    qint64 given = 0;
    for (int i = 0; i < amounts.size(); ++i) {
        const Wide scaled = Wide(amounts.at(i).units()) * sign * Whole;
        const Wide q = floorDiv(scaled, total);
        shares[i] = qint64(q);
        remainders[i] = scaled - q * total; // in [0, total)
        given += shares[i];
    }
    // The remainders add up to (Whole - given) x total, so fewer than
    // amounts.size() basis points are missing.
    QList<int> order(amounts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (remainders.at(a) != remainders.at(b))
            return remainders.at(a) > remainders.at(b);
        return Wide(amounts.at(a).units()) * sign > Wide(amounts.at(b).units()) * sign;
    });
    for (qint64 k = 0; k < Whole - given; ++k)
        ++shares[order.at(int(k))];
    return shares;
}

QString text(qint64 basisPoints, const QLocale &locale)
{
    // The C locale groups no digits: "1234.56" in files, "1,234.56" for people.
    return Money::hundredthsText(basisPoints, locale);
}

} // namespace PercentShares
