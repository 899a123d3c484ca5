#pragma once

#include "core/orderprogress.h"
#include "core/result.h"

class SqlConnection;

// What the roll-up cache's charge ledger reads to follow new charges without
// any secondary index: each one is a scan of the orders table (about a
// tenth of the charges) or ranges of a primary key.
class SqlLedgerQueries
{
public:
    struct Buckets
    {
        QList<OrderBucket> buckets;
        QDateTime oldestStart; // the earliest START_TIME; invalid when none
    };

    // Every bucket of orders of `region` (all when empty), in ID order.
    static Result<Buckets> buckets(SqlConnection &c, const QString &region);
    // The orders of `region` that have not ended, with their charge counts.
    static Result<QList<OrderCount>> openOrders(SqlConnection &c, const QString &region);
    // The orders of `region` in the given buckets, in ID order.
    static Result<QList<OrderCount>> counts(SqlConnection &c, const QString &region,
                                            const QList<qint64> &buckets);
    // The charges of each range, in key order.
    static Result<QList<LedgerCharge>> charges(SqlConnection &c, const QList<ChargeRange> &ranges);
};
