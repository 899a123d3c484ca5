#pragma once

#include "core/page.h"
#include "core/result.h"
#include "sql/sqlconnection.h"
#include "sql/sqlwhere.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

// Paging in SQL, newest first, by keyset wherever a previous row is known,
// so that page 50,000 costs what page 1 costs (PERF.md). An explicit page
// number is paged as the service pages it: offset (page-1)*size, and a
// page past the end answers the last `size` rows (SPEC §3). Its first row
// is found by a seek over the key columns only (covered by the advised
// index), then fetched by keyset; the last rows are the first ones oldest
// first, so a page past the end needs no count.
namespace SqlPaging {

// Descending sort on (time, id[, sub]); `sub` may be empty.
struct SortKey
{
    QString time;
    QString id;
    QString sub;
};

struct Statement
{
    QString sql;
    QVariantList values;
    bool reversed = false; // its rows come oldest first: turn them around
};

// Newest first; `ascending` turns every column around (NULL times then
// come first, as they come last newest first, in MariaDB and SQLite).
QString orderBy(const SortKey &key, bool ascending = false);
// Rows strictly after (or, inclusive, at and after) the cursor.
SqlWhere after(const SortKey &key, const PageCursor &cursor, bool inclusive);

// The pieces of fetch() that do not depend on the row type.
Result<qint64> count(SqlConnection &c, const QString &table, const SqlWhere &where,
                     const QString &what);
// Works out which statement fetches the page, and the total if asked.
Result<Statement> plan(SqlConnection &c, const QString &table, const QString &columns,
                       const SqlWhere &where, const SortKey &key, const PageRequest &page,
                       qint64 *total, const QString &what);
// After a short page: where rows with a NULL time (sorted last) continue.
Result<std::optional<PageCursor>> nullPhaseCursor(SqlConnection &c, const QString &table,
                                                  const SqlWhere &where, const SortKey &key,
                                                  const PageRequest &page, const QString &what);

template<typename T>
Result<Page<T>> fetch(SqlConnection &c, const QString &table, const QString &columns,
                      const SqlWhere &where, const SortKey &key, const PageRequest &page,
                      const std::function<T(const QSqlQuery &)> &read,
                      const std::function<PageCursor(const T &)> &cursorOf, const QString &what)
{
    Page<T> out;
    auto statement = plan(c, table, columns, where, key, page, &out.total, what);
    if (!statement)
        return statement.error();
    auto q = c.exec(statement.value().sql, statement.value().values, what);
    if (!q)
        return q.error();
    while (q.value().next())
        out.items.append(read(q.value()));
    if (statement.value().reversed)
        std::reverse(out.items.begin(), out.items.end());
    const int size = qBound(1, page.size, 100000);
    if (out.items.size() >= size) {
        out.next = cursorOf(out.items.constLast());
        return out;
    }
    auto tail = nullPhaseCursor(c, table, where, key, page, what);
    if (!tail)
        return tail.error();
    out.next = tail.value();
    return out;
}

} // namespace SqlPaging
