#pragma once

#include "core/page.h"
#include "core/result.h"
#include "sql/sqlconnection.h"
#include "sql/sqlwhere.h"

#include <QSqlQuery>

#include <algorithm>
#include <functional>

// Paging in SQL by keyset wherever a previous row is known, so that page
// 50,000 costs what page 1 costs (PERF.md): newest first by default, or by
// another column with the row's key as the tie-break. An explicit page
// number is paged as the service pages it: offset (page-1)*size, and a
// page past the end answers the last `size` rows (SPEC §3). Its first row
// is found by a seek over the key columns only (covered by an advised
// index), then fetched by keyset; the last rows are the first ones the
// other way round, so a page past the end needs no count.
namespace SqlPaging {

// The sort: `column`, then `id` and `sub` (may be empty), all one way.
// A time column may be NULL: those rows come last newest first and first
// oldest first (as MariaDB and SQLite sort NULL), and are paged by key in
// a phase of their own. Other columns must be NOT NULL.
struct SortKey
{
    QString column;
    QString id;
    QString sub;
    bool isTime = true;
    bool ascending = false;
};

struct Statement
{
    QString sql;
    QVariantList values;
    bool reversed = false; // its rows come oldest first: turn them around
};

// In the key's order; `reversed` turns every column around.
QString orderBy(const SortKey &key, bool reversed = false);
// Rows strictly after (or, inclusive, at and after) the cursor.
SqlWhere after(const SortKey &key, const PageCursor &cursor, bool inclusive);
// The cursor of a row whose sort values are `value` (a time or the
// column's value), `id` and `sub`.
PageCursor cursorAt(const SortKey &key, const QVariant &value, qint64 id, qint64 sub);

// The pieces of fetch() that do not depend on the row type.
Result<qint64> count(SqlConnection &c, const QString &table, const SqlWhere &where,
                     const QString &what);
// Works out which statement fetches the page, and the total if asked.
Result<Statement> plan(SqlConnection &c, const QString &table, const QString &columns,
                       const SqlWhere &where, const SortKey &key, const PageRequest &page,
                       qint64 *total, const QString &what);
// After a short keyset page of one phase: where the other phase (rows with
// a NULL time, or the others) continues.
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
