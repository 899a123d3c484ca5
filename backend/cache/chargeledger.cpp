#include "cache/chargeledger.h"

#include "cache/ledgerbaselinereader.h"
#include "cache/sourcelanes.h"
#include "cache/spendcells.h"
#include "core/awaitresult.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

QString zoneKey(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

// The index k with boundaries[k] == t, or -1.
int boundaryIndex(const QList<QDateTime> &boundaries, const QDateTime &t)
{
    const auto it = std::lower_bound(boundaries.cbegin(), boundaries.cend(), t);
    return it != boundaries.cend() && *it == t ? int(it - boundaries.cbegin()) : -1;
}

} // namespace

ChargeLedger::ChargeLedger(SourceLanes &lanes, CacheFailed cacheFailed)
    : m_lanes(lanes)
    , m_source(lanes.first())
    , m_cacheFailed(std::move(cacheFailed))
{
}

void ChargeLedger::setDatabase(const QSqlDatabase &db)
{
    m_store.emplace(db);
    forget();
}

void ChargeLedger::forget()
{
    m_held.reset();
    m_sized.reset();
}

template<typename T>
std::optional<T> ChargeLedger::failed(const BackendError &error)
{
    m_store->rollback();
    m_cacheFailed(error);
    return std::nullopt;
}

Result<Done> ChargeLedger::dropDamaged(const QString &source, const QString &region,
                                       const QString &zone)
{
    forget();
    if (const auto r = m_store->begin(); !r)
        return r;
    if (const auto r = m_store->dropKey(source, region, zone); !r) {
        m_store->rollback();
        return r;
    }
    return m_store->commit(); // rolls back when it fails
}

bool ChargeLedger::keep(const LedgerCell &cell, const QStringList &namespaces) const
{
    if (namespaces.isEmpty())
        return true;
    if (!m_fold)
        return namespaces.contains(cell.ns);
    const QString f = SpendCells::folded(cell.ns);
    return std::any_of(namespaces.cbegin(), namespaces.cend(),
                       [&f](const QString &ns) { return SpendCells::folded(ns) == f; });
}

Result<LedgerStore::Header> ChargeLedger::make(const QString &source, const QString &region,
                                               const QTimeZone &zone, const QDateTime &now,
                                               const QDateTime &earliest)
{
    LedgerBaselineRequest request;
    request.region = region;
    request.zone = zone;
    request.earliest = earliest;
    request.latest = now.addDays(AheadDays);
    // By bucket and sorted, moved rather than copied: at 10M charges a
    // region has a quarter of a million cells.
    QHash<int, QList<LedgerCell>> cells;
    auto baseline = LedgerBaselineReader(m_lanes, m_fold).read(request, cells);
    if (!baseline)
        return baseline.error();
    LedgerBaseline &b = baseline.value();
    LedgerStore::Header header;
    header.source = source;
    header.region = region;
    header.zone = zoneKey(zone);
    header.boundaries = b.boundaries;
    header.syncedAt = now;
    QHash<qint64, LedgerStore::Bucket> buckets;
    for (const OrderBucket &s : b.buckets) {
        header.maxId = std::max(header.maxId, s.maxId);
        buckets[s.bucket].signature = s;
    }
    for (const OrderCount &o : b.openOrders)
        buckets[o.id / OrderBucket::Width].absorbed.insert(o.id, o.charges);
    b.openOrders = {};

    // Written in one transaction; any cache error is the cache's, not the source's.
    const auto write = [&]() -> Result<qint64> {
        if (const auto r = m_store->begin(); !r)
            return r.error();
        const auto id = m_store->create(header);
        if (!id)
            return id.error();
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            if (const auto r = m_store->storeBucket(id.value(), it.value()); !r)
                return r.error();
        }
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (const auto r = m_store->storeCells(id.value(), it.key(), it.value()); !r)
                return r.error();
        }
        if (const auto r = m_store->commit(); !r)
            return r.error();
        return id;
    };
    const auto id = write();
    if (!id) {
        m_store->rollback();
        m_cacheFailed(id.error());
        return BackendError(BackendError::Category::Connection, id.error().message());
    }
    header.id = id.value();
    m_held.emplace(header.id, std::move(cells));
    return header;
}

std::optional<Result<LedgerStore::Header>>
ChargeLedger::ready(const QString &source, const QString &region, const QTimeZone &zone,
                    const QDateTime &now, Need need, Read read, const QDateTime &earliest)
{
    if (!m_store || !m_source.canFollowCharges())
        return std::nullopt;
    auto found = m_store->find(source, region, zoneKey(zone));
    if (!found && LedgerStore::isDamage(found.error())) {
        const auto dropped = dropDamaged(source, region, zoneKey(zone));
        if (!dropped)
            return failed<Result<LedgerStore::Header>>(dropped.error());
        found = std::optional<LedgerStore::Header>();
    }
    if (!found)
        return failed<Result<LedgerStore::Header>>(found.error());
    std::optional<LedgerStore::Header> header = found.value();
    if (header) {
        const auto synced = sync(*header, now, read);
        if (!synced)
            return Result<LedgerStore::Header>(synced.error());
        header = synced.value();
    }
    if (header && earliest.isValid() && earliest < header->boundaries.constFirst()) {
        // Months before the first one kept: only an empty "before" bucket
        // says they are empty.
        const auto before = cellsOf(*header, {0});
        if (!before)
            return std::nullopt;
        if (!before->value(0).isEmpty())
            header.reset();
    }
    if (header)
        return Result<LedgerStore::Header>(*header);
    if (need == Need::Existing)
        return std::nullopt; // dropped just now, or never made: not made here
    return make(source, region, zone, now, earliest);
}

std::optional<Result<LedgerStore::Header>> ChargeLedger::sized(const QString &source,
                                                               const QString &region,
                                                               const QTimeZone &zone,
                                                               const QDateTime &now)
{
    auto header = ready(source, region, zone, now, Need::Make, Read::AllCells);
    if (header && *header) {
        m_sized.emplace(header->value().id, QElapsedTimer());
        m_sized->second.start();
    }
    return header;
}

std::optional<QHash<int, QList<LedgerCell>>>
ChargeLedger::cellsOf(const LedgerStore::Header &header, const QList<int> &buckets)
{
    if (m_held && m_held->first == header.id) {
        if (buckets.isEmpty())
            return m_held->second;
        QHash<int, QList<LedgerCell>> some;
        for (int b : buckets) {
            if (const auto it = m_held->second.constFind(b); it != m_held->second.cend())
                some.insert(b, *it);
        }
        return some;
    }
    auto cells = m_store->cells(header.id, buckets);
    if (!cells && LedgerStore::isDamage(cells.error())) {
        // Answered live this time, made again next time.
        const auto dropped = dropDamaged(header.source, header.region, header.zone);
        if (!dropped)
            return failed<QHash<int, QList<LedgerCell>>>(dropped.error());
        return std::nullopt;
    }
    if (!cells)
        return failed<QHash<int, QList<LedgerCell>>>(cells.error());
    if (buckets.isEmpty()) {
        m_held.emplace(header.id, std::move(cells.value()));
        return m_held->second;
    }
    return cells.value();
}

std::optional<Result<QList<SpendCell>>>
ChargeLedger::spend(const QString &source, const UsageFilter &filter,
                    const QList<MonthSpan> &months, const QTimeZone &zone, const QDateTime &now)
{
    const auto header = ready(source, filter.region, zone, now, Need::Make, Read::SomeCells,
                              months.constFirst().startUtc);
    if (!header || !*header)
        return header ? std::optional<Result<QList<SpendCell>>>(header->error()) : std::nullopt;
    const QList<QDateTime> &b = header->value().boundaries;
    const int after = int(b.size());
    QList<int> buckets;
    for (const MonthSpan &m : months) {
        const int k = boundaryIndex(b, m.startUtc);
        if (k >= 0 && k + 1 < b.size() && b[k + 1] == m.endUtc)
            buckets.append(k + 1);
        else if (m.endUtc <= b.constFirst())
            buckets.append(0); // before the months kept
        else if (m.startUtc >= b.constLast())
            buckets.append(after);
        else
            return std::nullopt; // months of another zone
    }
    const auto cells = cellsOf(header->value(), buckets);
    if (!cells)
        return std::nullopt;
    // A month outside the ones kept is empty while nothing lies there.
    for (int outside : {0, after}) {
        if (buckets.contains(outside) && !cells->value(outside).isEmpty())
            return std::nullopt;
    }
    QList<SpendCell> result;
    qsizetype size = 0;
    for (int b : std::as_const(buckets))
        size += cells->value(b).size();
    result.reserve(size);
    for (int i = 0; i < months.size(); ++i) {
        if (buckets[i] == 0 || buckets[i] == after)
            continue;
        // Const: iterating the temporary list as it is would copy all of it.
        const QList<LedgerCell> month = cells->value(buckets[i]);
        for (const LedgerCell &c : month) {
            if (keep(c, filter.namespaces))
                result.append({c.ns, months[i].month, c.amount, c.charges});
        }
    }
    return Result<QList<SpendCell>>(result);
}

std::optional<Result<UsageTotal>> ChargeLedger::total(const QString &source,
                                                      const UsageFilter &filter,
                                                      const QTimeZone &zone, const QDateTime &now)
{
    if (!m_store || !m_source.canFollowCharges())
        return std::nullopt;
    // Any zone's ledger of the region will do when it has the filter's edges.
    const auto all = m_store->all(source, filter.region);
    if (!all)
        return failed<Result<UsageTotal>>(all.error());
    QTimeZone chosen = zone;
    for (const LedgerStore::Header &h : all.value()) {
        const bool fits =
            (!filter.from.isValid() || boundaryIndex(h.boundaries, filter.from) >= 0) &&
            (!filter.to.isValid() || boundaryIndex(h.boundaries, filter.to) >= 0);
        if (fits) {
            chosen = QTimeZone(h.zone.toUtf8());
            if (h.zone == zoneKey(zone))
                break;
        }
    }
    const auto header = ready(source, filter.region, chosen, now, Need::Existing, Read::AllCells);
    if (!header || !*header)
        return header ? std::optional<Result<UsageTotal>>(header->error()) : std::nullopt;
    const QList<QDateTime> &b = header->value().boundaries;
    const int lo = filter.from.isValid() ? boundaryIndex(b, filter.from) + 1 : 0;
    const int hi = filter.to.isValid() ? boundaryIndex(b, filter.to) : int(b.size());
    if ((filter.from.isValid() && lo == 0) || hi < 0)
        return std::nullopt;
    const bool untimed = !filter.from.isValid() && !filter.to.isValid();
    const auto cells = cellsOf(header->value(), {});
    if (!cells)
        return std::nullopt;
    UsageTotal total;
    for (auto it = cells->cbegin(); it != cells->cend(); ++it) {
        const int k = it.key();
        if (k == LedgerCell::Untimed ? !untimed : (k < lo || k > hi))
            continue;
        for (const LedgerCell &c : it.value()) {
            if (keep(c, filter.namespaces)) {
                total.amount += c.amount;
                total.charges += c.charges;
            }
        }
    }
    return Result<UsageTotal>(total);
}

std::optional<Result<std::pair<QDateTime, QDateTime>>>
ChargeLedger::timeRange(const QString &source, const UsageFilter &filter, const QTimeZone &zone,
                        const QDateTime &now)
{
    using Range = std::pair<QDateTime, QDateTime>;
    if (filter.from.isValid() || filter.to.isValid())
        return std::nullopt;
    const auto header = sized(source, filter.region, zone, now);
    if (!header || !*header)
        return header ? std::optional<Result<Range>>(header->error()) : std::nullopt;
    const auto cells = cellsOf(header->value(), {});
    if (!cells)
        return std::nullopt;
    // Buckets are months in time order: the first charge lies in the lowest
    // bucket with a cell of the filter's namespaces, the last in the
    // highest. Only those are compared (all ~70,000 cells' times took
    // longer than the rest of a warm time range).
    QList<int> buckets = cells->keys();
    buckets.removeAll(LedgerCell::Untimed);
    std::sort(buckets.begin(), buckets.end());
    qint64 first = LedgerCell::NoTime;
    for (int b : std::as_const(buckets)) {
        const QList<LedgerCell> month = cells->value(b);
        for (const LedgerCell &c : month) {
            if (keep(c, filter.namespaces) && c.first != LedgerCell::NoTime &&
                (first == LedgerCell::NoTime || c.first < first))
                first = c.first;
        }
        if (first != LedgerCell::NoTime)
            break;
    }
    qint64 last = LedgerCell::NoTime; // the least value: any time is later
    for (auto b = buckets.crbegin(); b != buckets.crend(); ++b) {
        const QList<LedgerCell> month = cells->value(*b);
        for (const LedgerCell &c : month) {
            if (keep(c, filter.namespaces) && c.last > last)
                last = c.last;
        }
        if (last != LedgerCell::NoTime)
            break;
    }
    const Range range{LedgerCell::timeOf(first), LedgerCell::timeOf(last)};
    return Result<Range>(range);
}

Result<QStringList> ChargeLedger::verify(const QString &source,
                                         const std::optional<QString> &region, int limit,
                                         const QDateTime &now, int *checked)
{
    QStringList mismatches;
    if (!m_store)
        return mismatches;
    const auto all = m_store->all(source, region);
    if (!all)
        return mismatches;
    for (const LedgerStore::Header &stale : all.value()) {
        // What it holds now, not what it held when last used.
        const auto synced = sync(stale, now, Read::AllCells);
        if (!synced)
            return synced.error();
        if (!synced.value())
            continue; // moved backwards: dropped, made again when next asked
        const LedgerStore::Header &h = *synced.value();
        const auto cells = cellsOf(h, {});
        if (!cells)
            return mismatches;
        // Newest months first: the likeliest to have been edited late.
        QList<int> months = cells->keys();
        std::sort(months.begin(), months.end(), std::greater<int>());
        int done = 0;
        for (int k : std::as_const(months)) {
            if (k <= 0 || k >= h.boundaries.size() || (limit >= 0 && done >= limit))
                continue;
            UsageFilter f;
            f.region = h.region;
            f.from = h.boundaries[k - 1];
            f.to = h.boundaries[k];
            const auto live = awaitResult(m_source.usageTotal(f));
            if (!live)
                return live.error();
            UsageTotal kept;
            for (const LedgerCell &c : cells.value().value(k)) {
                kept.amount += c.amount;
                kept.charges += c.charges;
            }
            ++done;
            ++*checked;
            if (kept.amount == live.value().amount && kept.charges == live.value().charges)
                continue;
            // Whole cents where they tell the difference, else all four places.
            const bool cents = kept.amount.toString2() != live.value().amount.toString2();
            const auto money = [cents](const Money &m) {
                return cents ? m.toString2() : m.toString4();
            };
            // The middle of the month names it in any zone; the zone says
            // which of the ledgers kept in several zones it is.
            mismatches.append(
                QStringLiteral("%1 (%7), region %2: cached %3 in %4 charges, the source has %5 in "
                               "%6")
                    .arg(
                        f.from.addSecs(f.from.secsTo(f.to) / 2).toString(QStringLiteral("yyyy-MM")),
                        h.region.isEmpty() ? QStringLiteral("(all)") : h.region, money(kept.amount),
                        QString::number(kept.charges), money(live.value().amount),
                        QString::number(live.value().charges), h.zone));
        }
    }
    return mismatches;
}
