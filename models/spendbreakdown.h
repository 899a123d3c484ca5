#pragma once

#include "core/forecastcell.h"
#include "core/money.h"
#include "core/usage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Spend per month and group, the groups being the top N namespaces by total
// spend and, when there are more, one "others" group holding the rest. What
// the chart, the table and the CSV export all show, so they cannot disagree.
// All sums are exact Money. Each group's share of a month (and of the whole
// period) comes from its namespaces' shares (PercentShares), so a month's
// shares add up to 100.00 % and a namespace's share is the one `usagectl
// spend --share` prints. A forecast, when given, adds per group and month
// the renewals the order book will still write.
class SpendBreakdown
{
public:
    // `months`: every month of spend to show, first days, in order (months
    // without charges get rows too). `topCount` <= 0: every namespace, no
    // "others". With `forecast`, namespaces rank by spend plus renewals to
    // come. `forecastOnly`: later months that only the forecast fills (no
    // spend was asked for them): the chart shows them after `months`, the
    // table and its CSV do not, so they never read as months of 0.00 spend.
    static SpendBreakdown compute(const QList<SpendCell> &cells, const QList<QDate> &months,
                                  int topCount, const QList<ForecastCell> &forecast = {},
                                  const QList<QDate> &forecastOnly = {});

    bool isEmpty() const { return m_groups.isEmpty(); }
    // The months charted: those of spend, then the forecast-only ones.
    const QList<QDate> &months() const { return m_months; }
    // How many of months() are of spend (the first ones): the table's rows.
    int spendMonthCount() const { return m_spendMonths; }
    bool isForecastOnlyMonth(int month) const { return month >= m_spendMonths; }
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

    // Basis points of the month's (the period's) total; nullopt when that
    // total is zero.
    std::optional<qint64> share(int group, int month) const { return m_shares.at(group).at(month); }
    std::optional<qint64> periodShare(int group) const { return m_periodShares.at(group); }

    bool hasForecast() const { return m_hasForecast; }
    bool isForecastMonth(int month) const { return m_forecastMonths.at(month); }
    Money renewals(int group, int month) const { return m_renewals.at(group).at(month); }
    qint64 renewalCount(int group, int month) const { return m_renewalCounts.at(group).at(month); }
    Money atRisk(int group, int month) const { return m_atRisk.at(group).at(month); }
    Money monthRenewals(int month) const { return m_monthRenewals.at(month); }

private:
    QList<QDate> m_months;
    int m_spendMonths = 0;
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
    QList<QList<std::optional<qint64>>> m_shares; // [group][month]
    QList<std::optional<qint64>> m_periodShares;
    bool m_hasForecast = false;
    QList<bool> m_forecastMonths;
    QList<QList<Money>> m_renewals; // [group][month]
    QList<QList<qint64>> m_renewalCounts;
    QList<QList<Money>> m_atRisk;
    QList<Money> m_monthRenewals;

    void computeShares(const QList<SpendCell> &cells, const QHash<QDate, int> &monthIndex,
                       const QHash<QString, int> &groupOf, int othersGroup);
    void addForecast(const QList<ForecastCell> &forecast, const QHash<QDate, int> &monthIndex,
                     const QHash<QString, int> &groupOf, int othersGroup);
};
