#pragma once

#include "cache/livequeryplan.h"
#include "core/awaitresult.h"
#include "core/backend.h"

#include <functional>
#include <memory>

// The data source as the roll-up cache asks it: its backend and, made on
// first use, a second connection, so that a fill or the live part of a
// spend runs two queries at once (the database groups each on one core).
// Used from one thread, which waits on the futures.
class SourceLanes
{
public:
    using BackendMaker = std::function<std::shared_ptr<Backend>()>;
    using MonthFilled = std::function<void(int index, const QList<SpendCell> &cells)>;

    SourceLanes(std::shared_ptr<Backend> first, BackendMaker second);

    Backend &first() const { return *m_first; }
    // Whether a second connection can be made at all.
    bool canHaveSecond() const { return bool(m_makeSecond); }
    // The second connection, made on first use; null when it cannot be.
    std::shared_ptr<Backend> second();
    // Forgets the second connection (after it failed); the next use makes
    // a new one.
    void dropSecond() { m_second.reset(); }

    // The live part of a spend, started.
    struct LiveQueries
    {
        QList<LiveQueryPlan::Query> parts;
        QDateTime dataEnd;
        QList<QFuture<Result<QList<SpendCell>>>> futures;
        bool secondUsed = false;
    };

    // Starts the live part of a spend: one month per query in two lanes
    // where the source ranges over a time index (SQL), one query per run of
    // months where every query pages through rows (REST). No charge lies at
    // or after `dataEnd`.
    LiveQueries launchLive(const QList<LiveQueryPlan::Query> &parts, const QDateTime &dataEnd,
                           bool allowSecond = true);
    // The cells of every live query. When a query fails (other than by a
    // timeout) and the second connection took part, the live part is asked
    // once more over the first connection alone: a second session may be
    // refused (a per-user connection limit, a server at max_connections)
    // where one works.
    Result<QList<SpendCell>> collectLive(LiveQueries &live, const std::function<bool()> &canceled);
    // The orders' buckets of a region, being scanned: in two halves at once,
    // below and from `cut`, where a second connection can be had.
    struct BucketScan
    {
        QString region;
        qint64 cut = 0;
        QFuture<Result<QList<OrderBucket>>> low;
        QFuture<Result<QList<OrderBucket>>> high;
        bool secondUsed = false;
    };
    // Starts the scan; `cut` 0 (or no second connection): in one.
    BucketScan launchBuckets(const QString &region, qint64 cut);
    // Every bucket of the scan, in ID order. A half the second connection
    // failed (other than by a timeout) is scanned again over the first.
    Result<QList<OrderBucket>> collectBuckets(BucketScan &scan);

    // `ask(backend, part)` for the two halves of `items` at once, over both
    // connections (in one piece over the first when `split` is false or no
    // second connection can be had): the results in the items' order. A
    // half the second connection failed (other than by a timeout) is asked
    // again over the first.
    template<typename T, typename Item, typename Ask>
    Result<QList<T>> inHalves(const QList<Item> &items, bool split, Ask ask)
    {
        const std::shared_ptr<Backend> other = split && items.size() > 1 ? second() : nullptr;
        if (!other)
            return awaitResult(ask(*m_first, items));
        const QList<Item> low = items.mid(0, items.size() / 2);
        const QList<Item> high = items.mid(items.size() / 2);
        return joined<T>(ask(*m_first, low), ask(*other, high),
                         [&] { return ask(*m_first, high); });
    }

    // Computes months[indexes] (newest first) of `filter`'s region and
    // namespaces, over up to two connections, and hands each month to
    // `filled` as it arrives. Stops with canceledError() once `canceled`.
    Result<Done> fill(const UsageFilter &filter, const QList<MonthSpan> &months,
                      const QList<int> &indexes, const std::function<bool()> &canceled,
                      const MonthFilled &filled);

private:
    // Two halves' results, in order. A high half the second connection
    // failed (other than by a timeout: asking again would only wait for
    // another one) is asked again over the first with `again()`: a second
    // session may be refused where one works.
    template<typename T, typename Again>
    Result<QList<T>> joined(QFuture<Result<QList<T>>> low, QFuture<Result<QList<T>>> high,
                            Again again)
    {
        auto lowResult = awaitResult(low);
        auto highResult = awaitResult(high);
        if (lowResult && !highResult &&
            highResult.error().category() != BackendError::Category::Timeout) {
            dropSecond();
            highResult = awaitResult(again());
        }
        if (!lowResult)
            return lowResult;
        if (!highResult)
            return highResult;
        lowResult.value().append(highResult.value());
        return lowResult;
    }

    // Where every query pages through rows: one query per run of months.
    LiveQueries launchRuns(const QList<LiveQueryPlan::Query> &parts, const QDateTime &dataEnd);

    std::shared_ptr<Backend> m_first;
    std::shared_ptr<Backend> m_second;
    BackendMaker m_makeSecond;
};
