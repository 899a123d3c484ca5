// AuditFindingModel: the findings of a report as rows, the explanation in
// the display zone, and a clean bill under QAbstractItemModelTester.

#include "auditfindingmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestAuditFindingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows()
    {
        AuditFindingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount({}), 0);

        AuditReport report;
        AuditFinding stalled;
        stalled.kind = AuditKind::StalledRenewal;
        stalled.orderKey = 42;
        stalled.orderId = QStringLiteral("ns-a-resources");
        stalled.ns = QStringLiteral("ns-a");
        stalled.region = QStringLiteral("cn-north-1");
        stalled.orderDeadline = QDateTime(QDate(2026, 5, 1), QTime(16, 0), Qt::UTC);
        stalled.now = QDateTime(QDate(2026, 5, 21), QTime(0, 0), Qt::UTC);
        AuditFinding loss;
        loss.kind = AuditKind::Float32Loss;
        loss.orderKey = 43;
        loss.orderId = QStringLiteral("vol-1");
        loss.consumeId = 7;
        loss.amountUnits = 123456789;
        loss.reportedUnits = 123456790;
        report.findings = {stalled, loss};
        report.counts[size_t(AuditKind::StalledRenewal)] = 1;
        report.counts[size_t(AuditKind::Float32Loss)] = 1;
        model.setReport(report);
        QCOMPARE(model.rowCount({}), 2);
        QCOMPARE(model.columnCount({}), int(AuditFindingModel::ColumnCount));
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, AuditFindingModel::KindColumn), QStringLiteral("stalled-renewal"));
        QCOMPARE(text(0, AuditFindingModel::OrderColumn), QStringLiteral("42"));
        QCOMPARE(text(0, AuditFindingModel::ChargeColumn), QStringLiteral("—"));
        QCOMPARE(text(1, AuditFindingModel::ChargeColumn), QStringLiteral("7"));
        model.setDisplayZone(QTimeZone("Asia/Shanghai"));
        QCOMPARE(text(0, AuditFindingModel::DetailColumn),
                 QStringLiteral("Consuming and paid, but paid only up to 2026-05-02 00:00:00 (19 "
                                "days ago): the service renews or ends an order within 7 days 8 "
                                "hours of its deadline."));
        QCOMPARE(text(1, AuditFindingModel::DetailColumn),
                 QStringLiteral("The REST API reports 12345.6790 yuan for 12345.6789 (float32 "
                                "rounding)."));
        QCOMPARE(model.findingAt(1).consumeId, std::optional<int>(7));
        QVERIFY(model.findingAt(1).isAboutCharge());
        QVERIFY(!model.findingAt(0).isAboutCharge());
        model.clear();
        QCOMPARE(model.rowCount({}), 0);
    }
};

QTEST_MAIN(TestAuditFindingModel)
#include "tst_auditfindingmodel.moc"
