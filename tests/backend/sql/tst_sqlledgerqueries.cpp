// What the charge ledger reads to follow new charges (SqlLedgerQueries), on
// SQLite and MariaDB: the charges of key ranges, as one bound JSON array
// turned into rows (json_each, JSON_TABLE) and as the ORs older servers
// take, and the orders of runs of buckets. Checked against the rows read
// with plain SQL, one order at a time.

#include "demodatabasepair.h"
#include "sql/sqlconnection.h"
#include "sql/sqlledgerqueries.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <array>

class TestSqlLedgerQueries : public QObject
{
    Q_OBJECT

private:
    DemoDatabasePair m_data;

    static DemoOptions options()
    {
        DemoOptions options;
        options.namespaces = 40;
        options.months = 9;
        options.seed = 5;
        options.until = QDate(2026, 11, 25);
        return options;
    }

    // "ID CONSUME_ID ns region time amount" per charge of each range,
    // read order by order with plain SQL.
    static QStringList oracleCharges(const ConnectionSpec &spec, const QList<ChargeRange> &ranges)
    {
        QStringList lines;
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const ChargeRange &r : ranges) {
                q.prepare(QStringLiteral("SELECT ID, CONSUME_ID, ACCOUNT_ID, REGION, "
                                         "CONSUME_TIME, CONSUMING FROM DF_CONSUMING_HISTORY "
                                         "WHERE ID = ? ORDER BY CONSUME_ID"));
                q.addBindValue(r.id);
                if (!q.exec())
                    qFatal("oracle: %s", qPrintable(q.lastError().text()));
                while (q.next()) {
                    const qint64 consumeId = q.value(1).toLongLong();
                    if (consumeId <= r.after || consumeId > r.upTo)
                        continue;
                    // MariaDB: the stored fields, as local time; SQLite: text.
                    const QDateTime t =
                        q.value(4).typeId() == QMetaType::QDateTime
                            ? q.value(4).toDateTime()
                            : QDateTime::fromString(q.value(4).toString(),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                    lines.append(
                        QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(q.value(0).toLongLong())
                            .arg(consumeId)
                            .arg(q.value(2).toString(), q.value(3).toString(),
                                 QDateTime(t.date(), t.time(), Qt::UTC).toString(Qt::ISODate))
                            .arg(q.value(5).toLongLong()));
                }
            }
        });
        return lines;
    }

    static QStringList linesOf(const QList<LedgerCharge> &charges)
    {
        QStringList lines;
        for (const LedgerCharge &c : charges)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(c.id)
                             .arg(c.consumeId)
                             .arg(c.ns, c.region, c.time.toUTC().toString(Qt::ISODate))
                             .arg(c.amount.units()));
        return lines;
    }

    // Every other order with charges: part of each order's charges.
    static QList<ChargeRange> someRanges(const ConnectionSpec &spec)
    {
        QList<ChargeRange> ranges;
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT ID, LAST_CONSUME_ID FROM DF_PURCHASE_ORDER "
                                       "WHERE LAST_CONSUME_ID > 1 ORDER BY ID")))
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            for (int i = 0; q.next(); ++i) {
                const qint64 last = q.value(1).toLongLong();
                if (i % 2 == 0)
                    ranges.append({q.value(0).toLongLong(), last / 2, last});
            }
        });
        return ranges;
    }

    // Copies the orders `where` picks as new rows, with the ID `id` and the
    // region `region` (expressions over the copied row; "?" is bound from
    // `values`, in the order of the statement).
    static void copyOrders(QSqlQuery &q, const QString &id, const QString &region,
                           const QString &where, const QVariantList &values)
    {
        q.prepare(QStringLiteral("INSERT INTO DF_PURCHASE_ORDER (ID, ORDER_ID, ACCOUNT_ID, REGION, "
                                 "PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, "
                                 "LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, "
                                 "RESOURCE_NAME) SELECT %1, ORDER_ID, ACCOUNT_ID, %2, PLAN_ID, "
                                 "PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, "
                                 "EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, RESOURCE_NAME FROM "
                                 "DF_PURCHASE_ORDER WHERE %3")
                      .arg(id, region, where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("copy: %s", qPrintable(q.lastError().text()));
    }

    // "bucket orders sum-of-counts ended max-ID" per bucket of the orders of
    // `region` (all when empty) in [from, to) (no end when to < 0), grouped
    // here from every order's row; and the earliest START_TIME as text.
    static QStringList oracleBuckets(const ConnectionSpec &spec, const QString &region, qint64 from,
                                     qint64 to, QString *oldest)
    {
        QMap<qint64, std::array<qint64, 4>> buckets;
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(
                    QStringLiteral("SELECT ID, REGION, LAST_CONSUME_ID, STATUS, CAST(START_TIME "
                                   "AS CHAR) FROM DF_PURCHASE_ORDER")))
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if ((!region.isEmpty() && q.value(1).toString() != region) || id < from ||
                    (to >= 0 && id >= to))
                    continue;
                auto &b = buckets[id / 1024];
                b[3] = b[0] == 0 ? id : std::max(b[3], id);
                b[0] += 1;
                b[1] += q.value(2).toLongLong(); // NULL reads as 0
                b[2] += q.value(3).toInt() == 15;
                const QString start = q.value(4).toString();
                if (!start.isEmpty() && (oldest->isEmpty() || start < *oldest))
                    *oldest = start;
            }
        });
        QStringList lines;
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(it.key())
                             .arg(it.value()[0])
                             .arg(it.value()[1])
                             .arg(it.value()[2])
                             .arg(it.value()[3]));
        return lines;
    }

    static QStringList linesOf(const QList<OrderBucket> &buckets)
    {
        QStringList lines;
        for (const OrderBucket &b : buckets)
            lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                             .arg(b.bucket)
                             .arg(b.orders)
                             .arg(b.lastConsumeIds)
                             .arg(b.ended)
                             .arg(b.maxId));
        return lines;
    }

    // The signatures of `ids`, read with and without the oldest start,
    // against the oracle.
    static void checkBuckets(const ConnectionSpec &spec, const QString &region,
                             const OrderIdRange &ids)
    {
        QString oldest;
        const QStringList expected = oracleBuckets(spec, region, ids.fromId, ids.toId, &oldest);
        SqlConnection c(spec);
        QVERIFY(c.ensureOpen());
        QDateTime start;
        const auto withStart = SqlLedgerQueries::buckets(c, region, ids, &start);
        QVERIFY2(withStart, withStart ? "" : qPrintable(withStart.error().message()));
        QCOMPARE(linesOf(withStart.value()), expected);
        QCOMPARE(start.isValid() ? start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : QString(),
                 oldest);
        const auto plain = SqlLedgerQueries::buckets(c, region, ids);
        QVERIFY(plain);
        QCOMPARE(linesOf(plain.value()), expected);
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase() { m_data.make(QStringLiteral("ledgerqueries"), options()); }

    void charges_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("json");
        for (const char *b : {"sqlite", "mariadb"}) {
            QTest::addRow("%s: JSON rows", b) << b << true;
            QTest::addRow("%s: ORs", b) << b << false;
        }
    }
    void charges()
    {
        QFETCH(QString, backend);
        QFETCH(bool, json);
        const auto s = m_data.spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        const QList<ChargeRange> ranges = someRanges(*s);
        QVERIFY2(ranges.size() > 250,
                 qPrintable(QString::number(ranges.size()))); // > 1 statement of ORs
        const QStringList expected = oracleCharges(*s, ranges);
        QVERIFY(expected.size() > ranges.size());

        SqlConnection c(*s);
        QVERIFY(c.ensureOpen());
        c.setReadsJsonRows(json);
        const auto read = SqlLedgerQueries::charges(c, ranges);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QCOMPARE(linesOf(read.value()), expected);
        QCOMPARE(c.readsJsonRows(), json); // the server has them: no fallback
    }

    void counts_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addRow("sqlite") << "sqlite";
        QTest::addRow("mariadb") << "mariadb";
    }
    // Buckets with gaps between runs: only the orders of those buckets. The
    // orders are copied to six buckets of their own past the data's.
    void counts()
    {
        QFETCH(QString, backend);
        const auto s = m_data.spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        QString region;
        QList<qint64> buckets;
        QStringList expected;
        TestDatabases::withConnection(*s, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT MAX(ID), MIN(REGION) FROM DF_PURCHASE_ORDER")) ||
                !q.next())
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            const qint64 maxId = q.value(0).toLongLong();
            region = q.value(1).toString();
            const qint64 first = maxId / OrderBucket::Width + 1;
            for (qint64 k = 0; k < 6; ++k)
                copyOrders(q, QStringLiteral("ID + ?"), QStringLiteral("REGION"),
                           QStringLiteral("ID < ? AND ID % 3 = ?"),
                           {(first + k) * OrderBucket::Width, OrderBucket::Width, k % 3});
            buckets = {first, first + 2, first + 3, first + 5};
            q.prepare(QStringLiteral("SELECT ID, LAST_CONSUME_ID, STATUS FROM DF_PURCHASE_ORDER "
                                     "WHERE REGION = ? ORDER BY ID"));
            q.addBindValue(region);
            if (!q.exec())
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            while (q.next()) {
                const qint64 id = q.value(0).toLongLong();
                if (buckets.contains(id / OrderBucket::Width))
                    expected.append(QStringLiteral("%1 %2 %3")
                                        .arg(id)
                                        .arg(q.value(1).toLongLong())
                                        .arg(q.value(2).toInt() == 15));
            }
        });
        QVERIFY(expected.size() > 20);

        SqlConnection c(*s);
        QVERIFY(c.ensureOpen());
        const auto read = SqlLedgerQueries::counts(c, region, buckets);
        QVERIFY(read);
        QStringList lines; // the count written back as the order holds it
        for (const OrderCount &o : read.value())
            lines.append(QStringLiteral("%1 %2 %3")
                             .arg(o.id)
                             .arg(o.charges - (o.ended ? 1 : 0))
                             .arg(o.ended));
        QCOMPARE(lines, expected);
    }

    void buckets_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("allRegions");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        for (const char *b : {"sqlite", "mariadb"}) {
            QTest::addRow("%s: a region", b) << b << false << qint64(0) << qint64(-1);
            QTest::addRow("%s: every region", b) << b << true << qint64(0) << qint64(-1);
            QTest::addRow("%s: below a bucket's start", b)
                << b << false << qint64(0) << qint64(2048);
            QTest::addRow("%s: from a bucket's start", b)
                << b << false << qint64(2048) << qint64(-1);
            QTest::addRow("%s: inside buckets", b) << b << false << qint64(700) << qint64(3000);
            QTest::addRow("%s: to a bucket's start", b) << b << false << qint64(0) << qint64(20480);
            QTest::addRow("%s: from a bucket's end", b)
                << b << false << qint64(20479) << qint64(-1);
            QTest::addRow("%s: no order", b) << b << false << qint64(1) << qint64(1);
        }
    }
    // Every bucket's signature (MariaDB: one range of the key a bucket
    // between the first and the last, those two grouped, or all grouped
    // where fewer than three; SQLite: grouped) equals the orders' rows
    // grouped here.
    void buckets()
    {
        QFETCH(QString, backend);
        QFETCH(bool, allRegions);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const auto s = m_data.spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        QString region;
        TestDatabases::withConnection(*s, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT MIN(REGION), MAX(REGION) FROM DF_PURCHASE_ORDER")) ||
                !q.next())
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            region = q.value(0).toString();
            const QString other = q.value(1).toString() + QStringLiteral("-b");
            // Orders either side of bucket starts, past the data's: a range
            // a bucket that reached one ID too far would count one twice.
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE ID = ?"));
            q.addBindValue(20 * 1024);
            if (!q.exec() || !q.next())
                qFatal("orders: %s", qPrintable(q.lastError().text()));
            if (q.value(0).toInt() > 0)
                return; // added by an earlier row
            const QList<std::pair<qint64, QString>> added{
                {20 * 1024 - 1, region}, {20 * 1024, region},     {20 * 1024 + 1, region},
                {21 * 1024 - 2, other},  {21 * 1024 - 1, region}, {21 * 1024, region}};
            for (const auto &[id, in] : added)
                copyOrders(q, QStringLiteral("?"), QStringLiteral("?"),
                           QStringLiteral("ID = (SELECT MIN(ID) FROM DF_PURCHASE_ORDER)"),
                           {id, in});
        });
        checkBuckets(*s, allRegions ? QString() : region, {from, to});
    }

    void sparseBuckets_data() { counts_data(); }
    // An order far past the others (more buckets between than ranges in
    // one statement), and one with a negative ID: the grouped form.
    void sparseBuckets()
    {
        QFETCH(QString, backend);
        const auto s = m_data.spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        TestDatabases::withConnection(*s, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("DELETE FROM DF_PURCHASE_ORDER WHERE ID IN (-5000, %1)")
                            .arg(qint64(1) << 40)))
                qFatal("delete: %s", qPrintable(q.lastError().text())); // a repeated run
            for (qint64 id : {qint64(1) << 40, qint64(-5000)}) {
                copyOrders(
                    q, QStringLiteral("?"), QStringLiteral("REGION"),
                    QStringLiteral("ID = (SELECT MIN(ID) FROM DF_PURCHASE_ORDER WHERE ID > 0)"),
                    {id});
                checkBuckets(*s, QString(), {id > 0 ? 0 : id, -1});
            }
        });
    }
};

QTEST_GUILESS_MAIN(TestSqlLedgerQueries)
#include "tst_sqlledgerqueries.moc"
