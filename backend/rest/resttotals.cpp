#include "rest/restbackend.h"

#include "rest/restjob.h"
#include "rest/restlist.h"
#include "rest/restscan.h"

#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

using namespace RestDetail;

// Totals, spend and the time range: the API sums nothing, so every charge of
// the filter's streams (its region or every region, times its namespaces)
// is read and added up here, with progress on the future.

namespace {

// Runs a scan of the filter's streams; `done` resolves the job.
template<typename T>
void scanAll(RestWorker *w, JobPtr<T> job, const UsageFilter &filter, Scan::RowFn onRow,
             std::function<Result<T>()> done)
{
    withStreams(w, job, filter.region, filter.namespaces, false,
                [w, job, filter, onRow, done](const QList<StreamKey> &keys) {
                    auto scan = std::make_shared<Scan>(w, filter, keys, progressOf(job), onRow,
                                                       [job, done](std::optional<BackendError> e) {
                                                           if (job->canceled())
                                                               return job->cancelled();
                                                           if (e)
                                                               return job->resolve(*e);
                                                           job->resolve(done());
                                                       });
                    scan->start();
                });
}

using Range = std::pair<QDateTime, QDateTime>;

// Sorted newest first: the first row of page 1 and the last row (page =
// total, size 1) of each stream bound the range.
void boundsOf(RestWorker *w, JobPtr<Range> job, const UsageFilter &filter,
              const QList<StreamKey> &keys, std::shared_ptr<Range> range,
              std::function<void(const QDateTime &)> widen)
{
    if (keys.isEmpty())
        return job->resolve(*range);
    auto pager = std::make_shared<Pager<Usage>>(w, usageSource(w, filter), streamsOf(keys));
    auto waiting = std::make_shared<int>(int(keys.size()));
    auto failed = std::make_shared<bool>(false);
    for (int si = 0; si < pager->streams.size(); ++si) {
        pager->fetchPage(si, 1, 1, [pager, si, job, range, widen, waiting, failed](auto r) {
            if (*failed)
                return;
            if (!r) {
                *failed = true;
                return job->resolve(r.error());
            }
            if (!r.value().rows.isEmpty())
                widen(r.value().rows.constFirst().time);
            auto last = [job, range, waiting, failed]() {
                if (--*waiting == 0 && !*failed)
                    job->resolve(*range);
            };
            const qint64 total = pager->streams[si].total;
            if (total <= 1)
                return last();
            pager->fetchPage(si, int(qMin<qint64>(total, std::numeric_limits<int>::max())), 1,
                             [job, widen, last, failed](auto r2) {
                                 if (*failed)
                                     return;
                                 if (!r2) {
                                     *failed = true;
                                     return job->resolve(r2.error());
                                 }
                                 if (!r2.value().rows.isEmpty())
                                     widen(r2.value().rows.constFirst().time);
                                 last();
                             });
        });
    }
}

} // namespace

QFuture<Result<UsageTotal>> RestBackend::usageTotal(const UsageFilter &filter)
{
    return post<UsageTotal>(m_worker, [filter](RestWorker *w, JobPtr<UsageTotal> job) {
        auto total = std::make_shared<UsageTotal>();
        scanAll<UsageTotal>(
            w, job, filter,
            [total](const Usage &u) {
                total->amount += u.amount;
                ++total->charges;
            },
            [total] { return Result<UsageTotal>(*total); });
    });
}

QFuture<Result<QList<SpendCell>>>
RestBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    if (months.isEmpty())
        return ready<QList<SpendCell>>(QList<SpendCell>());
    return post<QList<SpendCell>>(
        m_worker, [filter, months](RestWorker *w, JobPtr<QList<SpendCell>> job) {
            UsageFilter bounded = filter;
            if (!bounded.from.isValid() || bounded.from < months.constFirst().startUtc)
                bounded.from = months.constFirst().startUtc;
            if (!bounded.to.isValid() || bounded.to > months.constLast().endUtc)
                bounded.to = months.constLast().endUtc;
            auto cells = std::make_shared<QMap<std::pair<int, QString>, SpendCell>>();
            scanAll<QList<SpendCell>>(
                w, job, bounded,
                [cells, months](const Usage &u) {
                    auto it = std::upper_bound(
                        months.begin(), months.end(), u.time,
                        [](const QDateTime &t, const MonthSpan &m) { return t < m.startUtc; });
                    if (it == months.begin())
                        return;
                    --it;
                    if (u.time >= it->endUtc)
                        return;
                    const int index = int(it - months.begin());
                    SpendCell &c = (*cells)[{index, u.ns}];
                    c.ns = u.ns;
                    c.month = it->month;
                    c.amount += u.amount;
                    ++c.charges;
                },
                // By month index, then namespace; regions are added up.
                [cells] { return Result<QList<SpendCell>>(cells->values()); });
        });
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
RestBackend::usageTimeRange(const UsageFilter &filter)
{
    return post<Range>(m_worker, [filter](RestWorker *w, JobPtr<Range> job) {
        auto range = std::make_shared<Range>();
        auto widen = [range](const QDateTime &t) {
            if (!t.isValid())
                return;
            if (!range->first.isValid() || t < range->first)
                range->first = t;
            if (!range->second.isValid() || t > range->second)
                range->second = t;
        };
        if (filter.from.isValid() || filter.to.isValid()) {
            scanAll<Range>(
                w, job, filter, [widen](const Usage &u) { widen(u.time); },
                [range] { return Result<Range>(*range); });
            return;
        }
        withStreams(w, job, filter.region, filter.namespaces, false,
                    [w, job, filter, range, widen](const QList<StreamKey> &keys) {
                        boundsOf(w, job, filter, keys, range, widen);
                    });
    });
}
