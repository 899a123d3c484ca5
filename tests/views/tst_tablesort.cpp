// Sorting the Usages and Orders tables by clicking their headers: over a
// SQL connection time, amount, namespace and region sort the whole list
// (the server pages it in that order), a second click turns it around, and
// a column the backend cannot page by does nothing. Over a connection that
// lists only newest first (the REST API; a FakeBackend stands in) no click
// changes anything. The first rows are checked against the same rows read
// with plain SQL and ORDER BY; the export follows the order shown.

#include "datatableview.h"
#include "fakebackend.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testevents.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

void clickHeader(DataTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

} // namespace

class TestTableSort : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QSqlDatabase m_oracle; // plain SQL beside the backend

    ConnectionSpec spec() const
    {
        ConnectionSpec s;
        s.kind = ConnectionSpec::Kind::Sqlite;
        s.path = m_db;
        return s;
    }

    // The first `n` keys of the charges in this ORDER BY, read with plain SQL.
    QList<qint64> firstUsages(const QString &orderBy, int n) const
    {
        QSqlQuery q(QStringLiteral("SELECT ID * 1000 + CONSUME_ID FROM DF_CONSUMING_HISTORY "
                                   "ORDER BY %1 LIMIT %2")
                        .arg(orderBy)
                        .arg(n),
                    m_oracle);
        QList<qint64> keys;
        while (q.next())
            keys.append(q.value(0).toLongLong());
        return keys;
    }

    QList<qint64> firstOrders(const QString &orderBy, int n) const
    {
        QSqlQuery q(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE EVER_PAYED = 1 "
                                   "ORDER BY %1 LIMIT %2")
                        .arg(orderBy)
                        .arg(n),
                    m_oracle);
        QList<qint64> keys;
        while (q.next())
            keys.append(q.value(0).toLongLong());
        return keys;
    }

    static QList<qint64> shownUsages(const UsageTableModel *model, int n)
    {
        QList<qint64> keys;
        for (int row = 0; row < qMin(n, model->rowCount({})); ++row)
            keys.append(model->usageAt(row).orderKey * 1000 +
                        model->usageAt(row).consumeId.value_or(0));
        return keys;
    }

    static QList<qint64> shownOrders(const OrderTableModel *model, int n)
    {
        QList<qint64> keys;
        for (int row = 0; row < qMin(n, model->rowCount({})); ++row)
            keys.append(model->orderAt(row).id);
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("sort.db"));
        TestData::writeDemo(spec(), TestData::demo(8, 6, QDate(2026, 6, 1)));
        m_oracle = TestDatabases::openRaw(spec(), QStringLiteral("oracle"));
    }

    void cleanupTestCase()
    {
        m_oracle.close();
        m_oracle = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
    }

    void usagesByHeader_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("firstClick");
        QTest::addColumn<QString>("secondClick");
        QTest::newRow("amount") << int(UsageTableModel::AmountColumn)
                                << "CONSUMING DESC, ID DESC, CONSUME_ID DESC"
                                << "CONSUMING ASC, ID ASC, CONSUME_ID ASC";
        QTest::newRow("namespace")
            << int(UsageTableModel::NamespaceColumn) << "ACCOUNT_ID ASC, ID ASC, CONSUME_ID ASC"
            << "ACCOUNT_ID DESC, ID DESC, CONSUME_ID DESC";
        QTest::newRow("region") << int(UsageTableModel::RegionColumn)
                                << "REGION ASC, ID ASC, CONSUME_ID ASC"
                                << "REGION DESC, ID DESC, CONSUME_ID DESC";
        // Already newest first: the first click turns it around.
        QTest::newRow("time") << int(UsageTableModel::TimeColumn)
                              << "CONSUME_TIME ASC, ID ASC, CONSUME_ID ASC"
                              << "CONSUME_TIME DESC, ID DESC, CONSUME_ID DESC";
    }

    void usagesByHeader()
    {
        QFETCH(int, column);
        QFETCH(QString, firstClick);
        QFETCH(QString, secondClick);
        SqlBackend backend(spec());
        UsagesView view;
        view.resize(1200, 600);
        view.show();
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setBackend(&backend);
        view.refresh();
        QTRY_VERIFY(view.model()->rowCount({}) > 0 && !view.model()->isBusy());
        QCOMPARE(shownUsages(view.model(), 50),
                 firstUsages(QStringLiteral("CONSUME_TIME DESC, ID DESC, CONSUME_ID DESC"), 50));
        QVERIFY(view.model()->isSortable(column));

        clickHeader(view.table(), column);
        QTRY_VERIFY(!view.model()->isBusy() && view.model()->rowCount({}) > 0);
        QCOMPARE(shownUsages(view.model(), 50), firstUsages(firstClick, 50));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(), column);

        clickHeader(view.table(), column);
        QTRY_VERIFY(!view.model()->isBusy() && view.model()->rowCount({}) > 0);
        QCOMPARE(shownUsages(view.model(), 50), firstUsages(secondClick, 50));

        // Scrolling on continues in the same order (keyset pages).
        while (view.model()->canFetchMore({}) && view.model()->rowCount({}) < 450) {
            view.model()->fetchMore({});
            QTRY_VERIFY(!view.model()->isBusy());
        }
        QCOMPARE(shownUsages(view.model(), 450), firstUsages(secondClick, 450));
    }

    void unsortableColumnKeepsTheOrder()
    {
        SqlBackend backend(spec());
        UsagesView view;
        view.resize(1200, 600);
        view.show();
        view.setBackend(&backend);
        view.refresh();
        QTRY_VERIFY(view.model()->rowCount({}) > 0 && !view.model()->isBusy());
        const quint64 generation = view.model()->generation();
        QVERIFY(!view.model()->isSortable(UsageTableModel::OrderColumn));
        clickHeader(view.table(), UsageTableModel::OrderColumn);
        TestEvents::drain();
        QCOMPARE(view.model()->generation(), generation); // nothing asked again
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(),
                 int(UsageTableModel::TimeColumn));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void ordersByHeader_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("firstClick");
        QTest::newRow("start") << int(OrderTableModel::StartColumn) << "START_TIME ASC, ID ASC";
        QTest::newRow("namespace")
            << int(OrderTableModel::NamespaceColumn) << "ACCOUNT_ID ASC, ID ASC";
        QTest::newRow("region") << int(OrderTableModel::RegionColumn) << "REGION ASC, ID ASC";
    }

    void ordersByHeader()
    {
        QFETCH(int, column);
        QFETCH(QString, firstClick);
        SqlBackend backend(spec());
        OrdersView view;
        view.resize(1200, 700);
        view.show();
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setBackend(&backend);
        view.refresh();
        QTRY_VERIFY(view.model()->rowCount({}) > 0 && !view.model()->isBusy());
        clickHeader(view.table(), column);
        QTRY_VERIFY(!view.model()->isBusy() && view.model()->rowCount({}) > 0);
        QCOMPARE(shownOrders(view.model(), 40), firstOrders(firstClick, 40));
        // Orders have no amount; their other columns do not sort.
        QVERIFY(!view.model()->isSortable(OrderTableModel::IdColumn));
        QVERIFY(!view.model()->isSortable(OrderTableModel::StatusColumn));
    }

    void serviceOrderOnly_data()
    {
        QTest::addColumn<int>("column");
        for (int c : {int(UsageTableModel::TimeColumn), int(UsageTableModel::AmountColumn),
                      int(UsageTableModel::NamespaceColumn)})
            QTest::addRow("column %d", c) << c;
    }

    void serviceOrderOnly()
    {
        // A backend that pages only newest first, as the REST API does.
        QFETCH(int, column);
        FakeBackend backend;
        backend.usages = FakeBackend::makeUsages(20);
        QCOMPARE(backend.usageSorts(), QList<ListSort>{ListSort()});
        UsagesView view;
        view.show();
        view.setBackend(&backend);
        view.refresh();
        QTRY_VERIFY(view.model()->rowCount({}) == 20 && !view.model()->isBusy());
        QVERIFY(!view.model()->isSortable(column));
        const int calls = int(backend.usageCalls.size());
        clickHeader(view.table(), column);
        TestEvents::drain();
        QCOMPARE(int(backend.usageCalls.size()), calls);
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorSection(),
                 int(UsageTableModel::TimeColumn));
        QCOMPARE(view.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(view.model()
                    ->headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(column == UsageTableModel::TimeColumn
                                  ? QLatin1String("newest first")
                                  : QLatin1String("Not sortable")));
    }

    void exportFollowsTheOrderShown()
    {
        SqlBackend backend(spec());
        UsagesView view;
        view.show();
        view.setBackend(&backend);
        view.refresh();
        QTRY_VERIFY(view.model()->rowCount({}) > 0 && !view.model()->isBusy());
        clickHeader(view.table(), UsageTableModel::AmountColumn);
        QTRY_VERIFY(!view.model()->isBusy() && view.model()->rowCount({}) > 0);
        QSignalSpy done(&view, &UsagesView::messageShown);
        const QString path = m_dir.filePath(QStringLiteral("by-amount.csv"));
        view.exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        // Amount is the tenth field; the rows come biggest first.
        double previous = 1e18;
        int rows = 0;
        for (const QByteArray &line : lines.mid(1)) {
            if (line.trimmed().isEmpty())
                continue;
            const double amount = line.split(',').at(9).toDouble();
            QVERIFY2(amount <= previous, line.constData());
            previous = amount;
            ++rows;
        }
        QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY"), m_oracle);
        QVERIFY(count.next());
        QCOMPARE(rows, count.value(0).toInt());
    }
};

QTEST_MAIN(TestTableSort)
#include "tst_tablesort.moc"
