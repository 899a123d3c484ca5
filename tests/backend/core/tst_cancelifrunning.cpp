// cancelIfRunning: a running future is cancelled; a finished continuation
// whose parent has gone is left as it is (Qt 6.4 reads the parent's freed
// state when such a future is cancelled).

#include "core/cancelifrunning.h"

#include <QPromise>
#include <QTest>

class TestCancelIfRunning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void running()
    {
        QPromise<int> promise;
        promise.start();
        QFuture<int> future = promise.future();
        cancelIfRunning(future);
        QVERIFY(future.isCanceled());
        promise.finish();
    }

    void finishedContinuation_data()
    {
        QTest::addColumn<bool>("withContext");
        QTest::newRow("on a context object") << true;
        QTest::newRow("in place") << false;
    }

    void finishedContinuation()
    {
        QFETCH(bool, withContext);
        QObject context;
        QFuture<int> child;
        {
            QPromise<int> parent;
            parent.start();
            const auto plusOne = [](int v) {
                return v + 1;
            };
            child = withContext ? parent.future().then(&context, plusOne)
                                : parent.future().then(plusOne);
            parent.addResult(41);
            parent.finish();
        } // the parent's promise goes; its data lives as long as the continuation
        QTRY_VERIFY(child.isFinished());
        QTest::qWait(0); // what the continuation posted has run
        QFuture<void> asVoid(child);
        cancelIfRunning(asVoid);
        QVERIFY(!child.isCanceled());
        QCOMPARE(child.result(), 42);
    }
};

QTEST_GUILESS_MAIN(TestCancelIfRunning)
#include "tst_cancelifrunning.moc"
