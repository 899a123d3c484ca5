#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFuture>

// What a canceled request resolves to.
inline BackendError canceledError()
{
    return BackendError(BackendError::Category::Timeout,
                        QCoreApplication::translate("Backend", "Canceled."));
}

// Blocks this thread (never the GUI thread) until a backend's future
// resolves. A future canceled before it had a result resolves to
// canceledError(): QFuture::result() would have none to give.
template<typename T>
Result<T> awaitResult(QFuture<Result<T>> future)
{
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return canceledError();
    return future.result();
}
