// OrderChargesModel: the request names order id, namespace and region; only
// the order's own key is kept; every page is read; a newer order wins.

#include "fakebackend.h"
#include "orderchargesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestOrderChargesModel : public QObject
{
    Q_OBJECT

private:
    static Order order(qint64 key, const QString &ns)
    {
        Order o;
        o.id = key;
        o.orderId = ns + QStringLiteral("-resources");
        o.ns = ns;
        o.region = QStringLiteral("cn-north-1");
        return o;
    }

private Q_SLOTS:
    void keepsOnlyTheOrdersKey_data()
    {
        QTest::addColumn<int>("charges");
        QTest::newRow("one page") << 30;
        QTest::newRow("three pages") << 500;
    }

    void keepsOnlyTheOrdersKey()
    {
        QFETCH(int, charges);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(charges); // keys 1000..1006
        OrderChargesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &OrderChargesModel::loaded);
        model.setBackend(&backend);
        model.setOrder(order(1003, QStringLiteral("ns-a")));
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(loaded.first().first().toBool());
        const UsageFilter sent = backend.usageCalls.first().filter;
        QCOMPARE(sent.orderId, QStringLiteral("ns-a-resources"));
        QCOMPARE(sent.namespaces, QStringList{QStringLiteral("ns-a")});
        QCOMPARE(sent.region, QStringLiteral("cn-north-1"));
        QCOMPARE(backend.usageCalls.size(), (charges + 199) / 200);
        int expected = 0;
        Money sum;
        for (const Usage &u : std::as_const(backend.usages)) {
            if (u.orderKey == 1003) {
                ++expected;
                sum += u.amount;
            }
        }
        QCOMPARE(model.rowCount({}), expected);
        QCOMPARE(model.sum(), sum);
        QVERIFY(!model.isBusy());
    }

    void newerOrderWins()
    {
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(20, QStringLiteral("ns-a")) +
                         FakeBackend::makeUsages(20, QStringLiteral("ns-b"));
        backend.manual = true;
        OrderChargesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(&backend);
        model.setOrder(order(1001, QStringLiteral("ns-a")));
        model.setOrder(order(1002, QStringLiteral("ns-b")));
        backend.release();
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.rowCount({}) > 0);
        QCOMPARE(model.order()->ns, QStringLiteral("ns-b"));
        model.setOrder(std::nullopt);
        QCOMPARE(model.rowCount({}), 0);
    }

    void errors()
    {
        FakeBackend backend;
        backend.failNext =
            BackendError(BackendError::Category::Timeout, QStringLiteral("timed out"));
        OrderChargesModel model;
        QSignalSpy errors(&model, &OrderChargesModel::errorOccurred);
        model.setBackend(&backend);
        model.setOrder(order(1, QStringLiteral("ns-a")));
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(!model.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestOrderChargesModel)
#include "tst_orderchargesmodel.moc"
