#include "sqlpaging.h"

#include <limits>

namespace SqlPaging {

QString orderBy(const SortKey &key)
{
    QString s = QStringLiteral(" ORDER BY %1 DESC, %2 DESC").arg(key.time, key.id);
    if (!key.sub.isEmpty())
        s += QStringLiteral(", %1 DESC").arg(key.sub);
    return s;
}

SqlWhere after(const SortKey &key, const PageCursor &cursor, bool inclusive)
{
    SqlWhere w;
    const QString lastCmp = inclusive ? QStringLiteral("<=") : QStringLiteral("<");
    if (!cursor.time.isValid()) {
        // The rows whose time is NULL come last; page them by key alone.
        if (key.sub.isEmpty()) {
            w.add(QStringLiteral("%1 IS NULL AND %2 %3 ?").arg(key.time, key.id, lastCmp),
                  {cursor.id});
        } else {
            w.add(QStringLiteral("%1 IS NULL AND (%2 < ? OR (%2 = ? AND %3 %4 ?))")
                      .arg(key.time, key.id, key.sub, lastCmp),
                  {cursor.id, cursor.id, cursor.sub});
        }
        return w;
    }
    // Written out rather than as a row comparison: MariaDB range-scans only
    // this form (PERF.md).
    const QVariant t = SqlConnection::timeValue(cursor.time);
    if (key.sub.isEmpty()) {
        w.add(QStringLiteral("%1 <= ? AND (%1 < ? OR %2 %3 ?)").arg(key.time, key.id, lastCmp),
              {t, t, cursor.id});
    } else {
        w.add(QStringLiteral("%1 <= ? AND (%1 < ? OR %2 < ? OR (%2 = ? AND %3 %4 ?))")
                  .arg(key.time, key.id, key.sub, lastCmp),
              {t, t, cursor.id, cursor.id, cursor.sub});
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

Result<Statement> plan(SqlConnection &c, const QString &table, const QString &columns,
                       const SqlWhere &where, const SortKey &key, const PageRequest &page,
                       qint64 *total, const QString &what)
{
    const int size = qBound(1, page.size, 100000);
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns, table);
    const QString limit = QStringLiteral(" LIMIT %1").arg(size);

    if (page.withTotal || (!page.after && page.page > 1)) {
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
    qint64 offset = qint64(qMax(page.page, 1) - 1) * size;
    if (offset > 0 && offset >= *total)
        offset = qMax<qint64>(*total - size, 0); // the service's past-the-end rule
    if (offset == 0)
        return Statement{select + where.sql() + orderBy(key) + limit, where.values()};

    // Seek the first row of the page over the key columns only.
    QString keyColumns = key.time + QStringLiteral(", ") + key.id;
    if (!key.sub.isEmpty())
        keyColumns += QStringLiteral(", ") + key.sub;
    auto seek = c.exec(QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT 1 OFFSET %5")
                           .arg(keyColumns, table, where.sql(), orderBy(key))
                           .arg(offset),
                       where.values(), what);
    if (!seek)
        return seek.error();
    if (!seek.value().next())
        return Statement{select + where.sql() + orderBy(key) + limit, where.values()};
    PageCursor first;
    first.time = SqlConnection::readTime(seek.value().value(0));
    first.id = seek.value().value(1).toLongLong();
    first.sub = key.sub.isEmpty() ? 0 : seek.value().value(2).toLongLong();
    SqlWhere w = where;
    w.append(after(key, first, true));
    if (first.time.isValid())
        return Statement{select + w.sql() + orderBy(key) + limit, w.values()};
    // The page starts among rows with a NULL time; OFFSET is exact there.
    return Statement{select + where.sql() + orderBy(key) + limit +
                         QStringLiteral(" OFFSET %1").arg(offset),
                     where.values()};
}

Result<std::optional<PageCursor>> nullPhaseCursor(SqlConnection &c, const QString &table,
                                                  const SqlWhere &where, const SortKey &key,
                                                  const PageRequest &page, const QString &what)
{
    // Only a keyset page over non-NULL times can have NULL rows after it:
    // a page by number includes them in its ORDER BY already.
    if (!page.after || !page.after->time.isValid())
        return std::optional<PageCursor>();
    SqlWhere w = where;
    w.add(QStringLiteral("%1 IS NULL").arg(key.time));
    auto q =
        c.exec(QStringLiteral("SELECT 1 FROM %1%2 LIMIT 1").arg(table, w.sql()), w.values(), what);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PageCursor>();
    constexpr qint64 top = std::numeric_limits<qint64>::max();
    return std::optional<PageCursor>(PageCursor{QDateTime(), top, top, 0, {}});
}

} // namespace SqlPaging
