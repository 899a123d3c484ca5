#pragma once

#include <QFuture>

// Cancels `future` unless it has finished. In Qt 6.4 cancelling a finished
// continuation (a future from then()) whose parent has already gone reads
// the parent's freed state and can crash (seen in tst_mainwindow and
// tst_mainwindowexport); a finished future has nothing left to cancel.
template<typename T>
void cancelIfRunning(QFuture<T> &future)
{
    if (!future.isFinished())
        future.cancel();
}
