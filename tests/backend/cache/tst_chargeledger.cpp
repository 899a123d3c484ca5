// The roll-up cache's charge ledger (CachingBackend over SqlBackend) on
// SQLite and MariaDB, against an oracle that reads every charge with its own
// SQL (ledgerfixture.h): an order that moves backwards makes the ledger
// again; an amount edited in place is found by verification; a count seen
// before its charge row waits for the row; a cold total is the raw SUM.
// Warm runs after new charges: tst_chargeledgersync.

#include "core/monthcalendar.h"
#include "ledgerfixture.h"
#include "sql/schema.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using TestFutures::valueOf;

class TestChargeLedger : public QObject, public LedgerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backwardsMakesAgain_data() { addRows(); }
    void backwardsMakesAgain()
    {
        QFETCH(QString, backend);
        QFETCH(QString, zone);
        const auto spec = freshData(backend);
        if (!spec)
            QSKIP("no MariaDB (run through ctest)");
        const QTimeZone tz(zone.toUtf8());
        Counted setup = counted(*spec, tz);
        const auto &source = setup.source;
        const auto &c = setup.cache;
        UsageFilter all; // every region: a ledger of its own
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        // An order's last charge deleted and its count lowered: not the
        // service's doing, and no sum of new charges can follow it.
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            const QString region = valueOf(source->listRegions()).constFirst().identification;
            const qint64 id = consumingOrders(db, region, 1).constFirst();
            exec(db,
                 QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE ID = ? AND CONSUME_ID = "
                                "(SELECT LAST_CONSUME_ID FROM DF_PURCHASE_ORDER WHERE ID = ?)"),
                 {id, id});
            exec(db,
                 QStringLiteral("UPDATE DF_PURCHASE_ORDER SET LAST_CONSUME_ID = LAST_CONSUME_ID "
                                "- 1 WHERE ID = ?"),
                 {id});
        });
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        QCOMPARE(source->calls(QStringLiteral("baseline")), 2);
    }

    void editInPlaceFoundByVerification()
    {
        const auto spec = freshData(QStringLiteral("sqlite"));
        const QTimeZone tz("Asia/Shanghai");
        Counted setup = counted(*spec, tz);
        const auto &c = setup.cache;
        UsageFilter all;
        const QString before = oracleCells(allCharges(*spec), QString(), tz);
        QCOMPARE(spendOf(*c, all, tz), before);
        TestDatabases::withConnection(*spec, [](QSqlDatabase &db) {
            exec(db, QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUMING = CONSUMING + 1 "
                                    "WHERE CONSUME_ID = 1 AND ID = (SELECT MIN(ID) FROM "
                                    "DF_CONSUMING_HISTORY)"));
        });
        const QString after = oracleCells(allCharges(*spec), QString(), tz);
        QVERIFY(after != before);
        // No count moved: trusted until checked (docs/rollup-cache.md).
        QCOMPARE(spendOf(*c, all, tz), before);
        const CacheVerifyReport report = valueOf(c->verify());
        QCOMPARE(report.mismatches.size(), 1);
        QCOMPARE(spendOf(*c, all, tz), after);
        QCOMPARE(valueOf(c->verify()).mismatches.size(), 0);
    }

    void tornCellsNotRead_data()
    {
        QTest::addColumn<QString>("damage");
        // "range": the time range, then the spend (every cell is read while
        // the orders are scanned); "months": the spend of months given
        // (cells read after the scan); "charged": a new charge moves its
        // orders' bucket before the range and the spend.
        QTest::addColumn<QString>("how");
        const QString one = QStringLiteral(" WHERE rowid = (SELECT MIN(rowid) FROM ledger_cells)");
        const QString range = QStringLiteral("range");
        // A month's cells: inside the first namespace's name, three bytes
        // short of the last cell's last time, a first name's length beyond
        // the blob, one near the largest integer.
        const QString cutInName =
            QStringLiteral("UPDATE ledger_cells SET cells = substr(cells, 1, 10)") + one;
        QTest::newRow("cut in a name") << cutInName << range;
        QTest::newRow("cut in a name, months given") << cutInName << QStringLiteral("months");
        QTest::newRow("cut in a time") << QStringLiteral("UPDATE ledger_cells SET cells = "
                                                         "substr(cells, 1, length(cells) - 3)") +
                                              one
                                       << range;
        QTest::newRow("a length too long")
            << QStringLiteral("UPDATE ledger_cells SET cells = CAST(X'FFFFFF0000000000' || "
                              "substr(cells, 9) AS BLOB)") +
                   one
            << range;
        QTest::newRow("a length near the largest integer")
            << QStringLiteral("UPDATE ledger_cells SET cells = CAST(X'F0FFFFFFFFFFFF7F' || "
                              "substr(cells, 9) AS BLOB)") +
                   one
            << range;
        // The months' boundaries: cut inside a time, none, two swapped.
        QTest::newRow("boundaries cut")
            << QStringLiteral("UPDATE ledgers SET boundaries = substr(boundaries, 1, 13)") << range;
        QTest::newRow("no boundaries")
            << QStringLiteral("UPDATE ledgers SET boundaries = X''") << range;
        QTest::newRow("boundaries swapped")
            << QStringLiteral("UPDATE ledgers SET boundaries = CAST(substr(boundaries, 9, 8) || "
                              "substr(boundaries, 1, 8) || substr(boundaries, 17) AS BLOB)")
            << QStringLiteral("months");
        // The charges each order's cells hold, cut short in every bucket: read
        // only for a bucket that moved.
        QTest::newRow("held counts cut")
            << QStringLiteral("UPDATE ledger_orders SET absorbed = substr(absorbed, 1, 12)")
            << QStringLiteral("charged");
    }

    // The ledger damaged behind the cache's back: the spend is still the
    // charges', never cells read from the wrong bytes, nor an error; the
    // ledger is made again once.
    void tornCellsNotRead()
    {
        QFETCH(QString, damage);
        QFETCH(QString, how);
        const auto spec = freshData(QStringLiteral("sqlite"));
        const QTimeZone tz("Asia/Shanghai");
        const QString path = m_dir.filePath(QStringLiteral("torn-%1/rollups.sqlite").arg(++m_made));
        const auto source = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(*spec));
        UsageFilter all;
        QCOMPARE(spendOf(*cached(source, tz, {}, path), all, tz),
                 oracleCells(allCharges(*spec), QString(), tz));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("torn"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(damage), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() >= 1);
            // Bytes as written here (|| of blobs makes text, which the
            // driver would read back as other bytes).
            QVERIFY(q.exec(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM ledger_cells WHERE typeof(cells) <> 'blob') + "
                "(SELECT COUNT(*) FROM ledgers WHERE typeof(boundaries) <> 'blob') + "
                "(SELECT COUNT(*) FROM ledger_orders WHERE typeof(absorbed) <> 'blob')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("torn"));
        if (how == QLatin1String("charged")) {
            TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
                const QString region = valueOf(source->listRegions()).constFirst().identification;
                serviceCharge(db, consumingOrders(db, region, 1).constFirst(), 777, Now, false);
            });
        }
        const QString want = oracleCells(allCharges(*spec), QString(), tz);
        const auto range = valueOf(SqlBackend(*spec).usageTimeRange(all));
        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(range.first, range.second, tz);
        for (int run = 0; run < 2; ++run) {
            auto c = cached(source, tz, {}, path);
            if (how == QLatin1String("months"))
                QCOMPARE(cacheCells(valueOf(c->spendByNamespaceAndMonth(all, months))), want);
            else
                QCOMPARE(spendOf(*c, all, tz), want);
        }
        QCOMPARE(source->calls(QStringLiteral("baseline")), 2);
    }

    void countBeforeRowWaits()
    {
        // An order's count seen before its charge row (written in two
        // steps): the charge is taken when it shows, never counted twice.
        const auto spec = freshData(QStringLiteral("sqlite"));
        const QTimeZone tz("Asia/Shanghai");
        Counted setup = counted(*spec, tz);
        const auto &source = setup.source;
        const auto &c = setup.cache;
        UsageFilter all;
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        qint64 id = 0;
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            const QString region = valueOf(source->listRegions()).constFirst().identification;
            id = consumingOrders(db, region, 1).constFirst();
            serviceCharge(db, id, 4242, Now, false);
            // The row is held back for now; the count stays.
            exec(db,
                 QStringLiteral("CREATE TABLE HELD AS SELECT * FROM DF_CONSUMING_HISTORY "
                                "WHERE ID = ? AND CONSUMING = 4242"),
                 {id});
            exec(db,
                 QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE ID = ? AND "
                                "CONSUMING = 4242"),
                 {id});
        });
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
            exec(db, QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY SELECT * FROM HELD"));
        });
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        QCOMPARE(spendOf(*c, all, tz), oracleCells(allCharges(*spec), QString(), tz));
        QCOMPARE(source->calls(QStringLiteral("baseline")), 1);
    }

    void coldTotalIsTheRawSum_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("parts");
        QTest::addColumn<bool>("indexed");
        for (const char *b : {"sqlite", "mariadb"}) {
            QTest::addRow("%s", b) << QString::fromLatin1(b) << 1 << false;
            QTest::addRow("%s, big data", b) << QString::fromLatin1(b) << 2 << false;
            QTest::addRow("%s, big data, indexed", b) << QString::fromLatin1(b) << 2 << true;
        }
    }
    // No ledger yet: the raw SUM, not a fill; on big data one half of the
    // table over each connection (MariaDB by ID, SQLite by rowid), or,
    // with the advised indexes, one half of the time index's range of the
    // region (or namespace) over each, the untimed charges with the later.
    void coldTotalIsTheRawSum()
    {
        QFETCH(QString, backend);
        QFETCH(int, parts);
        QFETCH(bool, indexed);
        const auto spec = freshData(backend, parts);
        if (!spec)
            QSKIP("no MariaDB (run through ctest)");
        if (indexed) {
            TestDatabases::withConnection(*spec, [&](QSqlDatabase &db) {
                const auto dialect = spec->kind == ConnectionSpec::Kind::Mysql
                                         ? Schema::Dialect::Mysql
                                         : Schema::Dialect::Sqlite;
                for (const Schema::IndexAdvice &index : Schema::advisedIndexes())
                    exec(db, Schema::createIndexStatement(index, dialect));
                // Two charges without a time: counted by a total with no range.
                exec(db, QStringLiteral(
                             "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, "
                             "CONSUMING, CONSUME_TIME, ACCOUNT_ID, REGION, PLAN_ID, "
                             "PLAN_HISTORY_ID) SELECT ID, ORDER_ID, CONSUME_ID + 5000, 777, NULL, "
                             "ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID FROM "
                             "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1' ORDER BY ID, "
                             "ORDER_ID, CONSUME_ID LIMIT 2"));
            });
        }
        Counted setup = counted(*spec, QTimeZone("Asia/Shanghai"), parts > 1);
        const auto &source = setup.source;
        const auto &c = setup.cache;
        const QString region = QStringLiteral("cn-north-1");
        qint64 all = 0;
        qint64 inRegion = 0;
        qint64 charges = 0;
        for (const Charge &ch : allCharges(*spec)) {
            all += ch.units;
            if (ch.region == region) {
                inRegion += ch.units;
                ++charges;
            }
        }
        QCOMPARE(valueOf(c->usageTotal(UsageFilter())).amount.units(), all);
        UsageFilter filter;
        filter.region = region;
        const UsageTotal total = valueOf(c->usageTotal(filter));
        QCOMPARE(total.amount.units(), inRegion);
        QCOMPARE(total.charges, charges);
        QCOMPARE(source->calls(QStringLiteral("baseline")), 0);
        QCOMPARE(source->calls(QStringLiteral("spend")), 0);
        if (parts > 1) {
            QCOMPARE(source->calls(QStringLiteral("total of half")), 2);
            QCOMPARE((*setup.second)->calls(QStringLiteral("total of half")), 2);
            QCOMPARE(source->calls(QStringLiteral("total")), 0);
        } else {
            QCOMPARE(source->calls(QStringLiteral("total")), 2);
        }
        if (!indexed)
            return;
        // A namespace, and a range that cuts months: halves of the index too.
        const QList<Charge> rows = allCharges(*spec);
        UsageFilter one = filter;
        one.namespaces = QStringList{rows.constFirst().ns};
        UsageFilter range = filter;
        range.from = Now.addDays(-200).addSecs(3599);
        range.to = Now.addDays(-20).addSecs(-1234);
        for (const UsageFilter &f : {one, range}) {
            qint64 units = 0;
            qint64 count = 0;
            for (const Charge &ch : rows) {
                if (ch.region != region || (!f.namespaces.isEmpty() && ch.ns != one.namespaces[0]))
                    continue;
                if (f.from.isValid() && (!ch.time.isValid() || ch.time < f.from || ch.time >= f.to))
                    continue;
                units += ch.units;
                ++count;
            }
            const int halves = source->calls(QStringLiteral("total of half"));
            const UsageTotal t = valueOf(c->usageTotal(f));
            QCOMPARE(t.amount.units(), units);
            QCOMPARE(t.charges, count);
            QCOMPARE(source->calls(QStringLiteral("total of half")), halves + 1);
            // Cut by the time, inside the filter's range.
            const TotalHalf half = source->halvesAsked().constLast();
            QVERIFY(half.cut.at.isValid());
            QCOMPARE(half.cut.key, 0);
            QVERIFY(!f.from.isValid() || (half.cut.at > f.from && half.cut.at < f.to));
        }
        QCOMPARE((*setup.second)->calls(QStringLiteral("total of half")), 4);
        QCOMPARE(source->calls(QStringLiteral("total")), 0);
    }
};

QTEST_GUILESS_MAIN(TestChargeLedger)
#include "tst_chargeledger.moc"
