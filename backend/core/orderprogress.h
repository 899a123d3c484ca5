#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <limits>

// What a data source tells the roll-up cache's charge ledger about its
// orders, so that a warm run reads only the charges written since the last
// one, without any secondary index (docs/rollup-cache.md). Under the service
// an order only moves forward: LAST_CONSUME_ID counts its charges and grows
// by one per charge, STATUS goes 0 -> 5 -> 15 and the end row is written
// once, and new orders take new, higher IDs.

// The orders whose ID lies in [bucket * Width, (bucket + 1) * Width): how
// many, and the sums of what only grows. An unchanged signature means that
// no order of the bucket has a new charge.
struct OrderBucket
{
    static constexpr qint64 Width = 1024;

    qint64 bucket = 0;
    qint64 orders = 0;
    qint64 lastConsumeIds = 0; // NULL counts as 0
    qint64 ended = 0;
    qint64 maxId = 0;

    bool sameSignature(const OrderBucket &o) const
    {
        return orders == o.orders && lastConsumeIds == o.lastConsumeIds && ended == o.ended &&
               maxId == o.maxId;
    }
};

// One order and how many charges the service has written for it (SPEC §5):
// CONSUME_ID 1 .. LAST_CONSUME_ID, and the end row LAST_CONSUME_ID + 1 once
// it ended.
struct OrderCount
{
    static constexpr int EndedStatus = 15;

    qint64 id = 0;
    qint64 charges = 0;
    bool ended = false;

    static qint64 chargesOf(qint64 lastConsumeId, int status)
    {
        return lastConsumeId + (status == EndedStatus ? 1 : 0);
    }
};

// The charges of order `id` with after < CONSUME_ID <= upTo: a range of the
// charges' primary key (ID, ORDER_ID, CONSUME_ID).
struct ChargeRange
{
    qint64 id = 0;
    qint64 after = 0;
    qint64 upTo = 0;
};

// One charge as the ledger adds it.
struct LedgerCharge
{
    qint64 id = 0;
    qint64 consumeId = 0;
    QString ns;
    QString region;
    QDateTime time; // invalid: NULL in the database
    Money amount;
};

// Sum, count and first/last instant of the charges of one namespace in one
// bucket of a boundary list (LedgerCalendar): 0 = before the first
// boundary, i = between boundaries i-1 and i, boundaries.size() = after the
// last; Untimed = CONSUME_TIME is NULL.
struct LedgerCell
{
    static constexpr int Untimed = -1;

    // The instants in milliseconds since the epoch, NoTime for none: a warm
    // spend reads ~70,000 cells from the cache file, and making two
    // QDateTimes of each cost a tenth of it.
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();

    QString ns;
    int bucket = 0;
    Money amount;
    qint64 charges = 0;
    qint64 first = NoTime;
    qint64 last = NoTime;

    static qint64 msOf(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : NoTime; }
    static QDateTime timeOf(qint64 ms)
    {
        return ms == NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    void add(const LedgerCell &c)
    {
        amount += c.amount;
        charges += c.charges;
        if (c.first != NoTime && (first == NoTime || c.first < first))
            first = c.first;
        if (c.last != NoTime && (last == NoTime || c.last > last))
            last = c.last;
    }
};

// The orders with fromId <= ID < toId (no upper end when toId < 0).
struct OrderIdRange
{
    qint64 fromId = 0;
    qint64 toId = -1;
};

// Where a baseline may be cut in two: an order ID at a bucket's start with
// about half the region's charges below it (0: nowhere), and about how
// many charges the region has. Estimated from samples of the orders' key.
struct LedgerSplit
{
    qint64 id = 0;
    qint64 charges = 0;
};

// What the ledger starts from, read in one snapshot of the source: every
// order bucket's signature, the orders that may still get charges, and the
// cells of every charge of the region (or of all, when it is empty); of the
// orders in the request's ID range and their charges only, when it has one.
struct LedgerBaseline
{
    QList<OrderBucket> buckets;
    QList<OrderCount> openOrders; // not ended
    QList<QDateTime> boundaries;  // the month starts the cells are bucketed by
    QList<LedgerCell> cells;
};

// What a baseline is asked for: the region, and how to lay out the months
// once the oldest order is known.
struct LedgerBaselineRequest
{
    QString region;
    QTimeZone zone;
    // The months from the oldest order's start (or `earliest`, if sooner)
    // up to `latest` are the boundaries, unless `boundaries` gives them.
    QDateTime earliest;
    QDateTime latest;
    QList<QDateTime> boundaries;
    // These orders and their charges only: a part of the baseline, each
    // part in its own snapshot. The ledger's rule holds per order, so parts
    // read apart add up exactly.
    OrderIdRange ids;
    // The boundaries of the months from the sooner of `earliest` and
    // `oldestStart` (of `latest` when neither is known) up to `latest`.
    QList<QDateTime> boundariesFrom(const QDateTime &oldestStart) const;
};
