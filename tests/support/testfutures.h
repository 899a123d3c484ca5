#pragma once

#include "core/result.h"
#include "core/usage.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

// Waiting on a backend's futures in a test: the one way every test does it.
// The event loop runs meanwhile (a fake service or a fake backend in the same
// process answers on it, and continuations attached with then(context) run),
// and the wait ends when the future finishes, not after a fixed time.
namespace TestFutures {

constexpr int DefaultTimeoutMs = 120000;

// True once `future` has finished (or was canceled); false when it did not
// within `timeoutMs`.
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = DefaultTimeoutMs)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

// The answer of `future`, success or error. No answer within `timeoutMs`, or
// a future canceled without an answer, ends the test program, naming `what`.
template<typename T>
Result<T> resultOf(const QFuture<Result<T>> &future, const char *what = "request",
                   int timeoutMs = DefaultTimeoutMs)
{
    if (!waitFor(future, timeoutMs))
        qFatal("%s: no answer in %d ms", what, timeoutMs);
    if (future.resultCount() == 0)
        qFatal("%s: canceled without an answer", what);
    return future.result();
}

// The value of `future`; an error ends the test program too, with its text.
template<typename T>
T valueOf(const QFuture<Result<T>> &future, const char *what = "request",
          int timeoutMs = DefaultTimeoutMs)
{
    const Result<T> r = resultOf(future, what, timeoutMs);
    if (!r)
        qFatal("%s failed: %s (%s)", what, qPrintable(r.error().message()),
               qPrintable(r.error().details()));
    return r.value();
}

// One line per cell ("2026-11-01 ns-0001 12.3400 5"), for a compare that
// shows what differs.
QString describe(const QList<SpendCell> &cells);

} // namespace TestFutures
