#include "core/workerthread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

WorkerThread::WorkerThread(const QString &name)
{
    QSemaphore ready;
    m_thread = std::thread([this, name, &ready] {
        QThread::currentThread()->setObjectName(name);
        QObject context;
        QEventLoop loop;
        m_context = &context;
        m_loop = &loop;
        ready.release();
        loop.exec();
        // Objects deleted with deleteLater() during the last turn go now,
        // while the thread they belong to still runs.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    ready.acquire();
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void WorkerThread::runBlocking(const std::function<void()> &work)
{
    Q_ASSERT(!isCurrent());
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

void WorkerThread::clear()
{
    QCoreApplication::removePostedEvents(m_context, QEvent::MetaCall);
}

bool WorkerThread::isCurrent() const
{
    return std::this_thread::get_id() == m_thread.get_id();
}

void WorkerThread::stop()
{
    if (!m_thread.joinable())
        return;
    QEventLoop *loop = m_loop;
    QMetaObject::invokeMethod(
        m_context, [loop] { loop->quit(); }, Qt::QueuedConnection);
    if (isCurrent()) {
        // The owner let go of its last reference from work running on this
        // very thread: it cannot wait for itself. Not expected; say so.
        qWarning("WorkerThread %s stopped from its own thread: not joined",
                 qPrintable(m_context->thread()->objectName()));
        m_thread.detach();
        return;
    }
    m_thread.join();
}
