#include "cache/rollupcoordinator.h"

#include "cache/spendcells.h"
#include "core/awaitresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using SpendCells::combined;
using SpendCells::only;
using SpendCells::sortedByNamespace;

namespace {

bool coversWhole(const UsageFilter &filter, const MonthSpan &span)
{
    return (!filter.from.isValid() || filter.from <= span.startUtc) &&
           (!filter.to.isValid() || filter.to >= span.endUtc);
}

} // namespace

RollupCoordinator::RollupCoordinator(std::shared_ptr<Backend> inner, const QString &cachePath,
                                     BackendMaker second, Notices notices)
    : m_inner(inner)
    , m_lanes(std::move(inner), std::move(second))
    , m_notices(std::move(notices))
    , m_cache(std::make_unique<RollupCache>(cachePath))
    , m_ledger(m_lanes, [this](const BackendError &e) { cacheFailed(e); })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

RollupCoordinator::~RollupCoordinator() = default;

bool RollupCoordinator::usable(const UsageFilter &filter)
{
    // One order's charges are few and not what the cache keeps.
    if (m_cacheBroken || !filter.orderId.isEmpty())
        return false;
    // A connection limited to some namespaces keeps only those: it can
    // answer for them, not for "whatever the service defaults to".
    const QStringList scope = m_inner->namespaceScope();
    if (!scope.isEmpty()) {
        if (filter.namespaces.isEmpty())
            return false;
        for (const QString &ns : filter.namespaces) {
            if (!scope.contains(ns))
                return false;
        }
    }
    if (!m_cache->isOpen()) {
        const auto opened = m_cache->open();
        if (!opened) {
            cacheFailed(opened.error());
            return false;
        }
    }
    return source().ok();
}

bool RollupCoordinator::ledgerOpen()
{
    if (m_cacheBroken || !m_inner->canFollowCharges() || !m_inner->namespaceScope().isEmpty())
        return false;
    if (m_ledgerFile != m_cache.get()) {
        m_ledger.setDatabase(m_cache->database());
        m_ledgerFile = m_cache.get();
    }
    m_ledger.setFoldNamespaces(m_foldNamespaces);
    return true;
}

bool RollupCoordinator::followed(const QString &region)
{
    if (!ledgerOpen())
        return false;
    auto indexed = m_indexed.constFind(region);
    if (indexed == m_indexed.cend()) {
        const auto r = awaitResult(m_inner->servesMonthRanges(region));
        indexed = m_indexed.insert(region, r.ok() && r.value());
    }
    return !*indexed;
}

void RollupCoordinator::beginRequest()
{
    m_now = m_clock(); // one instant per request: the boundaries must not move under it
    m_servedFromCache = false;
    m_timedOut.reset();
}

Result<QString> RollupCoordinator::source()
{
    if (!m_source) {
        const auto id = awaitResult(m_inner->sourceIdentity());
        // A failure to reach the source is not remembered: the next call asks again.
        if (!id && id.error().category() != BackendError::Category::InvalidInput) {
            if (id.error().category() == BackendError::Category::Timeout)
                m_timedOut = id.error();
            return id;
        }
        m_source = id;
        m_foldNamespaces = id && id.value().startsWith(QLatin1String("mysql:"));
    }
    return *m_source;
}

bool RollupCoordinator::closed(const MonthSpan &span) const
{
    return span.endUtc.addDays(ClosedAfterDays) <= m_now;
}

void RollupCoordinator::cacheFailed(const BackendError &error)
{
    // One second chance: a file damaged under us is rebuilt by open().
    if (!m_reopened) {
        m_reopened = true;
        m_cache = std::make_unique<RollupCache>(m_cache->path());
        if (m_cache->open())
            return;
    }
    m_cacheBroken = true;
    m_notices.unavailable(
        QCoreApplication::translate("RollupCache", "%1 Figures are computed live (%2).")
            .arg(error.message(), error.details()));
}

std::optional<QList<SpendCell>> RollupCoordinator::cached(const QString &src, const QString &region,
                                                          const MonthSpan &span)
{
    if (m_cacheBroken)
        return std::nullopt;
    auto cells = m_cache->month(src, region, span);
    if (!cells) {
        cacheFailed(cells.error());
        return std::nullopt;
    }
    return cells.value();
}

Result<Done> RollupCoordinator::cachedMonths(const UsageFilter &filter,
                                             const QList<MonthSpan> &months,
                                             const QList<int> &indexes, const Progress &progress,
                                             QList<QList<SpendCell>> *perMonth)
{
    const QString src = source().value();
    QList<int> missing;
    for (int i : indexes) {
        const auto hit = cached(src, filter.region, months[i]);
        if (hit) {
            (*perMonth)[i] = only(*hit, filter.namespaces, m_foldNamespaces);
            m_servedFromCache = true;
        } else {
            missing.append(i);
        }
    }
    // Newest first: the chart fills from the right.
    std::sort(missing.begin(), missing.end(), [&](int a, int b) { return a > b; });
    if (missing.isEmpty())
        return Done{};
    // The whole region, or the connection's namespaces: the cache keeps all
    // of them, whatever the filter that asked.
    UsageFilter all;
    all.region = filter.region;
    all.namespaces = m_inner->namespaceScope();
    int done = 0;
    return m_lanes.fill(
        all, months, missing, progress.canceled, [&](int index, const QList<SpendCell> &cells) {
            if (!m_cacheBroken) {
                const auto stored = m_cache->store(src, filter.region, months[index], cells, m_now);
                if (!stored)
                    cacheFailed(stored.error());
            }
            (*perMonth)[index] =
                only(sortedByNamespace(cells), filter.namespaces, m_foldNamespaces);
            progress.report(++done, int(missing.size()));
        });
}

QDateTime RollupCoordinator::cutoff() const
{
    // Whole UTC days: a partial entry is extended at most once a day.
    return QDateTime(m_now.addDays(-ClosedAfterDays).date(), QTime(0, 0), Qt::UTC);
}

std::optional<QList<SpendCell>>
RollupCoordinator::closedBeginning(const QString &src, const UsageFilter &filter,
                                   const MonthSpan &span, std::optional<BackendError> *timedOut)
{
    // The part of an open month that ended 8 days ago cannot change either:
    // kept as a partial entry, extended from the longest one kept before.
    MonthSpan part = span;
    part.endUtc = cutoff();
    if (auto hit = cached(src, filter.region, part))
        return hit;
    if (m_cacheBroken)
        return std::nullopt;
    const auto longest = m_cache->longestPartial(src, filter.region, span.startUtc, part.endUtc);
    if (!longest) {
        cacheFailed(longest.error());
        return std::nullopt;
    }
    QHash<QString, SpendCell> merged;
    MonthSpan kept = span;
    kept.endUtc = longest.value();
    if (longest.value().isValid()) {
        const auto old = cached(src, filter.region, kept);
        if (!old)
            return std::nullopt;
        for (const SpendCell &c : *old)
            merged.insert(c.ns, c);
    }
    UsageFilter delta;
    delta.region = filter.region;
    delta.namespaces = m_inner->namespaceScope();
    delta.from = longest.value().isValid() ? longest.value() : span.startUtc;
    delta.to = part.endUtc;
    const auto added = awaitResult(m_inner->spendByNamespaceAndMonth(delta, {span}));
    if (!added) {
        if (added.error().category() == BackendError::Category::Timeout)
            *timedOut = added.error();
        return std::nullopt; // else the live query of the whole month follows
    }
    for (const SpendCell &c : added.value()) {
        SpendCell &m = merged[c.ns];
        m.ns = c.ns;
        m.month = span.month;
        m.amount += c.amount;
        m.charges += c.charges;
    }
    const QList<SpendCell> cells = sortedByNamespace(merged.values());
    const auto stored = m_cache->store(src, filter.region, part, cells, m_now, true);
    if (!stored)
        cacheFailed(stored.error());
    return cells;
}

Result<QList<SpendCell>> RollupCoordinator::spend(const UsageFilter &filter,
                                                  const QList<MonthSpan> &months,
                                                  const Progress &progress)
{
    beginRequest();
    if (months.isEmpty() || !usable(filter)) {
        if (m_timedOut)
            return *m_timedOut; // one deadline per call: not asked again live
        return awaitResult(m_inner->spendByNamespaceAndMonth(filter, months));
    }
    const bool whole = std::all_of(months.cbegin(), months.cend(),
                                   [&](const MonthSpan &m) { return coversWhole(filter, m); });
    // The ledger keeps the months of the calendar zone: months of another
    // zone take the month-by-month way, and never make a ledger they cannot use.
    const auto inZone = [this](const MonthSpan &m) {
        const MonthSpan own = MonthCalendar::months(m.month, m.month, m_zone).constFirst();
        return own.startUtc == m.startUtc && own.endUtc == m.endUtc;
    };
    if (whole && inZone(months.constFirst()) && inZone(months.constLast()) &&
        followed(filter.region)) {
        if (auto answer = m_ledger.spend(source().value(), filter, months, m_zone, m_now)) {
            m_servedFromCache = answer->ok();
            return *answer;
        }
    }

    // Assembled month by month, each sorted by namespace: no sort of the
    // whole table (a region has hundreds of thousands of cells).
    QList<QList<SpendCell>> perMonth(months.size());
    QList<int> closedMonths;
    QList<LiveQueryPlan::Query> liveParts;
    const QString src = source().value();
    for (int i = 0; i < months.size(); ++i) {
        const MonthSpan &m = months[i];
        if (coversWhole(filter, m) && closed(m)) {
            closedMonths.append(i);
            continue;
        }
        liveParts.append({filter, m});
        if (coversWhole(filter, m) && m.startUtc < cutoff()) {
            std::optional<BackendError> timedOut;
            if (auto begun = closedBeginning(src, filter, m, &timedOut)) {
                perMonth[i] = only(*begun, filter.namespaces, m_foldNamespaces);
                liveParts.last().filter.from = cutoff();
            }
            if (timedOut)
                return *timedOut;
        }
    }
    // The live part runs on the source's connections while the cache is
    // read here: a warm answer costs the longer of the two, not their sum.
    SourceLanes::LiveQueries live = m_lanes.launchLive(liveParts, m_now.addDays(ClosedAfterDays));
    const auto cached = cachedMonths(filter, months, closedMonths, progress, &perMonth);
    if (!cached) {
        for (auto &f : live.futures)
            f.cancel();
        return unfilled(cached.error(), progress, [&] {
            return awaitResult(m_inner->spendByNamespaceAndMonth(filter, months));
        });
    }
    QList<bool> withLive(months.size(), false);
    QHash<QDate, int> indexOf;
    for (int i = 0; i < months.size(); ++i)
        indexOf.insert(months[i].month, i);
    const auto liveCells = m_lanes.collectLive(live, progress.canceled);
    if (!liveCells)
        return liveCells;
    for (const SpendCell &c : liveCells.value()) {
        const int i = indexOf.value(c.month);
        perMonth[i].append(c);
        withLive[i] = true;
    }
    qsizetype size = 0;
    for (const QList<SpendCell> &month : std::as_const(perMonth))
        size += month.size();
    QList<SpendCell> cells;
    cells.reserve(size);
    // A month from the cache alone is sorted and has one cell per namespace.
    for (int i = 0; i < perMonth.size(); ++i)
        cells.append(withLive[i] ? combined(std::move(perMonth[i])) : std::move(perMonth[i]));
    return cells;
}

Result<std::pair<QDateTime, QDateTime>> RollupCoordinator::timeRange(const UsageFilter &filter)
{
    beginRequest();
    if (usable(filter) && followed(filter.region)) {
        if (auto answer = m_ledger.timeRange(source().value(), filter, m_zone, m_now))
            return *answer;
    }
    if (m_timedOut)
        return *m_timedOut;
    return awaitResult(m_inner->usageTimeRange(filter));
}
