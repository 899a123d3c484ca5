// PlanTableModel over a fake backend: the filter passed on, prices, errors.

#include "fakebackend.h"
#include "plantablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestPlanTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<bool>("includeInactive");
        QTest::addColumn<int>("type");
        QTest::newRow("active volumes") << false << int(PlanType::Volume);
        QTest::newRow("every version") << true << int(PlanType::Unknown);
    }

    void loads()
    {
        QFETCH(bool, includeInactive);
        QFETCH(int, type);
        FakeBackend backend;
        for (int i = 0; i < 3; ++i) {
            Plan p;
            p.id = 10 + i;
            p.planId = QStringLiteral("vol-%1g").arg(10 * (i + 1));
            p.name = QStringLiteral("Volume %1").arg(i);
            p.type = PlanType::Volume;
            p.priceMoney = Money::fromUnits(99900 * (i + 1));
            p.active = i != 2;
            backend.plans.append(p);
        }
        PlanTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(&backend);
        PlanFilter filter;
        filter.region = QStringLiteral("cn-north-2");
        filter.includeInactive = includeInactive;
        filter.type = PlanType(type);
        model.setFilter(filter);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount({}), 3);
        QCOMPARE(backend.planCalls.size(), 1);
        QCOMPARE(backend.planCalls.first().region, QStringLiteral("cn-north-2"));
        QCOMPARE(backend.planCalls.first().includeInactive, includeInactive);
        QCOMPARE(int(backend.planCalls.first().type), type);
        QCOMPARE(
            model.index(1, PlanTableModel::PriceColumn).data(PlanTableModel::SortRole).toLongLong(),
            199800LL);
        QCOMPARE(model.index(2, PlanTableModel::StatusColumn).data().toString(),
                 QStringLiteral("old version"));
    }

    void errors()
    {
        FakeBackend backend;
        backend.failNext =
            BackendError(BackendError::Category::Server, QStringLiteral("get plan failed"));
        PlanTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &PlanTableModel::errorOccurred);
        model.setBackend(&backend);
        model.refresh();
        QTRY_COMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount({}), 0);
        QVERIFY(!model.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestPlanTableModel)
#include "tst_plantablemodel.moc"
