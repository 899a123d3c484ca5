// The status line says why a filter matched nothing: a namespace with no
// orders and no charges (a typo), an order id no charge has, an order key
// given for an id; and it names a typo among several namespaces too, where
// it would drop out of the answer unseen. Usages and Orders, over a
// FakeBackend whose rows are the oracle.

#include "datatableview.h"
#include "fakebackend.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestFilterStatus : public QObject
{
    Q_OBJECT

    static void fill(FakeBackend &backend)
    {
        backend.usages = FakeBackend::makeUsages(5, QStringLiteral("ns-a"));
        backend.orders = FakeBackend::makeOrders(2, QStringLiteral("ns-a"));
    }

private Q_SLOTS:
    void usages_data()
    {
        QTest::addColumn<QString>("namespaces");
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("status");
        QTest::newRow("nothing wrong") << "ns-a"
                                       << ""
                                       << "5 charges";
        QTest::newRow("namespace typo")
            << "ns-x"
            << ""
            << "No charges match the filter. Namespace “ns-x” has no orders and no charges: is "
               "the name right?";
        QTest::newRow("typo beside a namespace")
            << "ns-a, ns-x"
            << ""
            << "— Namespace “ns-x” has no orders and no charges: is the name right?";
        QTest::newRow("order id typo")
            << "ns-a"
            << "ns-a-resourcs"
            << "No charges match the filter. No charge has the order id “ns-a-resourcs”";
        QTest::newRow("order key")
            << "ns-a"
            << "501"
            << "No charges match the filter. “501” is an order key, not an order id: the order "
               "with key 501 has the id “ns-a-vol-1”.";
    }

    void usages()
    {
        QFETCH(QString, namespaces);
        QFETCH(QString, orderId);
        QFETCH(QString, status);
        FakeBackend backend;
        fill(backend);
        UsagesView view;
        view.show();
        view.setBackend(&backend);
        view.findChild<QLineEdit *>(QStringLiteral("namespaces"))->setText(namespaces);
        view.findChild<QLineEdit *>(QStringLiteral("orderId"))->setText(orderId);
        view.refresh();
        auto *line = view.findChild<QLabel *>(QStringLiteral("status"));
        QTRY_VERIFY2(line->text().contains(status), qPrintable(line->text()));
        // The table says it too when it is empty.
        if (view.model()->rowCount({}) == 0 && status.contains(QLatin1String("“")))
            QTRY_VERIFY(view.table()
                            ->findChild<QLabel *>(QStringLiteral("emptyLabel"))
                            ->text()
                            .contains(status.section(QLatin1String(". "), 1)));
        // A new filter forgets the old explanation.
        view.findChild<QLineEdit *>(QStringLiteral("namespaces"))->setText(QStringLiteral("ns-a"));
        view.findChild<QLineEdit *>(QStringLiteral("orderId"))->clear();
        view.refresh();
        QTRY_VERIFY(line->text().startsWith(QStringLiteral("5 charges")));
        QVERIFY(!line->text().contains(QLatin1String("“")));
    }

    void orders()
    {
        FakeBackend backend;
        fill(backend);
        OrdersView view;
        view.show();
        view.setBackend(&backend);
        view.findChild<QLineEdit *>(QStringLiteral("namespaces"))->setText(QStringLiteral("ns-x"));
        view.refresh();
        auto *line = view.findChild<QLabel *>(QStringLiteral("statusText"));
        QTRY_COMPARE(line->text(),
                     QStringLiteral("No orders match the filter. Namespace “ns-x” has no orders "
                                    "and no charges: is the name right?"));
    }
};

QTEST_MAIN(TestFilterStatus)
#include "tst_filterstatus.moc"
