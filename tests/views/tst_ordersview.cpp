// OrdersView: filters sent, the cancel confirmation (what it names, what it
// says about database profiles), accept/reject, read-only profiles.

#include "datatableview.h"
#include "fakebackend.h"
#include "orderdetailpane.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "testevents.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestOrdersView : public QObject
{
    Q_OBJECT

private:
    static void fill(FakeBackend &backend)
    {
        backend.orders = FakeBackend::makeOrders(3);
        Plan plan;
        plan.planId = QStringLiteral("vol-10g");
        plan.name = QStringLiteral("10 GB volume");
        plan.region = QStringLiteral("cn-north-1");
        backend.plans = {plan};
    }

    // Selects row 0 and presses Cancel; returns the confirmation box.
    static QMessageBox *askToCancel(OrdersView &view)
    {
        view.refresh();
        if (!QTest::qWaitFor([&] { return view.model()->rowCount({}) == 3; }))
            return nullptr;
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QPushButton *cancel = view.detail()->cancelButton();
        if (!QTest::qWaitFor([&] { return cancel->isEnabled(); }))
            return nullptr;
        cancel->click();
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor([&] {
            box = view.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"));
            return box && box->isVisible();
        });
        return box;
    }

private Q_SLOTS:
    void filtersReachTheBackend_data()
    {
        QTest::addColumn<int>("statusIndex");
        QTest::addColumn<int>("status");
        QTest::newRow("any") << 0 << int(StatusFilter::Any);
        QTest::newRow("consuming") << 2 << int(StatusFilter::Consuming);
        QTest::newRow("renew failed") << 4 << int(StatusFilter::RenewFailed);
    }

    void filtersReachTheBackend()
    {
        QFETCH(int, statusIndex);
        QFETCH(int, status);
        FakeBackend backend;
        fill(backend);
        OrdersView view;
        view.setBackend(&backend);
        view.findChild<QLineEdit *>(QStringLiteral("namespaces"))->setText(QStringLiteral("ns-a"));
        view.findChild<QLineEdit *>(QStringLiteral("resourceName"))
            ->setText(QStringLiteral("data-1"));
        view.findChild<QComboBox *>(QStringLiteral("status"))->setCurrentIndex(statusIndex);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("apply")), Qt::LeftButton);
        QTRY_VERIFY(!view.model()->isBusy());
        QCOMPARE(backend.orderCalls.size(), 1);
        const OrderFilter sent = backend.orderCalls.first().filter;
        QCOMPARE(sent.namespaces, QStringList{QStringLiteral("ns-a")});
        QCOMPARE(sent.resourceName, QStringLiteral("data-1"));
        QCOMPARE(int(sent.status), status);
        QVERIFY(backend.orderCalls.first().page.withTotal);
    }

    void cancelConfirmation_data()
    {
        QTest::addColumn<bool>("directDatabase");
        QTest::addColumn<bool>("accept");
        QTest::newRow("database, accepted") << true << true;
        QTest::newRow("database, rejected") << true << false;
        QTest::newRow("service, accepted") << false << true;
        QTest::newRow("service, rejected") << false << false;
    }

    void cancelConfirmation()
    {
        QFETCH(bool, directDatabase);
        QFETCH(bool, accept);
        FakeBackend backend;
        fill(backend);
        backend.releasesResource = !directDatabase;
        OrdersView view;
        view.setProfileFlags(directDatabase, false);
        view.setBackend(&backend);
        view.show();
        QMessageBox *box = askToCancel(view);
        QVERIFY(box);
        const QString text = box->text();
        const Order &order = backend.orders.first();
        QVERIFY2(text.contains(order.orderId), qPrintable(text));
        QVERIFY(text.contains(QString::number(order.id)));
        QVERIFY(text.contains(order.ns));
        QVERIFY(text.contains(order.planId));
        QVERIFY(text.contains(QStringLiteral("10 GB volume")));
        QVERIFY(text.contains(order.resourceName));
        QCOMPARE(text.contains(QStringLiteral("NOT released")), directDatabase);
        QSignalSpy messages(&view, &OrdersView::messageShown);
        box->findChild<QPushButton *>(accept ? QStringLiteral("confirmCancel")
                                             : QStringLiteral("keepOrder"))
            ->click();
        if (accept) {
            QTRY_COMPARE(messages.count(), 1);
            QCOMPARE(backend.cancelCalls.size(), 1);
            QCOMPARE(backend.cancelCalls.first().first, order.id);
            QCOMPARE(backend.cancelCalls.first().second, order.ns);
            QCOMPARE(view.model()->orderAt(0).status, OrderStatus::Ended);
            QVERIFY(!view.detail()->cancelButton()->isEnabled());
            QCOMPARE(messages.first().first().toString().contains(QStringLiteral("not released")),
                     directDatabase);
        } else {
            QVERIFY(!box->isVisible());
            TestEvents::drain(); // nothing may happen: whatever was queued has run
            QVERIFY(backend.cancelCalls.isEmpty());
            QVERIFY(messages.isEmpty());
            QCOMPARE(view.model()->orderAt(0).status, OrderStatus::Consuming);
        }
    }

    void readOnlyHidesCancel_data()
    {
        QTest::addColumn<bool>("profileReadOnly");
        QTest::addColumn<bool>("backendReadOnly");
        QTest::newRow("profile") << true << false;
        QTest::newRow("backend") << false << true;
    }

    void readOnlyHidesCancel()
    {
        QFETCH(bool, profileReadOnly);
        QFETCH(bool, backendReadOnly);
        FakeBackend backend;
        fill(backend);
        backend.readOnly = backendReadOnly;
        OrdersView view;
        view.setProfileFlags(true, profileReadOnly);
        view.setBackend(&backend);
        view.show();
        view.refresh();
        QTRY_COMPARE(view.model()->rowCount({}), 3);
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        QPushButton *cancel = view.detail()->cancelButton();
        QVERIFY(!cancel->isVisible());
        QVERIFY(!cancel->isEnabled());
        cancel->click(); // even a click that got through asks nothing
        QVERIFY(!view.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")));
        QVERIFY(backend.cancelCalls.isEmpty());
    }
};

QTEST_MAIN(TestOrdersView)
#include "tst_ordersview.moc"
