// WorkerThread: work runs on its own thread, in order; stop() returns only
// once the thread has exited completely, its thread-local destructors
// included (what QThread::wait() does not promise, and what let a process
// exit while OpenSSL's per-thread state was still being freed).

#include "core/workerthread.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

// Set by a thread-local object's destructor, after a pause that stands
// for a library freeing its per-thread state: only a join waits for it.
std::atomic<int> g_tlsTeardowns{0};

struct SlowTeardown
{
    bool used = false;
    ~SlowTeardown()
    {
        if (!used)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        ++g_tlsTeardowns;
    }
};
thread_local SlowTeardown t_state;

} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsInOrderOffTheCaller();
    void stopWaitsForThreadLocalTeardown_data();
    void stopWaitsForThreadLocalTeardown();
    void stopRunsQueuedWorkAndDropsLater();
    void clearDropsQueuedWork();
    void objectsLiveOnTheThread();
};

void TestWorkerThread::runsInOrderOffTheCaller()
{
    WorkerThread worker(QStringLiteral("test"));
    std::vector<int> seen;
    std::thread::id where;
    for (int i = 0; i < 100; ++i)
        worker.post([&seen, &where, i] {
            seen.push_back(i);
            where = std::this_thread::get_id();
        });
    worker.stop();
    QCOMPARE(int(seen.size()), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(seen[i], i);
    QVERIFY(where != std::this_thread::get_id());
}

void TestWorkerThread::stopWaitsForThreadLocalTeardown_data()
{
    QTest::addColumn<bool>("byDestructor");
    QTest::newRow("stop()") << false;
    QTest::newRow("destructor") << true;
}

void TestWorkerThread::stopWaitsForThreadLocalTeardown()
{
    QFETCH(bool, byDestructor);
    const int before = g_tlsTeardowns;
    {
        WorkerThread worker(QStringLiteral("tls"));
        worker.post([] { t_state.used = true; });
        if (!byDestructor) {
            worker.stop();
            QCOMPARE(g_tlsTeardowns.load(), before + 1);
        }
    }
    QCOMPARE(g_tlsTeardowns.load(), before + 1);
}

void TestWorkerThread::stopRunsQueuedWorkAndDropsLater()
{
    WorkerThread worker(QStringLiteral("queue"));
    std::atomic<int> ran{0};
    for (int i = 0; i < 10; ++i)
        worker.post([&ran] {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ++ran;
        });
    worker.stop();
    QCOMPARE(ran.load(), 10);
    worker.stop(); // twice is fine
}

void TestWorkerThread::clearDropsQueuedWork()
{
    WorkerThread worker(QStringLiteral("clear"));
    QSemaphore started;
    QSemaphore release;
    std::atomic<int> ran{0};
    worker.post([&] {
        started.release();
        release.acquire(); // holds the thread while more work queues up
        ++ran;
    });
    started.acquire();
    for (int i = 0; i < 5; ++i)
        worker.post([&ran] { ++ran; });
    worker.clear();
    release.release();
    worker.stop();
    QCOMPARE(ran.load(), 1);
}

void TestWorkerThread::objectsLiveOnTheThread()
{
    WorkerThread worker(QStringLiteral("objects"));
    QThread *thread = nullptr;
    worker.runBlocking([&thread] { thread = QThread::currentThread(); });
    QVERIFY(thread);
    QVERIFY(thread != QCoreApplication::instance()->thread());
    QCOMPARE(worker.context()->thread(), thread);
    QCOMPARE(thread->objectName(), QStringLiteral("objects"));
    // Its event loop runs: a queued call to its context arrives.
    std::atomic<bool> called{false};
    QMetaObject::invokeMethod(
        worker.context(), [&called] { called = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(called.load());
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
