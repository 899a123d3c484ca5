#include "spendbreakdown.h"

#include "core/percentshares.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <functional>

QString SpendBreakdown::groupNamespace(int group) const
{
    return isOthers(group) ? QString() : m_groups.at(group);
}

SpendBreakdown SpendBreakdown::compute(const QList<SpendCell> &cells, const QList<QDate> &months,
                                       int topCount, const QList<ForecastCell> &forecast,
                                       const QList<QDate> &forecastOnly)
{
    SpendBreakdown b;
    b.m_months = months;
    b.m_spendMonths = int(months.size());

    // Spend is taken in `months` only; the forecast in the months after too.
    QHash<QDate, int> monthIndex;
    for (int i = 0; i < months.size(); ++i)
        monthIndex.insert(months.at(i), i);
    QHash<QDate, int> forecastIndex = monthIndex;
    for (const QDate &month : forecastOnly) {
        if (forecastIndex.contains(month))
            continue;
        forecastIndex.insert(month, int(b.m_months.size()));
        b.m_months.append(month);
    }

    // Per-namespace totals decide the ranking; cells outside the months
    // asked for are ignored rather than guessed into a neighbour.
    QHash<QString, Money> nsTotals;
    for (const SpendCell &c : cells) {
        if (monthIndex.contains(c.month))
            nsTotals[c.ns] += c.amount;
    }
    for (const ForecastCell &f : forecast) {
        if (forecastIndex.contains(f.month))
            nsTotals[f.ns] += f.renewals;
    }
    QStringList ranked = nsTotals.keys();
    // Largest spend first; equal totals by name so the order is stable.
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        const Money ta = nsTotals.value(a), tb = nsTotals.value(b);
        return ta != tb ? tb < ta : a < b;
    });

    const bool fold = topCount > 0 && ranked.size() > topCount;
    b.m_groups = fold ? ranked.mid(0, topCount) : ranked;
    if (fold) {
        b.m_othersMembers = ranked.mid(topCount);
        b.m_hasOthers = true;
        b.m_groups.append(QString());
    }

    QHash<QString, int> groupOf;
    for (int g = 0; g < b.m_groups.size() - (b.m_hasOthers ? 1 : 0); ++g)
        groupOf.insert(b.m_groups.at(g), g);
    const int othersGroup = b.m_hasOthers ? int(b.m_groups.size()) - 1 : -1;

    const int nm = int(b.m_months.size());
    b.m_amounts = QList<QList<Money>>(b.m_groups.size(), QList<Money>(nm));
    b.m_charges = QList<QList<qint64>>(b.m_groups.size(), QList<qint64>(nm, 0));
    b.m_groupTotals = QList<Money>(b.m_groups.size());
    b.m_monthTotals = QList<Money>(nm);
    b.m_monthCharges = QList<qint64>(nm, 0);

    for (const SpendCell &c : cells) {
        const auto mi = monthIndex.constFind(c.month);
        if (mi == monthIndex.constEnd())
            continue;
        const int g = groupOf.value(c.ns, othersGroup);
        if (g < 0)
            continue;
        b.m_amounts[g][*mi] += c.amount;
        b.m_charges[g][*mi] += c.charges;
        b.m_groupTotals[g] += c.amount;
        b.m_monthTotals[*mi] += c.amount;
        b.m_monthCharges[*mi] += c.charges;
        b.m_grandTotal += c.amount;
        b.m_grandCharges += c.charges;
    }
    b.computeShares(cells, monthIndex, groupOf, othersGroup);
    b.addForecast(forecast, forecastIndex, groupOf, othersGroup);
    return b;
}

void SpendBreakdown::computeShares(const QList<SpendCell> &cells,
                                   const QHash<QDate, int> &monthIndex,
                                   const QHash<QString, int> &groupOf, int othersGroup)
{
    const int nm = int(m_months.size());
    m_shares =
        QList<QList<std::optional<qint64>>>(m_groups.size(), QList<std::optional<qint64>>(nm));
    m_periodShares = QList<std::optional<qint64>>(m_groups.size());
    // Per namespace, in name order (the tie-break), per month and in all.
    QList<QMap<QString, Money>> perMonth(nm);
    QMap<QString, Money> perPeriod;
    for (const SpendCell &c : cells) {
        const auto mi = monthIndex.constFind(c.month);
        if (mi == monthIndex.constEnd())
            continue;
        perMonth[*mi][c.ns] += c.amount;
        perPeriod[c.ns] += c.amount;
    }
    // A group's share is the sum of its namespaces' shares.
    const auto distribute = [&](const QMap<QString, Money> &amounts,
                                const std::function<std::optional<qint64> &(int)> &slot) {
        const auto bp = PercentShares::basisPoints(amounts.values());
        if (!bp)
            return;
        int i = 0;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it, ++i) {
            const int g = groupOf.value(it.key(), othersGroup);
            if (g < 0)
                continue;
            std::optional<qint64> &share = slot(g);
            share = share.value_or(0) + bp->at(i);
        }
    };
    for (int m = 0; m < nm; ++m)
        distribute(perMonth.at(m),
                   [&](int g) -> std::optional<qint64> & { return m_shares[g][m]; });
    distribute(perPeriod, [&](int g) -> std::optional<qint64> & { return m_periodShares[g]; });
}

void SpendBreakdown::addForecast(const QList<ForecastCell> &forecast,
                                 const QHash<QDate, int> &monthIndex,
                                 const QHash<QString, int> &groupOf, int othersGroup)
{
    const int nm = int(m_months.size());
    m_forecastMonths = QList<bool>(nm, false);
    m_renewals = QList<QList<Money>>(m_groups.size(), QList<Money>(nm));
    m_renewalCounts = QList<QList<qint64>>(m_groups.size(), QList<qint64>(nm, 0));
    m_atRisk = QList<QList<Money>>(m_groups.size(), QList<Money>(nm));
    m_monthRenewals = QList<Money>(nm);
    for (const ForecastCell &f : forecast) {
        const auto mi = monthIndex.constFind(f.month);
        if (mi == monthIndex.constEnd())
            continue;
        m_hasForecast = true;
        m_forecastMonths[*mi] = true;
        const int g = groupOf.value(f.ns, othersGroup);
        if (g < 0)
            continue;
        m_renewals[g][*mi] += f.renewals;
        m_renewalCounts[g][*mi] += f.renewalCount;
        m_atRisk[g][*mi] += f.atRisk;
        m_monthRenewals[*mi] += f.renewals;
    }
}
