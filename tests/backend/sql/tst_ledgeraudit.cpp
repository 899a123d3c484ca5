// The ledger audit on real databases (SQLite, and MariaDB when the fixture
// runs): each kind is injected with hand-written SQL into a copy of the demo
// data, and the audit must find exactly the demo's own findings plus the
// injected ones, with their keys. The demo's own findings are worked out
// here: its only amounts the REST API rounds are the 1666.66 and 1777.77
// yuan charges of res-c32m64 (checked by tst_float32loss).

#include "demo/demodatagenerator.h"
#include "sql/sqlbackend.h"
#include "sql/sqlconnection.h"
#include "sql/sqlledgeraudit.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// An order the injections change: its key, ORDER_ID, LAST_CONSUME_ID and
// deadline as stored.
struct Target
{
    qint64 key = 0;
    QString orderId;
    int last = 0;
    QString deadline;
};

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString finding(const char *kind, const Target &t, std::optional<int> consumeId = std::nullopt)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(QLatin1String(kind))
        .arg(t.key)
        .arg(t.orderId, consumeId ? QString::number(*consumeId) : QString());
}

QStringList keysOf(const AuditReport &r)
{
    QStringList out;
    for (const AuditFinding &f : r.findings)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(auditKindName(f.kind))
                   .arg(f.orderKey)
                   .arg(f.orderId, f.consumeId ? QString::number(*f.consumeId) : QString());
    return out;
}

} // namespace

class TestLedgerAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_sqlite;
    std::optional<ConnectionSpec> m_mariadb;
    QList<ConnectionSpec> m_copies; // MariaDB databases to drop
    QDateTime m_now;
    QStringList m_baseline;
    qint64 m_orders = 0;
    qint64 m_charges = 0;
    Target m_consuming; // consuming, paid, 3 or more charges, none rounded
    Target m_ended;     // ended, with its end row at LAST_CONSUME_ID + 1
    qint64 m_unusedKey = 0;
    int m_copyCount = 0;

    static Target pick(QSqlDatabase &db, const QString &where)
    {
        QSqlQuery q(db);
        const bool ok = q.exec(QStringLiteral("SELECT ID, ORDER_ID, LAST_CONSUME_ID, DEADLINE_TIME "
                                              "FROM DF_PURCHASE_ORDER WHERE PLAN_ID <> "
                                              "'res-c32m64' AND %1 ORDER BY ID LIMIT 1")
                                   .arg(where));
        if (!ok || !q.next())
            qFatal("no order %s: %s", qPrintable(where), qPrintable(q.lastError().text()));
        return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                q.value(3).toString().left(19)};
    }

    // A copy of the demo data to inject into.
    ConnectionSpec copyOf(const QString &backend)
    {
        const QString name = QStringLiteral("copy%1").arg(++m_copyCount);
        if (backend == QLatin1String("sqlite")) {
            ConnectionSpec spec = m_sqlite;
            spec.path = m_dir.filePath(name + QStringLiteral(".db"));
            if (!QFile::copy(m_sqlite.path, spec.path))
                qFatal("cannot copy %s", qPrintable(m_sqlite.path));
            return spec;
        }
        ConnectionSpec spec = TestDatabases::createMariaDbDatabase(QStringLiteral("auditcopy"));
        m_copies << spec;
        exec(spec, {QStringLiteral("CREATE TABLE DF_PURCHASE_ORDER LIKE `%1`.DF_PURCHASE_ORDER")
                        .arg(m_mariadb->database),
                    QStringLiteral("INSERT INTO DF_PURCHASE_ORDER SELECT * FROM "
                                   "`%1`.DF_PURCHASE_ORDER")
                        .arg(m_mariadb->database),
                    QStringLiteral("CREATE TABLE DF_CONSUMING_HISTORY LIKE "
                                   "`%1`.DF_CONSUMING_HISTORY")
                        .arg(m_mariadb->database),
                    QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY SELECT * FROM "
                                   "`%1`.DF_CONSUMING_HISTORY")
                        .arg(m_mariadb->database)});
        return spec;
    }

    static void exec(const ConnectionSpec &spec, const QStringList &statements)
    {
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("inject"));
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inject"));
    }

    AuditFilter auditFilter() const
    {
        AuditFilter f;
        f.now = m_now;
        return f;
    }

    // The audit straight on a connection, with pages of `pageRows`.
    AuditReport auditPaged(const ConnectionSpec &spec, int pageRows, const AuditFilter &f)
    {
        SqlConnection c(spec);
        if (!c.ensureOpen())
            qFatal("cannot open %s", qPrintable(spec.toDisplayString()));
        auto r = SqlLedgerAudit::run(c, f, pageRows);
        c.close();
        if (!r)
            qFatal("audit failed: %s", qPrintable(r.error().message()));
        return r.value();
    }

    void addRows(const char *name, const QStringList &sql, const QStringList &found,
                 bool sqliteOnly = false)
    {
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("mariadb")}) {
            if (backend == QLatin1String("mariadb") && sqliteOnly)
                continue;
            QTest::addRow("%s %s", qPrintable(backend), name) << backend << sql << found;
        }
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.namespaces = 12;
        options.months = 14;
        options.seed = 7;
        options.until = QDate(2026, 11, 25);
        m_now = QDateTime(options.until, QTime(0, 0), Qt::UTC);
        m_sqlite.kind = ConnectionSpec::Kind::Sqlite;
        m_sqlite.path = m_dir.filePath(QStringLiteral("demo.db"));
        {
            QSqlDatabase db = TestDatabases::openRaw(m_sqlite, QStringLiteral("gen"));
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            QSqlQuery q(db);
            // Every amount of the demo the REST API could round: the plans'
            // prices above 972.2586 yuan, of which 1688.88 comes back exact.
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT CONSUMING FROM DF_CONSUMING_HISTORY "
                                          "WHERE ABS(CONSUMING) >= 9722586 ORDER BY 1")));
            QList<qint64> large;
            while (q.next())
                large << q.value(0).toLongLong();
            QCOMPARE(large, (QList<qint64>{16666600, 16888800, 17777700}));
            QVERIFY(q.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID FROM "
                                          "DF_CONSUMING_HISTORY WHERE CONSUMING IN (16666600, "
                                          "17777700)")));
            while (q.next())
                m_baseline << QStringLiteral("float32-loss|%1|%2|%3")
                                  .arg(q.value(0).toLongLong())
                                  .arg(q.value(1).toString())
                                  .arg(q.value(2).toInt());
            QVERIFY(m_baseline.size() > 10);
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM DF_PURCHASE_ORDER), "
                                          "(SELECT COUNT(*) FROM DF_CONSUMING_HISTORY), "
                                          "(SELECT MAX(ID) FROM DF_PURCHASE_ORDER)")) &&
                    q.next());
            m_orders = q.value(0).toLongLong();
            m_charges = q.value(1).toLongLong();
            m_unusedKey = q.value(2).toLongLong() + 1000;
            m_consuming = pick(db, QStringLiteral("STATUS = 5 AND EVER_PAYED = 1 AND "
                                                  "RENEW_RETRIES = 0 AND LAST_CONSUME_ID >= 3"));
            m_ended = pick(db, QStringLiteral("STATUS = 15 AND LAST_CONSUME_ID >= 2"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("auditbase"));
            {
                QSqlDatabase db = TestDatabases::openRaw(*m_mariadb, QStringLiteral("genm"));
                QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("genm"));
        }
    }

    void cleanup()
    {
        for (const ConnectionSpec &spec : std::as_const(m_copies))
            TestDatabases::dropMariaDbDatabase(spec);
        m_copies.clear();
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void injected_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("sql");
        QTest::addColumn<QStringList>("found");
        const Target &c = m_consuming;
        const Target &e = m_ended;
        const auto order = [](const Target &t, const QString &set) {
            return QStringLiteral("UPDATE DF_PURCHASE_ORDER SET %1 WHERE ID = %2")
                .arg(set)
                .arg(t.key);
        };
        const auto charge = [](const Target &t, int id, const QString &set) {
            return QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET %1 WHERE ID = %2 AND "
                                  "CONSUME_ID = %3")
                .arg(set)
                .arg(t.key)
                .arg(id);
        };
        // A copy of charge `from` of `t` as charge `to`, with EXTRA_INFO `extra`.
        const auto copyCharge = [](const Target &t, int from, int to, int extra) {
            return QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, "
                                  "CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
                                  "PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) SELECT ID, ORDER_ID, %1, "
                                  "CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
                                  "PLAN_ID, PLAN_HISTORY_ID, %2 FROM DF_CONSUMING_HISTORY WHERE "
                                  "ID = %3 AND CONSUME_ID = %4")
                .arg(to)
                .arg(extra)
                .arg(t.key)
                .arg(from);
        };
        const auto orphan = [](qint64 key, const char *orderId) {
            return QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, "
                                  "CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
                                  "PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) VALUES (%1, '%2', 1, "
                                  "123000, '2026-05-01 08:00:00', '2026-06-01 08:00:00', "
                                  "'ns-0001', 'cn-north-1', 'res-c1m2', 1, 0)")
                .arg(key)
                .arg(QLatin1String(orderId));
        };
        const QString stalled =
            QStringLiteral("'%1'").arg(utcText(m_now.addSecs(-AuditRules::StalledAfterSecs - 1)));
        const QString boundary =
            QStringLiteral("'%1'").arg(utcText(m_now.addSecs(-AuditRules::StalledAfterSecs)));
        QDateTime deadline =
            QDateTime::fromString(c.deadline, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        deadline.setTimeSpec(Qt::UTC);
        const QString dayLater = QStringLiteral("'%1'").arg(utcText(deadline.addDays(1)));

        addRows("nothing injected", {}, {});
        addRows("stalled-renewal",
                {order(c, QStringLiteral("DEADLINE_TIME = ") + stalled),
                 charge(c, c.last, QStringLiteral("DEADLINE_TIME = ") + stalled)},
                {finding("stalled-renewal", c)});
        addRows("paid up to exactly 7 days 8 h ago: not stalled",
                {order(c, QStringLiteral("DEADLINE_TIME = ") + boundary),
                 charge(c, c.last, QStringLiteral("DEADLINE_TIME = ") + boundary)},
                {});
        addRows("deadline-mismatch", {order(c, QStringLiteral("DEADLINE_TIME = ") + dayLater)},
                {finding("deadline-mismatch", c, c.last)});
        addRows("charge-count-mismatch: the last charge deleted",
                {QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE ID = %1 AND CONSUME_ID "
                                "= %2")
                     .arg(c.key)
                     .arg(c.last)},
                {finding("charge-count-mismatch", c, c.last - 1)});
        addRows("charge-count-mismatch: a renewal not counted",
                {copyCharge(c, c.last, c.last + 1, 1)},
                {finding("charge-count-mismatch", c, c.last + 1)});
        addRows("charge-count-mismatch: an end row on a consuming order",
                {copyCharge(c, c.last, c.last + 1, 3)},
                {finding("charge-count-mismatch", c, c.last + 1)});
        addRows("charge-count-mismatch: an ended order's end row as a renewal",
                {charge(e, e.last + 1, QStringLiteral("EXTRA_INFO = 1"))},
                {finding("charge-count-mismatch", e, e.last + 1)});
        addRows("an ended order without its end row: not a finding",
                {QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE ID = %1 AND CONSUME_ID "
                                "= %2")
                     .arg(e.key)
                     .arg(e.last + 1)},
                {});
        Target ghost{m_unusedKey, QStringLiteral("ghost-order"), 0, QString()};
        Target stray{c.key, QStringLiteral("not-its-order"), 0, QString()};
        addRows("orphan-charge", {orphan(ghost.key, "ghost-order"), orphan(c.key, "not-its-order")},
                {finding("orphan-charge", stray, 1), finding("orphan-charge", ghost, 1)});
        addRows("null-field: orders",
                {order(c, QStringLiteral("END_TIME = NULL")),
                 order(e, QStringLiteral("START_TIME = NULL, DEADLINE_TIME = NULL, "
                                         "LAST_CONSUME_ID = NULL"))},
                {finding("null-field", c), finding("null-field", e)});
        addRows("null-field: charges",
                {charge(c, 1, QStringLiteral("CONSUME_TIME = NULL")),
                 charge(c, 2, QStringLiteral("EXTRA_INFO = NULL")),
                 charge(c, c.last, QStringLiteral("DEADLINE_TIME = NULL"))},
                {finding("null-field", c, 1), finding("null-field", c, 2),
                 finding("null-field", c, c.last)});
        // MariaDB makes a primary-key column NOT NULL; SQLite lets it be NULL.
        addRows("null-field: CONSUME_ID", {charge(c, 1, QStringLiteral("CONSUME_ID = NULL"))},
                {finding("null-field", c)}, true);
        addRows("float32-loss", {charge(c, 1, QStringLiteral("CONSUMING = 123456789"))},
                {finding("float32-loss", c, 1)});
        addRows("float32-loss: eight digits that come back exact",
                {charge(c, 1, QStringLiteral("CONSUMING = 16777218"))}, {});
        addRows("unpaid-consuming", {order(c, QStringLiteral("EVER_PAYED = 0"))},
                {finding("unpaid-consuming", c)});
        // SQLite keeps what an integer or a time column cannot convert; every
        // total and list that reads such a row fails, the audit names it.
        addRows("damaged-field: CONSUMING as text",
                {charge(c, 1, QStringLiteral("CONSUMING = '12.5abc'"))},
                {finding("damaged-field", c, 1)}, true);
        addRows("damaged-field: CONSUMING with a fraction",
                {charge(c, 1, QStringLiteral("CONSUMING = 12.5"))},
                {finding("damaged-field", c, 1)}, true);
        addRows("damaged-field: a time that is no time",
                {charge(c, 1, QStringLiteral("CONSUME_TIME = '2026-09-31 99:00:00'")),
                 charge(c, 2, QStringLiteral("DEADLINE_TIME = 'soon'"))},
                {finding("damaged-field", c, 1), finding("damaged-field", c, 2)}, true);
        addRows("CONSUMING as digits in text: read as the number it is",
                {charge(c, 1, QStringLiteral("CONSUMING = '1230000'"))}, {}, true);
    }

    void injected()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, sql);
        QFETCH(QStringList, found);
        if (backend == QLatin1String("mariadb") && !m_mariadb)
            QSKIP("no MariaDB fixture (run through ctest)");
        const ConnectionSpec spec = copyOf(backend);
        exec(spec, sql);
        SqlBackend sqlBackend(spec);
        const AuditReport report = TestFutures::valueOf(sqlBackend.audit(auditFilter()), "audit");
        QStringList want = m_baseline + found;
        QStringList got = keysOf(report);
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        QCOMPARE(report.total(), qint64(want.size()));
        QVERIFY(report.unchecked.isEmpty());
        QCOMPARE(report.now, m_now);
    }

    void explanations()
    {
        const ConnectionSpec spec = copyOf(QStringLiteral("sqlite"));
        exec(spec, {QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUMING = 123456789 WHERE "
                                   "ID = %1 AND CONSUME_ID = 1")
                        .arg(m_consuming.key),
                    QStringLiteral("UPDATE DF_PURCHASE_ORDER SET END_TIME = NULL WHERE ID = %1")
                        .arg(m_consuming.key)});
        AuditFilter f = auditFilter();
        f.namespaces = {QStringLiteral("no-such-namespace")};
        QCOMPARE(auditPaged(spec, SqlLedgerAudit::PageRows, f).total(), qint64(0));
        const AuditReport r = auditPaged(spec, SqlLedgerAudit::PageRows, auditFilter());
        QStringList details;
        for (const AuditFinding &finding : r.findings) {
            if (finding.orderKey == m_consuming.key)
                details << finding.detail(QTimeZone::utc());
        }
        QCOMPARE(
            details,
            (QStringList{QStringLiteral("NULL in DF_PURCHASE_ORDER.END_TIME: the service fails "
                                        "every list that touches this row (codes 3311, "
                                        "3312, 3314)."),
                         QStringLiteral("The REST API reports 12345.6790 yuan for 12345.6789 "
                                        "(float32 rounding).")}));
    }

    // Pages of any size read every row once: the keys that straddle a page
    // and a key that fills a page alone (page size 1) included.
    void pagingReadsEveryRowOnce_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("pageRows");
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("mariadb")}) {
            for (int rows : {1, 2, 3, 7, 100})
                QTest::addRow("%s %d", qPrintable(backend), rows) << backend << rows;
        }
    }

    void pagingReadsEveryRowOnce()
    {
        QFETCH(QString, backend);
        QFETCH(int, pageRows);
        if (backend == QLatin1String("mariadb") && !m_mariadb)
            QSKIP("no MariaDB fixture (run through ctest)");
        const ConnectionSpec spec = backend == QLatin1String("sqlite") ? m_sqlite : *m_mariadb;
        const AuditReport whole = auditPaged(spec, SqlLedgerAudit::PageRows, auditFilter());
        const AuditReport paged = auditPaged(spec, pageRows, auditFilter());
        QCOMPARE(whole.ordersRead, m_orders);
        QCOMPARE(whole.chargesRead, m_charges);
        QCOMPARE(paged.ordersRead, m_orders);
        QCOMPARE(paged.chargesRead, m_charges);
        QCOMPARE(keysOf(paged), keysOf(whole));
    }

    // A filter shows the findings of its regions and namespaces, and says how
    // many of the rows read were in it.
    void filtered_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("namespaces");
        QTest::newRow("cn-north-2") << QStringLiteral("cn-north-2") << QStringList();
        QTest::newRow("ns-0010") << QString() << QStringList{QStringLiteral("ns-0010")};
        QTest::newRow("demo-team in cn-north-1")
            << QStringLiteral("cn-north-1") << QStringList{QStringLiteral("demo-team")};
    }

    void filtered()
    {
        QFETCH(QString, region);
        QFETCH(QStringList, namespaces);
        AuditFilter f = auditFilter();
        f.region = region;
        f.namespaces = namespaces;
        const AuditReport r = auditPaged(m_sqlite, SqlLedgerAudit::PageRows, f);
        qint64 orders = 0, charges = 0;
        QStringList want;
        {
            QSqlDatabase db = TestDatabases::openRaw(m_sqlite, QStringLiteral("count"));
            QString where = QStringLiteral("1 = 1");
            if (!region.isEmpty())
                where += QStringLiteral(" AND REGION = '%1'").arg(region);
            if (!namespaces.isEmpty())
                where += QStringLiteral(" AND ACCOUNT_ID IN ('%1')")
                             .arg(namespaces.join(QStringLiteral("','")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE "
                                          "%1), (SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                          "%1)")
                               .arg(where)) &&
                    q.next());
            orders = q.value(0).toLongLong();
            charges = q.value(1).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID FROM "
                                          "DF_CONSUMING_HISTORY WHERE CONSUMING IN (16666600, "
                                          "17777700) AND %1")
                               .arg(where)));
            while (q.next())
                want << QStringLiteral("float32-loss|%1|%2|%3")
                            .arg(q.value(0).toLongLong())
                            .arg(q.value(1).toString())
                            .arg(q.value(2).toInt());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        QVERIFY(orders > 0);
        QCOMPARE(r.ordersRead, m_orders);
        QCOMPARE(r.ordersMatched, orders);
        QCOMPARE(r.chargesMatched, charges);
        QStringList got = keysOf(r);
        got.sort();
        want.sort();
        QCOMPARE(got, want);
    }
};

QTEST_MAIN(TestLedgerAudit)
#include "tst_ledgeraudit.moc"
