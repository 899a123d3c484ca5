// SpendView over a fake backend with known charges: the table's numbers and
// totals are exact, top N + "others" are right, a click on a bar asks for
// the right usages, and the exports are written.
#include "fakebackend.h"
#include "spendbreakdown.h"
#include "spendchart.h"
#include "spendtablemodel.h"
#include "spendview.h"
#include "testevents.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Money yuan(const char *text)
{
    return *Money::fromDecimalString(QString::fromLatin1(text));
}

SpendCell cell(const char *ns, int month, const char *amount, qint64 charges = 1)
{
    return SpendCell{QString::fromUtf8(ns), QDate(2026, month, 1), yuan(amount), charges};
}

const QList<QDate> Months = {QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)};

// Five namespaces; totals: a 1300.10, b 1000.00, c 0.03, d -5.00 (a credit),
// e 1234.56 ; February has no charges at all.
QList<SpendCell> knownCells()
{
    return {
        cell("ns-a", 1, "1000.05", 3), cell("ns-a", 3, "300.05", 1),  cell("ns-b", 1, "500.00", 1),
        cell("ns-b", 3, "500.00", 1),  cell("ns-c", 1, "0.01", 1),    cell("ns-c", 3, "0.02", 2),
        cell("ns-d", 3, "-5.00", 1),   cell("ns-e", 3, "1234.56", 4),
    };
}

// A backend answering like the roll-up cache does: with futures that are
// already finished, charges from 3 Jan to 30 Mar 2026.
void holdKnownCharges(FakeBackend &backend)
{
    backend.atOnce = true;
    backend.spendCells = knownCells();
    backend.timeRange = {QDateTime(QDate(2026, 1, 3), QTime(4, 0), Qt::UTC),
                         QDateTime(QDate(2026, 3, 30), QTime(23, 0), Qt::UTC)};
}

int nonWhitePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += (image.pixel(x, y) & 0xffffff) != 0xffffff;
    return n;
}

SpendChart *chartOf(const SpendView &view)
{
    return qobject_cast<SpendChart *>(view.chartView());
}

} // namespace

class TestSpendView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void topNAndOthers();
    void allNamespaces();
    void tableModelExact();
    void viewLoadsAllMonths();
    void clickOnBarRequestsUsages();
    void exports();
    void emptyState();
    void errorReported();
    void cancelStopsLoading();
    void correctionReloads();

private:
    std::unique_ptr<SpendView> loadedView(FakeBackend &backend);
};

void TestSpendView::initTestCase()
{
    // Grouped thousands in the table: a fixed locale makes the text checkable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSpendView::topNAndOthers()
{
    const SpendBreakdown b = SpendBreakdown::compute(knownCells(), Months, 2);
    QCOMPARE(b.groupCount(), 3);
    QCOMPARE(b.groupNamespace(0), QStringLiteral("ns-a"));
    QCOMPARE(b.groupNamespace(1), QStringLiteral("ns-e"));
    QVERIFY(b.isOthers(2));
    QCOMPARE(b.groupNamespace(2), QString());
    QCOMPARE(b.othersMembers(), (QStringList{"ns-b", "ns-c", "ns-d"}));
    // others = b + c + d, per month, exactly
    QCOMPARE(b.amount(2, 0), yuan("500.01"));
    QCOMPARE(b.amount(2, 1), Money());
    QCOMPARE(b.amount(2, 2), yuan("495.02"));
    QCOMPARE(b.charges(2, 2), qint64(4));
    QCOMPARE(b.groupTotal(0), yuan("1300.10"));
    QCOMPARE(b.monthTotal(0), yuan("1500.06"));
    QCOMPARE(b.monthTotal(1), Money());
    QCOMPARE(b.monthTotal(2), yuan("2029.63"));
    QCOMPARE(b.grandTotal(), yuan("3529.69"));
    QCOMPARE(b.grandCharges(), qint64(14));
}

void TestSpendView::allNamespaces()
{
    const SpendBreakdown b = SpendBreakdown::compute(knownCells(), Months, 0);
    QCOMPARE(b.groupCount(), 5);
    QVERIFY(!b.hasOthers());
    QCOMPARE(b.groupNamespace(4), QStringLiteral("ns-d")); // the credit ranks last
    // Exactly N namespaces: no "others" group.
    QCOMPARE(SpendBreakdown::compute(knownCells(), Months, 5).hasOthers(), false);
}

void TestSpendView::tableModelExact()
{
    SpendTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBreakdown(SpendBreakdown::compute(knownCells(), Months, 3));
    QCOMPARE(model.rowCount(), 4);    // 3 months + totals
    QCOMPARE(model.columnCount(), 5); // a, e, b, others, Total
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("ns-a"));
    QCOMPARE(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("2026-02"));
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Total"));
    auto units = [&](int r, int c) {
        return model.index(r, c).data(SpendTableModel::AmountRole).toLongLong();
    };
    QCOMPARE(units(0, 0), yuan("1000.05").units());
    QCOMPARE(units(2, 1), yuan("1234.56").units());
    QCOMPARE(units(2, 3), yuan("-4.98").units()); // c 0.02 + d -5.00
    QCOMPARE(units(2, 4), yuan("2029.63").units());
    QCOMPARE(units(3, 0), yuan("1300.10").units());
    QCOMPARE(units(3, 4), yuan("3529.69").units());
    QCOMPARE(model.index(3, 4).data().toString(), QStringLiteral("3,529.69"));
    QCOMPARE(model.index(2, 3).data().toString(), QStringLiteral("-4.98"));
    QCOMPARE(model.index(0, 0).data(SpendTableModel::NamespaceRole).toString(),
             QStringLiteral("ns-a"));
    QCOMPARE(model.index(0, 3).data(SpendTableModel::NamespaceRole).toString(), QString());
    QCOMPARE(model.index(3, 0).data(SpendTableModel::MonthRole).toDate(), QDate());
    // Every column of every month row adds up to the Total column.
    for (int r = 0; r < 4; ++r) {
        qint64 sum = 0;
        for (int c = 0; c < 4; ++c)
            sum += units(r, c);
        QCOMPARE(sum, units(r, 4));
    }
    model.setBreakdown(SpendBreakdown());
    QCOMPARE(model.rowCount(), 0);
}

std::unique_ptr<SpendView> TestSpendView::loadedView(FakeBackend &backend)
{
    auto view = std::make_unique<SpendView>();
    view->setDisplayZone(QTimeZone::utc());
    view->setRegion(QStringLiteral("cn-north-1"));
    view->setTopCount(3);
    view->setBackend(&backend);
    QSignalSpy busy(view.get(), &SpendView::busyChanged);
    view->refresh();
    [&] {
        QTRY_VERIFY(!view->isBusy() && busy.count() >= 2);
    }();
    return view;
}

void TestSpendView::viewLoadsAllMonths()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    auto view = loadedView(backend);
    QVERIFY(view->hasData());
    QCOMPARE(backend.spendCalls.size(), 1); // the setters' scheduled reload was folded in
    QCOMPARE(backend.spendCalls.first().months.size(), 3);
    QCOMPARE(backend.spendCalls.first().filter.region, QStringLiteral("cn-north-1"));
    SpendTableModel *model = view->tableModel();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(3, 4).data(SpendTableModel::AmountRole).toLongLong(),
             yuan("3529.69").units());
    // Regrouping needs no query.
    view->setTopCount(0);
    QCOMPARE(model->columnCount(), 6);
    QCOMPARE(backend.spendCalls.size(), 1);
    TestEvents::drain(); // a reload it scheduled would have run by now
    QCOMPARE(backend.spendCalls.size(), 1);
}

void TestSpendView::clickOnBarRequestsUsages()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    auto view = loadedView(backend);
    view->resize(1100, 800);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    auto *chart = qobject_cast<SpendChart *>(view->chartView());
    QVERIFY(chart);
    QSignalSpy requested(view.get(), &SpendView::usagesRequested);

    // ns-e (group 1) in March (month 2): its 1234.56 segment.
    const QPoint onE = chart->segmentCenter(1, 2);
    QVERIFY(!onE.isNull());
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, onE);
    QTRY_COMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("ns-e"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("cn-north-1"));
    QCOMPARE(requested.at(0).at(2).toDate(), QDate(2026, 3, 1));

    // "others" in January (b 500.00 + c 0.01 with the top 2): no namespace filter.
    view->setTopCount(2);
    QVERIFY(chart->segmentCenter(2, 0).y() < chart->segmentCenter(0, 0).y());
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->segmentCenter(2, 0));
    QTRY_COMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), QString());
    QCOMPARE(requested.at(1).at(2).toDate(), QDate(2026, 1, 1));
}

void TestSpendView::exports()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    backend.spendCells.append(
        cell("财务-测试", 1, "12345.67", 2)); // CJK must survive the round trip
    auto view = loadedView(backend);
    view->resize(1000, 700);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // To look at the files by hand: UC_TEST_KEEP_EXPORTS=1 keeps them.
    if (qEnvironmentVariableIsSet("UC_TEST_KEEP_EXPORTS")) {
        dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(dir.path()));
    }

    QString error;
    const QString png = dir.filePath(QStringLiteral("spend.png"));
    QVERIFY2(view->exportPng(png, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 150);
    // Not blank: bars, axes and text cover a good part of the picture, and
    // the first group's colour is there.
    QVERIFY2(nonWhitePixels(image) > image.width() * image.height() / 4 / 50,
             qPrintable(QString::number(nonWhitePixels(image))));
    bool firstColour = false;
    for (int y = 0; y < image.height() && !firstColour; ++y)
        for (int x = 0; x < image.width() && !firstColour; ++x)
            firstColour = (image.pixel(x, y) & 0xffffff) == 0x4e79a7;
    QVERIFY(firstColour);

    const QString svg = dir.filePath(QStringLiteral("spend.svg"));
    QVERIFY2(view->exportSvg(svg, &error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgData = svgFile.readAll();
    QVERIFY(svgData.size() > 1000);
    QVERIFY(svgData.contains("<svg"));

    const QString csv = dir.filePath(QStringLiteral("spend.csv"));
    QVERIFY2(view->exportCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvData = csvFile.readAll();
    QVERIFY(csvData.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(csvData.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header, 3 months, totals
    QCOMPARE(lines.at(0), QStringLiteral("Month,财务-测试,ns-a,ns-e,Others (3),Total"));
    QCOMPARE(lines.at(1), QStringLiteral("2026-01,12345.67,1000.05,0.00,500.01,13845.73"));
    QCOMPARE(lines.at(2), QStringLiteral("2026-02,0.00,0.00,0.00,0.00,0.00"));
    QCOMPARE(lines.at(4), QStringLiteral("Total,12345.67,1300.10,1234.56,995.03,15875.36"));

    // The chart drawn off-screen (hidden view) is not blank either.
    view->hide();
    const QImage offscreen = chartOf(*view)->renderImage(QSize(800, 500));
    QVERIFY(nonWhitePixels(offscreen) > 800 * 500 / 4 / 50);
}

void TestSpendView::emptyState()
{
    FakeBackend backend; // no charges: usageTimeRange answers invalid instants
    backend.atOnce = true;
    auto view = loadedView(backend);
    QVERIFY(!view->hasData());
    QCOMPARE(view->messageText(), QStringLiteral("No charges in this range."));
    QCOMPARE(view->tableModel()->rowCount(), 0);

    // An explicit range without charges: the same words.
    backend.timeRange = {QDateTime(QDate(2026, 1, 3), QTime(4, 0), Qt::UTC),
                         QDateTime(QDate(2026, 1, 3), QTime(4, 0), Qt::UTC)};
    view->setMonthRange(QDate(2025, 1, 1), QDate(2025, 6, 1));
    view->refresh();
    QTRY_VERIFY(!view->isBusy());
    QCOMPARE(backend.spendCalls.last().months.size(), 6);
    QCOMPARE(view->messageText(), QStringLiteral("No charges in this range."));
}

void TestSpendView::errorReported()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    backend.failing[FakeBackend::Call::Spend] =
        BackendError(BackendError::Category::Connection, QStringLiteral("the database went away"));
    SpendView view;
    QSignalSpy errors(&view, &SpendView::errorOccurred);
    view.setBackend(&backend);
    view.refresh();
    // The spend's once (the filter bar's own requests report theirs too).
    const auto spendErrors = [&] {
        int n = 0;
        for (const QList<QVariant> &error : std::as_const(errors))
            n += error.at(0).value<BackendError>().message() ==
                 QLatin1String("the database went away");
        return n;
    };
    QTRY_COMPARE(spendErrors(), 1);
    QVERIFY(!view.isBusy());
    QVERIFY(view.messageText().contains(QStringLiteral("the database went away")));
}

QTEST_MAIN(TestSpendView)
#include "tst_spendview.moc"

void TestSpendView::cancelStopsLoading()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    backend.held = {FakeBackend::Call::Spend};
    SpendView view;
    view.resize(900, 600);
    view.show();
    QSignalSpy busy(&view, &SpendView::busyChanged);
    view.setBackend(&backend);
    QTRY_VERIFY(view.isBusy());
    QTRY_COMPARE(backend.spendCalls.size(), 1);
    // A cache fill reports its months: the bar shows them.
    auto *bar = view.findChild<QProgressBar *>();
    QVERIFY(bar);
    backend.reportHeldProgress(1, 3);
    QTRY_COMPARE(bar->maximum(), 3);
    QTRY_COMPARE(bar->value(), 1);

    QPushButton *cancel = nullptr;
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Cancel"))
            cancel = b;
    }
    QVERIFY(cancel);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!view.isBusy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(backend.futures.last().isCanceled()); // the backend is told to stop
    QVERIFY(view.messageText().contains(QLatin1String("canceled")));
    // A late answer is dropped.
    backend.release();
    TestEvents::drain();
    QVERIFY(!view.hasData());
    QVERIFY(!view.isBusy());
}

void TestSpendView::correctionReloads()
{
    FakeBackend backend;
    holdKnownCharges(backend);
    auto view = loadedView(backend);
    QCOMPARE(backend.spendCalls.size(), 1);
    QSignalSpy status(view.get(), &SpendView::statusMessage);
    Q_EMIT backend.cachedFiguresCorrected(QStringLiteral("Cached spend did not match"));
    QTRY_COMPARE(backend.spendCalls.size(), 2);
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.first().first().toString(), QStringLiteral("Cached spend did not match"));
    Q_EMIT backend.cacheUnavailable(QStringLiteral("The roll-up cache cannot be opened."));
    QTRY_COMPARE(status.last().first().toString(),
                 QStringLiteral("The roll-up cache cannot be opened."));
}
