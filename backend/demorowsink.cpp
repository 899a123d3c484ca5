#include "demorowsink.h"

#include "schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

DemoRowSink::~DemoRowSink() = default;

bool DemoRowSink::fail(const QString &message, const QString &details)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_details = details;
    }
    return false;
}

namespace {

void formatUtc(qint64 secs, char out[19])
{
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // civil_from_days (H. Hinnant)
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    const int hh = int(rem / 3600), mm = int(rem / 60 % 60), ss = int(rem % 60);
    auto put = [](char *p, int v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            p[i] = char('0' + v % 10);
            v /= 10;
        }
    };
    put(out, y, 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
    out[10] = ' ';
    put(out + 11, hh, 2);
    out[13] = ':';
    put(out + 14, mm, 2);
    out[16] = ':';
    put(out + 17, ss, 2);
}

// ---------------------------------------------------------------- SQL

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

// ---------------------------------------------------------------- LOAD DATA

class TsvFile
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    void text(const QString &value)
    {
        sep();
        const QByteArray utf8 = value.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '\t':
                m_line += "\\t";
                break;
            case '\n':
                m_line += "\\n";
                break;
            case '\r':
                m_line += "\\r";
                break;
            case '\\':
                m_line += "\\\\";
                break;
            default:
                m_line += c;
            }
        }
    }
    void number(qint64 value)
    {
        sep();
        m_line += QByteArray::number(value);
    }
    void price(double value)
    {
        sep();
        char buf[32];
        m_line.append(buf, std::snprintf(buf, sizeof buf, "%.2f", value));
    }
    void time(qint64 secs)
    {
        sep();
        char buf[19];
        formatUtc(secs, buf);
        m_line.append(buf, 19);
    }
    bool endRow()
    {
        m_line += '\n';
        m_first = true;
        if (m_line.size() < (1 << 20))
            return true;
        return flush();
    }
    bool flush()
    {
        const bool ok = m_file.write(m_line) == m_line.size();
        m_line.clear();
        return ok;
    }
    bool close()
    {
        const bool ok = flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }
    void remove() { m_file.remove(); }
    QString errorString() const { return m_file.errorString(); }

private:
    void sep()
    {
        if (!m_first)
            m_line += '\t';
        m_first = false;
    }
    QFile m_file;
    QByteArray m_line;
    bool m_first = true;
};

class LoadDataSink : public DemoRowSink
{
public:
    explicit LoadDataSink(const QString &dir)
        : m_dir(dir)
    {
    }

    bool begin() override
    {
        if (!QDir().mkpath(m_dir))
            return fail(QStringLiteral("Could not create directory %1.").arg(m_dir));
        for (int i = 0; i < 4; ++i) {
            if (!m_files[i].open(path(i)))
                return fail(QStringLiteral("Could not write %1.").arg(path(i)),
                            m_files[i].errorString());
        }
        return true;
    }

    bool addRegion(const DemoRegionRow &r) override
    {
        TsvFile &f = m_files[0];
        f.number(r.id);
        f.text(r.region);
        f.text(r.describe);
        f.text(r.identification);
        return ended(f);
    }

    bool addPlan(const DemoPlanRow &p) override
    {
        TsvFile &f = m_files[1];
        f.number(p.id);
        f.text(p.planId);
        f.text(p.name);
        f.text(p.type);
        f.text(p.belong);
        f.number(p.level);
        f.text(p.specification1);
        f.text(p.specification2);
        f.text(p.description);
        f.price(p.price);
        f.text(p.cycle);
        f.time(p.createTime);
        f.number(p.regionId);
        f.text(p.status);
        return ended(f);
    }

    bool addOrder(const DemoOrderRow &o) override
    {
        TsvFile &f = m_files[2];
        f.number(o.id);
        f.text(o.orderId);
        f.text(o.ns);
        f.text(o.region);
        f.text(o.planId);
        f.text(o.planType);
        f.time(o.startTime);
        f.time(o.endTime);
        f.time(o.deadline);
        f.number(o.lastConsumeId);
        f.number(o.everPayed);
        f.number(o.renewRetries);
        f.number(o.status);
        f.text(o.ns);
        f.text(o.resourceName);
        return ended(f);
    }

    bool addCharge(const DemoChargeRow &c) override
    {
        TsvFile &f = m_files[3];
        f.number(c.id);
        f.text(c.orderId);
        f.number(c.consumeId);
        f.number(c.consuming);
        f.time(c.consumeTime);
        f.time(c.deadline);
        f.text(c.ns);
        f.text(c.region);
        f.text(c.planId);
        f.number(c.planHistoryId);
        f.number(c.extraInfo);
        return ended(f);
    }

    bool checkpoint() override { return true; }

    bool finish() override
    {
        for (int i = 0; i < 4; ++i) {
            if (!m_files[i].close())
                return fail(QStringLiteral("Could not write %1.").arg(path(i)),
                            m_files[i].errorString());
        }
        QStringList ddl = Schema::usageTables(Schema::Dialect::Mysql) +
                          Schema::planTables(Schema::Dialect::Mysql);
        QByteArray schema =
            "-- Usage Console demo data: the usage-service and plan-service tables.\n";
        for (const QString &stmt : std::as_const(ddl))
            schema += stmt.toUtf8() + ";\n\n";
        QByteArray load =
            "-- Load with: mariadb --local-infile=1 DATABASE < load.sql  (after schema.sql)\n"
            "SET NAMES utf8mb4;\n";
        for (int i = 0; i < 4; ++i) {
            QString file = QDir(m_dir).absoluteFilePath(fileName(i));
            file.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('\''), QStringLiteral("\\'"));
            load += QStringLiteral(
                        "LOAD DATA LOCAL INFILE '%1' INTO TABLE %2 CHARACTER SET utf8mb4\n"
                        "  FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'\n"
                        "  (%3);\n")
                        .arg(file, tableName(i), columns(i))
                        .toUtf8();
        }
        if (!writeFile(QDir(m_dir).filePath(QStringLiteral("schema.sql")), schema) ||
            !writeFile(QDir(m_dir).filePath(QStringLiteral("load.sql")), load))
            return false;
        return true;
    }

    void abort() override
    {
        for (TsvFile &f : m_files) {
            f.close();
            f.remove();
        }
    }

private:
    static QString tableName(int i)
    {
        static const char *names[] = {"DF_PLAN_REGION", "DF_PLAN", "DF_PURCHASE_ORDER",
                                      "DF_CONSUMING_HISTORY"};
        return QString::fromLatin1(names[i]);
    }
    static QString fileName(int i) { return tableName(i) + QStringLiteral(".tsv"); }
    static QString columns(int i)
    {
        static const char *cols[] = {
            "ID, REGION, REGION_DESCRIBE, IDENTIFICATION",
            "ID, PLAN_ID, PLAN_NAME, PLAN_TYPE, BELONG, PLAN_LEVEL, SPECIFICATION1, "
            "SPECIFICATION2, "
            "DESCRIPTION, PRICE, CYCLE, CREATE_TIME, REGION_ID, STATUS",
            "ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, "
            "DEADLINE_TIME, "
            "LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, CREATOR, RESOURCE_NAME",
            "ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
            "PLAN_ID, "
            "PLAN_HISTORY_ID, EXTRA_INFO"};
        return QString::fromLatin1(cols[i]);
    }
    QString path(int i) const { return QDir(m_dir).filePath(fileName(i)); }

    bool ended(TsvFile &f)
    {
        return f.endRow() ||
               fail(QStringLiteral("Could not write the demo data files."), f.errorString());
    }

    bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(data) != data.size())
            return fail(QStringLiteral("Could not write %1.").arg(path), file.errorString());
        return true;
    }

    QString m_dir;
    TsvFile m_files[4];
};

} // namespace

QString demoFormatUtc(qint64 secsSinceEpoch)
{
    char buf[19];
    formatUtc(secsSinceEpoch, buf);
    return QString::fromLatin1(buf, 19);
}

std::unique_ptr<DemoRowSink> makeSqlDemoSink(QSqlDatabase db, const QString &planDatabase)
{
    return std::make_unique<SqlSink>(db, planDatabase);
}

std::unique_ptr<DemoRowSink> makeLoadDataDemoSink(const QString &dir)
{
    return std::make_unique<LoadDataSink>(dir);
}
