#pragma once

#include "core/filters.h"
#include "core/monthcalendar.h"
#include "core/orderprogress.h"
#include "core/page.h"
#include "core/result.h"
#include "core/usage.h"
#include "sql/sqlmoneycheck.h"

#include <QHash>

class SqlConnection;

// The DF_CONSUMING_HISTORY queries of SqlBackend; run on its worker thread.
// Sums and counts are computed by the database, never by looping in C++.
class SqlUsageQueries
{
public:
    explicit SqlUsageQueries(SqlConnection &connection);

    Result<Page<Usage>> list(const UsageFilter &filter, const PageRequest &page);
    Result<UsageTotal> total(const UsageFilter &filter);
    Result<QList<SpendCell>> spend(const UsageFilter &filter, const QList<MonthSpan> &months);
    Result<std::pair<QDateTime, QDateTime>> timeRange(const UsageFilter &filter);
    // Every charge of `region` (all when empty) of the orders in `ids` in
    // one GROUP BY over namespace x bucket of `boundaries` (LedgerCell):
    // what the charge ledger starts from.
    Result<QList<LedgerCell>> ledgerCells(const QString &region, const QList<QDateTime> &boundaries,
                                          const OrderIdRange &ids = {});

private:
    void fillPlanNames(QList<Usage> &usages);

    SqlConnection &m_c;
    SqlMoneyCheck m_money;
    // Plan versions never change once written: their names are cached.
    QHash<qint64, QString> m_planNames;
};
