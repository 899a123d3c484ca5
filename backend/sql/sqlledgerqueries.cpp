#include "sql/sqlledgerqueries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {

const QString ordersTable = QStringLiteral("DF_PURCHASE_ORDER");
const QString historyTable = QStringLiteral("DF_CONSUMING_HISTORY");

// Ranges OR-ed into one statement: few enough for any driver's limit on
// bound values, many enough that a sync of thousands of orders is a few
// statements.
constexpr int RangesPerQuery = 200;
// Ranges in one bound JSON array: ~2 MB, under any server's packet limit.
constexpr qsizetype JsonRangesPerQuery = 50000;

SqlWhere regionOnly(const QString &region)
{
    SqlWhere w;
    if (!region.isEmpty())
        w.add(QStringLiteral("REGION = ?"), {region});
    return w;
}

// An order's row: ID, LAST_CONSUME_ID, STATUS (columns 0-2).
Result<OrderCount> readCount(const QSqlQuery &q)
{
    static const SqlRowReader::RowKey key{{QStringLiteral("ID")}, {0}};
    SqlRowReader r(q, ordersTable, key);
    OrderCount o;
    o.id = r.integer(0, "ID");
    const qint64 last = r.optionalInteger(1, "LAST_CONSUME_ID").value_or(0);
    const int status = int(r.integer(2, "STATUS"));
    if (r.error)
        return *r.error;
    o.charges = OrderCount::chargesOf(last, status);
    o.ended = status == OrderCount::EndedStatus;
    return o;
}

// Appends the orders of an executed query's rows to `orders`.
Result<Done> readCounts(QSqlQuery &q, QList<OrderCount> &orders)
{
    while (q.next()) {
        auto o = readCount(q);
        if (!o)
            return o.error();
        orders.append(o.value());
    }
    return Done{};
}

// Runs `read(first, end)` over `items` in slices of RangesPerQuery.
template<typename T, typename Read>
Result<Done> inBatches(const QList<T> &items, Read read)
{
    for (qsizetype at = 0; at < items.size(); at += RangesPerQuery) {
        if (const auto r = read(at, std::min(items.size(), at + RangesPerQuery)); !r)
            return r;
    }
    return Done{};
}

// A statement and its bound values.
struct Statement
{
    QString sql;
    QVariantList values;
};

// An order's bucket (OrderBucket::Width IDs) as the database computes it.
QString bucketOf(const SqlConnection &c)
{
    return (c.isMysql() ? QStringLiteral("ID DIV %1") : QStringLiteral("ID / %1"))
        .arg(OrderBucket::Width);
}

// Every range in one bound JSON array, turned into rows by the database and
// joined to the charges' key, the ranges the outer loop (each a seek by ID).
// As ORs, the server tested every row it read against all 200 terms of a
// statement (MariaDB: 50 ms for 1,000 ranges, 10 ms this way), and SQLite
// compiled 600 parameters Qt's driver names one by one (:0, :1, ...).
Statement jsonRanges(const SqlConnection &c, const QList<ChargeRange> &ranges)
{
    QByteArray json("[");
    for (const ChargeRange &r : ranges) {
        json += (json.size() > 1 ? ",[" : "[") + QByteArray::number(r.id) + ',' +
                QByteArray::number(r.after) + ',' + QByteArray::number(r.upTo) + ']';
    }
    json += ']';
    const QString columns = QStringLiteral("h.ID, h.CONSUME_ID, h.ACCOUNT_ID, h.REGION, "
                                           "h.CONSUME_TIME, h.CONSUMING, h.ORDER_ID");
    const QString rows =
        c.isMysql()
            ? QStringLiteral("JSON_TABLE(?, '$[*]' COLUMNS (I BIGINT PATH '$[0]', A BIGINT PATH "
                             "'$[1]', U BIGINT PATH '$[2]')) AS r STRAIGHT_JOIN %1 AS h ON h.ID = "
                             "r.I AND h.CONSUME_ID > r.A AND h.CONSUME_ID <= r.U")
            : QStringLiteral("json_each(?) AS r CROSS JOIN %1 AS h ON h.ID = "
                             "json_extract(r.value, '$[0]') AND h.CONSUME_ID > "
                             "json_extract(r.value, '$[1]') AND h.CONSUME_ID <= "
                             "json_extract(r.value, '$[2]')");
    return {QStringLiteral("SELECT %1 FROM %2 ORDER BY h.ID, h.CONSUME_ID")
                .arg(columns, rows.arg(historyTable)),
            {QString::fromLatin1(json)}};
}

// Appends the charges `statement` reads (ID, CONSUME_ID, ACCOUNT_ID, REGION,
// CONSUME_TIME, CONSUMING, ORDER_ID) to `charges`.
Result<Done> chargesOf(SqlConnection &c, const Statement &statement, QList<LedgerCharge> &charges)
{
    auto q = c.exec(statement.sql, statement.values,
                    QCoreApplication::translate("SqlLedgerQueries", "read the new charges"));
    if (!q)
        return q.error();
    static const SqlRowReader::RowKey key{
        {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("CONSUME_ID")},
        {0, 6, 1}};
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        SqlRowReader r(row, historyTable, key);
        LedgerCharge charge;
        charge.id = r.integer(0, "ID");
        charge.consumeId = r.integer(1, "CONSUME_ID");
        charge.ns = row.value(2).toString();
        charge.region = row.value(3).toString();
        charge.time = r.time(4, "CONSUME_TIME");
        charge.amount = r.money(5, "CONSUMING");
        if (r.error)
            return *r.error;
        charges.append(charge);
    }
    return Done{};
}

// MariaDB groups the orders by bucket in a temporary table, a lookup per
// row; one range of the key per bucket, each summed without grouping, costs
// the server less (a half of the region: 14 instead of 19 ms at 1M charges,
// 137 instead of 155 at 10M). The ranges are the buckets strictly between
// those of the key's ends in `ids`, read just before; the first and the last
// bucket are grouped, with whatever was added below or above since. Every
// part is whole buckets, none shared. Nothing (the grouped form) where the
// key is negative, spans fewer than three buckets, or more than MaxRanges:
// parsing the statement grows faster than its parts (512 empty ranges take
// the server 14 ms, 1,024 take 34).
Result<std::optional<Statement>> bucketsByRange(SqlConnection &c, const QString &region,
                                                const OrderIdRange &ids, const QString &sums)
{
    SqlWhere keyOnly;
    SqlLedgerQueries::addIdRange(keyOnly, ids);
    auto ends = c.exec(
        QStringLiteral("SELECT MIN(ID), MAX(ID) FROM %1%2").arg(ordersTable, keyOnly.sql()),
        keyOnly.values(), QCoreApplication::translate("SqlLedgerQueries", "read the orders' IDs"));
    if (!ends)
        return ends.error();
    if (!ends.value().next() || ends.value().value(0).isNull())
        return std::optional<Statement>(); // no order: the grouped form says so
    const qint64 lowest = ends.value().value(0).toLongLong();
    const qint64 first = lowest / OrderBucket::Width;
    const qint64 last = ends.value().value(1).toLongLong() / OrderBucket::Width;
    ends.value().finish();
    constexpr qint64 MaxRanges = 512;
    if (lowest < 0 || last - first < 2 || last - first > MaxRanges)
        return std::optional<Statement>();
    const QString grouped = QStringLiteral("SELECT %1 FROM %2%3 GROUP BY %4");
    QStringList parts;
    QVariantList values;
    SqlWhere head = regionOnly(region);
    SqlLedgerQueries::addIdRange(head, {ids.fromId, (first + 1) * OrderBucket::Width});
    parts.append(grouped.arg(sums, ordersTable, head.sql(), bucketOf(c)));
    values += head.values();
    const QString range =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3ID BETWEEN ? AND ?")
            .arg(sums, ordersTable,
                 region.isEmpty() ? QString() : QStringLiteral("REGION = ? AND "));
    for (qint64 b = first + 1; b < last; ++b) {
        parts.append(range);
        if (!region.isEmpty())
            values << region;
        values << b * OrderBucket::Width << b * OrderBucket::Width + (OrderBucket::Width - 1);
    }
    SqlWhere tail = regionOnly(region);
    SqlLedgerQueries::addIdRange(tail, {last * OrderBucket::Width, ids.toId});
    parts.append(grouped.arg(sums, ordersTable, tail.sql(), bucketOf(c)));
    values += tail.values();
    return std::optional<Statement>(Statement{parts.join(QStringLiteral(" UNION ALL ")), values});
}

} // namespace

void SqlLedgerQueries::addIdRange(SqlWhere &w, const OrderIdRange &ids, const QString &column)
{
    if (ids.fromId > 0)
        w.add(column + QStringLiteral(" >= ?"), {ids.fromId});
    if (ids.toId >= 0)
        w.add(column + QStringLiteral(" < ?"), {ids.toId});
}

Result<LedgerSplit> SqlLedgerQueries::split(SqlConnection &c, const QString &region)
{
    // Both engines read MIN and MAX of a key from its ends.
    auto ends = c.exec(QStringLiteral("SELECT MIN(ID), MAX(ID) FROM %1").arg(ordersTable), {},
                       QCoreApplication::translate("SqlLedgerQueries", "read the orders' IDs"));
    if (!ends)
        return ends.error();
    if (!ends.value().next() || ends.value().value(0).isNull())
        return LedgerSplit{};
    const qint64 lo = ends.value().value(0).toLongLong();
    const qint64 span = ends.value().value(1).toLongLong() - lo + 1;
    ends.value().finish();
    // Samples runs of the key, one at the start of each of `strides` equal
    // strides, and scales each run's charges up to its stride.
    constexpr qint64 Strides = 32;
    constexpr qint64 RunLength = 256;
    const qint64 stride = std::max<qint64>(1, (span + Strides - 1) / Strides);
    const qint64 run = std::min(stride, RunLength);
    SqlWhere w = regionOnly(region);
    QStringList runs;
    QVariantList values;
    for (qint64 start = lo; start < lo + span; start += stride) {
        runs.append(QStringLiteral("ID BETWEEN ? AND ?"));
        values << start << start + run - 1;
    }
    w.add(QLatin1Char('(') + runs.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values);
    const QString strideOf =
        (c.isMysql() ? QStringLiteral("(ID - %1) DIV %2") : QStringLiteral("(ID - %1) / %2"))
            .arg(lo)
            .arg(stride);
    auto q =
        c.exec(QStringLiteral("SELECT %1 AS S, SUM(COALESCE(LAST_CONSUME_ID, 0)) FROM %2%3 "
                              "GROUP BY S ORDER BY S")
                   .arg(strideOf, ordersTable, w.sql()),
               w.values(), QCoreApplication::translate("SqlLedgerQueries", "sample the orders"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, double>> weights; // stride, its estimated charges
    double total = 0;
    while (q.value().next()) {
        const double charges = q.value().value(1).toDouble() * double(stride) / double(run);
        weights.append({q.value().value(0).toLongLong(), charges});
        total += charges;
    }
    LedgerSplit split;
    split.charges = qint64(total);
    double below = 0;
    for (const auto &[s, charges] : std::as_const(weights)) {
        if (2 * (below + charges) < total) {
            below += charges;
            continue;
        }
        const double into = charges > 0 ? (total / 2 - below) / charges : 0;
        const qint64 at = lo + s * stride + qint64(into * double(stride));
        // At a bucket's start: the parts share no bucket.
        const qint64 id = (at + OrderBucket::Width / 2) / OrderBucket::Width * OrderBucket::Width;
        if (id > lo && id < lo + span)
            split.id = id;
        break;
    }
    return split;
}

Result<QList<OrderBucket>> SqlLedgerQueries::buckets(SqlConnection &c, const QString &region,
                                                     const OrderIdRange &ids,
                                                     QDateTime *oldestStart)
{
    const QString sums = QStringLiteral("COUNT(*), SUM(COALESCE(LAST_CONSUME_ID, 0)), "
                                        "SUM(CASE WHEN STATUS = 15 THEN 1 ELSE 0 END), MAX(ID)") +
                         (oldestStart ? QStringLiteral(", MIN(START_TIME)") : QString());
    std::optional<Statement> statement;
    if (c.isMysql()) {
        auto ranged = bucketsByRange(c, region, ids, sums);
        if (!ranged)
            return ranged.error();
        statement = std::move(ranged.value());
    }
    if (!statement) {
        SqlWhere w = regionOnly(region);
        addIdRange(w, ids);
        statement = Statement{QStringLiteral("SELECT %1 FROM %2%3 GROUP BY %4 ORDER BY %4")
                                  .arg(sums, ordersTable, w.sql(), bucketOf(c)),
                              w.values()};
    }
    auto q = c.exec(statement->sql, statement->values,
                    QCoreApplication::translate("SqlLedgerQueries", "read the orders' signatures"));
    if (!q)
        return q.error();
    QList<OrderBucket> result;
    if (oldestStart)
        *oldestStart = QDateTime();
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        OrderBucket b;
        b.orders = row.value(0).toLongLong();
        if (b.orders == 0)
            continue; // a range without an order of the region
        b.lastConsumeIds = row.value(1).toLongLong();
        b.ended = row.value(2).toLongLong();
        b.maxId = row.value(3).toLongLong();
        b.bucket = b.maxId / OrderBucket::Width; // as the database divides: towards zero
        if (oldestStart) {
            const QDateTime start = SqlConnection::readTime(row.value(4));
            if (start.isValid() && (!oldestStart->isValid() || start < *oldestStart))
                *oldestStart = start;
        }
        result.append(b);
    }
    // The ranged form's parts come in bucket order, each grouped part's
    // buckets in whatever order the server groups them.
    std::sort(result.begin(), result.end(),
              [](const OrderBucket &a, const OrderBucket &b) { return a.bucket < b.bucket; });
    return result;
}

Result<QList<OrderCount>> SqlLedgerQueries::openOrders(SqlConnection &c, const QString &region,
                                                       const OrderIdRange &ids)
{
    SqlWhere w = regionOnly(region);
    addIdRange(w, ids);
    w.add(QStringLiteral("STATUS <> 15"));
    auto q = c.exec(
        QStringLiteral("SELECT ID, LAST_CONSUME_ID, STATUS FROM %1%2").arg(ordersTable, w.sql()),
        w.values(),
        QCoreApplication::translate("SqlLedgerQueries",
                                    "read the orders that may still be charged"));
    if (!q)
        return q.error();
    QList<OrderCount> orders;
    if (const auto r = readCounts(q.value(), orders); !r)
        return r.error();
    return orders;
}

Result<QList<OrderCount>> SqlLedgerQueries::counts(SqlConnection &c, const QString &region,
                                                   const QList<qint64> &buckets)
{
    // Runs of consecutive buckets as one range each: after charges spread
    // over a region, every bucket moved, and one range is one seek.
    QList<std::pair<qint64, qint64>> runs; // first and last bucket
    for (qint64 b : buckets) {
        if (!runs.isEmpty() && runs.last().second + 1 == b)
            runs.last().second = b;
        else
            runs.append({b, b});
    }
    QList<OrderCount> orders;
    const auto read = inBatches(runs, [&](qsizetype first, qsizetype end) -> Result<Done> {
        QStringList ranges;
        QVariantList values;
        for (qsizetype i = first; i < end; ++i) {
            ranges.append(QStringLiteral("ID BETWEEN ? AND ?"));
            values << runs[i].first * OrderBucket::Width
                   << (runs[i].second + 1) * OrderBucket::Width - 1;
        }
        SqlWhere w = regionOnly(region);
        w.add(QLatin1Char('(') + ranges.join(QLatin1String(" OR ")) + QLatin1Char(')'), values);
        auto q =
            c.exec(QStringLiteral("SELECT ID, LAST_CONSUME_ID, STATUS FROM %1%2 ORDER BY ID")
                       .arg(ordersTable, w.sql()),
                   w.values(),
                   QCoreApplication::translate("SqlLedgerQueries", "read the orders that moved"));
        if (!q)
            return q.error();
        return readCounts(q.value(), orders);
    });
    if (!read)
        return read.error();
    return orders;
}

Result<QList<LedgerCharge>> SqlLedgerQueries::charges(SqlConnection &c,
                                                      const QList<ChargeRange> &ranges)
{
    QList<LedgerCharge> charges;
    if (c.readsJsonRows()) {
        Result<Done> read = Done{};
        for (qsizetype at = 0; read && at < ranges.size(); at += JsonRangesPerQuery)
            read = chargesOf(c, jsonRanges(c, ranges.mid(at, JsonRangesPerQuery)), charges);
        if (read)
            return charges;
        const auto category = read.error().category();
        if (category == BackendError::Category::Connection ||
            category == BackendError::Category::Timeout)
            return read.error();
        // An older server (MySQL 5.7, MariaDB 10.5, SQLite before 3.38):
        // the ORs, from now on.
        c.setReadsJsonRows(false);
        charges.clear();
    }
    const auto read = inBatches(ranges, [&](qsizetype first, qsizetype end) -> Result<Done> {
        QStringList terms;
        QVariantList values;
        for (qsizetype i = first; i < end; ++i) {
            terms.append(QStringLiteral("(ID = ? AND CONSUME_ID > ? AND CONSUME_ID <= ?)"));
            values << ranges[i].id << ranges[i].after << ranges[i].upTo;
        }
        return chargesOf(c,
                         {QStringLiteral("SELECT ID, CONSUME_ID, ACCOUNT_ID, REGION, CONSUME_TIME, "
                                         "CONSUMING, ORDER_ID FROM %1 WHERE %2 "
                                         "ORDER BY ID, CONSUME_ID")
                              .arg(historyTable, terms.join(QLatin1String(" OR "))),
                          values},
                         charges);
    });
    if (!read)
        return read.error();
    return charges;
}
