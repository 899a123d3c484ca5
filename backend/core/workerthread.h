#pragma once

#include <QString>

#include <functional>
#include <thread>

class QEventLoop;
class QObject;

// A thread its owner joins. It runs a Qt event loop (so QObjects such as a
// QNetworkAccessManager can live on it) and the work posted to it, in order.
// stop() lets the work queued so far run, ends the loop and joins the
// thread: when it returns, the thread has exited completely, its
// thread-local teardown included (OpenSSL's and libmariadb's per-thread
// state). A QThread cannot promise that: Qt starts it detached, and
// QThread::wait() returns before its thread-local destructors have run, so
// a process could exit while a finished worker was still freeing memory
// (a heap corruption about once in 4,000 runs; docs/reliability.md).
class WorkerThread
{
public:
    // Starts the thread; returns once its event loop can take work.
    explicit WorkerThread(const QString &name);
    ~WorkerThread(); // stop()

    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Queues `work` behind everything posted before; from any thread.
    void post(std::function<void()> work);
    // Runs `work` on the thread and waits for it (never from the thread itself).
    void runBlocking(const std::function<void()> &work);
    // Drops the work posted but not started yet.
    void clear();
    // Runs the work already posted, ends the loop, joins the thread. Work
    // posted later is dropped. Safe to call twice.
    void stop();

    // An object that lives on the thread: QMetaObject::invokeMethod(context(),
    // ...) runs there; objects created in posted work live there too.
    QObject *context() const { return m_context; }
    bool isCurrent() const;

private:
    std::thread m_thread;
    QObject *m_context = nullptr; // owned by the thread
    QEventLoop *m_loop = nullptr; // owned by the thread
};
