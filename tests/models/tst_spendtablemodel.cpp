// SpendTableModel's shares: each group's percent of its month and, on the
// totals row, of the whole period. The expected basis points are worked out
// here by hand from the rule (each share rounded down, the missing
// hundredths to the largest remainders, ties to the larger amount, then to
// the namespace first by name); a group's share is the sum of its
// namespaces' shares, so "others" plus the top namespaces make 100.00.

#include "spendbreakdown.h"
#include "spendtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

SpendCell cell(const char *ns, int month, qint64 units)
{
    return {QString::fromLatin1(ns), QDate(2026, month, 1), Money::fromUnits(units), 1};
}

// a, b, c: thirds in January; 2:1 in February; a credit that cancels a
// charge in March (a month adding up to zero has no shares).
QList<SpendCell> cells()
{
    return {cell("a", 1, 1),     cell("b", 1, 1), cell("c", 1, 1), cell("a", 2, 20000),
            cell("b", 2, 10000), cell("a", 3, 5), cell("b", 3, -5)};
}

QList<QDate> months()
{
    return {QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)};
}

using Shares = QList<QVariant>; // per group column; invalid = no share

} // namespace

class TestSpendTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void shares_data()
    {
        QTest::addColumn<int>("top");
        QTest::addColumn<QList<Shares>>("rows"); // months, then the totals row
        const QVariant none;
        // Period: a 20006, b 9996, c 1 of 30003 -> floors 6667, 3331, 0
        // (remainders 29999, 20007, 10000): the two missing go to a and b.
        QTest::newRow("every namespace")
            << 0
            << QList<Shares>{
                   {3334, 3333, 3333}, {6667, 3333, none}, {none, none, none}, {6668, 3332, 0}};
        // "Others" (b, c) holds the sum of its members' shares.
        QTest::newRow("top 1 and others")
            << 1 << QList<Shares>{{3334, 6666}, {6667, 3333}, {none, none}, {6668, 3332}};
    }

    void shares()
    {
        QFETCH(int, top);
        QFETCH(QList<Shares>, rows);
        SpendTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBreakdown(SpendBreakdown::compute(cells(), months(), top));
        QCOMPARE(model.rowCount(), int(rows.size()));
        QCOMPARE(model.columnCount(), int(rows.first().size()) + 1); // + Total
        for (int r = 0; r < rows.size(); ++r) {
            Shares got;
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const QVariant share = model.index(r, c).data(SpendTableModel::ShareRole);
                got.append(share.isValid() ? QVariant(share.toInt()) : QVariant());
            }
            QCOMPARE(got, rows.at(r));
            // The Total column has no share of itself.
            QVERIFY(!model.index(r, rows.at(r).size()).data(SpendTableModel::ShareRole).isValid());
        }
    }

    void shownInTextAndTooltip()
    {
        SpendTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBreakdown(SpendBreakdown::compute(cells(), months(), 0));
        QVERIFY(!model.sharesShown());
        const QModelIndex feb = model.index(1, 0);
        QCOMPARE(feb.data().toString(), QStringLiteral("2.00"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSharesShown(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(feb.data().toString(), QStringLiteral("2.00 (66.67%)"));
        QVERIFY2(feb.data(Qt::ToolTipRole).toString().contains(QStringLiteral("66.67%")),
                 qPrintable(feb.data(Qt::ToolTipRole).toString()));
        const QModelIndex period = model.index(3, 0);
        QVERIFY2(period.data().toString().endsWith(QStringLiteral("(66.68%)")),
                 qPrintable(period.data().toString()));
        // A month that adds up to zero shows its amounts alone.
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("0.00"));
        // The exact amount is untouched by the share.
        QCOMPARE(feb.data(SpendTableModel::AmountRole).toLongLong(), Q_INT64_C(20000));
        model.setSharesShown(false);
        QCOMPARE(feb.data().toString(), QStringLiteral("2.00"));
    }

    // A month only the forecast fills (the Spend view's "all months" run on
    // to next month) is charted, with its renewals, but is no row of spend:
    // the table (and so its CSV) ends at the last month of spend, and its
    // totals are the spend's.
    void forecastOnlyMonthIsNoRow()
    {
        const QDate april(2026, 4, 1);
        ForecastCell renewal;
        renewal.ns = QStringLiteral("c");
        renewal.month = april;
        renewal.renewals = Money::fromUnits(70000);
        renewal.renewalCount = 1;
        SpendTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBreakdown(SpendBreakdown::compute(cells(), months(), 0, {renewal}, {april}));
        const SpendBreakdown &b = model.breakdown();
        QCOMPARE(b.months(), months() + QList<QDate>{april});
        QCOMPARE(b.spendMonthCount(), 3);
        QVERIFY(b.isForecastOnlyMonth(3) && b.isForecastMonth(3));
        QVERIFY(!b.isForecastOnlyMonth(2));
        // c ranks first: 1 unit of spend and 7.00 to come.
        QCOMPARE(b.groupNamespace(0), QStringLiteral("c"));
        QCOMPARE(b.renewals(0, 3), Money::fromUnits(70000));
        QCOMPARE(b.monthRenewals(3), Money::fromUnits(70000));

        QCOMPARE(model.rowCount(), 4); // January to March, then Total
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("2026-03"));
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Total"));
        QVERIFY(model.isTotalsRow(3));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, 0).data(SpendTableModel::MonthRole).toDate() != april);
        // Spend: 3 + 30000 + 0 units; 7 charges.
        const QModelIndex grand = model.index(3, model.columnCount() - 1);
        QCOMPARE(grand.data(SpendTableModel::AmountRole).toLongLong(), Q_INT64_C(30003));
        QCOMPARE(grand.data(SpendTableModel::ChargesRole).toLongLong(), Q_INT64_C(7));
    }
};

QTEST_MAIN(TestSpendTableModel)
#include "tst_spendtablemodel.moc"
