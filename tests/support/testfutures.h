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

// Runs the event loop (a fake service in the same process answers on it)
// until `future` has finished or `timeoutMs` have passed; whether it has.
template<typename T>
bool waitFinished(QFuture<T> future, int timeoutMs = 120000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        loop.exec();
    }
    return future.isFinished();
}

// The answer of `future`, an error included (a Timeout error when there is
// none within `timeoutMs`).
template<typename T>
Result<T> resultOf(QFuture<Result<T>> future, int timeoutMs = 120000)
{
    if (!waitFinished(future, timeoutMs) || future.resultCount() == 0)
        return BackendError(BackendError::Category::Timeout, QStringLiteral("no answer"));
    return future.result();
}

// The value of `future`, waited for as waitFinished() does; a failure, a
// cancel or no answer within `timeoutMs` ends the test program with `what`
// and the error.
template<typename T>
T valueOf(QFuture<Result<T>> future, const char *what = "request", int timeoutMs = 120000)
{
    if (!waitFinished(future, timeoutMs))
        qFatal("%s: no answer in %d ms", what, timeoutMs);
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
