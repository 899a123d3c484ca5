#pragma once

#include "core/result.h"
#include "core/usage.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <cstdlib>

// Waiting on a backend's futures in a test.
namespace TestFutures {

// The value of `future`. The event loop runs meanwhile (a fake service in
// the same process answers on it); a failure, a cancel or no answer within
// `timeoutMs` ends the test program with `what` and the error.
template<typename T>
T valueOf(QFuture<Result<T>> future, const char *what = "request", int timeoutMs = 120000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        loop.exec();
        if (!future.isFinished())
            qFatal("%s: no answer in %d ms", what, timeoutMs);
    }
    if (future.resultCount() == 0)
        qFatal("%s: canceled", what);
    const Result<T> r = future.result();
    if (!r)
        qFatal("%s failed: %s (%s)", what, qPrintable(r.error().message()),
               qPrintable(r.error().details()));
    return r.value();
}

// One line per cell ("2026-11-01 ns-0001 12.3400 5"), for a compare that
// shows what differs.
QString describe(const QList<SpendCell> &cells);

} // namespace TestFutures
