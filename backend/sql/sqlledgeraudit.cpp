#include "sql/sqlledgeraudit.h"

#include "audit/ledgerauditor.h"
#include "sql/sqlconnection.h"
#include "sql/sqlrowreader.h"

#include <QSqlQuery>

#include <limits>
#include <vector>

namespace {

using OrderRow = LedgerAuditor::OrderRow;
using ChargeRow = LedgerAuditor::ChargeRow;

// DEADLINE_TIME, to be read as whole seconds since the epoch (SPEC §2:
// instants compare at whole seconds). MySQL computes them (a DATETIME would
// come as a QDateTime per row); SQLite hands the text, which secondsOf()
// reads faster than strftime() would.
QString timeColumn(const SqlConnection &c, const QString &column)
{
    if (c.isMysql())
        return QStringLiteral("TIMESTAMPDIFF(SECOND, '1970-01-01 00:00:00', %1)").arg(column);
    return column;
}

QString deadlineColumn(const SqlConnection &c)
{
    return timeColumn(c, QStringLiteral("DEADLINE_TIME"));
}

int digits(const QString &s, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

std::optional<qint64> secondsOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    if (v.typeId() != QMetaType::QString)
        return v.toLongLong();
    // 'YYYY-MM-DD HH:MM:SS[.ffffff]': what the service and the demo write.
    const QString s = v.toString();
    if (s.size() >= 19 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(13) == u':' &&
        s.at(16) == u':') {
        const QDate day(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        const int h = digits(s, 11, 2), m = digits(s, 14, 2), sec = digits(s, 17, 2);
        if (day.isValid() && h >= 0 && m >= 0 && sec >= 0)
            return (day.toJulianDay() - 2440588) * 86400 + h * 3600 + m * 60 + sec;
    }
    bool number = false; // the driver may hand a BIGINT as text
    const qint64 secs = s.toLongLong(&number);
    if (number)
        return secs;
    const QDateTime t = SqlConnection::readTime(v); // any other form it knows
    return t.isValid() ? std::optional<qint64>(t.toSecsSinceEpoch()) : std::nullopt;
}

std::optional<int> intOrNull(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// Pages of one table in key order; subclasses say what a page is.
template<typename Row>
class Pages
{
public:
    Pages(SqlConnection &c, int pageRows)
        : m_c(c)
        , m_pageRows(pageRows)
    {
    }
    virtual ~Pages() = default;

    Result<bool> nextRow(Row &row)
    {
        while (m_pos >= m_rows.size()) {
            if (m_done)
                return false;
            auto fetched = fetch();
            if (!fetched)
                return fetched.error();
        }
        row = std::move(m_rows[m_pos++]);
        return true;
    }

protected:
    virtual Result<Done> fetch() = 0;

    // Runs `sql` and reads its rows into m_rows.
    Result<Done> load(const QString &sql, const QVariantList &values, const QString &what)
    {
        m_rows.clear();
        m_pos = 0;
        auto q = m_c.exec(sql, values, what);
        if (!q)
            return q.error();
        while (q.value().next())
            m_rows.push_back(read(q.value()));
        return Done{};
    }
    virtual Row read(const QSqlQuery &q) const = 0;

    SqlConnection &m_c;
    const int m_pageRows;
    std::vector<Row> m_rows;
    size_t m_pos = 0;
    qint64 m_after = std::numeric_limits<qint64>::min(); // keys up to here are read
    bool m_done = false;
};

class OrderPages : public Pages<OrderRow>, public LedgerAuditor::OrderSource
{
public:
    OrderPages(SqlConnection &c, int pageRows)
        : Pages(c, pageRows)
        , m_sql(QStringLiteral("SELECT ID, ORDER_ID, ACCOUNT_ID, REGION, STATUS, EVER_PAYED, "
                               "LAST_CONSUME_ID, %1, (START_TIME IS NULL) + 2 * (END_TIME IS "
                               "NULL) + 4 * (DEADLINE_TIME IS NULL) FROM DF_PURCHASE_ORDER "
                               "WHERE ID > ? ORDER BY ID LIMIT %2")
                    .arg(deadlineColumn(c))
                    .arg(m_pageRows))
    {
    }

    Result<bool> next(OrderRow &row) override { return nextRow(row); }

private:
    Result<Done> fetch() override
    {
        auto loaded = load(m_sql, {m_after}, QStringLiteral("read the orders for the audit"));
        if (!loaded)
            return loaded;
        m_done = m_rows.size() < size_t(m_pageRows);
        if (!m_rows.empty())
            m_after = m_rows.back().id;
        return Done{};
    }

    OrderRow read(const QSqlQuery &q) const override
    {
        OrderRow o;
        o.id = q.value(0).toLongLong();
        o.orderId = q.value(1).toString();
        o.ns = q.value(2).toString();
        o.region = q.value(3).toString();
        o.status = q.value(4).toInt();
        o.everPayed = intOrNull(q.value(5));
        o.lastConsumeId = intOrNull(q.value(6));
        o.deadline = secondsOf(q.value(7));
        const int nulls = q.value(8).toInt();
        o.startNull = nulls & 1;
        o.endNull = nulls & 2;
        o.deadlineNull = nulls & 4;
        return o;
    }

    QString m_sql;
};

class ChargePages : public Pages<ChargeRow>, public LedgerAuditor::ChargeSource
{
public:
    ChargePages(SqlConnection &c, int pageRows)
        : Pages(c, pageRows)
        , m_select(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUMING, %1, EXTRA_INFO, "
                                  "(CONSUME_TIME IS NULL) + 2 * (DEADLINE_TIME IS NULL), "
                                  "ACCOUNT_ID, REGION, %2, %3 FROM DF_CONSUMING_HISTORY ")
                       .arg(deadlineColumn(c), timeColumn(c, QStringLiteral("CONSUME_TIME")),
                            // SQLite keeps what it cannot convert ('12.5abc', 12.5)
                            // as text or real in an integer column; MariaDB cannot.
                            c.isMysql() ? QStringLiteral("1")
                                        : QStringLiteral("typeof(CONSUMING) = 'integer'")))
    {
    }

    Result<bool> next(ChargeRow &row) override { return nextRow(row); }

private:
    // Pages end between keys: the last key of a full page may go on in the
    // next one, so it is left for then. A key that fills a page alone (one
    // order's charges: tens, not thousands) is read by itself.
    Result<Done> fetch() override
    {
        const QString what = QStringLiteral("read the charges for the audit");
        auto loaded = load(m_select + QStringLiteral("WHERE ID > ? ORDER BY ID, ORDER_ID, "
                                                     "CONSUME_ID LIMIT %1")
                                          .arg(m_pageRows),
                           {m_after}, what);
        if (!loaded)
            return loaded;
        if (m_rows.size() < size_t(m_pageRows)) {
            m_done = true;
            return Done{};
        }
        const qint64 lastKey = m_rows.back().id;
        size_t keep = m_rows.size();
        while (keep > 0 && m_rows[keep - 1].id == lastKey)
            --keep;
        if (keep > 0) {
            m_rows.resize(keep);
            m_after = m_rows.back().id;
            return Done{};
        }
        m_after = lastKey;
        return load(m_select + QStringLiteral("WHERE ID = ? ORDER BY ORDER_ID, CONSUME_ID"),
                    {lastKey}, what);
    }

    ChargeRow read(const QSqlQuery &q) const override
    {
        ChargeRow c;
        c.id = q.value(0).toLongLong();
        c.orderId = q.value(1).toString();
        c.consumeId = intOrNull(q.value(2));
        c.consuming = q.value(3).toLongLong();
        c.deadline = secondsOf(q.value(4));
        c.extraInfo = intOrNull(q.value(5));
        const int nulls = q.value(6).toInt();
        c.timeNull = nulls & 1;
        c.deadlineNull = nulls & 2;
        c.ns = q.value(7).toString();
        c.region = q.value(8).toString();
        // Not NULL, and not readable as what the column holds: every total or
        // list that reads the row fails on it (SqlRowReader::damaged).
        if (!q.value(10).toBool())
            c.damaged.append(QStringLiteral("CONSUMING is ") + SqlRowReader::describe(q.value(3)));
        if (!c.timeNull && !secondsOf(q.value(9)))
            c.damaged.append(QStringLiteral("CONSUME_TIME is ") +
                             SqlRowReader::describe(q.value(9)));
        if (!c.deadlineNull && !c.deadline)
            c.damaged.append(QStringLiteral("DEADLINE_TIME is ") +
                             SqlRowReader::describe(q.value(4)));
        return c;
    }

    QString m_select;
};

} // namespace

Result<AuditReport> SqlLedgerAudit::run(SqlConnection &c, const AuditFilter &filter, int pageRows)
{
    // The filter chooses which findings are shown, not which rows are read:
    // an order's charges may name another namespace, and an orphan is known
    // only against every order. Without a secondary index a filtered read
    // would scan as much anyway (PERF.md).
    OrderPages orders(c, qMax(1, pageRows));
    ChargePages charges(c, qMax(1, pageRows));
    return LedgerAuditor(filter).run(orders, charges);
}
