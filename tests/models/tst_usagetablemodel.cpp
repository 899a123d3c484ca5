// UsageTableModel over a fake backend: paging with keyset continuation, the
// separate total, errors, stale answers of an older filter, display rules.

#include "fakebackend.h"
#include "usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestUsageTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paging_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("requests");
        QTest::newRow("empty") << 0 << 1;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("one page less one") << 199 << 1;
        QTest::newRow("exactly one page") << 200 << 1;
        QTest::newRow("one more") << 201 << 2;
        QTest::newRow("three pages") << 450 << 3;
    }

    void paging()
    {
        QFETCH(int, rows);
        QFETCH(int, requests);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(rows);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy busy(&model, &UsageTableModel::busyChanged);
        model.setBackend(&backend);
        model.setFilter({});
        QVERIFY(model.isBusy());
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount({}), qMin(rows, int(UsageTableModel::PageSize)));
        QCOMPARE(model.totalRows(), qint64(rows));
        QVERIFY(model.total().has_value());
        QCOMPARE(model.total()->charges, qint64(rows));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(!model.canFetchMore({})); // one page at a time
            QTRY_VERIFY(!model.isBusy());
        }
        QCOMPARE(model.rowCount({}), rows);
        QCOMPARE(backend.usageCalls.size(), requests);
        QCOMPARE(backend.totalCalls.size(), 1);
        // The first page asks no count (usageTotal does); the next ones continue.
        QVERIFY(!backend.usageCalls.first().page.withTotal);
        for (int i = 1; i < backend.usageCalls.size(); ++i) {
            QVERIFY(backend.usageCalls.at(i).page.after.has_value());
            QCOMPARE(backend.usageCalls.at(i).page.size, int(UsageTableModel::PageSize));
        }
        QVERIFY(busy.count() >= 2);
        QCOMPARE(busy.last().first().toBool(), false);
    }

    void keepsAtMostMaxRows_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("kept");
        QTest::addColumn<bool>("capped");
        QTest::newRow("fewer than the cap") << 300 << 450 << 300 << false;
        QTest::newRow("exactly the cap") << 450 << 450 << 450 << false;
        QTest::newRow("one more than the cap") << 451 << 450 << 450 << true;
        QTest::newRow("cap inside the first page") << 1000 << 150 << 200 << true;
        QTest::newRow("many more") << 5000 << 450 << 450 << true;
    }

    // Scrolling to the end of millions of rows must not keep them all: the
    // model stops at maxRows() (the last page asked is cut to fit) and says so.
    void keepsAtMostMaxRows()
    {
        QFETCH(int, rows);
        QFETCH(int, maxRows);
        QFETCH(int, kept);
        QFETCH(bool, capped);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(rows);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(maxRows);
        model.setBackend(&backend);
        model.setFilter({});
        QTRY_VERIFY(!model.isBusy());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
        QCOMPARE(model.rowCount({}), kept);
        QCOMPARE(model.isCapped(), capped);
        QCOMPARE(model.capNote().isEmpty(), !capped);
        for (int i = 1; i < backend.usageCalls.size(); ++i)
            QVERIFY(backend.usageCalls.at(i).page.size <= maxRows);
        // A refresh starts again from the first page.
        model.refresh();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount({}), qMin(rows, int(UsageTableModel::PageSize)));
    }

    void errorsAreSignalled_data()
    {
        QTest::addColumn<bool>("onContinuation");
        QTest::newRow("first page") << false;
        QTest::newRow("continuation") << true;
    }

    void errorsAreSignalled()
    {
        QFETCH(bool, onContinuation);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(500);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &UsageTableModel::errorOccurred);
        model.setBackend(&backend);
        const BackendError error(BackendError::Category::Connection, QStringLiteral("server gone"),
                                 QStringLiteral("SQL: lost"));
        if (!onContinuation)
            backend.failNext = error;
        model.setFilter({});
        QTRY_VERIFY(!model.isBusy());
        if (onContinuation) {
            backend.failNext = error;
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
        QCOMPARE(errors.count(), 1);
        const auto received = errors.first().first().value<BackendError>();
        QCOMPARE(received.message(), QStringLiteral("server gone"));
        QCOMPARE(received.details(), QStringLiteral("SQL: lost"));
        QCOMPARE(model.rowCount({}), onContinuation ? 200 : 0);
        QVERIFY(!model.canFetchMore({})); // no retry loop until refresh
    }

    void staleAnswersAreDropped()
    {
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(30, QStringLiteral("ns-a")) +
                         FakeBackend::makeUsages(5, QStringLiteral("ns-b"));
        backend.manual = true;
        UsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBackend(&backend);
        UsageFilter a;
        a.namespaces = {QStringLiteral("ns-a")};
        model.setFilter(a);
        const quint64 firstGeneration = model.generation();
        UsageFilter b;
        b.namespaces = {QStringLiteral("ns-b")};
        model.setFilter(b);
        QVERIFY(model.generation() > firstGeneration);
        QCOMPARE(backend.heldCount(), 4); // page + total, twice
        // The old generation's futures were cancelled.
        QVERIFY(backend.futures.at(0).isCanceled());
        QVERIFY(backend.futures.at(1).isCanceled());
        QVERIFY(!backend.futures.at(2).isCanceled());
        backend.release();
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.rowCount({}), 5);
        QCOMPARE(model.totalRows(), qint64(5));
        for (int row = 0; row < model.rowCount({}); ++row)
            QCOMPARE(model.usageAt(row).ns, QStringLiteral("ns-b"));
    }

    void display_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("time");
        QTest::newRow("utc") << "UTC"
                             << "2026-01-01 00:00:00";
        QTest::newRow("shanghai") << "Asia/Shanghai"
                                  << "2026-01-01 08:00:00";
    }

    void display()
    {
        QFETCH(QString, zone);
        QFETCH(QString, time);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(2);
        backend.usages[1].time = QDateTime();
        backend.usages[1].kind = ChargeKind::Unknown;
        backend.usages[1].amount = Money::fromUnits(-12345678);
        UsageTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        model.setDisplayZone(QTimeZone(zone.toUtf8()));
        model.setBackend(&backend);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount({}), 2);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, UsageTableModel::TimeColumn).toString(), time);
        QCOMPARE(cell(0, UsageTableModel::AmountColumn).toString(), QStringLiteral("12.35"));
        QCOMPARE(cell(1, UsageTableModel::AmountColumn).toString(), QStringLiteral("-1,234.57"));
        QCOMPARE(cell(0, UsageTableModel::AmountColumn, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(1, UsageTableModel::TimeColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(1, UsageTableModel::KindColumn).toString(), QStringLiteral("unknown"));
        QCOMPARE(cell(1, UsageTableModel::AmountColumn, UsageTableModel::RawRole).toLongLong(),
                 -12345678LL);
        // Only the time column claims an order, and it is the server's.
        QCOMPARE(model.sortedColumn(), int(UsageTableModel::TimeColumn));
    }

    void moneyFollowsLocale()
    {
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(1);
        backend.usages[0].amount = Money::fromUnits(12345675000);
        UsageTableModel model;
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        model.setBackend(&backend);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount({}), 1);
        QCOMPARE(model.index(0, UsageTableModel::AmountColumn).data().toString(),
                 QStringLiteral("1.234.567,50"));
    }
};

QTEST_GUILESS_MAIN(TestUsageTableModel)
#include "tst_usagetablemodel.moc"
