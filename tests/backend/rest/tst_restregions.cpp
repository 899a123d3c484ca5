// RestBackend without a region, against the fake service in this process, on
// demo data with both regions: lists merged newest first over every region
// the plan service lists, totals, spend and time range added up over them;
// renewal failures known from the service's renewfailed lists; cancel
// refusals said plainly and a cancel that ends the order in the database.
// The oracle is raw SQL on the file behind the service.
#include "demo/demodatabase.h"
#include "rest/restbackend.h"
#include "simoptions.h"
#include "simserver.h"
#include "testdatabases.h"
#include "testfutures.h"
#include "wireamount.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

using TestFutures::resultOf;

const QDateTime Now(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

QDateTime column(const QSqlQuery &q, int i)
{
    QDateTime t = QDateTime::fromString(
        q.value(i).toString().left(19).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct RawOrder
{
    qint64 id = 0;
    QDateTime start;
    bool consuming = false;
    bool renewFailed = false;
};

} // namespace

class TestRestRegions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SimServer> m_sim;
    quint16 m_port = 0;
    QStringList m_regions;
    QStringList m_namespaces; // with orders in both regions; one with a failed renewal

    static QSqlQuery raw(const QString &sql, const QVariantList &values = {})
    {
        return TestDatabases::query(QStringLiteral("raw"), sql, values);
    }

    std::unique_ptr<RestBackend> rest(const QString &token = QStringLiteral("tok"),
                                      const QStringList &namespaces = {}) const
    {
        RestConfig c;
        c.usageApi = QUrl(QStringLiteral("http://127.0.0.1:%1/usageapi/v1").arg(m_port));
        c.planApi = QUrl(QStringLiteral("http://127.0.0.1:%1/charge/v1").arg(m_port));
        c.token = token;
        c.namespaces = namespaces;
        return std::make_unique<RestBackend>(c);
    }

    QList<RawOrder> rawOrders(const QStringList &namespaces)
    {
        QList<RawOrder> out;
        for (const QString &ns : namespaces) {
            QSqlQuery q = raw(QStringLiteral("SELECT ID, START_TIME, STATUS, RENEW_RETRIES FROM "
                                             "DF_PURCHASE_ORDER WHERE EVER_PAYED = 1 AND "
                                             "ACCOUNT_ID = ?"),
                              {ns});
            while (q.next())
                out.append({q.value(0).toLongLong(), column(q, 1), q.value(2).toInt() == 5,
                            q.value(2).toInt() == 5 && q.value(3).toInt() > 0});
        }
        std::sort(out.begin(), out.end(), [](const RawOrder &a, const RawOrder &b) {
            return a.start != b.start ? a.start > b.start : a.id > b.id;
        });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        DemoOptions o;
        o.namespaces = 16;
        o.months = 12;
        o.seed = 7;
        o.until = Now.date();
        QVERIFY(DemoDatabase::create(m_path, o).ok());
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());

        QString error;
        const auto options = SimOptions::parse(
            {QStringLiteral("usage-service-sim"), QStringLiteral("--db"),
             QStringLiteral("sqlite:") + m_path, QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0"), QStringLiteral("--token"),
             QStringLiteral("tok=admin:*"), QStringLiteral("--token"),
             QStringLiteral("bob=bob:ns-0001"), QStringLiteral("--now"), Now.toString(Qt::ISODate),
             QStringLiteral("--bsi-delay-ms"), QStringLiteral("0")},
            &error);
        QVERIFY2(options, qPrintable(error));
        m_sim = std::make_unique<SimServer>(*options);
        QCOMPARE(m_sim->open(), QString());
        m_port = m_sim->start();
        QVERIFY(m_port != 0);

        QSqlQuery q = raw(QStringLiteral("SELECT IDENTIFICATION FROM DF_PLAN_REGION ORDER BY ID"));
        while (q.next())
            m_regions.append(q.value(0).toString());
        QVERIFY(m_regions.size() >= 2);
        // Two namespaces with orders in every region, plus one whose renewal failed.
        q = raw(QStringLiteral("SELECT ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE EVER_PAYED = 1 "
                               "GROUP BY ACCOUNT_ID HAVING COUNT(DISTINCT REGION) = ? "
                               "ORDER BY ACCOUNT_ID LIMIT 2"),
                {int(m_regions.size())});
        while (q.next())
            m_namespaces.append(q.value(0).toString());
        q = raw(QStringLiteral("SELECT ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 AND "
                               "RENEW_RETRIES > 0 AND EVER_PAYED = 1 ORDER BY ID LIMIT 1"));
        QVERIFY2(q.next(), "the data set has no failed renewal");
        if (!m_namespaces.contains(q.value(0).toString()))
            m_namespaces.append(q.value(0).toString());
        QCOMPARE(m_namespaces.size(), 3);
    }

    void cleanupTestCase()
    {
        m_sim.reset();
        QSqlDatabase::database(QStringLiteral("raw")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void ordersOfEveryRegion()
    {
        const QList<RawOrder> expected = rawOrders(m_namespaces);
        auto b = rest();
        OrderFilter f;
        f.namespaces = m_namespaces;
        QList<Order> got;
        auto page = resultOf(b->listOrders(f, PageRequest::first(7)));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message()));
        QCOMPARE(page.value().total, qint64(expected.size()));
        for (int guard = 0; guard < 1000; ++guard) {
            got.append(page.value().items);
            if (!page.value().next)
                break;
            page = resultOf(b->listOrders(f, PageRequest::continueFrom(*page.value().next, 7)));
            QVERIFY2(page.ok(), qPrintable(page.ok() ? QString()
                                                     : page.error().message() + QLatin1Char(' ') +
                                                           page.error().details()));
        }
        QCOMPARE(got.size(), expected.size());
        QSet<QString> regions;
        for (int i = 0; i < got.size(); ++i) {
            // Newest first; equal start times may come in any order.
            QCOMPARE(got.at(i).startTime, expected.at(i).start);
            regions.insert(got.at(i).region);
        }
        QCOMPARE(regions.size(), m_regions.size());
        std::map<qint64, RawOrder> byId;
        for (const RawOrder &r : expected)
            byId[r.id] = r;
        int failed = 0;
        for (const Order &o : std::as_const(got)) {
            QVERIFY2(byId.count(o.id), qPrintable(QString::number(o.id)));
            // Known, not guessed: true or false for every listed order.
            QVERIFY(o.renewFailure().has_value());
            QCOMPARE(*o.renewFailure(), byId[o.id].renewFailed);
            QVERIFY(!o.renewRetries.has_value()); // the count is never on the wire
            failed += o.renewFailed() ? 1 : 0;
        }
        QVERIFY(failed > 0);

        // An explicit page of the merge, and a page past its end (the
        // service's rule: the last `size` rows).
        const auto p2 = resultOf(b->listOrders(f, {2, 7, std::nullopt, true}));
        QVERIFY(p2.ok());
        QCOMPARE(p2.value().items.size(), qMin<qsizetype>(7, expected.size() - 7));
        for (int i = 0; i < p2.value().items.size(); ++i)
            QCOMPARE(p2.value().items.at(i).startTime, expected.at(7 + i).start);
        const auto past = resultOf(b->listOrders(f, {1000, 7, std::nullopt, true}));
        QVERIFY(past.ok());
        QCOMPARE(past.value().items.size(), 7);
        QCOMPARE(past.value().items.constLast().startTime, expected.constLast().start);
    }

    void renewfailedListOfEveryRegion()
    {
        auto b = rest();
        OrderFilter f;
        f.namespaces = m_namespaces;
        f.status = StatusFilter::RenewFailed;
        const auto page = resultOf(b->listOrders(f, PageRequest::first(100)));
        QVERIFY(page.ok());
        int expected = 0;
        for (const RawOrder &r : rawOrders(m_namespaces))
            expected += r.renewFailed ? 1 : 0;
        QCOMPARE(page.value().items.size(), expected);
        for (const Order &o : page.value().items)
            QCOMPARE(o.renewFailure(), std::optional<bool>(true));
    }

    void totalsSpendAndRangeOfEveryRegion()
    {
        Money total;
        qint64 charges = 0;
        QDateTime first, last;
        std::map<std::pair<QString, QString>, Money> perMonth; // (month, ns)
        for (const QString &ns : std::as_const(m_namespaces)) {
            QSqlQuery q = raw(QStringLiteral("SELECT CONSUMING, CONSUME_TIME FROM "
                                             "DF_CONSUMING_HISTORY WHERE ACCOUNT_ID = ?"),
                              {ns});
            while (q.next()) {
                const Money m = WireAmount::of(Money::fromUnits(q.value(0).toLongLong()));
                const QDateTime t = column(q, 1);
                total += m;
                ++charges;
                perMonth[{t.toString(QStringLiteral("yyyy-MM")), ns}] += m;
                if (!first.isValid() || t < first)
                    first = t;
                if (!last.isValid() || t > last)
                    last = t;
            }
        }
        auto b = rest();
        UsageFilter f;
        f.namespaces = m_namespaces;
        QFuture<Result<UsageTotal>> totalFuture = b->usageTotal(f);
        const auto t = resultOf(totalFuture);
        QVERIFY(t.ok());
        QCOMPARE(t.value().charges, charges);
        QCOMPARE(t.value().amount.toString4(), total.toString4());
        QVERIFY(totalFuture.progressMaximum() > 1); // pages were counted as they came

        const auto range = resultOf(b->usageTimeRange(f));
        QVERIFY(range.ok());
        QCOMPARE(range.value().first, first);
        QCOMPARE(range.value().second, last);

        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(first, last, QTimeZone::utc());
        const auto spend = resultOf(b->spendByNamespaceAndMonth(f, months));
        QVERIFY(spend.ok());
        std::map<std::pair<QString, QString>, Money> got;
        for (const SpendCell &c : spend.value())
            got[{c.month.toString(QStringLiteral("yyyy-MM")), c.ns}] += c.amount;
        QCOMPARE(got.size(), perMonth.size());
        for (const auto &[key, amount] : perMonth)
            QCOMPARE(got[key].toString4(), amount.toString4());
    }

    void getOrderKnowsItsRenewal()
    {
        QSqlQuery q = raw(QStringLiteral("SELECT ID, ACCOUNT_ID, RENEW_RETRIES FROM "
                                         "DF_PURCHASE_ORDER WHERE STATUS = 5 AND EVER_PAYED = 1 "
                                         "AND ACCOUNT_ID = ?"),
                          {m_namespaces.constLast()});
        auto b = rest();
        int seen = 0;
        while (q.next()) {
            const auto o = resultOf(b->getOrder(q.value(0).toLongLong(), q.value(1).toString()));
            QVERIFY(o.ok());
            QCOMPARE(o.value().status, OrderStatus::Consuming); // by construction (SPEC §3)
            QCOMPARE(o.value().renewFailure(), std::optional<bool>(q.value(2).toInt() > 0));
            ++seen;
        }
        QVERIFY(seen > 0);
    }

    void listNamespacesOfEveryRegion()
    {
        auto b = rest(QStringLiteral("bob"));
        // bob's own namespace "bob" holds nothing: none is reported.
        const auto none = resultOf(b->listNamespaces(QString()));
        QVERIFY(none.ok());
        QCOMPARE(none.value(), QStringList());
    }

    void cancelRefusalsSaidPlainly_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("withNamespace");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("says");
        QTest::newRow("not the token's own namespace")
            << "tok" << false << int(BackendError::Category::Permission)
            << "is not in the token's own namespace";
        QTest::newRow("a namespace the token may not act for")
            << "bob" << true << int(BackendError::Category::Permission)
            << "may not act for namespace";
        QTest::newRow("a token the service does not know")
            << "nobody" << true << int(BackendError::Category::Auth) << "refused the API token";
    }

    void cancelRefusalsSaidPlainly()
    {
        QFETCH(QString, token);
        QFETCH(bool, withNamespace);
        QFETCH(int, category);
        QFETCH(QString, says);
        QSqlQuery q = raw(QStringLiteral("SELECT ID, ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE "
                                         "STATUS = 5 AND EVER_PAYED = 1 AND ACCOUNT_ID <> "
                                         "'ns-0001' ORDER BY ID LIMIT 1"));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString ns = q.value(1).toString();
        q.finish();
        auto b = rest(token);
        const auto r = resultOf(b->cancel(id, withNamespace ? ns : QString()));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().category()), category);
        QVERIFY2(r.error().message().contains(says), qPrintable(r.error().message()));
        QSqlQuery still =
            raw(QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = ?"), {id});
        QVERIFY(still.next());
        QCOMPARE(still.value(0).toInt(), 5);
    }

    void cancelEndsTheOrderOnce()
    {
        QSqlQuery q = raw(QStringLiteral("SELECT ID, ACCOUNT_ID, LAST_CONSUME_ID FROM "
                                         "DF_PURCHASE_ORDER WHERE STATUS = 5 AND EVER_PAYED = 1 "
                                         "AND ACCOUNT_ID = ? ORDER BY ID LIMIT 1"),
                          {m_namespaces.constFirst()});
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString ns = q.value(1).toString();
        const int last = q.value(2).toInt();
        q.finish(); // a statement left open keeps SQLite's lock: the service could not write
        auto b = rest();
        const auto r = resultOf(b->cancel(id, ns));
        QVERIFY2(r.ok(),
                 qPrintable(r.ok() ? QString()
                                   : r.error().message() + QLatin1Char(' ') + r.error().details()));
        QVERIFY(r.value().resourceReleased);
        QCOMPARE(r.value().order.id, id);
        QSqlQuery after =
            raw(QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = ?"), {id});
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toInt(), 15);
        after.finish();
        QSqlQuery end = raw(QStringLiteral("SELECT CONSUME_ID, EXTRA_INFO, CONSUMING FROM "
                                           "DF_CONSUMING_HISTORY WHERE ID = ? AND CONSUME_ID > ?"),
                            {id, last});
        QVERIFY(end.next());
        QCOMPARE(end.value(0).toInt(), last + 1);
        QCOMPARE(end.value(1).toInt(), 3);
        QCOMPARE(end.value(2).toLongLong(), 0);
        QVERIFY(!end.next());
        end.finish();
        // The service says it is not consuming any more: said plainly.
        const auto again = resultOf(b->cancel(id, ns));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().category(), BackendError::Category::Conflict);
        QVERIFY2(again.error().message().contains(QLatin1String("not consuming")),
                 qPrintable(again.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestRestRegions)
#include "tst_restregions.moc"
