// SqlBackend lists sorted by another column than time (and time oldest
// first): every page of a keyset walk and every numbered page equals the
// rows read with plain SQL and sorted here in C++ (the field, then the key
// the same way round; rows without a time first oldest first and last
// newest first). On SQLite and on MariaDB with the advised indexes, so the
// FORCE INDEX paths are walked too.

#include "sql/schema.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using TestFutures::resultOf;
using TestFutures::valueOf;
using Field = ListSort::Field;

namespace {

// Every row of a list, page after page by keyset (at most 10,000 pages),
// from `request` on; `total` gets the first page's total.
template<typename T, typename Fetch>
QList<T> keysetPages(Fetch fetch, PageRequest request, qint64 *total = nullptr)
{
    QList<T> got;
    for (int pages = 0; pages < 10000; ++pages) {
        const Page<T> page = valueOf(fetch(request), "page");
        if (pages == 0 && total)
            *total = page.total;
        got.append(page.items);
        if (!page.next)
            break;
        request = PageRequest::continueFrom(*page.next, request.size);
    }
    return got;
}

struct Row
{
    qint64 id = 0;
    qint64 sub = 0;
    qint64 amount = 0;
    QDateTime time; // invalid = NULL
    QString ns;
    QString region;
};

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t =
        QDateTime::fromString(v.toString().left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

// -1, 0, 1 as `a` sorts before, with or after `b` ascending; a NULL time is
// the smallest (MariaDB and SQLite both sort NULL first ascending).
int compareField(const Row &a, const Row &b, Field field)
{
    switch (field) {
    case Field::Time:
        if (a.time == b.time)
            return 0;
        if (!a.time.isValid())
            return -1;
        if (!b.time.isValid())
            return 1;
        return a.time < b.time ? -1 : 1;
    case Field::Amount:
        return a.amount == b.amount ? 0 : (a.amount < b.amount ? -1 : 1);
    case Field::Namespace:
        return a.ns == b.ns ? 0 : (a.ns < b.ns ? -1 : 1);
    case Field::Region:
        return a.region == b.region ? 0 : (a.region < b.region ? -1 : 1);
    }
    return 0;
}

void sortRows(QList<Row> &rows, const ListSort &sort)
{
    std::sort(rows.begin(), rows.end(), [sort](const Row &a, const Row &b) {
        int c = compareField(a, b, sort.field);
        if (c == 0)
            c = a.id != b.id ? (a.id < b.id ? -1 : 1) : (a.sub < b.sub ? -1 : a.sub > b.sub);
        return sort.ascending ? c < 0 : c > 0;
    });
}

} // namespace

class TestSqlSort : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlitePath;
    std::optional<ConnectionSpec> m_mariadb;
    QList<Row> m_usages;
    QList<Row> m_orders; // sub = 0, amount = 0

    ConnectionSpec sqliteSpec() const
    {
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_sqlitePath;
        return spec;
    }

    std::unique_ptr<SqlBackend> backend(const QString &name) const
    {
        if (name == QLatin1String("mariadb"))
            return m_mariadb ? std::make_unique<SqlBackend>(*m_mariadb) : nullptr;
        return std::make_unique<SqlBackend>(sqliteSpec());
    }

    // Rows without a time, and charges of equal amounts in one instant, so
    // that both NULL phases and every tie-break are walked.
    static void addAwkwardRows(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, "
                    "CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, "
                    "EXTRA_INFO) VALUES (%1, 'odd-%1', %2, 123400, %3, NULL, 'ns-0001', "
                    "'cn-north-1', 'res-c4m8', 1, 0)")
                    .arg(900000 + i % 2)
                    .arg(i)
                    .arg(i < 3 ? QStringLiteral("NULL")
                               : QStringLiteral("'2026-03-01 00:00:00'"))));
        }
        for (int i = 0; i < 3; ++i)
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO DF_PURCHASE_ORDER (ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, "
                    "PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, EVER_PAYED, "
                    "RENEW_RETRIES, STATUS, CREATOR, RESOURCE_NAME) VALUES (%1, 'odd-%1', "
                    "'ns-0001', "
                    "'cn-north-1', 'res-c4m8', 'resources', NULL, NULL, NULL, 0, 1, 0, 5, 'x', '')")
                    .arg(900000 + i)));
    }

    void load(QSqlDatabase &db)
    {
        QSqlQuery q(QStringLiteral("SELECT ID, CONSUME_ID, CONSUMING, CONSUME_TIME, ACCOUNT_ID, "
                                   "REGION FROM DF_CONSUMING_HISTORY"),
                    db);
        while (q.next())
            m_usages.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                             q.value(2).toLongLong(), utc(q.value(3)), q.value(4).toString(),
                             q.value(5).toString()});
        QSqlQuery o(QStringLiteral("SELECT ID, START_TIME, ACCOUNT_ID, REGION FROM "
                                   "DF_PURCHASE_ORDER WHERE EVER_PAYED = 1"),
                    db);
        while (o.next())
            m_orders.append({o.value(0).toLongLong(), 0, 0, utc(o.value(1)), o.value(2).toString(),
                             o.value(3).toString()});
    }

    static QList<Row> filtered(const QList<Row> &rows, const QString &region, const QString &ns)
    {
        QList<Row> out;
        for (const Row &r : rows) {
            if ((region.isEmpty() || r.region == region) && (ns.isEmpty() || r.ns == ns))
                out.append(r);
        }
        return out;
    }

    static void addRows(bool orders)
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<int>("size");
        const QList<Field> fields =
            orders ? QList<Field>{Field::Time, Field::Namespace, Field::Region}
                   : QList<Field>{Field::Time, Field::Amount, Field::Namespace, Field::Region};
        for (const char *b : {"sqlite", "mariadb"}) {
            for (Field f : fields) {
                for (bool asc : {false, true}) {
                    for (const auto &[region, ns] : {std::pair{"", ""}, std::pair{"cn-north-1", ""},
                                                     std::pair{"cn-north-1", "ns-0001"}}) {
                        for (int size : {7, 100}) {
                            QTest::addRow("%s %s %s region=%s ns=%s size %d", b,
                                          qPrintable(ListSort::fieldName(f)), asc ? "asc" : "desc",
                                          region, ns, size)
                                << QString::fromLatin1(b) << int(f) << asc
                                << QString::fromLatin1(region) << QString::fromLatin1(ns) << size;
                        }
                    }
                }
            }
        }
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlitePath = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("sort.db"));
        const DemoOptions options = TestData::demo(6, 6, QDate(2026, 6, 1), 11);
        TestData::writeDemo(sqliteSpec(), options);
        TestDatabases::withConnection(sqliteSpec(), [this](QSqlDatabase &db) {
            addAwkwardRows(db);
            load(db);
        });
        QVERIFY(m_usages.size() > 200);
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("sqlsort"));
            TestData::writeDemo(*m_mariadb, options);
            TestDatabases::withConnection(*m_mariadb, [](QSqlDatabase &db) {
                addAwkwardRows(db);
                for (const Schema::IndexAdvice &index : Schema::advisedIndexes())
                    QVERIFY2(QSqlQuery(db).exec(
                                 Schema::createIndexStatement(index, Schema::Dialect::Mysql)),
                             qPrintable(index.name));
            });
        }
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void offersEveryOrder()
    {
        const auto b = backend(QStringLiteral("sqlite"));
        QCOMPARE(b->usageSorts().size(), 8);
        QCOMPARE(b->usageSorts().first(), ListSort());
        QCOMPARE(b->orderSorts().size(), 6);
        QVERIFY(!b->orderSorts().contains(ListSort{Field::Amount, false}));
        OrderFilter byAmount;
        byAmount.sort = {Field::Amount, false};
        QVERIFY(!resultOf(b->listOrders(byAmount, PageRequest::first(5))).ok());
    }

    void usagesByKeyset_data() { addRows(false); }
    void usagesByKeyset()
    {
        QFETCH(QString, backend);
        QFETCH(int, field);
        QFETCH(bool, ascending);
        QFETCH(QString, region);
        QFETCH(QString, ns);
        QFETCH(int, size);
        const auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB");
        UsageFilter filter;
        filter.region = region;
        filter.namespaces = ns.isEmpty() ? QStringList() : QStringList{ns};
        filter.sort = {Field(field), ascending};
        QList<Row> want = filtered(m_usages, region, ns);
        sortRows(want, filter.sort);

        qint64 total = -1;
        const QList<Usage> got =
            keysetPages<Usage>([&](const PageRequest &r) { return b->listUsages(filter, r); },
                               PageRequest::first(size), &total);
        QCOMPARE(total, qint64(want.size()));
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i) {
            QVERIFY2(got[i].orderKey == want[i].id && got[i].consumeId.value_or(-1) == want[i].sub,
                     qPrintable(QStringLiteral("row %1: got %2/%3, want %4/%5")
                                    .arg(i)
                                    .arg(got[i].orderKey)
                                    .arg(got[i].consumeId.value_or(-1))
                                    .arg(want[i].id)
                                    .arg(want[i].sub)));
        }

        // A numbered page starts where the oracle says, and one past the
        // end answers the last `size` rows (SPEC §3).
        for (int pageNo : {2, 5, 1000000}) {
            const qint64 offset = qint64(pageNo - 1) * size;
            const Page<Usage> page =
                valueOf(b->listUsages(filter, PageRequest{pageNo, size, std::nullopt, false}));
            const qint64 first =
                offset < want.size() ? offset : qMax<qint64>(0, want.size() - size);
            const qint64 count = qMin<qint64>(size, want.size() - first);
            QCOMPARE(page.items.size(), count);
            for (int i = 0; i < count; ++i)
                QCOMPARE(page.items[i].orderKey * 1000 + page.items[i].consumeId.value_or(-1),
                         want[first + i].id * 1000 + want[first + i].sub);
        }
    }

    void ordersByKeyset_data() { addRows(true); }
    void ordersByKeyset()
    {
        QFETCH(QString, backend);
        QFETCH(int, field);
        QFETCH(bool, ascending);
        QFETCH(QString, region);
        QFETCH(QString, ns);
        QFETCH(int, size);
        const auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB");
        OrderFilter filter;
        filter.region = region;
        filter.namespaces = ns.isEmpty() ? QStringList() : QStringList{ns};
        filter.sort = {Field(field), ascending};
        QList<Row> want = filtered(m_orders, region, ns);
        sortRows(want, filter.sort);
        const QList<Order> got =
            keysetPages<Order>([&](const PageRequest &r) { return b->listOrders(filter, r); },
                               PageRequest::first(size, false));
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got[i].id, want[i].id);
    }
};

QTEST_GUILESS_MAIN(TestSqlSort)
#include "tst_sqlsort.moc"
