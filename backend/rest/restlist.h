#pragma once

// The whole of a list request (explicit page or continuation, one namespace
// or several) on top of the Pager.

#include "rest/restjob.h"
#include "rest/restpager.h"

namespace RestDetail {

// The charges of `filter` (its ORDER_ID, when it has one), newest first,
// with the names of the plan versions known.
inline Source<Usage> usageSource(RestWorker *w, const UsageFilter &filter)
{
    Source<Usage> src;
    src.url = [w, filter](const StreamKey &key, int p, int size) {
        QUrlQuery q = pageQuery(key, p, size);
        if (!filter.orderId.isEmpty())
            q.addQueryItem(QStringLiteral("order"), filter.orderId);
        return w->usageUrl(QStringLiteral("/usages"), q);
    };
    src.parse = &RestJson::usageList;
    src.newer = &newerUsage;
    src.fix = [w](Usage &u, const StreamKey &) {
        u.planName = w->planName(u.region, u.planHistoryId);
    };
    return src;
}

template<typename T, typename CursorOf>
Page<T> makePage(Pager<T> &pager, QList<T> rows, bool withTotal, CursorOf cursorOf)
{
    Page<T> page;
    page.total = withTotal && pager.source().totalsExact ? pager.totalSum() : -1;
    page.items = std::move(rows);
    if (pager.anyLive()) {
        PageCursor c;
        if (!page.items.isEmpty())
            c = cursorOf(page.items.constLast());
        c.offset = 0;
        for (const Stream &s : std::as_const(pager.streams))
            c.offset += s.offset;
        c.state = saveStreams(pager.streams);
        page.next = c;
    }
    return page;
}

// The whole of a list request: explicit page or continuation, one stream
// or several (regions times namespaces).
// `knownTotal`: the count of the rows the source keeps, learnt beforehand
// when the service's totals are not exact (a client-side filter); with it an
// explicit page follows the service's past-the-end rule and the page carries
// that total.
template<typename T, typename CursorOf>
void runList(RestWorker *w, JobPtr<Page<T>> job, Source<T> source, const QList<StreamKey> &keys,
             const PageRequest &req, CursorOf cursorOf,
             std::optional<qint64> knownTotal = std::nullopt)
{
    const int size = qBound(1, req.size, 100);
    QList<Stream> streams;
    if (req.after) {
        auto loaded = loadStreams(req.after->state, keys);
        if (!loaded) {
            job->resolve(BackendError(BackendError::Category::InvalidInput,
                                      QStringLiteral("This page cursor does not belong to this "
                                                     "query of the REST backend.")));
            return;
        }
        streams = *loaded;
    } else {
        streams = streamsOf(keys);
    }
    auto pager = std::make_shared<Pager<T>>(w, std::move(source), streams);
    const bool withTotal = req.withTotal;
    auto finishWith = [job, pager, withTotal, cursorOf, knownTotal](Result<QList<T>> r) {
        if (!r)
            return job->resolve(r.error());
        Page<T> out = makePage<T>(*pager, r.value(), withTotal, cursorOf);
        if (withTotal && knownTotal)
            out.total = *knownTotal;
        job->resolve(std::move(out));
    };
    if (req.after) {
        pager->collect(size, finishWith);
        return;
    }
    const int pageNo = qMax(1, req.page);
    if (keys.size() == 1 && pager->source().totalsExact) {
        // Exactly the service's page.
        pager->fetchPage(0, pageNo, size, [job, pager, withTotal, cursorOf](auto r) {
            if (!r)
                return job->resolve(r.error());
            pager->streams[0].offset = r.value().serverOffset + r.value().rows.size();
            job->resolve(makePage<T>(*pager, r.value().rows, withTotal, cursorOf));
        });
        return;
    }
    // Several streams (or a client-side filter): skip (page-1)*size merged
    // rows, then take a page.
    auto skipThenTake = std::make_shared<std::function<void(qint64)>>();
    std::weak_ptr<std::function<void(qint64)>> weakSkip = skipThenTake;
    *skipThenTake = [pager, size, finishWith, weakSkip](qint64 skip) {
        if (skip <= 0) {
            pager->collect(size, finishWith);
            return;
        }
        auto again = weakSkip.lock();
        const int n = int(qMin<qint64>(skip, 100));
        pager->collect(n, [pager, skip, finishWith, again](Result<QList<T>> r) {
            if (!r)
                return finishWith(r.error());
            const qint64 left = r.value().isEmpty() ? 0 : skip - r.value().size();
            if (r.value().isEmpty() || !pager->anyLive())
                return finishWith(QList<T>());
            (*again)(left);
        });
    };
    const qint64 skip = qint64(pageNo - 1) * size;
    if (knownTotal) {
        // The service's rule, applied to the filtered rows.
        qint64 s = skip;
        if (s > 0 && s >= *knownTotal)
            s = qMax<qint64>(*knownTotal - size, 0);
        (*skipThenTake)(s);
        return;
    }
    if (skip == 0 || !pager->source().totalsExact) {
        (*skipThenTake)(skip);
        return;
    }
    // Learn the totals first (the past-the-end rule needs them).
    auto waiting = std::make_shared<int>(int(pager->streams.size()));
    auto failed = std::make_shared<bool>(false);
    for (int si = 0; si < pager->streams.size(); ++si) {
        pager->fetchPage(si, 1, 1,
                         [pager, waiting, failed, skip, size, skipThenTake, finishWith](auto r) {
                             if (*failed)
                                 return;
                             if (!r) {
                                 *failed = true;
                                 return finishWith(r.error());
                             }
                             if (--*waiting > 0)
                                 return;
                             const qint64 total = pager->totalSum();
                             qint64 s = skip;
                             if (s > 0 && s >= total)
                                 s = qMax<qint64>(total - size, 0);
                             (*skipThenTake)(s);
                         });
    }
}

} // namespace RestDetail
