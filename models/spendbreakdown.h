#pragma once

#include "core/money.h"
#include "core/usage.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Spend per month and group, the groups being the top N namespaces by total
// spend and, when there are more, one "others" group holding the rest. What
// the chart, the table and the CSV export all show, so they cannot disagree.
// All sums are exact Money.
class SpendBreakdown
{
public:
    // `months`: every month to show, first days, in order (months without
    // charges get rows too). `topCount` <= 0: every namespace, no "others".
    static SpendBreakdown compute(const QList<SpendCell> &cells, const QList<QDate> &months,
                                  int topCount);

    bool isEmpty() const { return m_groups.isEmpty(); }
    const QList<QDate> &months() const { return m_months; }
    int groupCount() const { return int(m_groups.size()); }
    // The namespace of a group; empty for "others".
    QString groupNamespace(int group) const;
    bool isOthers(int group) const { return m_hasOthers && group == groupCount() - 1; }
    bool hasOthers() const { return m_hasOthers; }
    // The namespaces folded into "others", by total spend, largest first.
    const QStringList &othersMembers() const { return m_othersMembers; }

    Money amount(int group, int month) const { return m_amounts.at(group).at(month); }
    qint64 charges(int group, int month) const { return m_charges.at(group).at(month); }
    Money groupTotal(int group) const { return m_groupTotals.at(group); }
    Money monthTotal(int month) const { return m_monthTotals.at(month); }
    qint64 monthCharges(int month) const { return m_monthCharges.at(month); }
    Money grandTotal() const { return m_grandTotal; }
    qint64 grandCharges() const { return m_grandCharges; }

private:
    QList<QDate> m_months;
    QStringList m_groups; // namespaces; the last is "" when m_hasOthers
    bool m_hasOthers = false;
    QStringList m_othersMembers;
    QList<QList<Money>> m_amounts; // [group][month]
    QList<QList<qint64>> m_charges;
    QList<Money> m_groupTotals;
    QList<Money> m_monthTotals;
    QList<qint64> m_monthCharges;
    Money m_grandTotal;
    qint64 m_grandCharges = 0;
};
