#include "spendbreakdown.h"

#include <QHash>

#include <algorithm>

QString SpendBreakdown::groupNamespace(int group) const
{
    return isOthers(group) ? QString() : m_groups.at(group);
}

SpendBreakdown SpendBreakdown::compute(const QList<SpendCell> &cells, const QList<QDate> &months,
                                       int topCount)
{
    SpendBreakdown b;
    b.m_months = months;

    QHash<QDate, int> monthIndex;
    for (int i = 0; i < months.size(); ++i)
        monthIndex.insert(months.at(i), i);

    // Per-namespace totals decide the ranking; cells outside the months
    // asked for are ignored rather than guessed into a neighbour.
    QHash<QString, Money> nsTotals;
    for (const SpendCell &c : cells) {
        if (monthIndex.contains(c.month))
            nsTotals[c.ns] += c.amount;
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

    const int nm = int(months.size());
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
    return b;
}
