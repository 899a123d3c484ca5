// The demo data written straight into a database (SQLite or MySQL), by
// multi-row prepared INSERTs in transactions of bounded size.
#include "demo/demorowsink.h"

#include "sql/schema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// A null QString would be bound as SQL NULL; the demo data has no NULLs.
QVariant text(const QString &value)
{
    static const QString empty = QStringLiteral("");
    return value.isNull() ? empty : value;
}

// Multi-row INSERT ... VALUES (?,..),(?,..) with a prepared statement reused
// for full batches; the tail gets a statement of its own size.
class BatchInserter
{
public:
    BatchInserter(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_rowsPerStatement(rowsPerStatement)
        , m_full(db)
    {
        m_values.reserve(m_columns.size() * rowsPerStatement);
        // Named placeholders: QSqlResult::bindValue(int) formats a name for
        // every positional value (QString::arg), several times slower.
        for (int i = 0; i < m_columns.size() * rowsPerStatement; ++i)
            m_names.append(QStringLiteral(":v%1").arg(i));
    }

    bool add(std::initializer_list<QVariant> values)
    {
        for (const QVariant &v : values)
            m_values.append(v);
        if (++m_rows < m_rowsPerStatement)
            return true;
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(m_rowsPerStatement)))
                return setError(m_full);
            m_fullPrepared = true;
        }
        return execute(m_full);
    }

    bool flush()
    {
        if (m_rows == 0)
            return true;
        QSqlQuery tail(m_db);
        if (!tail.prepare(statement(m_rows)))
            return setError(tail);
        return execute(tail);
    }

    QString error() const { return m_error; }

private:
    QString statement(int rows) const
    {
        QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                          .arg(m_table, m_columns.join(QLatin1Char(',')));
        int n = 0;
        for (int r = 0; r < rows; ++r) {
            sql += r ? QStringLiteral(",(") : QStringLiteral("(");
            for (int i = 0; i < m_columns.size(); ++i) {
                if (i)
                    sql += QLatin1Char(',');
                sql += m_names.at(n++);
            }
            sql += QLatin1Char(')');
        }
        return sql;
    }

    bool execute(QSqlQuery &query)
    {
        for (int i = 0; i < m_values.size(); ++i)
            query.bindValue(m_names.at(i), m_values.at(i));
        const bool ok = query.exec();
        m_values.clear();
        m_rows = 0;
        return ok || setError(query);
    }

    bool setError(const QSqlQuery &query)
    {
        m_error = QStringLiteral("%1: %2").arg(m_table, query.lastError().text());
        return false;
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QStringList m_names;
    QVariantList m_values;
    int m_rows = 0;
    QString m_error;
};

class SqlSink : public DemoRowSink
{
public:
    SqlSink(QSqlDatabase db, const QString &planDatabase)
        : m_db(db)
        , m_planDatabase(planDatabase)
    {
    }

    bool begin() override
    {
        if (!m_db.isOpen())
            return fail(QStringLiteral("The database connection is not open."));
        const QString driver = m_db.driverName();
        if (driver.startsWith(QLatin1String("QSQLITE")))
            m_dialect = Schema::Dialect::Sqlite;
        else if (driver.startsWith(QLatin1String("QMYSQL")) ||
                 driver.startsWith(QLatin1String("QMARIADB")))
            m_dialect = Schema::Dialect::Mysql;
        else
            return fail(QStringLiteral("Unsupported database driver %1.").arg(driver));
        const bool my = m_dialect == Schema::Dialect::Mysql;
        QString planPrefix;
        if (!m_planDatabase.isEmpty()) {
            if (!my)
                return fail(QStringLiteral("A separate plan database needs a MySQL connection."));
            static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_$]{1,64}$"));
            if (!name.match(m_planDatabase).hasMatch())
                return fail(
                    QStringLiteral("Invalid plan database name \"%1\".").arg(m_planDatabase));
            planPrefix = QLatin1Char('`') + m_planDatabase + QStringLiteral("`.");
        }

        QStringList ddl = Schema::usageTables(m_dialect);
        for (QString stmt : Schema::planTables(m_dialect)) {
            stmt.replace(QStringLiteral("IF NOT EXISTS DF_"),
                         QStringLiteral("IF NOT EXISTS ") + planPrefix + QStringLiteral("DF_"));
            ddl.append(stmt);
        }
        QSqlQuery q(m_db);
        for (const QString &stmt : std::as_const(ddl)) {
            if (!q.exec(stmt))
                return fail(QStringLiteral("Could not create the demo tables."),
                            q.lastError().text());
        }
        const QString region = planPrefix + QStringLiteral("DF_PLAN_REGION");
        const QString plan = planPrefix + QStringLiteral("DF_PLAN");
        for (const QString &table : {QStringLiteral("DF_PURCHASE_ORDER"),
                                     QStringLiteral("DF_CONSUMING_HISTORY"), plan, region}) {
            if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
                return fail(QStringLiteral("Could not read table %1.").arg(table),
                            q.lastError().text());
            if (q.next())
                return fail(
                    QStringLiteral(
                        "Table %1 already holds data; demo data goes only into empty tables.")
                        .arg(table));
        }
        q.finish();

        const int rows = my ? 500 : 100;
        m_regions.reset(
            new BatchInserter(m_db, region,
                              {QStringLiteral("ID"), QStringLiteral("REGION"),
                               QStringLiteral("REGION_DESCRIBE"), QStringLiteral("IDENTIFICATION")},
                              10));
        m_plans.reset(new BatchInserter(
            m_db, plan,
            {QStringLiteral("ID"), QStringLiteral("PLAN_ID"), QStringLiteral("PLAN_NAME"),
             QStringLiteral("PLAN_TYPE"), QStringLiteral("BELONG"), QStringLiteral("PLAN_LEVEL"),
             QStringLiteral("SPECIFICATION1"), QStringLiteral("SPECIFICATION2"),
             QStringLiteral("DESCRIPTION"), QStringLiteral("PRICE"), QStringLiteral("CYCLE"),
             QStringLiteral("CREATE_TIME"), QStringLiteral("REGION_ID"), QStringLiteral("STATUS")},
            20));
        m_orders.reset(new BatchInserter(
            m_db, QStringLiteral("DF_PURCHASE_ORDER"),
            {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("ACCOUNT_ID"),
             QStringLiteral("REGION"), QStringLiteral("PLAN_ID"), QStringLiteral("PLAN_TYPE"),
             QStringLiteral("START_TIME"), QStringLiteral("END_TIME"),
             QStringLiteral("DEADLINE_TIME"), QStringLiteral("LAST_CONSUME_ID"),
             QStringLiteral("EVER_PAYED"), QStringLiteral("RENEW_RETRIES"),
             QStringLiteral("STATUS"), QStringLiteral("CREATOR"), QStringLiteral("RESOURCE_NAME")},
            rows));
        m_charges.reset(new BatchInserter(
            m_db, QStringLiteral("DF_CONSUMING_HISTORY"),
            {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("CONSUME_ID"),
             QStringLiteral("CONSUMING"), QStringLiteral("CONSUME_TIME"),
             QStringLiteral("DEADLINE_TIME"), QStringLiteral("ACCOUNT_ID"),
             QStringLiteral("REGION"), QStringLiteral("PLAN_ID"), QStringLiteral("PLAN_HISTORY_ID"),
             QStringLiteral("EXTRA_INFO")},
            rows));
        return beginTransaction();
    }

    bool addRegion(const DemoRegionRow &r) override
    {
        return check(
            m_regions->add({r.id, text(r.region), text(r.describe), text(r.identification)}),
            *m_regions);
    }

    bool addPlan(const DemoPlanRow &p) override
    {
        return check(m_plans->add({p.id, text(p.planId), text(p.name), text(p.type), text(p.belong),
                                   p.level, text(p.specification1), text(p.specification2),
                                   text(p.description), p.price, text(p.cycle),
                                   demoFormatUtc(p.createTime), p.regionId, text(p.status)}),
                     *m_plans);
    }

    bool addOrder(const DemoOrderRow &o) override
    {
        ++m_sinceCommit;
        return check(
            m_orders->add({o.id, text(o.orderId), text(o.ns), text(o.region), text(o.planId),
                           text(o.planType), demoFormatUtc(o.startTime), demoFormatUtc(o.endTime),
                           demoFormatUtc(o.deadline), o.lastConsumeId, o.everPayed, o.renewRetries,
                           o.status, text(o.ns), text(o.resourceName)}),
            *m_orders);
    }

    bool addCharge(const DemoChargeRow &c) override
    {
        ++m_sinceCommit;
        return check(
            m_charges->add({c.id, text(c.orderId), c.consumeId, c.consuming,
                            demoFormatUtc(c.consumeTime), demoFormatUtc(c.deadline), text(c.ns),
                            text(c.region), text(c.planId), c.planHistoryId, c.extraInfo}),
            *m_charges);
    }

    bool checkpoint() override
    {
        // SQLite: one transaction for everything (fastest). MySQL: commit
        // now and then so the undo log stays small.
        if (m_dialect != Schema::Dialect::Mysql || m_sinceCommit < 200000)
            return true;
        return flushAll() && commit() && beginTransaction();
    }

    bool finish() override { return flushAll() && commit(); }

    void abort() override
    {
        if (m_inTransaction)
            m_db.rollback();
        m_inTransaction = false;
    }

private:
    bool check(bool ok, const BatchInserter &inserter)
    {
        return ok || fail(QStringLiteral("Could not insert the demo data."), inserter.error());
    }

    bool flushAll()
    {
        for (BatchInserter *b : {m_regions.get(), m_plans.get(), m_orders.get(), m_charges.get()}) {
            if (!check(b->flush(), *b))
                return false;
        }
        return true;
    }

    bool beginTransaction()
    {
        if (!m_db.transaction())
            return fail(QStringLiteral("Could not start a transaction."), m_db.lastError().text());
        m_inTransaction = true;
        m_sinceCommit = 0;
        return true;
    }

    bool commit()
    {
        m_inTransaction = false;
        if (!m_db.commit())
            return fail(QStringLiteral("Could not commit the demo data."), m_db.lastError().text());
        return true;
    }

    QSqlDatabase m_db;
    QString m_planDatabase;
    Schema::Dialect m_dialect = Schema::Dialect::Sqlite;
    std::unique_ptr<BatchInserter> m_regions, m_plans, m_orders, m_charges;
    bool m_inTransaction = false;
    qint64 m_sinceCommit = 0;
};

} // namespace

std::unique_ptr<DemoRowSink> makeSqlDemoSink(QSqlDatabase db, const QString &planDatabase)
{
    return std::make_unique<SqlSink>(db, planDatabase);
}
