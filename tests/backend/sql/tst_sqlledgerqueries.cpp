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

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase() { m_data.make(QStringLiteral("ledgerqueries"), options()); }

    void charges_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("json");
        for (const char *b : {"sqlite", "mariadb"}) {
            QTest::addRow("%s, JSON rows", b) << b << true;
            QTest::addRow("%s, ORs", b) << b << false;
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
            for (qint64 k = 0; k < 6; ++k) {
                q.prepare(QStringLiteral(
                    "INSERT INTO DF_PURCHASE_ORDER (ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, "
                    "PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, EVER_PAYED, "
                    "RENEW_RETRIES, STATUS, CREATOR, RESOURCE_NAME) SELECT ID + ?, ORDER_ID, "
                    "ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, "
                    "DEADLINE_TIME, LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, "
                    "RESOURCE_NAME FROM DF_PURCHASE_ORDER WHERE ID < ? AND ID % 3 = ?"));
                q.addBindValue((first + k) * OrderBucket::Width);
                q.addBindValue(OrderBucket::Width);
                q.addBindValue(k % 3);
                if (!q.exec())
                    qFatal("copy: %s", qPrintable(q.lastError().text()));
            }
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
};

QTEST_GUILESS_MAIN(TestSqlLedgerQueries)
#include "tst_sqlledgerqueries.moc"
