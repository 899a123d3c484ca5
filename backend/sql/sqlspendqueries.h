#pragma once

#include "core/filters.h"
#include "core/monthcalendar.h"
#include "core/orderprogress.h"
#include "core/result.h"
#include "core/usage.h"
#include "sql/sqlmoneycheck.h"
#include "sql/sqlwhere.h"

#include <functional>
#include <optional>

class SqlConnection;

// The grouped DF_CONSUMING_HISTORY queries of SqlBackend (namespace x
// month); run on its worker thread. Each is one GROUP BY computed by the
// database, its month bucket a bound expression, not a function per row.
class SqlSpendQueries
{
public:
    explicit SqlSpendQueries(SqlConnection &connection);

    Result<QList<SpendCell>> spend(const UsageFilter &filter, const QList<MonthSpan> &months);
    // What spend() over the months of the whole time range gives, in one
    // scan where no index finds the range's ends: grouped over the months
    // of `zone` from the oldest orders' start to the newest's (or `now`)
    // plus AheadDays, then trimmed to the first and last months with
    // charges. nullopt when a charge lies outside those months (charged
    // before its order began, or far ahead): the caller asks the range.
    Result<std::optional<MonthlySpend>> everyMonth(const UsageFilter &filter, const QTimeZone &zone,
                                                   const QDateTime &now);
    // Every charge of `region` (all when empty) of the orders in `ids` in
    // one GROUP BY over namespace x bucket of `boundaries` (LedgerCell):
    // what the charge ledger starts from.
    Result<QList<LedgerCell>> ledgerCells(const QString &region, const QList<QDateTime> &boundaries,
                                          const OrderIdRange &ids = {});

    // How far past the newest order a guess of everyMonth() reaches.
    static constexpr int AheadDays = 40;

private:
    // Each group's namespace, bucket, sum and count; false stops the reading.
    using GroupTaken =
        std::function<bool(const QString &ns, int bucket, Money amount, qint64 charges)>;
    // One GROUP BY namespace x `bucket` (its bound values first) over the
    // rows of `w` in `table`, the money checked in the same pass; false:
    // `take` stopped it.
    Result<bool> grouped(const QString &bucket, const QVariantList &bucketValues,
                         const QString &table, const SqlWhere &w, const GroupTaken &take);
    static void sortCells(QList<SpendCell> &cells);
    // The months everyMonth() groups over; empty when there is no order.
    Result<QList<MonthSpan>> guessedMonths(const QTimeZone &zone, const QDateTime &now);

    SqlConnection &m_c;
    SqlMoneyCheck m_money;
};
