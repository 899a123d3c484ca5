#include "rollupcoordinator.h"

#include "livequeryplan.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <deque>

namespace {

BackendError canceledError()
{
    return BackendError(BackendError::Category::Timeout, QStringLiteral("Canceled."));
}

// Waits on this (cache) thread for a future of the inner backend.
template<typename T>
Result<T> await(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return canceledError();
    return future.result();
}

bool coversWhole(const UsageFilter &filter, const MonthSpan &span)
{
    return (!filter.from.isValid() || filter.from <= span.startUtc) &&
           (!filter.to.isValid() || filter.to >= span.endUtc);
}

// How MySQL's default collation compares names: case-insensitive, trailing
// spaces ignored. A filter typed `NS-0001` matches `ns-0001` there, live.
QString folded(const QString &ns)
{
    qsizetype end = ns.size();
    while (end > 0 && ns.at(end - 1) == QLatin1Char(' '))
        --end;
    return ns.left(end).toCaseFolded();
}

QList<SpendCell> only(const QList<SpendCell> &cells, const QStringList &namespaces, bool fold)
{
    if (namespaces.isEmpty())
        return cells;
    QSet<QString> wanted;
    for (const QString &ns : namespaces)
        wanted.insert(fold ? folded(ns) : ns);
    QList<SpendCell> kept;
    for (const SpendCell &c : cells) {
        if (wanted.contains(fold ? folded(c.ns) : c.ns))
            kept.append(c);
    }
    return kept;
}

bool byNamespace(const SpendCell &a, const SpendCell &b)
{
    return a.ns < b.ns;
}

QList<SpendCell> sortedByNamespace(QList<SpendCell> cells)
{
    std::sort(cells.begin(), cells.end(), byNamespace);
    return cells;
}

// One cell per namespace, sorted: a month's closed beginning and its live
// rest name the same namespaces.
QList<SpendCell> combined(QList<SpendCell> cells)
{
    const auto notStrictlyAscending = [](const SpendCell &a, const SpendCell &b) {
        return !(a.ns < b.ns);
    };
    if (std::adjacent_find(cells.cbegin(), cells.cend(), notStrictlyAscending) == cells.cend())
        return cells;
    std::sort(cells.begin(), cells.end(), byNamespace);
    QList<SpendCell> out;
    out.reserve(cells.size());
    for (const SpendCell &c : cells) {
        if (!out.isEmpty() && out.last().ns == c.ns) {
            out.last().amount += c.amount;
            out.last().charges += c.charges;
        } else {
            out.append(c);
        }
    }
    return out;
}

QString monthName(const CachedMonth &m)
{
    // The middle of the month names it in any zone.
    return m.startUtc.addSecs(m.startUtc.secsTo(m.endUtc) / 2).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

RollupCoordinator::RollupCoordinator(std::shared_ptr<Backend> inner, const QString &cachePath,
                                     BackendMaker second, Notices notices)
    : m_inner(std::move(inner))
    , m_makeSecond(std::move(second))
    , m_notices(std::move(notices))
    , m_cache(std::make_unique<RollupCache>(cachePath))
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

Result<QString> RollupCoordinator::source()
{
    if (!m_source) {
        const auto id = await(m_inner->sourceIdentity());
        // A failure to reach the source is not remembered: the next call asks again.
        if (!id && id.error().category() != BackendError::Category::InvalidInput)
            return id;
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
        QStringLiteral("%1 Figures are computed live (%2).").arg(error.message(), error.details()));
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

Result<QMap<int, QList<SpendCell>>>
RollupCoordinator::fill(const QString &src, const QString &region, const QList<MonthSpan> &months,
                        const QList<int> &indexes, const Progress &progress)
{
    // Chunks of contiguous months, newest first: one month per query where
    // the source has a time index to range over (SQL), all of them in one
    // pass where every query pages through rows anyway (REST).
    const int perQuery = std::max(1, m_inner->fillMonthsPerQuery());
    QList<QList<int>> chunks;
    for (int i : indexes) {
        if (chunks.isEmpty() || chunks.last().size() >= perQuery || chunks.last().last() != i + 1)
            chunks.append(QList<int>());
        chunks.last().append(i);
    }
    QList<std::shared_ptr<Backend>> backends{m_inner};
    if (chunks.size() > 1) {
        if (const auto second = secondBackend())
            backends.append(second);
    }
    struct Job
    {
        QList<int> chunk;
        int slot;
        QFuture<Result<QList<SpendCell>>> future;
    };
    std::deque<Job> inFlight;
    int next = 0;
    // The whole region, or the connection's namespaces: the cache keeps all
    // of them, whatever the filter that asked.
    UsageFilter filter;
    filter.region = region;
    filter.namespaces = m_inner->namespaceScope();
    const auto launch = [&](int slot) {
        const QList<int> chunk = chunks[next++];
        QList<MonthSpan> spans;
        for (auto it = chunk.crbegin(); it != chunk.crend(); ++it)
            spans.append(months[*it]); // in time order
        inFlight.push_back({chunk, slot, backends[slot]->spendByNamespaceAndMonth(filter, spans)});
    };
    const auto abandon = [&] {
        for (Job &j : inFlight)
            j.future.cancel();
    };
    for (int slot = 0; slot < backends.size() && next < chunks.size(); ++slot)
        launch(slot);

    QMap<int, QList<SpendCell>> filled;
    const QDateTime now = m_now;
    while (!inFlight.empty()) {
        const Job job = inFlight.front();
        inFlight.pop_front();
        const auto cells = await(job.future);
        if (progress.canceled()) {
            abandon();
            return canceledError();
        }
        if (!cells) {
            abandon();
            return cells.error();
        }
        QHash<QDate, QList<SpendCell>> byMonth;
        for (const SpendCell &c : cells.value())
            byMonth[c.month].append(c);
        for (int index : job.chunk) {
            const QList<SpendCell> month = byMonth.value(months[index].month);
            filled.insert(index, month);
            if (m_cacheBroken)
                continue;
            const auto stored = m_cache->store(src, region, months[index], month, now);
            if (!stored)
                cacheFailed(stored.error());
        }
        progress.report(int(filled.size()), int(indexes.size()));
        if (next < chunks.size())
            launch(job.slot);
    }
    return filled;
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
    if (!missing.isEmpty()) {
        const auto filled = fill(src, filter.region, months, missing, progress);
        if (!filled)
            return filled.error();
        for (auto it = filled.value().cbegin(); it != filled.value().cend(); ++it)
            (*perMonth)[it.key()] =
                only(sortedByNamespace(it.value()), filter.namespaces, m_foldNamespaces);
    }
    return Done{};
}

QDateTime RollupCoordinator::cutoff() const
{
    // Whole UTC days: a partial entry is extended at most once a day.
    return QDateTime(m_now.addDays(-ClosedAfterDays).date(), QTime(0, 0), Qt::UTC);
}

std::optional<QList<SpendCell>> RollupCoordinator::closedBeginning(const QString &src,
                                                                   const UsageFilter &filter,
                                                                   const MonthSpan &span)
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
    const auto added = await(m_inner->spendByNamespaceAndMonth(delta, {span}));
    if (!added)
        return std::nullopt; // the live query of the whole month follows
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

std::shared_ptr<Backend> RollupCoordinator::secondBackend()
{
    if (!m_second && m_makeSecond)
        m_second = m_makeSecond();
    return m_second;
}

QList<QFuture<Result<QList<SpendCell>>>>
RollupCoordinator::launchLive(const QList<LiveQueryPlan::Query> &parts)
{
    QList<QFuture<Result<QList<SpendCell>>>> futures;
    if (m_inner->fillMonthsPerQuery() > 1) {
        // Every query pages through rows (REST): one per run of months.
        int i = 0;
        while (i < parts.size()) {
            QList<MonthSpan> run{parts[i].month};
            const UsageFilter runFilter = parts[i].filter;
            // A month joins the run when it follows on and its filter does
            // not start inside it (then the run's filter covers it as well).
            const auto joins = [&](const LiveQueryPlan::Query &q) {
                return q.month.startUtc == run.constLast().endUtc &&
                       (!q.filter.from.isValid() || q.filter.from <= q.month.startUtc);
            };
            for (++i; i < parts.size() && joins(parts[i]); ++i)
                run.append(parts[i].month);
            futures.append(m_inner->spendByNamespaceAndMonth(runFilter, run));
        }
        return futures;
    }
    // One month per query (a range scan of the time index, no month
    // buckets to compute), in two lanes where a second connection exists.
    QList<QList<LiveQueryPlan::Query>> lanes =
        LiveQueryPlan::split(parts, m_now.addDays(ClosedAfterDays), m_makeSecond ? 2 : 1);
    QList<std::shared_ptr<Backend>> backends{m_inner};
    if (lanes.size() > 1) {
        if (const auto second = secondBackend())
            backends.append(second);
        else
            lanes.first().append(lanes.takeLast());
    }
    for (int lane = 0; lane < lanes.size(); ++lane) {
        for (const LiveQueryPlan::Query &q : std::as_const(lanes[lane]))
            futures.append(backends[lane]->spendByNamespaceAndMonth(q.filter, {q.month}));
    }
    return futures;
}

Result<QList<SpendCell>> RollupCoordinator::spend(const UsageFilter &filter,
                                                  const QList<MonthSpan> &months,
                                                  const Progress &progress)
{
    m_now = m_clock(); // one instant per request: the boundaries must not move under it
    m_servedFromCache = false;
    if (months.isEmpty() || !usable(filter))
        return await(m_inner->spendByNamespaceAndMonth(filter, months));

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
            if (auto begun = closedBeginning(src, filter, m)) {
                perMonth[i] = only(*begun, filter.namespaces, m_foldNamespaces);
                liveParts.last().filter.from = cutoff();
            }
        }
    }
    // The live part runs on the source's connections while the cache is
    // read here: a warm answer costs the longer of the two, not their sum.
    QList<QFuture<Result<QList<SpendCell>>>> live = launchLive(liveParts);
    const auto cached = cachedMonths(filter, months, closedMonths, progress, &perMonth);
    if (!cached) {
        for (auto &f : live)
            f.cancel();
        return unfilled(cached.error(), progress,
                        [&] { return await(m_inner->spendByNamespaceAndMonth(filter, months)); });
    }
    QHash<QDate, int> indexOf;
    for (int i = 0; i < months.size(); ++i)
        indexOf.insert(months[i].month, i);
    for (auto &f : live) {
        const auto cells = await(f);
        if (progress.canceled() || !cells) {
            for (auto &other : live)
                other.cancel();
            if (!cells)
                return cells;
            return canceledError();
        }
        for (const SpendCell &c : cells.value())
            perMonth[indexOf.value(c.month)].append(c);
    }
    qsizetype size = 0;
    for (const QList<SpendCell> &month : std::as_const(perMonth))
        size += month.size();
    QList<SpendCell> cells;
    cells.reserve(size);
    for (QList<SpendCell> &month : perMonth)
        cells.append(combined(std::move(month)));
    return cells;
}

Result<UsageTotal> RollupCoordinator::total(const UsageFilter &filter, const Progress &progress)
{
    m_now = m_clock(); // one instant per request: the boundaries must not move under it
    m_servedFromCache = false;
    if (!usable(filter))
        return await(m_inner->usageTotal(filter));
    QDateTime from = filter.from;
    QDateTime to = filter.to;
    if (!from.isValid() || !to.isValid()) {
        UsageFilter open = filter;
        open.from = open.to = QDateTime();
        const auto range = await(m_inner->usageTimeRange(open));
        if (!range)
            return range.error();
        if (!range.value().first.isValid())
            return UsageTotal{};
        if (!from.isValid())
            from = range.value().first;
        if (!to.isValid())
            to = range.value().second.addMSecs(1);
    }
    if (from >= to)
        return await(m_inner->usageTotal(filter));
    // Totals are kept in UTC months: any month boundaries would do.
    const QList<MonthSpan> all =
        MonthCalendar::monthsCovering(from, to.addMSecs(-1), QTimeZone::utc());
    QList<MonthSpan> months;
    QList<int> indexes;
    for (const MonthSpan &m : all) {
        if (m.startUtc >= from && m.endUtc <= to && closed(m)) {
            indexes.append(int(months.size()));
            months.append(m);
        }
    }
    if (months.isEmpty())
        return await(m_inner->usageTotal(filter));
    QList<QList<SpendCell>> perMonth(months.size());
    const auto cached = cachedMonths(filter, months, indexes, progress, &perMonth);
    if (!cached)
        return unfilled(cached.error(), progress,
                        [&] { return await(m_inner->usageTotal(filter)); });
    UsageTotal total;
    for (const QList<SpendCell> &month : std::as_const(perMonth)) {
        for (const SpendCell &c : month) {
            total.amount += c.amount;
            total.charges += c.charges;
        }
    }
    // The edges either side of the cached months, live.
    UsageFilter before = filter;
    before.to = months.constFirst().startUtc;
    UsageFilter after = filter;
    after.from = months.constLast().endUtc;
    // The month after the cached ones may have a closed beginning.
    const MonthSpan next =
        MonthCalendar::months(months.constLast().month.addMonths(1),
                              months.constLast().month.addMonths(1), QTimeZone::utc())
            .constFirst();
    if (!closed(next) && next.startUtc < cutoff() &&
        (!filter.to.isValid() || filter.to >= next.endUtc)) {
        if (const auto begun = closedBeginning(source().value(), filter, next)) {
            for (const SpendCell &c : only(*begun, filter.namespaces, m_foldNamespaces)) {
                total.amount += c.amount;
                total.charges += c.charges;
            }
            after.from = cutoff();
        }
    }
    for (const UsageFilter &edge : {before, after}) {
        if (edge.from.isValid() && edge.to.isValid() && edge.from >= edge.to)
            continue;
        const auto live = await(m_inner->usageTotal(edge));
        if (!live)
            return live;
        total.amount += live.value().amount;
        total.charges += live.value().charges;
    }
    return total;
}

Result<CacheVerifyReport> RollupCoordinator::verify(const std::optional<QString> &region, int limit,
                                                    const QDateTime &skipAfter)
{
    CacheVerifyReport report;
    UsageFilter scope;
    scope.namespaces = m_inner->namespaceScope();
    if (!usable(scope))
        return report;
    const QString src = source().value();
    const auto list = m_cache->months(src, region, limit);
    if (!list) {
        cacheFailed(list.error());
        return report;
    }
    m_now = m_clock();
    for (const CachedMonth &m : list.value()) {
        if (skipAfter.isValid() && m.verifiedAt.isValid() && m.verifiedAt > skipAfter)
            continue;
        UsageFilter f = scope;
        f.region = m.region;
        f.from = m.startUtc;
        f.to = m.endUtc;
        const auto live = await(m_inner->usageTotal(f));
        if (!live)
            return live.error();
        ++report.checked;
        if (live.value().amount != m.amount || live.value().charges != m.charges) {
            report.mismatches.append(
                QStringLiteral("%1, region %2: cached %3 in %4 charges, the source has %5 in %6")
                    .arg(monthName(m), m.region.isEmpty() ? QStringLiteral("(all)") : m.region,
                         m.amount.toString2(), QString::number(m.charges),
                         live.value().amount.toString2(), QString::number(live.value().charges)));
        } else {
            m_cache->markVerified(src, m, m_now);
        }
    }
    if (!report.mismatches.isEmpty()) {
        const auto cleared = m_cache->clear(src);
        if (!cleared)
            cacheFailed(cleared.error());
        m_notices.corrected(
            QStringLiteral("Cached spend did not match the data (%1); the cache of this connection "
                           "was dropped and the figures are computed again.")
                .arg(report.mismatches.join(QStringLiteral("; "))));
    }
    return report;
}

Result<int> RollupCoordinator::clear(bool everySource)
{
    if (!m_cache->isOpen()) {
        const auto opened = m_cache->open();
        if (!opened)
            return opened.error();
    }
    if (everySource)
        return m_cache->clear(QString());
    const auto src = source();
    if (!src)
        return src.error();
    return m_cache->clear(src.value());
}
