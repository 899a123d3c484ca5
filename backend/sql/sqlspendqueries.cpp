#include "sql/sqlspendqueries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlledgerqueries.h"
#include "sql/sqlusagequeries.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString &historyTable = SqlUsageQueries::historyTable;

// How many of `marks` (ascending UTC instants) lie at or before
// CONSUME_TIME, answered in [lo, hi] and computed by the database from bound
// values. MariaDB: INTERVAL() over the instants as numbers (PERF.md: its
// fastest correct form; -1 for NULL); SQLite: a binary CASE tree over the
// same instants as text, not a function per row. The unary + takes the
// column's NUMERIC affinity (DATETIME) off the comparison: with it, SQLite
// tries each bound text as a number at every row, which made the tree
// cost as much again as the scan through Qt's driver (977 vs 518 ms at 1M).
// Text still compares with text byte for byte, as before.
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
    return QStringLiteral("CASE WHEN +CONSUME_TIME < ? THEN %1 ELSE %2 END").arg(left, right);
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

SqlSpendQueries::SqlSpendQueries(SqlConnection &connection)
    : m_c(connection)
    , m_money(connection)
{
}

Result<QList<SpendCell>> SqlSpendQueries::spend(const UsageFilter &filter,
                                                const QList<MonthSpan> &months)
{
    if (months.isEmpty())
        return QList<SpendCell>();
    UsageFilter bounded = filter;
    if (!bounded.from.isValid() || bounded.from < months.constFirst().startUtc)
        bounded.from = months.constFirst().startUtc;
    if (!bounded.to.isValid() || bounded.to > months.constLast().endUtc)
        bounded.to = months.constLast().endUtc;
    QVariantList values;
    const QString bucket = bucketExpression(m_c.isMysql(), months, values);
    QList<SpendCell> cells;
    const auto read = grouped(bucket, values, SqlUsageQueries::historyFor(m_c, bounded),
                              SqlUsageQueries::whereFor(bounded),
                              [&](const QString &ns, int index, Money amount, qint64 charges) {
                                  if (index >= 0 && index < months.size())
                                      cells.append({ns, months[index].month, amount, charges});
                                  return true;
                              });
    if (!read)
        return read.error();
    sortCells(cells);
    return cells;
}

Result<QList<LedgerCell>> SqlSpendQueries::ledgerCells(const QString &region,
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
    SqlWhere w = SqlUsageQueries::whereFor(all);
    // SQLite ranges over the key's own index and looks up every row: a
    // scan that skips the other orders is faster (the unary + bars the index).
    SqlLedgerQueries::addIdRange(w, ids,
                                 m_c.isMysql() ? QStringLiteral("ID") : QStringLiteral("+ID"));
    values.append(w.values());
    // MariaDB's DATETIME as a number: the driver makes a local QDateTime of
    // each, which asks the system zone every time. Cast to whole seconds
    // first: a DATETIME(n) + 0 is a DECIMAL, which comes back as text.
    const QString first = m_c.isMysql() ? QStringLiteral("CAST(MIN(CONSUME_TIME) AS DATETIME) + 0")
                                        : QStringLiteral("MIN(CONSUME_TIME)");
    const QString last = m_c.isMysql() ? QStringLiteral("CAST(MAX(CONSUME_TIME) AS DATETIME) + 0")
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
        const auto sum = SqlUsageQueries::exactInteger(row.value(2));
        if (!sum)
            return SqlUsageQueries::overflow();
        const int index = row.value(1).toInt();
        cells.append({row.value(0).toString(), index < 0 ? LedgerCell::Untimed : index,
                      Money::fromUnits(*sum), row.value(3).toLongLong(),
                      LedgerCell::msOf(SqlConnection::readTime(row.value(4))),
                      LedgerCell::msOf(SqlConnection::readTime(row.value(5)))});
    }
    return cells;
}

void SqlSpendQueries::sortCells(QList<SpendCell> &cells)
{
    std::sort(cells.begin(), cells.end(), [](const SpendCell &a, const SpendCell &b) {
        return a.month != b.month ? a.month < b.month : a.ns < b.ns;
    });
}

Result<bool> SqlSpendQueries::grouped(const QString &bucket, const QVariantList &bucketValues,
                                      const QString &table, const SqlWhere &w,
                                      const GroupTaken &take)
{
    const auto bad = m_money.damagedExpression();
    if (!bad)
        return bad.error();
    QVariantList values = bucketValues;
    values.append(w.values());
    auto q = m_c.exec(
        QStringLiteral("SELECT ACCOUNT_ID, %1 AS MONTH_INDEX, SUM(CONSUMING), "
                       "COUNT(*), %2 FROM %3%4 GROUP BY ACCOUNT_ID, MONTH_INDEX")
            .arg(bucket, bad.value(), table, w.sql()),
        values,
        QCoreApplication::translate("SqlConnection", "compute spend per namespace and month"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        if (row.value(4).toLongLong() != 0) {
            q.value().finish();
            return m_money.firstDamagedRow(w);
        }
        const auto sum = SqlUsageQueries::exactInteger(row.value(2));
        if (!sum)
            return SqlUsageQueries::overflow();
        if (!take(row.value(0).toString(), row.value(1).toInt(), Money::fromUnits(*sum),
                  row.value(3).toLongLong())) {
            q.value().finish();
            return false;
        }
    }
    return true;
}

Result<QList<MonthSpan>> SqlSpendQueries::guessedMonths(const QTimeZone &zone, const QDateTime &now)
{
    // The oldest and newest orders by key, read through the key (no scan):
    // orders are numbered as they are made, and a charge follows its order.
    const QString task =
        QCoreApplication::translate("SqlConnection", "find the time range of the charges");
    auto ends =
        m_c.exec(QStringLiteral("SELECT MIN(ID), MAX(ID) FROM DF_PURCHASE_ORDER"), {}, task);
    if (!ends)
        return ends.error();
    if (!ends.value().next() || ends.value().value(0).isNull())
        return QList<MonthSpan>();
    const qint64 minId = ends.value().value(0).toLongLong();
    const qint64 maxId = ends.value().value(1).toLongLong();
    auto q = m_c.exec(QStringLiteral("SELECT MIN(START_TIME), MAX(START_TIME) FROM "
                                     "DF_PURCHASE_ORDER WHERE ID < ? OR ID > ?"),
                      {minId + OrderBucket::Width, maxId - OrderBucket::Width}, task);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QList<MonthSpan>();
    const QDateTime oldest = SqlConnection::readTime(q.value().value(0));
    const QDateTime newest = SqlConnection::readTime(q.value().value(1));
    if (!oldest.isValid())
        return QList<MonthSpan>();
    const QDateTime last = std::max(newest.isValid() ? newest : oldest, now).addDays(AheadDays);
    return MonthCalendar::monthsCovering(oldest, last, zone);
}

Result<std::optional<MonthlySpend>>
SqlSpendQueries::everyMonth(const UsageFilter &filter, const QTimeZone &zone, const QDateTime &now)
{
    using Found = std::optional<MonthlySpend>;
    const auto guessed = guessedMonths(zone, now);
    if (!guessed)
        return guessed.error();
    const QList<MonthSpan> &months = guessed.value();
    if (months.isEmpty())
        return Found();
    // 0: before the first month, months.size() + 1: after the last.
    QList<QDateTime> marks;
    for (const MonthSpan &m : months)
        marks.append(m.startUtc);
    marks.append(months.constLast().endUtc);
    QVariantList values;
    const QString bucket = intervalExpression(m_c.isMysql(), marks, 0, int(marks.size()), values);
    UsageFilter unbounded = filter;
    unbounded.from = {};
    unbounded.to = {};
    SqlWhere w = SqlUsageQueries::whereFor(unbounded);
    w.add(QStringLiteral("CONSUME_TIME IS NOT NULL")); // the time range leaves them out
    QList<std::pair<int, SpendCell>> cells;
    int lo = int(months.size());
    int hi = -1;
    const auto read = grouped(bucket, values, historyTable, w,
                              [&](const QString &ns, int mark, Money amount, qint64 charges) {
                                  const int index = mark - 1;
                                  if (index < 0 || index >= months.size())
                                      return false; // outside the months guessed
                                  lo = std::min(lo, index);
                                  hi = std::max(hi, index);
                                  cells.append({index, {ns, months[index].month, amount, charges}});
                                  return true;
                              });
    if (!read)
        return read.error();
    if (!read.value())
        return Found();
    MonthlySpend result;
    if (hi < 0)
        return Found(result); // no charge
    result.months = months.mid(lo, hi - lo + 1);
    result.cells.reserve(cells.size());
    for (auto &[index, cell] : cells)
        result.cells.append(std::move(cell));
    sortCells(result.cells);
    return Found(result);
}
