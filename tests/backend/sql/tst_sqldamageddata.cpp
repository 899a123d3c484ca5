// Damaged data in the database (issue 16): a value read as money, a key or a
// time that holds text, NULL or a fraction. Every read that meets it — lists,
// totals, spend (live and through the roll-up cache), the time range, orders,
// plans, quotes and cancels — must fail with an error naming the table, the
// column and the row's key, never count it as 0, and leave the file as it was.
// SQLite files damaged one column at a time; on MariaDB a CONSUMING column
// altered to allow NULL, and one altered to text.

#include "core/awaitresult.h"
#include "core/monthcalendar.h"
#include "demo/demodatabase.h"
#include "profiles/backendfactory.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testfiles.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A table without its NOT NULL constraints (CREATE TABLE AS keeps columns
// and types, drops constraints), so that a NULL can be written into it.
QStringList nullable(const QString &table)
{
    return {QStringLiteral("CREATE TABLE UC_COPY AS SELECT * FROM %1").arg(table),
            QStringLiteral("DROP TABLE %1").arg(table),
            QStringLiteral("ALTER TABLE UC_COPY RENAME TO %1").arg(table)};
}

template<typename T>
std::optional<BackendError> errorOf(QFuture<Result<T>> future)
{
    const Result<T> r = awaitResult(std::move(future));
    if (r)
        return std::nullopt;
    return r.error();
}

} // namespace

class TestSqlDamagedData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clean;
    // The victims: a consuming resources order, its last charge, an older
    // charge of the same namespace, and the plan a quote asks for.
    qint64 m_orderId = 0;
    QString m_ns;
    QString m_region;
    int m_lastConsumeId = 0;
    int m_oldConsumeId = 0;
    qint64 m_oldOrderKey = 0;
    QString m_quotePlan;
    qint64 m_quotePlanVersion = 0;
    int m_file = 0;

    UsageFilter filter() const
    {
        UsageFilter f;
        f.region = m_region;
        f.namespaces = {m_ns};
        return f;
    }

    std::optional<BackendError> run(const QString &operation, const ConnectionSpec &spec)
    {
        auto backend = std::make_shared<SqlBackend>(spec);
        const QList<MonthSpan> months =
            MonthCalendar::months(QDate(2026, 1, 1), QDate(2026, 12, 1), QTimeZone::utc());
        if (operation == QLatin1String("usages"))
            return errorOf(backend->listUsages(filter(), PageRequest::first(100000)));
        if (operation == QLatin1String("total"))
            return errorOf(backend->usageTotal(filter()));
        if (operation == QLatin1String("spend"))
            return errorOf(backend->spendByNamespaceAndMonth(filter(), months));
        if (operation == QLatin1String("cached spend")) {
            auto cached = BackendFactory::withCache(backend);
            cached->setVerifyInBackground(false);
            return errorOf(cached->spendByNamespaceAndMonth(filter(), months));
        }
        if (operation == QLatin1String("range"))
            return errorOf(backend->usageTimeRange(filter()));
        if (operation == QLatin1String("orders")) {
            OrderFilter f;
            f.region = m_region;
            f.namespaces = {m_ns};
            return errorOf(backend->listOrders(f, PageRequest::first(100000)));
        }
        if (operation == QLatin1String("order"))
            return errorOf(backend->getOrder(m_orderId, m_ns));
        if (operation == QLatin1String("plans")) {
            PlanFilter f;
            f.region = m_region;
            return errorOf(backend->listPlans(f));
        }
        if (operation == QLatin1String("quote")) {
            QuoteRequest q;
            q.ns = m_ns;
            q.region = m_region;
            q.planId = m_quotePlan;
            q.now = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
            return errorOf(backend->quote(q));
        }
        if (operation == QLatin1String("cancel"))
            return errorOf(backend->cancel(m_orderId, m_ns));
        qFatal("unknown operation %s", qPrintable(operation));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clean = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("clean.db"));
        DemoOptions options;
        options.namespaces = 6;
        options.months = 8;
        options.seed = 11;
        options.until = QDate(2026, 11, 25);
        const auto made = DemoDatabase::create(m_clean, options);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message()));

        QSqlDatabase db = TestDatabases::openRaw(
            ConnectionSpec::parse(QStringLiteral("sqlite:") + m_clean).value(),
            QStringLiteral("victims"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT ID, ACCOUNT_ID, REGION, PLAN_ID, LAST_CONSUME_ID FROM DF_PURCHASE_ORDER "
            "WHERE STATUS = 5 AND EVER_PAYED = 1 AND ORDER_ID = ACCOUNT_ID || '-resources' "
            "AND LAST_CONSUME_ID > 2 ORDER BY ID LIMIT 1")));
        QVERIFY(q.next());
        m_orderId = q.value(0).toLongLong();
        m_ns = q.value(1).toString();
        m_region = q.value(2).toString();
        const QString plan = q.value(3).toString();
        m_lastConsumeId = q.value(4).toInt();
        // An old charge: its month is closed, so the cache fills it.
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT ID, CONSUME_ID FROM DF_CONSUMING_HISTORY WHERE ACCOUNT_ID = ? AND "
            "REGION = ? AND CONSUME_TIME < '2026-08-01' ORDER BY CONSUME_TIME LIMIT 1")));
        q.addBindValue(m_ns);
        q.addBindValue(m_region);
        QVERIFY(q.exec() && q.next());
        m_oldOrderKey = q.value(0).toLongLong();
        m_oldConsumeId = q.value(1).toInt();
        // The dearest other resources plan of the region: a switch to it.
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT p.ID, p.PLAN_ID FROM DF_PLAN p JOIN DF_PLAN_REGION r ON r.ID = p.REGION_ID "
            "WHERE p.STATUS = 'A' AND LOWER(p.PLAN_TYPE) = 'resources' AND r.IDENTIFICATION = ? "
            "AND p.PLAN_ID <> ? ORDER BY p.PRICE DESC LIMIT 1")));
        q.addBindValue(m_region);
        q.addBindValue(plan);
        QVERIFY(q.exec() && q.next());
        m_quotePlanVersion = q.value(0).toLongLong();
        m_quotePlan = q.value(1).toString();
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("victims"));

        // The clean file answers every operation.
        const ConnectionSpec spec =
            ConnectionSpec::parse(QStringLiteral("sqlite:") + m_clean).value();
        for (const char *op :
             {"usages", "total", "spend", "range", "orders", "order", "plans", "quote"}) {
            const auto e = run(QLatin1String(op), spec);
            QVERIFY2(!e, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(op),
                                                                 e ? e->message() : QString())));
        }
    }

    void sqlite_data()
    {
        QTest::addColumn<QString>("column");   // TABLE.COLUMN
        QTest::addColumn<QString>("victim");   // last | old | order | plan
        QTest::addColumn<QString>("value");    // SQL literal
        QTest::addColumn<QString>("expected"); // what the message says it is
        QTest::addColumn<QStringList>("operations");
        const QStringList sums = {"usages", "total", "spend", "cached spend"};
        QTest::newRow("CONSUMING text") << "DF_CONSUMING_HISTORY.CONSUMING"
                                        << "old"
                                        << "'abc'"
                                        << "text \"abc\"" << sums;
        QTest::newRow("CONSUMING NULL") << "DF_CONSUMING_HISTORY.CONSUMING"
                                        << "old"
                                        << "NULL"
                                        << "NULL" << sums;
        QTest::newRow("CONSUMING fraction") << "DF_CONSUMING_HISTORY.CONSUMING"
                                            << "old"
                                            << "12.5"
                                            << "the fraction 12.5" << sums;
        QTest::newRow("CONSUMING of the replaced charge")
            << "DF_CONSUMING_HISTORY.CONSUMING"
            << "last"
            << "'9.99 yuan'"
            << "text \"9.99 yuan\"" << QStringList{"quote", "usages", "total", "spend"};
        QTest::newRow("CONSUME_TIME text")
            << "DF_CONSUMING_HISTORY.CONSUME_TIME"
            << "last"
            << "'yesterday'"
            << "text \"yesterday\"" << QStringList{"usages", "range", "quote"};
        QTest::newRow("charge ID text") << "DF_CONSUMING_HISTORY.ID"
                                        << "old"
                                        << "'x1'"
                                        << "text \"x1\"" << QStringList{"usages"};
        QTest::newRow("PLAN_HISTORY_ID text") << "DF_CONSUMING_HISTORY.PLAN_HISTORY_ID"
                                              << "last"
                                              << "'v2'"
                                              << "text \"v2\"" << QStringList{"usages", "cancel"};
        QTest::newRow("PRICE text") << "DF_PLAN.PRICE"
                                    << "plan"
                                    << "'cheap'"
                                    << "text \"cheap\"" << QStringList{"plans", "quote"};
        QTest::newRow("PRICE NULL") << "DF_PLAN.PRICE"
                                    << "plan"
                                    << "NULL"
                                    << "NULL" << QStringList{"plans", "quote"};
        QTest::newRow("DEADLINE_TIME text")
            << "DF_PURCHASE_ORDER.DEADLINE_TIME"
            << "order"
            << "'soon'"
            << "text \"soon\"" << QStringList{"orders", "order", "cancel", "quote"};
        QTest::newRow("LAST_CONSUME_ID fraction")
            << "DF_PURCHASE_ORDER.LAST_CONSUME_ID"
            << "order"
            << "2.5"
            << "the fraction 2.5" << QStringList{"orders", "order", "cancel", "quote"};
    }
    void sqlite()
    {
        QFETCH(QString, column);
        QFETCH(QString, victim);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QStringList, operations);
        const QString table = column.section(QLatin1Char('.'), 0, 0);
        const QString name = column.section(QLatin1Char('.'), 1);
        // Rows by their key (a NULL needs a copied table: rowids change).
        QString where;
        QStringList keys; // what the message must name
        if (victim == QLatin1String("old")) {
            where = QStringLiteral("ID = %1 AND CONSUME_ID = %2")
                        .arg(m_oldOrderKey)
                        .arg(m_oldConsumeId);
            keys = QStringList{QStringLiteral("(row ID %1, ").arg(m_oldOrderKey),
                               QStringLiteral("CONSUME_ID %1)").arg(m_oldConsumeId)};
        } else if (victim == QLatin1String("last")) {
            where =
                QStringLiteral("ID = %1 AND CONSUME_ID = %2").arg(m_orderId).arg(m_lastConsumeId);
            keys = QStringList{QStringLiteral("(row ID %1, ").arg(m_orderId),
                               QStringLiteral("CONSUME_ID %1)").arg(m_lastConsumeId)};
        } else if (victim == QLatin1String("order")) {
            where = QStringLiteral("ID = %1").arg(m_orderId);
            keys = QStringList{QStringLiteral("(row ID %1, ").arg(m_orderId)};
        } else {
            where = QStringLiteral("ID = %1").arg(m_quotePlanVersion);
            keys = QStringList{
                QStringLiteral("(row ID %1, PLAN_ID %2)").arg(m_quotePlanVersion).arg(m_quotePlan)};
        }
        if (name == QLatin1String("ID"))
            keys.first() = QStringLiteral("(row ID x1, ");

        for (const QString &operation : std::as_const(operations)) {
            // A fresh copy per operation: a cache entry or a half-written
            // cancel of one must not hide the next.
            const QString path =
                TestDatabases::tempSqlitePath(m_dir, QStringLiteral("damaged-%1.db").arg(++m_file));
            QVERIFY(QFile::copy(m_clean, path));
            const ConnectionSpec spec =
                ConnectionSpec::parse(QStringLiteral("sqlite:") + path).value();
            {
                QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("damage"));
                QSqlQuery q(db);
                QStringList statements;
                if (value == QLatin1String("NULL"))
                    statements = nullable(table);
                statements.append(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4")
                                      .arg(table, name, value, where));
                for (const QString &sql : std::as_const(statements))
                    QVERIFY2(q.exec(sql),
                             qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
                QCOMPARE(q.numRowsAffected(), 1);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("damage"));
            const QByteArray before = TestFiles::sha256(path);

            const auto e = run(operation, spec);
            QVERIFY2(e, qPrintable(operation + QStringLiteral(": no error")));
            const QString m = e->message();
            QCOMPARE(int(e->category()), int(BackendError::Category::Server));
            QVERIFY2(m.contains(column + QStringLiteral(" is ") + expected),
                     qPrintable(operation + QStringLiteral(": ") + m));
            for (const QString &key : std::as_const(keys))
                QVERIFY2(m.contains(key), qPrintable(operation + QStringLiteral(": ") + m));
            QVERIFY2(!m.contains(QLatin1Char('\n')), qPrintable(m));
            QCOMPARE(TestFiles::sha256(path), before);
        }
    }

    // MariaDB types its columns: only a column altered away from the
    // schema can hold a NULL or text amount.
    void mariadb_data()
    {
        QTest::addColumn<QString>("alter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CONSUMING allows NULL")
            << "ALTER TABLE DF_CONSUMING_HISTORY MODIFY CONSUMING BIGINT NULL"
            << "DF_CONSUMING_HISTORY.CONSUMING is NULL, not an integer amount";
        QTest::newRow("CONSUMING is text") << "ALTER TABLE DF_CONSUMING_HISTORY MODIFY CONSUMING "
                                              "VARCHAR(20) NOT NULL"
                                           << "DF_CONSUMING_HISTORY.CONSUMING is a varchar column";
    }
    void mariadb()
    {
        QFETCH(QString, alter);
        QFETCH(QString, expected);
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB (UC_TEST_MARIADB_DIR unset)");
        const ConnectionSpec spec = TestDatabases::createMariaDbDatabase(QStringLiteral("damaged"));
        QStringList checksums;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("mdamage"));
            DemoOptions options;
            options.namespaces = 6;
            options.months = 8;
            options.seed = 11;
            options.until = QDate(2026, 11, 25);
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            QSqlQuery q(db);
            QVERIFY2(q.exec(alter), qPrintable(q.lastError().text()));
            if (alter.contains(QLatin1String("NULL")) &&
                !alter.contains(QLatin1String("NOT NULL"))) {
                QVERIFY(q.prepare(QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUMING = NULL "
                                                 "WHERE ACCOUNT_ID = ? AND REGION = ? "
                                                 "ORDER BY CONSUME_TIME LIMIT 1")));
                q.addBindValue(m_ns);
                q.addBindValue(m_region);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QCOMPARE(q.numRowsAffected(), 1);
            }
            QVERIFY(
                q.exec(QStringLiteral("CHECKSUM TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER")));
            while (q.next())
                checksums.append(q.value(1).toString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mdamage"));
        for (const char *op : {"total", "spend", "cached spend"}) {
            const auto e = run(QLatin1String(op), spec);
            QVERIFY2(e, op);
            QVERIFY2(e->message().contains(expected), qPrintable(e->message()));
        }
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("mcheck"));
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CHECKSUM TABLE DF_CONSUMING_HISTORY, DF_PURCHASE_ORDER")));
            QStringList after;
            while (q.next())
                after.append(q.value(1).toString());
            QCOMPARE(after, checksums);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mcheck"));
        TestDatabases::dropMariaDbDatabase(spec);
    }
};

QTEST_GUILESS_MAIN(TestSqlDamagedData)
#include "tst_sqldamageddata.moc"
