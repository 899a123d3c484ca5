// SqlBackend against SQLite and a real MariaDB over the same demo data: every
// query is checked against an independent computation in this file from the
// raw rows (read with plain SQL, filtered, sorted and summed in C++).

#include "core/monthcalendar.h"
#include "demo/demodatagenerator.h"
#include "sql/schema.h"
#include "sql/sqlbackend.h"
#include "sql/sqlconnection.h"
#include "testdatabases.h"
#include "testfutures.h"
#include "testtime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using TestFutures::valueOf;

using TestTime::utc;

namespace {

struct Row
{
    qint64 id;
    QString orderId;
    int consumeId;
    qint64 consuming;
    QDateTime time;
    QString ns;
    QString region;
};

struct OrderRow
{
    qint64 id;
    QString ns, region, planType, resourceName;
    QDateTime start;
    int status, renewRetries, everPayed;
};

} // namespace

class TestSqlBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sqlitePath;
    std::optional<ConnectionSpec> m_mariadb;
    QList<Row> m_rows; // sorted newest first, as the backend must
    QList<OrderRow> m_orders;

    std::unique_ptr<SqlBackend> backend(const QString &name)
    {
        if (name == QLatin1String("mariadb")) {
            if (!m_mariadb)
                return nullptr;
            return std::make_unique<SqlBackend>(*m_mariadb);
        }
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_sqlitePath;
        return std::make_unique<SqlBackend>(spec);
    }

    void addBackendRows(const std::function<void(const QString &)> &add)
    {
        add(QStringLiteral("sqlite"));
        add(QStringLiteral("mariadb"));
    }

    QList<Row> expected(const UsageFilter &f) const
    {
        QList<Row> out;
        for (const Row &r : m_rows) {
            if (!f.region.isEmpty() && r.region != f.region)
                continue;
            if (!f.namespaces.isEmpty() && !f.namespaces.contains(r.ns))
                continue;
            if (!f.orderId.isEmpty() && r.orderId != f.orderId)
                continue;
            if (f.from.isValid() && r.time < f.from)
                continue;
            if (f.to.isValid() && r.time >= f.to)
                continue;
            out.append(r);
        }
        return out;
    }

    static void compare(const QList<Usage> &got, const QList<Row> &want)
    {
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].orderKey, want[i].id);
            QCOMPARE(got[i].consumeId.value_or(-1), want[i].consumeId);
            QCOMPARE(got[i].amount.units(), want[i].consuming);
            QCOMPARE(got[i].time, want[i].time);
            QCOMPARE(got[i].ns, want[i].ns);
        }
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlitePath = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        DemoOptions options;
        options.namespaces = 12;
        options.months = 14;
        options.seed = 7;
        options.until = QDate(2026, 11, 25);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
            db.setDatabaseName(m_sqlitePath);
            QVERIFY(db.open());
            auto stats = DemoDataGenerator(options).writeTo(db);
            QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message()));
            QVERIFY(stats.value().charges > 500);

            QSqlQuery q(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, "
                                       "ACCOUNT_ID, REGION FROM DF_CONSUMING_HISTORY"),
                        db);
            while (q.next())
                m_rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toLongLong(), utc(q.value(4).toString()),
                               q.value(5).toString(), q.value(6).toString()});
            QSqlQuery o(QStringLiteral("SELECT ID, ACCOUNT_ID, REGION, PLAN_TYPE, RESOURCE_NAME, "
                                       "START_TIME, STATUS, RENEW_RETRIES, EVER_PAYED "
                                       "FROM DF_PURCHASE_ORDER"),
                        db);
            while (o.next())
                m_orders.append({o.value(0).toLongLong(), o.value(1).toString(),
                                 o.value(2).toString(), o.value(3).toString(),
                                 o.value(4).toString(), utc(o.value(5).toString()),
                                 o.value(6).toInt(), o.value(7).toInt(), o.value(8).toInt()});
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            if (a.time != b.time)
                return a.time > b.time;
            if (a.id != b.id)
                return a.id > b.id;
            return a.consumeId > b.consumeId;
        });

        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("sqlbackend"));
            QSqlDatabase db = TestDatabases::openRaw(*m_mariadb, QStringLiteral("genm"));
            auto stats = DemoDataGenerator(options).writeTo(db);
            QVERIFY(stats.ok());
            QCOMPARE(stats.value().charges, qint64(m_rows.size()));
            // MariaDB gets the advised indexes (and so the FORCE INDEX hints),
            // SQLite none: both paths answer the same.
            for (const Schema::IndexAdvice &index : Schema::advisedIndexes())
                QVERIFY(QSqlQuery(db).exec(
                    Schema::createIndexStatement(index, Schema::Dialect::Mysql)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("genm"));
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void usagePages_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("withTotal");
        // Page 0 stands for the last page, -1 for the one after it.
        addBackendRows([](const QString &b) {
            for (bool withTotal : {true, false}) {
                for (int size : {1, 30, 100}) {
                    for (int page : {1, 2, 7, 0, -1, 1000000}) {
                        QTest::addRow("%s size %d page %d%s", qPrintable(b), size, page,
                                      withTotal ? " with total" : "")
                            << b << page << size << withTotal;
                    }
                }
            }
        });
    }

    void usagePages()
    {
        QFETCH(QString, backend);
        QFETCH(int, page);
        QFETCH(int, size);
        QFETCH(bool, withTotal);
        auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB fixture (run through ctest)");
        UsageFilter f;
        f.region = QStringLiteral("cn-north-1");
        const QList<Row> all = expected(f);
        if (page <= 0)
            page = int((all.size() + size - 1) / size) + (page < 0 ? 1 : 0);
        const auto got =
            valueOf(b->listUsages(f, PageRequest{page, size, std::nullopt, withTotal}), "page");
        // Counting costs a scan: only when asked, or to find the last page.
        if (withTotal)
            QCOMPARE(got.total, qint64(all.size()));
        else
            QVERIFY(got.total == -1 || got.total == qint64(all.size()));
        qint64 offset = qint64(page - 1) * size;
        if (offset >= all.size())
            offset = qMax<qint64>(all.size() - size, 0); // the service's rule
        compare(got.items, all.mid(offset, size));
    }

    void usageWalk_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("what");
        addBackendRows([](const QString &b) {
            for (const char *w : {"all", "region", "one namespace", "two namespaces", "order",
                                  "range", "injection"})
                QTest::addRow("%s %s", qPrintable(b), w) << b << QString::fromLatin1(w);
        });
    }

    UsageFilter filterFor(const QString &what) const
    {
        UsageFilter f;
        const QString ns = m_rows.first().ns;
        if (what == QLatin1String("region"))
            f.region = QStringLiteral("cn-north-2");
        else if (what == QLatin1String("one namespace"))
            f.namespaces = {ns};
        else if (what == QLatin1String("two namespaces"))
            f.namespaces = {ns, m_rows.last().ns};
        else if (what == QLatin1String("order"))
            f.orderId = ns + QStringLiteral("-resources");
        else if (what == QLatin1String("range")) {
            f.region = QStringLiteral("cn-north-1");
            f.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
            f.to = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
        } else if (what == QLatin1String("injection")) {
            f.namespaces = {QStringLiteral("' OR 1=1 --")};
            f.orderId = QStringLiteral("x\"); DROP TABLE DF_PURCHASE_ORDER; --");
        }
        return f;
    }

    void usageWalk()
    {
        QFETCH(QString, backend);
        QFETCH(QString, what);
        auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB fixture (run through ctest)");
        const UsageFilter f = filterFor(what);
        const QList<Row> want = expected(f);
        if (what != QLatin1String("injection"))
            QVERIFY(!want.isEmpty());

        // Keyset continuation through the whole list.
        QList<Usage> got;
        PageRequest request = PageRequest::first(97);
        for (int guard = 0; guard < 100000; ++guard) {
            const auto page = valueOf(b->listUsages(f, request), "walk");
            got.append(page.items);
            if (!page.next)
                break;
            request = PageRequest::continueFrom(*page.next, 97);
        }
        compare(got, want);

        qint64 sum = 0;
        for (const Row &r : want)
            sum += r.consuming;
        const UsageTotal total = valueOf(b->usageTotal(f), "total");
        QCOMPARE(total.charges, qint64(want.size()));
        QCOMPARE(total.amount.units(), sum);
    }

    void spend_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("zone");
        addBackendRows([](const QString &b) {
            for (const char *z : {"Asia/Shanghai", "UTC", "America/New_York", "Asia/Kolkata"})
                QTest::addRow("%s %s", qPrintable(b), z) << b << QByteArray(z);
        });
    }

    void spend()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, zone);
        auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB fixture (run through ctest)");
        const QTimeZone tz(zone);
        UsageFilter f;
        f.region = QStringLiteral("cn-north-1");
        const QList<Row> rows = expected(f);
        const auto range = valueOf(b->usageTimeRange(f), "range");
        QCOMPARE(range.first, rows.last().time);
        QCOMPARE(range.second, rows.first().time);
        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(range.first, range.second, tz);

        // Independent bucketing: each row's local date in the zone.
        QMap<std::pair<QString, QDate>, std::pair<qint64, qint64>> want;
        for (const Row &r : rows) {
            const QDate d = r.time.toTimeZone(tz).date();
            auto &cell = want[{r.ns, QDate(d.year(), d.month(), 1)}];
            cell.first += r.consuming;
            cell.second += 1;
        }
        const QList<SpendCell> cells = valueOf(b->spendByNamespaceAndMonth(f, months), "spend");
        QCOMPARE(cells.size(), want.size());
        for (const SpendCell &c : cells) {
            const auto it = want.constFind({c.ns, c.month});
            QVERIFY2(it != want.cend(), qPrintable(c.ns + c.month.toString()));
            QCOMPARE(c.amount.units(), it->first);
            QCOMPARE(c.charges, it->second);
        }
    }

    void orders_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        addBackendRows([](const QString &b) {
            for (int s :
                 {int(StatusFilter::Any), int(StatusFilter::Pending), int(StatusFilter::Consuming),
                  int(StatusFilter::Ended), int(StatusFilter::RenewFailed)}) {
                QTest::addRow("%s status %d", qPrintable(b), s) << b << s << QString();
            }
            QTest::addRow("%s volume", qPrintable(b))
                << b << int(StatusFilter::Any) << QStringLiteral("volume");
        });
    }

    void orders()
    {
        QFETCH(QString, backend);
        QFETCH(int, status);
        QFETCH(QString, type);
        auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB fixture (run through ctest)");
        OrderFilter f;
        f.region = QStringLiteral("cn-north-1");
        f.status = StatusFilter(status);
        f.type = planTypeFromString(type);
        QList<OrderRow> want;
        for (const OrderRow &o : m_orders) {
            if (o.everPayed != 1 || o.region != f.region)
                continue;
            if ((f.status == StatusFilter::Pending && o.status != 0) ||
                (f.status == StatusFilter::Consuming && o.status != 5) ||
                (f.status == StatusFilter::Ended && o.status != 15) ||
                (f.status == StatusFilter::RenewFailed && (o.status != 5 || o.renewRetries == 0)))
                continue;
            if (!type.isEmpty() && o.planType != type)
                continue;
            want.append(o);
        }
        std::sort(want.begin(), want.end(), [](const OrderRow &a, const OrderRow &c) {
            return a.start != c.start ? a.start > c.start : a.id > c.id;
        });
        QList<Order> got;
        PageRequest request = PageRequest::first(13);
        for (int guard = 0; guard < 10000; ++guard) {
            const auto page = valueOf(b->listOrders(f, request), "orders");
            got.append(page.items);
            if (!page.next)
                break;
            request = PageRequest::continueFrom(*page.next, 13);
        }
        QCOMPARE(got.size(), want.size());
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got[i].id, want[i].id);
        if (f.status == StatusFilter::RenewFailed || f.status == StatusFilter::Ended)
            QVERIFY2(!want.isEmpty(), "the demo data has renew failures and ended orders");
    }

    void plansAndNamespaces_data()
    {
        QTest::addColumn<QString>("backend");
        addBackendRows([](const QString &b) { QTest::newRow(qPrintable(b)) << b; });
    }

    void plansAndNamespaces()
    {
        QFETCH(QString, backend);
        auto b = this->backend(backend);
        if (!b)
            QSKIP("no MariaDB fixture (run through ctest)");
        const auto active = valueOf(
            b->listPlans({QStringLiteral("cn-north-1"), PlanType::Unknown, false}), "plans");
        const auto all =
            valueOf(b->listPlans({QStringLiteral("cn-north-1"), PlanType::Unknown, true}), "plans");
        QVERIFY(!active.isEmpty());
        QVERIFY(all.size() > active.size());
        QSet<QString> ids;
        for (const Plan &p : active) {
            QVERIFY(p.active);
            QCOMPARE(p.region, QStringLiteral("cn-north-1"));
            QVERIFY2(!ids.contains(p.planId), "one active version per plan");
            ids.insert(p.planId);
        }
        const auto regions = valueOf(b->listRegions(), "regions");
        QCOMPARE(regions.size(), 2);
        QSet<QString> expectedNs;
        for (const OrderRow &o : m_orders) {
            if (o.everPayed == 1 && o.region == QLatin1String("cn-north-1"))
                expectedNs.insert(o.ns);
        }
        const auto ns = valueOf(b->listNamespaces(QStringLiteral("cn-north-1")), "namespaces");
        QCOMPARE(QSet<QString>(ns.begin(), ns.end()), expectedNs);
    }

    void errors()
    {
        // A missing file is an error, and nothing is created.
        ConnectionSpec missing;
        missing.path = m_dir.filePath(QStringLiteral("nope.db"));
        {
            SqlBackend b(missing);
            const auto r = TestFutures::resultOf(b.listRegions());
            QVERIFY(!r.ok());
            QCOMPARE(r.error().category(), BackendError::Category::NotFound);
        }
        QVERIFY(!QFile::exists(missing.path));

        // A damaged file is reported and left untouched.
        ConnectionSpec junk;
        junk.path = m_dir.filePath(QStringLiteral("junk.db"));
        QFile file(junk.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
        file.write(garbage);
        file.close();
        {
            SqlBackend b(junk);
            const auto r = TestFutures::resultOf(b.usageTotal({}));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().category(), BackendError::Category::InvalidInput);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void mariadbErrors()
    {
        if (!m_mariadb)
            QSKIP("no MariaDB fixture (run through ctest)");
        ConnectionSpec wrong = *m_mariadb;
        wrong.password = QStringLiteral("not-the-password");
        {
            SqlBackend b(wrong);
            const auto r = TestFutures::resultOf(b.listRegions());
            QCOMPARE(r.error().category(), BackendError::Category::Auth);
            QVERIFY(!r.error().message().contains(wrong.password));
            QVERIFY(!r.error().details().contains(wrong.password));
        }
        ConnectionSpec refused = *m_mariadb;
        refused.port = 1;
        {
            SqlBackend b(refused);
            const auto r = TestFutures::resultOf(b.listRegions());
            QCOMPARE(r.error().category(), BackendError::Category::Connection);
        }
    }

    // What every MariaDB session is set to, whatever the server's defaults
    // (the fixture's: the system zone, a 16 MB tmp_table_size): times in UTC
    // (SPEC section 2), utf8mb4 (which Qt's driver asks for too), and room
    // for the spend's GROUP BY in memory.
    void mariadbSession()
    {
        if (!m_mariadb)
            QSKIP("no MariaDB fixture (run through ctest)");
        SqlConnection c(*m_mariadb);
        QVERIFY(c.ensureOpen());
        QSqlQuery q(c.database());
        QVERIFY(q.exec(QStringLiteral("SELECT @@session.time_zone, @@character_set_client, "
                                      "@@character_set_connection, @@character_set_results, "
                                      "@@session.tmp_table_size, @@session.max_heap_table_size, "
                                      "CAST(FROM_UNIXTIME(0) AS CHAR)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("+00:00"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("utf8mb4"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("utf8mb4"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("utf8mb4"));
        QCOMPARE(q.value(4).toLongLong(), 268435456);
        QCOMPARE(q.value(5).toLongLong(), 268435456);
        QCOMPARE(q.value(6).toString(), QStringLiteral("1970-01-01 00:00:00"));
    }
};

QTEST_GUILESS_MAIN(TestSqlBackend)
#include "tst_sqlbackend.moc"
