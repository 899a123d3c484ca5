#include "sql/sqlusagequeries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlledgerqueries.h"
#include "sql/sqlpaging.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace {

const QString historyTable = QStringLiteral("DF_CONSUMING_HISTORY");

SqlWhere whereFor(const UsageFilter &filter)
{
    // Charges are not filtered by EVER_PAYED (SPEC §3). The namespace comes
    // first so that the (ACCOUNT_ID, REGION, CONSUME_TIME, ...) index is used.
    SqlWhere w;
    w.addIn(QStringLiteral("ACCOUNT_ID"), filter.namespaces);
    if (!filter.region.isEmpty())
        w.add(QStringLiteral("REGION = ?"), {filter.region});
    if (!filter.orderId.isEmpty())
        w.add(QStringLiteral("ORDER_ID = ?"), {filter.orderId});
    if (filter.from.isValid())
        w.add(QStringLiteral("CONSUME_TIME >= ?"), {SqlConnection::timeValue(filter.from)});
    if (filter.to.isValid())
        w.add(QStringLiteral("CONSUME_TIME < ?"), {SqlConnection::timeValue(filter.to)});
    return w;
}

SqlPaging::SortKey usageSort(const ListSort &sort)
{
    SqlPaging::SortKey key{QStringLiteral("CONSUME_TIME"), QStringLiteral("ID"),
                           QStringLiteral("CONSUME_ID"), true, sort.ascending};
    switch (sort.field) {
    case ListSort::Field::Time:
        break;
    case ListSort::Field::Amount:
        key.column = QStringLiteral("CONSUMING");
        key.isTime = false;
        break;
    case ListSort::Field::Namespace:
        key.column = QStringLiteral("ACCOUNT_ID");
        key.isTime = false;
        break;
    case ListSort::Field::Region:
        key.column = QStringLiteral("REGION");
        key.isTime = false;
        break;
    }
    return key;
}

QVariant sortValue(const Usage &u, ListSort::Field field)
{
    switch (field) {
    case ListSort::Field::Time:
        return u.time;
    case ListSort::Field::Amount:
        return u.amount.units();
    case ListSort::Field::Namespace:
        return u.ns;
    case ListSort::Field::Region:
        return u.region;
    }
    return {};
}

// The advised index that serves a page of this filter in this order when
// its leading columns are fixed by the filter; "" when none does.
QString servingIndex(const UsageFilter &filter)
{
    if (filter.region.isEmpty())
        return {};
    const bool byNamespace = !filter.namespaces.isEmpty();
    switch (filter.sort.field) {
    case ListSort::Field::Time:
        return byNamespace ? QStringLiteral("UC_HISTORY_NS_TIME")
                           : QStringLiteral("UC_HISTORY_REGION_TIME");
    case ListSort::Field::Amount:
        return byNamespace ? QStringLiteral("UC_HISTORY_NS_AMOUNT")
                           : QStringLiteral("UC_HISTORY_REGION_AMOUNT");
    case ListSort::Field::Namespace:
    case ListSort::Field::Region:
        break;
    }
    return {};
}

QString usageColumns()
{
    return QStringLiteral("ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, "
                          "ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO");
}

// One charge, its money, keys and times type-checked; the first damaged
// value goes to `damaged` (the row is then not used).
Usage readUsage(const QSqlQuery &q, std::optional<BackendError> *damaged)
{
    SqlRowReader r(q, historyTable,
                   SqlRowReader::keyOf({QStringLiteral("ID"), QStringLiteral("ORDER_ID"),
                                        QStringLiteral("CONSUME_ID")},
                                       q, {0, 1, 2}));
    Usage u;
    u.orderKey = r.integer(0, "ID");
    u.orderId = q.value(1).toString();
    if (const auto id = r.optionalInteger(2, "CONSUME_ID"))
        u.consumeId = int(*id);
    u.amount = r.money(3, "CONSUMING");
    u.time = r.time(4, "CONSUME_TIME");
    u.deadline = r.time(5, "DEADLINE_TIME");
    u.ns = q.value(6).toString();
    u.region = q.value(7).toString();
    u.planId = q.value(8).toString();
    u.planHistoryId = r.integer(9, "PLAN_HISTORY_ID");
    const auto extra = r.optionalInteger(10, "EXTRA_INFO");
    u.kind = chargeKindFromInt(extra ? std::optional<int>(int(*extra)) : std::nullopt);
    if (r.error && !*damaged)
        *damaged = r.error;
    return u;
}

// An exact integer from a SUM: DECIMAL text on MySQL, an integer on SQLite.
std::optional<qint64> exactInteger(const QVariant &v)
{
    if (v.isNull())
        return qint64(0);
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

BackendError overflow()
{
    return BackendError(BackendError::Category::Server,
                        QCoreApplication::translate(
                            "SqlUsageQueries", "a sum does not fit in 64 bits of 1/10000 yuan"));
}

// How many of `marks` (ascending UTC instants) lie at or before
// CONSUME_TIME, answered in [lo, hi] and computed by the database from bound
// values. MariaDB: INTERVAL() over the instants as numbers (PERF.md: its
// fastest correct form; -1 for NULL); SQLite: a binary CASE tree over the
// same instants as text, not a function per row.
QString intervalExpression(bool mysql, const QList<QDateTime> &marks, int lo, int hi,
                           QVariantList &values)
{
    if (mysql) {
        if (marks.isEmpty())
            return QStringLiteral("0");
        QStringList places;
        for (const QDateTime &m : marks) {
            places.append(QStringLiteral("?"));
            values.append(m.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLongLong());
        }
        return QStringLiteral("INTERVAL(CONSUME_TIME + 0, %1)").arg(places.join(QLatin1Char(',')));
    }
    if (lo == hi)
        return QString::number(lo);
    const int mid = (lo + hi + 1) / 2;
    values.append(SqlConnection::timeValue(marks[mid - 1]));
    const QString left = intervalExpression(false, marks, lo, mid - 1, values);
    const QString right = intervalExpression(false, marks, mid, hi, values);
    return QStringLiteral("CASE WHEN CONSUME_TIME < ? THEN %1 ELSE %2 END").arg(left, right);
}

// The month index of CONSUME_TIME among `months` (0-based) for rows inside them.
QString bucketExpression(bool mysql, const QList<MonthSpan> &months, QVariantList &values)
{
    QList<QDateTime> marks;
    for (qsizetype i = 1; i < months.size(); ++i)
        marks.append(months[i].startUtc);
    return intervalExpression(mysql, marks, 0, int(marks.size()), values);
}

} // namespace

SqlUsageQueries::SqlUsageQueries(SqlConnection &connection)
    : m_c(connection)
    , m_money(connection)
{
}

Result<Page<Usage>> SqlUsageQueries::list(const UsageFilter &filter, const PageRequest &page)
{
    // MariaDB walks a keyset page by the REGION prefix alone unless told
    // which index serves the order (PERF.md).
    QString table = historyTable;
    if (const QString index = servingIndex(filter); !index.isEmpty())
        table += m_c.indexHint(index);
    const SqlPaging::SortKey key = usageSort(filter.sort);
    const ListSort::Field field = filter.sort.field;
    std::optional<BackendError> damaged;
    auto result = SqlPaging::fetch<Usage>(
        m_c, table, usageColumns(), whereFor(filter), key, page,
        [&damaged](const QSqlQuery &q) { return readUsage(q, &damaged); },
        [key, field](const Usage &u) {
            return SqlPaging::cursorAt(key, sortValue(u, field), u.orderKey,
                                       u.consumeId.value_or(0));
        },
        QCoreApplication::translate("SqlConnection", "list charges"));
    if (damaged)
        return *damaged;
    if (result)
        fillPlanNames(result.value().items);
    return result;
}

void SqlUsageQueries::fillPlanNames(QList<Usage> &usages)
{
    QSet<qint64> missing;
    for (const Usage &u : std::as_const(usages)) {
        if (!m_planNames.contains(u.planHistoryId))
            missing.insert(u.planHistoryId);
    }
    if (!missing.isEmpty()) {
        SqlWhere w;
        QStringList ids;
        for (qint64 id : std::as_const(missing))
            ids.append(QString::number(id));
        w.addIn(QStringLiteral("ID"), ids);
        // The plan tables may be missing from a usage-only database: then
        // the names stay unknown and the list still works.
        auto q =
            m_c.exec(QStringLiteral("SELECT ID, PLAN_NAME FROM %1%2")
                         .arg(m_c.planTable(QStringLiteral("DF_PLAN")), w.sql()),
                     w.values(), QCoreApplication::translate("SqlConnection", "read plan names"));
        if (q) {
            while (q.value().next())
                m_planNames.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
        }
        for (qint64 id : std::as_const(missing))
            m_planNames.insert(id, m_planNames.value(id));
    }
    for (Usage &u : usages)
        u.planName = m_planNames.value(u.planHistoryId);
}

Result<UsageTotal> SqlUsageQueries::total(const UsageFilter &filter)
{
    const auto bad = m_money.damagedExpression();
    if (!bad)
        return bad.error();
    const SqlWhere w = whereFor(filter);
    auto q = m_c.exec(QStringLiteral("SELECT SUM(CONSUMING), COUNT(*), %1 FROM %2%3")
                          .arg(bad.value(), historyTable, w.sql()),
                      w.values(), QCoreApplication::translate("SqlConnection", "total charges"));
    if (!q)
        return q.error();
    UsageTotal t;
    if (q.value().next()) {
        if (q.value().value(2).toLongLong() != 0) {
            q.value().finish();
            return m_money.firstDamagedRow(w);
        }
        const auto sum = exactInteger(q.value().value(0));
        if (!sum)
            return overflow();
        t.amount = Money::fromUnits(*sum);
        t.charges = q.value().value(1).toLongLong();
    }
    return t;
}

Result<QList<SpendCell>> SqlUsageQueries::spend(const UsageFilter &filter,
                                                const QList<MonthSpan> &months)
{
    if (months.isEmpty())
        return QList<SpendCell>();
    UsageFilter bounded = filter;
    if (!bounded.from.isValid() || bounded.from < months.constFirst().startUtc)
        bounded.from = months.constFirst().startUtc;
    if (!bounded.to.isValid() || bounded.to > months.constLast().endUtc)
        bounded.to = months.constLast().endUtc;
    const auto bad = m_money.damagedExpression();
    if (!bad)
        return bad.error();
    QVariantList values;
    const QString bucket = bucketExpression(m_c.isMysql(), months, values);
    const SqlWhere w = whereFor(bounded);
    values.append(w.values());
    auto q = m_c.exec(
        QStringLiteral("SELECT ACCOUNT_ID, %1 AS MONTH_INDEX, SUM(CONSUMING), "
                       "COUNT(*), %2 FROM %3%4 GROUP BY ACCOUNT_ID, MONTH_INDEX")
            .arg(bucket, bad.value(), historyTable, w.sql()),
        values,
        QCoreApplication::translate("SqlConnection", "compute spend per namespace and month"));
    if (!q)
        return q.error();
    QList<SpendCell> cells;
    bool damaged = false;
    while (q.value().next()) {
        if (q.value().value(4).toLongLong() != 0) {
            damaged = true;
            break;
        }
        const int index = q.value().value(1).toInt();
        const auto sum = exactInteger(q.value().value(2));
        if (!sum)
            return overflow();
        if (index < 0 || index >= months.size())
            continue;
        cells.append({q.value().value(0).toString(), months[index].month, Money::fromUnits(*sum),
                      q.value().value(3).toLongLong()});
    }
    if (damaged) {
        q.value().finish();
        return m_money.firstDamagedRow(w);
    }
    std::sort(cells.begin(), cells.end(), [](const SpendCell &a, const SpendCell &b) {
        return a.month != b.month ? a.month < b.month : a.ns < b.ns;
    });
    return cells;
}

Result<QList<LedgerCell>> SqlUsageQueries::ledgerCells(const QString &region,
                                                       const QList<QDateTime> &boundaries,
                                                       const OrderIdRange &ids)
{
    const auto bad = m_money.damagedExpression();
    if (!bad)
        return bad.error();
    QVariantList values;
    QString bucket =
        intervalExpression(m_c.isMysql(), boundaries, 0, int(boundaries.size()), values);
    if (!m_c.isMysql()) // INTERVAL() answers -1 for NULL; the CASE tree must be told
        bucket = QStringLiteral("CASE WHEN CONSUME_TIME IS NULL THEN %1 ELSE %2 END")
                     .arg(LedgerCell::Untimed)
                     .arg(bucket);
    UsageFilter all;
    all.region = region;
    SqlWhere w = whereFor(all);
    // SQLite ranges over the key's own index and looks up every row: a
    // scan that skips the other orders is faster (the unary + bars the index).
    SqlLedgerQueries::addIdRange(w, ids,
                                 m_c.isMysql() ? QStringLiteral("ID") : QStringLiteral("+ID"));
    values.append(w.values());
    // MariaDB's DATETIME as a number: the driver makes a local QDateTime of
    // each, which asks the system zone every time.
    const QString first = m_c.isMysql() ? QStringLiteral("MIN(CONSUME_TIME) + 0")
                                        : QStringLiteral("MIN(CONSUME_TIME)");
    const QString last = m_c.isMysql() ? QStringLiteral("MAX(CONSUME_TIME) + 0")
                                       : QStringLiteral("MAX(CONSUME_TIME)");
    auto q = m_c.exec(QStringLiteral("SELECT ACCOUNT_ID, %1 AS MONTH_INDEX, SUM(CONSUMING), "
                                     "COUNT(*), %5, %6, %2 FROM %3%4 GROUP BY ACCOUNT_ID, "
                                     "MONTH_INDEX")
                          .arg(bucket, bad.value(), historyTable, w.sql(), first, last),
                      values,
                      QCoreApplication::translate("SqlConnection", "compute spend per namespace "
                                                                   "and month"));
    if (!q)
        return q.error();
    QList<LedgerCell> cells;
    // MySQL knows the count (the whole result is on the client): no list
    // grown by doubling, at a quarter of a million cells.
    if (q.value().size() > 0)
        cells.reserve(q.value().size());
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        if (row.value(6).toLongLong() != 0) {
            q.value().finish();
            return m_money.firstDamagedRow(w);
        }
        const auto sum = exactInteger(row.value(2));
        if (!sum)
            return overflow();
        const int index = row.value(1).toInt();
        cells.append({row.value(0).toString(), index < 0 ? LedgerCell::Untimed : index,
                      Money::fromUnits(*sum), row.value(3).toLongLong(),
                      SqlConnection::readTime(row.value(4)),
                      SqlConnection::readTime(row.value(5))});
    }
    return cells;
}

Result<std::pair<QDateTime, QDateTime>> SqlUsageQueries::timeRange(const UsageFilter &filter)
{
    const SqlWhere w = whereFor(filter);
    // Two subqueries where an index leads with the filter's columns and the
    // time: each reads one end of it (SQLite scans the region for MIN and
    // MAX in one). Without one, MIN and MAX in one: one scan, not two.
    const bool indexed =
        filter.namespaces.isEmpty()
            ? !filter.region.isEmpty() && m_c.hasIndex(QStringLiteral("UC_HISTORY_REGION_TIME"))
            : m_c.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME"));
    auto q = indexed
                 ? m_c.exec(QStringLiteral("SELECT (SELECT MIN(CONSUME_TIME) FROM %1%2), "
                                           "(SELECT MAX(CONSUME_TIME) FROM %1%2)")
                                .arg(historyTable, w.sql()),
                            w.values() + w.values(),
                            QCoreApplication::translate("SqlConnection",
                                                        "find the time range of the charges"))
                 : m_c.exec(QStringLiteral("SELECT MIN(CONSUME_TIME), MAX(CONSUME_TIME) FROM %1%2")
                                .arg(historyTable, w.sql()),
                            w.values(),
                            QCoreApplication::translate("SqlConnection",
                                                        "find the time range of the charges"));
    if (!q)
        return q.error();
    std::pair<QDateTime, QDateTime> range;
    if (q.value().next()) {
        // Text sorts after every time in SQLite: a damaged CONSUME_TIME is
        // the MAX, and read as unknown it would hide. Name its row.
        for (int i = 0; i < 2; ++i) {
            const QVariant v = q.value().value(i);
            if (v.isNull() || SqlConnection::readTime(v).isValid())
                continue;
            SqlWhere bad = w;
            bad.add(QStringLiteral("CONSUME_TIME = ?"), {v});
            auto row = m_c.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID FROM %1%2 LIMIT 1")
                                    .arg(historyTable, bad.sql()),
                                bad.values(), QStringLiteral("find a damaged charge"));
            const QString key =
                row && row.value().next()
                    ? SqlRowReader::keyOf({QStringLiteral("ID"), QStringLiteral("ORDER_ID"),
                                           QStringLiteral("CONSUME_ID")},
                                          row.value(), {0, 1, 2})
                    : QStringLiteral("?");
            return SqlRowReader::damaged(historyTable, QStringLiteral("CONSUME_TIME"), key,
                                         SqlRowReader::describe(v),
                                         QCoreApplication::translate("SqlRowReader", "a time"));
        }
        range = {SqlConnection::readTime(q.value().value(0)),
                 SqlConnection::readTime(q.value().value(1))};
    }
    return range;
}
