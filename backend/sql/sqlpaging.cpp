#include "sql/sqlpaging.h"

#include <limits>

namespace SqlPaging {

namespace {

// The marker of a cursor that starts the rows with a time, oldest first,
// after the rows without one.
const QByteArray timedRowsStart = QByteArrayLiteral("timed");

} // namespace

QString orderBy(const SortKey &key, bool reversed)
{
    const QString direction =
        key.ascending != reversed ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString s = QStringLiteral(" ORDER BY ") + key.column + direction + QStringLiteral(", ") +
                key.id + direction;
    if (!key.sub.isEmpty())
        s += QStringLiteral(", ") + key.sub + direction;
    return s;
}

PageCursor cursorAt(const SortKey &key, const QVariant &value, qint64 id, qint64 sub)
{
    PageCursor c;
    if (key.isTime)
        c.time = value.toDateTime();
    else
        c.key = value;
    c.id = id;
    c.sub = sub;
    return c;
}

SqlWhere after(const SortKey &key, const PageCursor &cursor, bool inclusive)
{
    SqlWhere w;
    const QString beyond = key.ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString lastCmp = inclusive ? beyond + QLatin1Char('=') : beyond;
    if (key.isTime && cursor.state == timedRowsStart) {
        w.add(QStringLiteral("%1 IS NOT NULL").arg(key.column));
        return w;
    }
    if (key.isTime && !cursor.time.isValid()) {
        // Rows without a time, paged by key alone.
        if (key.sub.isEmpty()) {
            w.add(QStringLiteral("%1 IS NULL AND %2 %3 ?").arg(key.column, key.id, lastCmp),
                  {cursor.id});
        } else {
            w.add(QStringLiteral("%1 IS NULL AND (%2 %5 ? OR (%2 = ? AND %3 %4 ?))")
                      .arg(key.column, key.id, key.sub, lastCmp, beyond),
                  {cursor.id, cursor.id, cursor.sub});
        }
        return w;
    }
    // Written out rather than as a row comparison: MariaDB range-scans only
    // this form (PERF.md).
    const QVariant v = key.isTime ? SqlConnection::timeValue(cursor.time) : cursor.key;
    const QString reach = beyond + QLatin1Char('=');
    if (key.sub.isEmpty()) {
        w.add(QStringLiteral("%1 %4 ? AND (%1 %5 ? OR %2 %3 ?)")
                  .arg(key.column, key.id, lastCmp, reach, beyond),
              {v, v, cursor.id});
    } else {
        w.add(QStringLiteral("%1 %5 ? AND (%1 %6 ? OR %2 %6 ? OR (%2 = ? AND %3 %4 ?))")
                  .arg(key.column, key.id, key.sub, lastCmp, reach, beyond),
              {v, v, cursor.id, cursor.id, cursor.sub});
    }
    return w;
}

Result<qint64> count(SqlConnection &c, const QString &table, const SqlWhere &where,
                     const QString &what)
{
    auto q = c.exec(QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, where.sql()),
                    where.values(), what);
    if (!q)
        return q.error();
    if (!q.value().next())
        return qint64(0);
    return q.value().value(0).toLongLong();
}

namespace {

// The key of the row at `offset` in the sort order, found over the key
// columns only (covered by the advised index); nullopt past the end.
Result<std::optional<PageCursor>> seek(SqlConnection &c, const QString &table,
                                       const SqlWhere &where, const SortKey &key, qint64 offset,
                                       const QString &what)
{
    QString keyColumns = key.column + QStringLiteral(", ") + key.id;
    if (!key.sub.isEmpty())
        keyColumns += QStringLiteral(", ") + key.sub;
    auto q = c.exec(QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT 1 OFFSET %5")
                        .arg(keyColumns, table, where.sql(), orderBy(key))
                        .arg(offset),
                    where.values(), what);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PageCursor>();
    const QVariant value =
        key.isTime ? QVariant(SqlConnection::readTime(q.value().value(0))) : q.value().value(0);
    return std::optional<PageCursor>(
        cursorAt(key, value, q.value().value(1).toLongLong(),
                 key.sub.isEmpty() ? 0 : q.value().value(2).toLongLong()));
}

} // namespace

Result<Statement> plan(SqlConnection &c, const QString &table, const QString &columns,
                       const SqlWhere &where, const SortKey &key, const PageRequest &page,
                       qint64 *total, const QString &what)
{
    const int size = qBound(1, page.size, 100000);
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
    const QString limit = QStringLiteral(" LIMIT %1").arg(size);
    if (page.withTotal) {
        auto n = count(c, table, where, what);
        if (!n)
            return n.error();
        *total = n.value();
    }
    if (page.after) {
        SqlWhere w = where;
        w.append(after(key, *page.after, false));
        return Statement{select + w.sql() + orderBy(key) + limit, w.values()};
    }
    const Statement firstPage{select + where.sql() + orderBy(key) + limit, where.values()};
    // The service's past-the-end rule: a page past the end answers the last
    // `size` rows, which are the first `size` oldest first (no COUNT(*): a
    // region's count scans its whole index range).
    const Statement lastPage{select + where.sql() + orderBy(key, true) + limit, where.values(),
                             true};
    const qint64 offset = qint64(qMax(page.page, 1) - 1) * size;
    if (offset == 0)
        return firstPage;
    if (page.withTotal && offset >= *total)
        return lastPage;
    const auto first = seek(c, table, where, key, offset, what);
    if (!first)
        return first.error();
    if (!first.value())
        return lastPage;
    SqlWhere w = where;
    w.append(after(key, *first.value(), true));
    if (!key.isTime || first.value()->time.isValid())
        return Statement{select + w.sql() + orderBy(key) + limit, w.values()};
    // The page starts among rows with a NULL time; OFFSET is exact there.
    return Statement{firstPage.sql + QStringLiteral(" OFFSET %1").arg(offset), where.values()};
}

Result<std::optional<PageCursor>> nullPhaseCursor(SqlConnection &c, const QString &table,
                                                  const SqlWhere &where, const SortKey &key,
                                                  const PageRequest &page, const QString &what)
{
    // Only a keyset page within one phase can have the other phase after
    // it: newest first, the rows without a time follow those with one;
    // oldest first, the other way round. A page by number includes both in
    // its ORDER BY already.
    if (!key.isTime || !page.after || page.after->state == timedRowsStart)
        return std::optional<PageCursor>();
    const bool inTimedRows = page.after->time.isValid();
    if (inTimedRows == key.ascending)
        return std::optional<PageCursor>();
    SqlWhere w = where;
    w.add(QStringLiteral("%1 IS %2NULL")
              .arg(key.column, key.ascending ? QStringLiteral("NOT ") : QString()));
    auto q =
        c.exec(QStringLiteral("SELECT 1 FROM %1%2 LIMIT 1").arg(table, w.sql()), w.values(), what);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PageCursor>();
    if (key.ascending) {
        PageCursor start;
        start.state = timedRowsStart;
        return std::optional<PageCursor>(start);
    }
    constexpr qint64 top = std::numeric_limits<qint64>::max();
    return std::optional<PageCursor>(PageCursor{QDateTime(), top, top, 0, {}, {}});
}

} // namespace SqlPaging
