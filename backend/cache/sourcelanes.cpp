#include "cache/sourcelanes.h"

#include "core/awaitresult.h"

#include <QHash>

#include <deque>

SourceLanes::SourceLanes(std::shared_ptr<Backend> first, BackendMaker second)
    : m_first(std::move(first))
    , m_makeSecond(std::move(second))
{
}

std::shared_ptr<Backend> SourceLanes::second()
{
    if (!m_second && m_makeSecond)
        m_second = m_makeSecond();
    return m_second;
}

SourceLanes::BucketScan SourceLanes::launchBuckets(const QString &region, qint64 cut)
{
    BucketScan scan;
    scan.region = region;
    const std::shared_ptr<Backend> other = cut > 0 ? second() : nullptr;
    if (!other) {
        scan.low = m_first->orderBuckets(region, {});
        return scan;
    }
    scan.cut = cut;
    scan.secondUsed = true;
    scan.low = m_first->orderBuckets(region, {0, cut});
    scan.high = other->orderBuckets(region, {cut, -1});
    return scan;
}

Result<QList<OrderBucket>> SourceLanes::collectBuckets(BucketScan &scan)
{
    if (!scan.secondUsed)
        return awaitResult(scan.low);
    return joined<OrderBucket>(scan.low, scan.high, [&] {
        return m_first->orderBuckets(scan.region, {scan.cut, -1});
    });
}

SourceLanes::LiveQueries SourceLanes::launchRuns(const QList<LiveQueryPlan::Query> &parts,
                                                 const QDateTime &dataEnd)
{
    LiveQueries live{parts, dataEnd, {}, false};
    int i = 0;
    while (i < parts.size()) {
        QList<MonthSpan> run{parts[i].month};
        const UsageFilter runFilter = parts[i].filter;
        // A month joins the run when it follows on and its filter does not
        // start inside it (then the run's filter covers it as well).
        const auto joins = [&](const LiveQueryPlan::Query &q) {
            return q.month.startUtc == run.constLast().endUtc &&
                   (!q.filter.from.isValid() || q.filter.from <= q.month.startUtc);
        };
        for (++i; i < parts.size() && joins(parts[i]); ++i)
            run.append(parts[i].month);
        live.futures.append(m_first->spendByNamespaceAndMonth(runFilter, run));
    }
    return live;
}

SourceLanes::LiveQueries SourceLanes::launchLive(const QList<LiveQueryPlan::Query> &parts,
                                                 const QDateTime &dataEnd, bool allowSecond)
{
    if (m_first->fillMonthsPerQuery() > 1)
        return launchRuns(parts, dataEnd);
    LiveQueries live{parts, dataEnd, {}, false};
    QList<QList<LiveQueryPlan::Query>> lanes =
        LiveQueryPlan::split(parts, dataEnd, allowSecond && m_makeSecond ? 2 : 1);
    QList<std::shared_ptr<Backend>> backends{m_first};
    if (lanes.size() > 1) {
        if (const auto other = second())
            backends.append(other);
        else
            lanes.first().append(lanes.takeLast());
    }
    live.secondUsed = backends.size() > 1 && backends.last() != m_first;
    for (int lane = 0; lane < lanes.size(); ++lane) {
        for (const LiveQueryPlan::Query &q : std::as_const(lanes[lane]))
            live.futures.append(backends[lane]->spendByNamespaceAndMonth(q.filter, {q.month}));
    }
    return live;
}

Result<QList<SpendCell>> SourceLanes::collectLive(LiveQueries &live,
                                                  const std::function<bool()> &canceled)
{
    QList<SpendCell> all;
    for (auto &f : live.futures) {
        const auto cells = awaitResult(f);
        if (canceled() || !cells) {
            for (auto &other : live.futures)
                other.cancel();
            if (canceled())
                return canceledError();
            // A timeout is not a refused second session: asking again
            // would only wait for another one.
            if (!live.secondUsed || cells.error().category() == BackendError::Category::Timeout)
                return cells.error();
            dropSecond();
            LiveQueries again = launchLive(live.parts, live.dataEnd, false);
            return collectLive(again, canceled);
        }
        all.append(cells.value());
    }
    return all;
}

Result<Done> SourceLanes::fill(const UsageFilter &filter, const QList<MonthSpan> &months,
                               const QList<int> &indexes, const std::function<bool()> &canceled,
                               const MonthFilled &filled)
{
    // Chunks of contiguous months, newest first: one month per query where
    // the source has a time index to range over (SQL), all of them in one
    // pass where every query pages through rows anyway (REST).
    const int perQuery = std::max(1, m_first->fillMonthsPerQuery());
    QList<QList<int>> chunks;
    for (int i : indexes) {
        if (chunks.isEmpty() || chunks.last().size() >= perQuery || chunks.last().last() != i + 1)
            chunks.append(QList<int>());
        chunks.last().append(i);
    }
    QList<std::shared_ptr<Backend>> backends{m_first};
    if (chunks.size() > 1) {
        if (const auto other = second())
            backends.append(other);
    }
    struct Job
    {
        QList<int> chunk;
        int slot;
        QFuture<Result<QList<SpendCell>>> future;
    };
    std::deque<Job> inFlight;
    int next = 0;
    const auto launch = [&](int slot) {
        const QList<int> chunk = chunks[next++];
        QList<MonthSpan> spans;
        for (auto it = chunk.crbegin(); it != chunk.crend(); ++it)
            spans.append(months[*it]); // in time order
        inFlight.push_back({chunk, slot, backends[slot]->spendByNamespaceAndMonth(filter, spans)});
    };
    for (int slot = 0; slot < backends.size() && next < chunks.size(); ++slot)
        launch(slot);

    while (!inFlight.empty()) {
        const Job job = inFlight.front();
        inFlight.pop_front();
        const auto cells = awaitResult(job.future);
        if (canceled() || !cells) {
            for (Job &j : inFlight)
                j.future.cancel();
            return canceled() ? canceledError() : cells.error();
        }
        QHash<QDate, QList<SpendCell>> byMonth;
        for (const SpendCell &c : cells.value())
            byMonth[c.month].append(c);
        for (int index : job.chunk)
            filled(index, byMonth.value(months[index].month));
        if (next < chunks.size())
            launch(job.slot);
    }
    return Done{};
}
