#pragma once

// One call of the REST backend: its promise, resolved exactly once on the
// worker thread, and how a call is posted there.

#include "rest/restworker.h"

#include <QFutureInterface>
#include <QPromise>

#include <memory>

namespace RestDetail {

template<typename T>
struct Job
{
    // QFutureInterface rather than QPromise: scans report progress through
    // a QFutureInterfaceBase that shares this state.
    QFutureInterface<Result<T>> promise;
    bool done = false;

    void resolve(Result<T> r)
    {
        if (done)
            return;
        done = true;
        promise.reportResult(std::move(r));
        promise.reportFinished();
    }
    bool canceled() const { return promise.isCanceled(); }
    void cancelled()
    {
        if (done)
            return;
        done = true;
        promise.reportFinished();
    }
    ~Job()
    {
        if (!done) {
            promise.cancel();
            promise.reportFinished();
        }
    }
};
template<typename T>
using JobPtr = std::shared_ptr<Job<T>>;

template<typename T, typename F>
QFuture<Result<T>> post(RestWorker *w, F work)
{
    auto job = std::make_shared<Job<T>>();
    job->promise.reportStarted();
    QFuture<Result<T>> f = job->promise.future();
    QMetaObject::invokeMethod(
        w,
        [w, job, work] {
            if (job->canceled())
                return job->cancelled();
            work(w, job);
        },
        Qt::QueuedConnection);
    return f;
}

template<typename T>
QFuture<Result<T>> ready(Result<T> r)
{
    QPromise<Result<T>> p;
    p.start();
    p.addResult(std::move(r));
    p.finish();
    return p.future();
}

template<typename T>
QFutureInterfaceBase progressOf(const JobPtr<T> &job)
{
    return job->promise;
}

// Runs `body` with the streams a filter covers: its region, or every region
// the plan service lists, times its namespaces (none = the connection's,
// else the token's own user); with the plans of those regions loaded first
// when `plans` is set.
template<typename T, typename Body>
void withStreams(RestWorker *w, JobPtr<T> job, const QString &region, const QStringList &namespaces,
                 bool plans, Body body)
{
    w->withRegions(region, [w, job, namespaces, plans, body](Result<QStringList> r) {
        if (job->canceled())
            return job->cancelled();
        if (!r)
            return job->resolve(r.error());
        const QList<StreamKey> keys =
            streamKeys(r.value(), namespaces.isEmpty() ? w->config.namespaces : namespaces);
        if (!plans)
            return body(keys);
        w->withPlans(r.value(), [job, keys, body] {
            if (job->canceled())
                return job->cancelled();
            body(keys);
        });
    });
}

} // namespace RestDetail
