// The charge ledger's warm runs (ChargeLedger::sync) on SQLite and MariaDB,
// against an oracle that reads every charge with its own SQL
// (ledgerfixture.h): after the service writes new charges (renewals, end
// rows, a new order, a charge in a month not made yet), a warm spend, total
// and time range equal the oracle while the source is asked only for the
// orders' signatures, the moved orders and exactly the new charges; on big
// data over both connections, in halves; a second connection refused is
// made up for over the first.

#include "ledgerfixture.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlQuery>
#include <QTest>

using TestFutures::valueOf;

class TestChargeLedgerSync : public QObject, public LedgerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void followsNewCharges_data() { addRows(true); }
    void followsNewCharges()
    {
        QFETCH(QString, backend);
        QFETCH(QString, zone);
        QFETCH(int, parts);
        const auto spec = freshData(backend, parts);
        if (!spec)
            QSKIP("no MariaDB (run through ctest)");
        const QTimeZone tz(zone.toUtf8());
        Counted setup = counted(*spec, tz, parts > 1);
        const auto &source = setup.source;
        const auto &c = setup.cache;
        const QString region = valueOf(source->listRegions()).constFirst().identification;
        UsageFilter filter;
        filter.region = region;

        // Cold: one pass (in two parts at once on big data), equal to the oracle.
        QCOMPARE(spendOf(*c, filter, tz), oracleCells(allCharges(*spec), region, tz));
        QCOMPARE(source->calls(QStringLiteral("baseline")), 1);
        if (parts > 1) {
            QCOMPARE(source->calls(QStringLiteral("split")), 1);
            QVERIFY(*setup.second);
            QCOMPARE((*setup.second)->calls(QStringLiteral("baseline")), 1);
        } else {
            QVERIFY(!*setup.second);
        }
        QCOMPARE(source->calls(QStringLiteral("spend")), 0);
        QCOMPARE(source->calls(QStringLiteral("range")), 0);

        // The service writes: renewals in the open month and ahead of it,
        // end rows, and a new order charged in a month the ledger has not made.
        int written = 0;
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            const QList<qint64> ids = consumingOrders(db, region, 12);
            QVERIFY(ids.size() >= 6);
            for (int i = 0; i < ids.size(); ++i, ++written)
                serviceCharge(db, ids[i], 10000 + i, Now.addDays(i % 8 - 1), false);
            for (int i = 0; i < 3; ++i, ++written)
                serviceCharge(db, ids[i], -2500, Now.addSecs(60), true);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(ID) FROM DF_PURCHASE_ORDER")) && q.next());
            const qint64 id = q.value(0).toLongLong() + OrderBucket::Width; // a bucket of its own
            q.finish();
            exec(db,
                 QStringLiteral("INSERT INTO DF_PURCHASE_ORDER (ID, ORDER_ID, ACCOUNT_ID, REGION, "
                                "PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, "
                                "LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, "
                                "RESOURCE_NAME) VALUES (?, 'o-new', 'ns-brand-new', ?, 'plan', "
                                "'resources', ?, ?, ?, 0, 1, 0, 5, 'tester', 'r-new')"),
                 {id, region, Now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                  Now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                  Now.addMonths(3).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
            serviceCharge(db, id, 990000, Now, false);
            serviceCharge(db, id, 990001, Now.addDays(75), false); // beyond the months made
            written += 2;
        });
        const QList<Charge> now = allCharges(*spec);

        // Warm: only the signatures, the moved orders and the new charges.
        QCOMPARE(spendOf(*c, filter, tz), oracleCells(now, region, tz));
        QCOMPARE(source->calls(QStringLiteral("baseline")), 1);
        QCOMPARE(source->calls(QStringLiteral("spend")), 0);
        QCOMPARE(source->calls(QStringLiteral("range")), 0);
        QCOMPARE(source->chargesHanded.load(), written);
        // The orders scanned once; on big data in two halves, one per connection.
        QCOMPARE(source->calls(QStringLiteral("buckets")), 1);
        if (parts > 1)
            QCOMPARE((*setup.second)->calls(QStringLiteral("buckets")), 1);

        // Totals and the time range from the same cells.
        qint64 units = 0;
        qint64 count = 0;
        qint64 nsUnits = 0;
        QDateTime first;
        QDateTime last;
        QDateTime nsFirst; // of ns-brand-new: months after the region's first
        QDateTime nsLast;
        for (const Charge &ch : now) {
            if (ch.region != region)
                continue;
            units += ch.units;
            ++count;
            if (ch.ns == QLatin1String("ns-brand-new")) {
                nsUnits += ch.units;
                if (!nsFirst.isValid() || ch.time < nsFirst)
                    nsFirst = ch.time;
                if (!nsLast.isValid() || ch.time > nsLast)
                    nsLast = ch.time;
            }
            if (!first.isValid() || ch.time < first)
                first = ch.time;
            if (!last.isValid() || ch.time > last)
                last = ch.time;
        }
        const UsageTotal total = valueOf(c->usageTotal(filter));
        QCOMPARE(total.amount.units(), units);
        QCOMPARE(total.charges, count);
        UsageFilter one = filter;
        one.namespaces = {QStringLiteral("ns-brand-new")};
        QCOMPARE(valueOf(c->usageTotal(one)).amount.units(), nsUnits);
        const auto range = valueOf(c->usageTimeRange(filter));
        QCOMPARE(range.first, first);
        QCOMPARE(range.second, last);
        const auto nsRange = valueOf(c->usageTimeRange(one));
        QVERIFY(nsFirst > first);
        QCOMPARE(nsRange.first, nsFirst);
        QCOMPARE(nsRange.second, nsLast);
        QCOMPARE(source->calls(QStringLiteral("total")), 0);
        QCOMPARE(source->calls(QStringLiteral("baseline")), 1);

        // Months before the first charge are empty, not asked live.
        const QList<MonthSpan> wider = MonthCalendar::monthsCovering(first.addMonths(-6), last, tz);
        QCOMPARE(cacheCells(valueOf(c->spendByNamespaceAndMonth(filter, wider))),
                 oracleCells(now, region, tz));
        QCOMPARE(source->calls(QStringLiteral("spend")), 0);
        QCOMPARE(source->calls(QStringLiteral("baseline")), 1);

        // Nothing new: the signatures alone.
        const int counts = source->calls(QStringLiteral("counts"));
        QCOMPARE(spendOf(*c, filter, tz), oracleCells(now, region, tz));
        QCOMPARE(source->calls(QStringLiteral("counts")), counts);
    }

    void warmScanSecondRefused_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << "sqlite";
        QTest::addRow("mariadb") << "mariadb";
    }
    // A second session refused at a warm run (a per-user connection limit,
    // a server at max_connections): its half of the orders is scanned again
    // over the first connection, and the spend is the same.
    void warmScanSecondRefused()
    {
        QFETCH(QString, backend);
        const auto spec = freshData(backend, 2);
        if (!spec)
            QSKIP("no MariaDB (run through ctest)");
        const QTimeZone tz("Asia/Shanghai");
        const QString path = m_dir.filePath(QStringLiteral("refused-%1.sqlite").arg(++m_made));
        const QString region = QStringLiteral("cn-north-1");
        UsageFilter filter;
        filter.region = region;
        {
            auto made =
                cached(std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(*spec)), tz,
                       {}, path);
            QCOMPARE(spendOf(*made, filter, tz), oracleCells(allCharges(*spec), region, tz));
        }
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            const QList<qint64> ids = consumingOrders(db, region, 4);
            for (int i = 0; i < ids.size(); ++i)
                serviceCharge(db, ids[i], 7000 + i, Now, false);
        });
        ConnectionSpec refused = *spec;
        if (refused.kind == ConnectionSpec::Kind::Sqlite)
            refused.path = m_dir.filePath(QStringLiteral("missing.db"));
        else
            refused.password = QStringLiteral("not the password");
        auto source = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(*spec));
        auto c = cached(
            source, tz, [refused] { return std::make_shared<SqlBackend>(refused); }, path);
        QCOMPARE(spendOf(*c, filter, tz), oracleCells(allCharges(*spec), region, tz));
        QCOMPARE(source->calls(QStringLiteral("baseline")), 0);
        QCOMPARE(source->calls(QStringLiteral("buckets")), 2); // its half, then the other
    }

    void followsManyNewCharges_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << "sqlite";
        QTest::addRow("mariadb") << "mariadb";
    }
    // Charges spread over a big region, as a busy day writes them: the
    // moved orders and their new charges are read in two halves at once,
    // one per connection, each charge once, and the spend is the oracle's.
    void followsManyNewCharges()
    {
        QFETCH(QString, backend);
        const auto spec = freshData(backend, 2);
        if (!spec)
            QSKIP("no MariaDB (run through ctest)");
        const QTimeZone tz("Asia/Shanghai");
        Counted setup = counted(*spec, tz, true);
        const QString region = QStringLiteral("cn-north-1");
        UsageFilter filter;
        filter.region = region;
        QCOMPARE(spendOf(*setup.cache, filter, tz), oracleCells(allCharges(*spec), region, tz));

        int written = 0;
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            // Evenly over the region's orders: every bucket moves.
            const QList<qint64> consuming = consumingOrders(db, region, 1 << 30);
            const qsizetype wanted = ChargeLedger::FetchSplitFrom + 40;
            QVERIFY(consuming.size() > wanted);
            QList<qint64> ids;
            for (qsizetype i = 0; i < wanted; ++i)
                ids.append(consuming[i * consuming.size() / wanted]);
            for (int i = 0; i < ids.size(); ++i, ++written)
                serviceCharge(db, ids[i], 5000 + i, Now.addDays(i % 5 - 2), false);
        });
        QCOMPARE(spendOf(*setup.cache, filter, tz), oracleCells(allCharges(*spec), region, tz));
        const auto &first = setup.source;
        const auto &second = *setup.second;
        QVERIFY(second);
        QCOMPARE(first->calls(QStringLiteral("baseline")), 1);
        QCOMPARE(first->calls(QStringLiteral("counts")), 1);
        QCOMPARE(second->calls(QStringLiteral("counts")), 1);
        QCOMPARE(first->calls(QStringLiteral("charges")), 1);
        QCOMPARE(second->calls(QStringLiteral("charges")), 1);
        QVERIFY(first->chargesHanded.load() > 0);
        QVERIFY(second->chargesHanded.load() > 0);
        QCOMPARE(first->chargesHanded.load() + second->chargesHanded.load(), written);
    }
};

QTEST_GUILESS_MAIN(TestChargeLedgerSync)
#include "tst_chargeledgersync.moc"
