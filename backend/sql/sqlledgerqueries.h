#pragma once

#include "core/orderprogress.h"
#include "core/result.h"

class SqlConnection;
class SqlWhere;

// What the roll-up cache's charge ledger reads to follow new charges without
// any secondary index: each one is a scan of the orders table (about a
// tenth of the charges) or ranges of a primary key.
class SqlLedgerQueries
{
public:
    // Where a baseline of `region` may be cut: from the ends of the orders'
    // key and the charge counts of evenly spaced runs of it (a few thousand
    // orders read by key, not a scan).
    static Result<LedgerSplit> split(SqlConnection &c, const QString &region);
    // Every bucket of orders of `region` (all when empty) in `ids`, in ID
    // order; and the earliest START_TIME among them into `oldestStart` when
    // given (a MIN over every row: a warm sync leaves it out).
    static Result<QList<OrderBucket>> buckets(SqlConnection &c, const QString &region,
                                              const OrderIdRange &ids = {},
                                              QDateTime *oldestStart = nullptr);
    // The orders of `region` in `ids` that have not ended, with their
    // charge counts.
    static Result<QList<OrderCount>> openOrders(SqlConnection &c, const QString &region,
                                                const OrderIdRange &ids = {});
    // Appends `ids` to a statement's conditions: a range of the primary
    // key of both tables (on SQLite, of the orders' rowid).
    static void addIdRange(SqlWhere &w, const OrderIdRange &ids,
                           const QString &column = QStringLiteral("ID"));
    // The orders of `region` in the given buckets, in ID order.
    static Result<QList<OrderCount>> counts(SqlConnection &c, const QString &region,
                                            const QList<qint64> &buckets);
    // The charges of each range, in key order.
    static Result<QList<LedgerCharge>> charges(SqlConnection &c, const QList<ChargeRange> &ranges);
};
