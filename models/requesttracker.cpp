#include "requesttracker.h"

#include "core/cancelifrunning.h"

RequestTracker::RequestTracker(QObject *parent)
    : QObject(parent)
{
}

void RequestTracker::bump()
{
    ++m_generation;
    for (QFuture<void> &future : m_inFlight)
        cancelIfRunning(future);
    m_inFlight.clear();
    if (m_pending > 0) {
        m_pending = 0;
        Q_EMIT busyChanged(false);
    }
}

void RequestTracker::started(const QFuture<void> &future)
{
    // Forget what has finished so the list stays short.
    m_inFlight.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_inFlight.append(future);
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void RequestTracker::finished()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT busyChanged(false);
}
