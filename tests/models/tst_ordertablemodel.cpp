// OrderTableModel over a fake backend: paging with the row count, stale
// answers dropped, errors, renew-failed status, updates after a cancel.

#include "fakebackend.h"
#include "ordertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestOrderTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paging_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one page") << 200;
        QTest::newRow("two pages and a bit") << 401;
    }

    void paging()
    {
        QFETCH(int, rows);
        FakeBackend backend;
        backend.orders = FakeBackend::makeOrders(rows);
        OrderTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy totals(&model, &OrderTableModel::totalRowsChanged);
        model.setBackend(&backend);
        model.setFilter({});
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.totalRows(), qint64(rows));
        QVERIFY(backend.orderCalls.first().page.withTotal);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
        QCOMPARE(model.rowCount({}), rows);
        QCOMPARE(backend.orderCalls.size(), qMax(1, (rows + 199) / 200));
        for (int row = 0; row < rows; ++row)
            QCOMPARE(model.orderAt(row).id, qint64(500 + row));
    }

    void staleAnswersAreDropped()
    {
        FakeBackend backend;
        backend.orders = FakeBackend::makeOrders(3, QStringLiteral("ns-a")) +
                         FakeBackend::makeOrders(2, QStringLiteral("ns-b"));
        backend.manual = true;
        OrderTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(&backend);
        OrderFilter a;
        a.namespaces = {QStringLiteral("ns-a")};
        model.setFilter(a);
        OrderFilter b;
        b.namespaces = {QStringLiteral("ns-b")};
        model.setFilter(b);
        QVERIFY(backend.futures.first().isCanceled());
        backend.release();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount({}), 2);
        QCOMPARE(model.orderAt(0).ns, QStringLiteral("ns-b"));
    }

    void errorClearsBusy()
    {
        FakeBackend backend;
        backend.failNext =
            BackendError(BackendError::Category::Permission, QStringLiteral("permission denied"));
        OrderTableModel model;
        QSignalSpy errors(&model, &OrderTableModel::errorOccurred);
        QSignalSpy busy(&model, &OrderTableModel::busyChanged);
        model.setBackend(&backend);
        model.refresh();
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(!model.isBusy());
        QCOMPARE(busy.last().first().toBool(), false);
    }

    void statusAndUpdate()
    {
        FakeBackend backend;
        backend.orders = FakeBackend::makeOrders(2);
        backend.orders[0].renewRetries = 2;
        backend.orders[1].status = OrderStatus::Unknown;
        OrderTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(&backend);
        model.refresh();
        QTRY_COMPARE(model.rowCount({}), 2);
        QCOMPARE(model.index(0, OrderTableModel::StatusColumn).data().toString(),
                 QStringLiteral("renew failed"));
        QCOMPARE(model.index(1, OrderTableModel::StatusColumn).data().toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(model.index(0, OrderTableModel::EndColumn).data().toString(), QString());
        Order ended = model.orderAt(0);
        ended.status = OrderStatus::Ended;
        ended.renewRetries = 0;
        QSignalSpy changed(&model, &OrderTableModel::dataChanged);
        model.updateOrder(ended);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, OrderTableModel::StatusColumn).data().toString(),
                 QStringLiteral("ended"));
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
