#include "rollupcoordinator.h"

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

QList<SpendCell> only(const QList<SpendCell> &cells, const QStringList &namespaces)
{
    if (namespaces.isEmpty())
        return cells;
    const QSet<QString> wanted(namespaces.cbegin(), namespaces.cend());
    QList<SpendCell> kept;
    for (const SpendCell &c : cells) {
        if (wanted.contains(c.ns))
            kept.append(c);
    }
    return kept;
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
    }
    return *m_source;
}

bool RollupCoordinator::closed(const MonthSpan &span) const
{
    return span.endUtc.addDays(ClosedAfterDays) <= m_clock();
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
    QList<std::shared_ptr<Backend>> backends{m_inner};
    if (indexes.size() > 1 && m_makeSecond) {
        if (!m_second)
            m_second = m_makeSecond();
        if (m_second)
            backends.append(m_second);
    }
    struct Job
    {
        int index;
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
        const int index = indexes[next++];
        inFlight.push_back(
            {index, slot, backends[slot]->spendByNamespaceAndMonth(filter, {months[index]})});
    };
    const auto abandon = [&] {
        for (Job &j : inFlight)
            j.future.cancel();
    };
    for (int slot = 0; slot < backends.size() && next < indexes.size(); ++slot)
        launch(slot);

    QMap<int, QList<SpendCell>> filled;
    const QDateTime now = m_clock();
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
        filled.insert(job.index, cells.value());
        if (!m_cacheBroken) {
            const auto stored = m_cache->store(src, region, months[job.index], cells.value(), now);
            if (!stored)
                cacheFailed(stored.error());
        }
        progress.report(int(filled.size()), int(indexes.size()));
        if (next < indexes.size())
            launch(job.slot);
    }
    return filled;
}

Result<QList<SpendCell>> RollupCoordinator::cachedMonths(const UsageFilter &filter,
                                                         const QList<MonthSpan> &months,
                                                         const QList<int> &indexes,
                                                         const Progress &progress)
{
    const QString src = source().value();
    QList<SpendCell> cells;
    QList<int> missing;
    for (int i : indexes) {
        const auto hit = cached(src, filter.region, months[i]);
        if (hit) {
            cells.append(only(*hit, filter.namespaces));
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
        for (const QList<SpendCell> &month : filled.value())
            cells.append(only(month, filter.namespaces));
    }
    return cells;
}

Result<QList<SpendCell>> RollupCoordinator::spend(const UsageFilter &filter,
                                                  const QList<MonthSpan> &months,
                                                  const Progress &progress)
{
    m_servedFromCache = false;
    if (months.isEmpty() || !usable(filter))
        return await(m_inner->spendByNamespaceAndMonth(filter, months));

    QList<int> closedMonths;
    QList<QList<MonthSpan>> liveRuns; // contiguous, so each is one range scan
    bool previousLive = false;
    for (int i = 0; i < months.size(); ++i) {
        if (coversWhole(filter, months[i]) && closed(months[i])) {
            closedMonths.append(i);
            previousLive = false;
            continue;
        }
        if (!previousLive)
            liveRuns.append(QList<MonthSpan>());
        liveRuns.last().append(months[i]);
        previousLive = true;
    }
    auto cells = cachedMonths(filter, months, closedMonths, progress);
    if (!cells)
        return cells;
    for (const QList<MonthSpan> &run : std::as_const(liveRuns)) {
        const auto live = await(m_inner->spendByNamespaceAndMonth(filter, run));
        if (!live)
            return live;
        cells.value().append(live.value());
    }
    std::sort(cells.value().begin(), cells.value().end(),
              [](const SpendCell &a, const SpendCell &b) {
                  return a.month != b.month ? a.month < b.month : a.ns < b.ns;
              });
    return cells;
}

Result<UsageTotal> RollupCoordinator::total(const UsageFilter &filter, const Progress &progress)
{
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
    const auto cells = cachedMonths(filter, months, indexes, progress);
    if (!cells)
        return cells.error();
    UsageTotal total;
    for (const SpendCell &c : cells.value()) {
        total.amount += c.amount;
        total.charges += c.charges;
    }
    // The edges either side of the cached months, live.
    UsageFilter before = filter;
    before.to = months.constFirst().startUtc;
    UsageFilter after = filter;
    after.from = months.constLast().endUtc;
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
    const QDateTime now = m_clock();
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
            m_cache->markVerified(src, m, now);
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
