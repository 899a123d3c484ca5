// ChargeLedger::sync: how a warm run reads only what changed.

#include "cache/chargeledger.h"

#include "cache/sourcelanes.h"
#include "cache/spendcells.h"
#include "core/awaitresult.h"

#include <QSet>

#include <algorithm>

namespace {

int bucketOfTime(const QList<QDateTime> &boundaries, const QDateTime &time)
{
    if (!time.isValid())
        return LedgerCell::Untimed;
    return int(std::upper_bound(boundaries.cbegin(), boundaries.cend(), time) -
               boundaries.cbegin());
}

// What one order of a moved bucket is to get.
struct OrderPlan
{
    qint64 held = 0;   // charges the cells hold
    qint64 target = 0; // charges the order has now
    bool ended = false;
};

// Where the orders' scan is cut in two: at the start of the bucket that
// holds the middle order as last seen (0: in one, when that is too few
// orders to be worth a second connection).
qint64 scanCut(const QHash<qint64, LedgerStore::Bucket> &stored)
{
    QList<std::pair<qint64, qint64>> orders; // bucket, orders
    qint64 total = 0;
    for (const LedgerStore::Bucket &b : stored) {
        orders.append({b.signature.bucket, b.signature.orders});
        total += b.signature.orders;
    }
    if (total < ChargeLedger::ScanSplitFrom)
        return 0;
    std::sort(orders.begin(), orders.end());
    qint64 below = 0;
    for (const auto &[bucket, n] : std::as_const(orders)) {
        if (below >= total / 2)
            return bucket * OrderBucket::Width;
        below += n;
    }
    return 0;
}

} // namespace

Result<std::optional<LedgerStore::Header>> ChargeLedger::sync(LedgerStore::Header header,
                                                              const QDateTime &now, Read read)
{
    using Synced = std::optional<LedgerStore::Header>;
    const bool justSized =
        m_sized && m_sized->first == header.id && !m_sized->second.hasExpired(SizedForMs);
    m_sized.reset();
    if (justSized)
        return Synced(header);
    m_held.reset(); // what follows may add to the cells

    // The cache's write lock first: another process syncing the same ledger
    // waits, then finds its work done.
    if (const auto r = m_store->begin(); !r) {
        m_cacheFailed(r.error());
        return BackendError(BackendError::Category::Connection, r.error().message());
    }
    const auto cacheError = [this](const BackendError &e) -> Result<Synced> {
        m_store->rollback();
        m_cacheFailed(e);
        return BackendError(BackendError::Category::Connection, e.message());
    };
    const auto sourceError = [this](const BackendError &e) -> Result<Synced> {
        m_store->rollback();
        return e;
    };
    const auto backwards = [&]() -> Result<Synced> {
        // Not the service's doing: start again from a new baseline.
        if (const auto r = m_store->drop(header.id); !r)
            return cacheError(r.error());
        if (const auto r = m_store->commit(); !r)
            return cacheError(r.error());
        return Synced();
    };
    // What the file holds read back as nonsense: made again, like an order
    // gone backwards; any other error of the file is reported.
    const auto fileError = [&](const BackendError &e) -> Result<Synced> {
        return LedgerStore::isDamage(e) ? backwards() : cacheError(e);
    };
    {
        const auto fresh = m_store->find(header.source, header.region, header.zone);
        if (!fresh)
            return fileError(fresh.error());
        if (!fresh.value()) { // dropped by another process meanwhile
            m_store->rollback();
            return Synced();
        }
        header = *fresh.value();
    }

    const auto stored = m_store->signatures(header.id);
    if (!stored)
        return fileError(stored.error());
    // The scan of the orders is most of a warm run's wait: in two halves at
    // once, and meanwhile the cells (most often unchanged) are read.
    auto scan = m_lanes.launchBuckets(header.region, scanCut(stored.value()));
    std::optional<QHash<int, QList<LedgerCell>>> cells;
    if (read == Read::AllCells) {
        auto all = m_store->cells(header.id, {});
        if (!all)
            return fileError(all.error());
        cells = std::move(all.value());
    }
    const auto now_ = m_lanes.collectBuckets(scan);
    if (!now_)
        return sourceError(now_.error());
    QHash<qint64, OrderBucket> current;
    QList<qint64> moved;
    for (const OrderBucket &b : now_.value()) {
        current.insert(b.bucket, b);
        const auto s = stored.value().constFind(b.bucket);
        if (s == stored.value().cend() || s->dirty || !s->signature.sameSignature(b))
            moved.append(b.bucket);
    }
    for (auto it = stored.value().cbegin(); it != stored.value().cend(); ++it) {
        if (!current.contains(it.key()))
            return backwards(); // every order of a bucket gone
    }

    QHash<qint64, OrderPlan> plans;
    QList<ChargeRange> ranges;
    QHash<qint64, QList<qint64>> ordersOf; // bucket -> its orders read
    if (!moved.isEmpty()) {
        // After charges spread over a region every bucket moves, and the
        // orders read here are as many as the scan's: two halves at once.
        qint64 ordersMoved = 0;
        for (qint64 bucket : std::as_const(moved))
            ordersMoved += current.value(bucket).orders;
        const auto counts = m_lanes.inHalves<OrderCount>(
            moved, ordersMoved >= ScanSplitFrom, [&](Backend &b, const QList<qint64> &part) {
                return b.orderCounts(header.region, part);
            });
        if (!counts)
            return sourceError(counts.error());
        for (const OrderCount &o : counts.value())
            ordersOf[o.id / OrderBucket::Width].append(o.id);
        QHash<qint64, OrderCount> byId;
        for (const OrderCount &o : counts.value())
            byId.insert(o.id, o);
        for (qint64 bucket : std::as_const(moved)) {
            const auto held = m_store->absorbed(header.id, bucket);
            if (!held)
                return fileError(held.error());
            for (auto it = held.value().cbegin(); it != held.value().cend(); ++it) {
                if (!byId.contains(it.key()))
                    return backwards(); // an order gone (or moved to another region)
            }
            for (qint64 id : ordersOf.value(bucket)) {
                const OrderCount &o = byId[id];
                OrderPlan p{0, o.charges, o.ended};
                if (const auto h = held.value().constFind(id); h != held.value().cend())
                    p.held = *h;
                else if (id <= header.maxId)
                    p.held = o.charges; // ended when last read: all its charges are held
                if (p.target < p.held ||
                    (id <= header.maxId && !o.ended && !held.value().contains(id)))
                    return backwards(); // a count went down, or an order un-ended
                if (p.target > p.held)
                    ranges.append({id, p.held, p.target});
                plans.insert(id, p);
                header.maxId = std::max(header.maxId, id);
            }
        }
    }

    // The new charges, each order's taken up to the first one not visible
    // yet (its bucket is read again next time).
    QHash<int, QHash<QString, LedgerCell>> added;
    QList<LedgerCharge> charges;
    if (!ranges.isEmpty()) {
        // Each half holds whole orders, each order's charges in order.
        const auto read = m_lanes.inHalves<LedgerCharge>(
            ranges, ranges.size() >= FetchSplitFrom,
            [](Backend &b, const QList<ChargeRange> &part) { return b.ledgerCharges(part); });
        if (!read)
            return sourceError(read.error());
        charges = read.value();
    }
    // Months are added ahead (as far as the new charges reach) while
    // nothing lies beyond the last one kept.
    const auto extend = [&](const QDateTime &to) -> Result<Done> {
        if (header.boundaries.constLast() > to)
            return Done{};
        const auto after = m_store->cells(header.id, {int(header.boundaries.size())});
        if (!after)
            return after.error();
        if (!after.value().value(int(header.boundaries.size())).isEmpty())
            return Done{};
        const QTimeZone zone(header.zone.toUtf8());
        for (const MonthSpan &m :
             MonthCalendar::monthsCovering(header.boundaries.constLast(), to, zone)) {
            if (m.endUtc > header.boundaries.constLast())
                header.boundaries.append(m.endUtc);
        }
        return Done{};
    };

    const qsizetype monthsKept = header.boundaries.size();
    QDateTime latest = now.addDays(AheadDays);
    for (const LedgerCharge &c : std::as_const(charges))
        latest = std::max(latest, c.time);
    if (const auto r = extend(latest); !r)
        return fileError(r.error());
    {
        for (const LedgerCharge &c : std::as_const(charges)) {
            OrderPlan &p = plans[c.id];
            if (c.consumeId != p.held + 1)
                continue; // after a gap: not taken
            p.held = c.consumeId;
            const bool inRegion =
                header.region.isEmpty() ||
                (m_fold ? SpendCells::folded(c.region) == SpendCells::folded(header.region)
                        : c.region == header.region);
            if (!inRegion)
                continue;
            const int k = bucketOfTime(header.boundaries, c.time);
            LedgerCell &cell = added[k][c.ns];
            cell.ns = c.ns;
            cell.bucket = k;
            const qint64 at = LedgerCell::msOf(c.time);
            cell.add({c.ns, k, c.amount, 1, at, at});
        }
    }

    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        // The cells read while the source scanned are the file's (same
        // transaction): kept up to date with it rather than read again.
        QList<LedgerCell> old;
        if (cells) {
            old = cells->value(it.key());
        } else {
            const auto read = m_store->cells(header.id, {it.key()});
            if (!read)
                return fileError(read.error());
            old = read.value().value(it.key());
        }
        QMap<QString, LedgerCell> merged; // sorted by namespace, as stored
        for (const LedgerCell &c : std::as_const(old))
            merged.insert(c.ns, c);
        for (const LedgerCell &c : it.value()) {
            LedgerCell &m = merged[c.ns];
            if (m.ns.isNull())
                m = c;
            else
                m.add(c);
        }
        const QList<LedgerCell> updated = merged.values();
        if (const auto r = m_store->storeCells(header.id, it.key(), updated); !r)
            return cacheError(r.error());
        if (cells)
            cells->insert(it.key(), updated);
    }
    for (qint64 bucket : std::as_const(moved)) {
        LedgerStore::Bucket b;
        b.signature = current.value(bucket);
        for (qint64 id : ordersOf.value(bucket)) {
            const OrderPlan &p = plans[id];
            if (p.held < p.target)
                b.dirty = true;
            if (!p.ended || p.held < p.target)
                b.absorbed.insert(id, p.held);
        }
        if (const auto r = m_store->storeBucket(header.id, b); !r)
            return cacheError(r.error());
    }
    if (moved.isEmpty() && header.boundaries.size() == monthsKept) {
        // Nothing to write: a warm run leaves the file (and its WAL) alone.
        m_store->rollback();
        if (cells)
            m_held.emplace(header.id, std::move(*cells));
        return Synced(header);
    }
    header.syncedAt = now;
    if (const auto r = m_store->update(header); !r)
        return cacheError(r.error());
    if (const auto r = m_store->commit(); !r)
        return cacheError(r.error());
    if (cells)
        m_held.emplace(header.id, std::move(*cells));
    return Synced(header);
}
