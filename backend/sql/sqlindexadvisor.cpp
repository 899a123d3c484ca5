#include "sql/sqlindexadvisor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Runs one catalogue query with `values` bound in order.
Result<QSqlQuery> catalogue(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                            const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    ok = ok && query.exec();
    if (!ok)
        return BackendError(
            BackendError::Category::Server,
            QCoreApplication::translate("SqlIndexAdvisor", "Could not %1.").arg(what),
            query.lastError().text());
    return query;
}

} // namespace

Result<QList<std::pair<QString, QStringList>>>
SqlIndexAdvisor::indexesOf(const QSqlDatabase &db, Schema::Dialect dialect, const QString &table)
{
    // Rows of (index, column), the columns of an index in order (SQLite: in
    // its list's order, which names the index used where two match). SQLite's
    // PRAGMA functions take the table name as a bound value: one statement
    // for the table, not one per index (every connection opening asks this).
    const QString sql =
        dialect == Schema::Dialect::Mysql
            ? QStringLiteral("SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS "
                             "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? "
                             "ORDER BY INDEX_NAME, SEQ_IN_INDEX")
            : QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?) AS il, "
                             "pragma_index_info(il.name) AS ii ORDER BY il.seq, ii.seqno");
    auto q = catalogue(
        db, sql, {table},
        QCoreApplication::translate("SqlConnection", "read the indexes of %1").arg(table));
    if (!q)
        return q.error();
    QList<std::pair<QString, QStringList>> out;
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (out.isEmpty() || out.constLast().first != name)
            out.append({name, {}});
        out.last().second.append(q.value().value(1).toString().toUpper());
    }
    return out;
}

Result<QList<SqlIndexAdvisor::Status>> SqlIndexAdvisor::check(const QSqlDatabase &db,
                                                              Schema::Dialect dialect)
{
    QList<Status> out;
    // Each table's catalogue read once: every connection asks this when it
    // opens, and four of the advised indexes are on the charges.
    QHash<QString, QList<std::pair<QString, QStringList>>> read;
    for (const Schema::IndexAdvice &advice : Schema::advisedIndexes()) {
        auto known = read.constFind(advice.table);
        if (known == read.cend()) {
            auto existing = indexesOf(db, dialect, advice.table);
            if (!existing)
                return existing.error();
            known = read.insert(advice.table, existing.value());
        }
        Status status{advice, false, {}};
        for (const auto &[name, columns] : std::as_const(*known)) {
            if (columns.mid(0, advice.columns.size()) == advice.columns) {
                status.present = true;
                status.existingName = name;
                break;
            }
        }
        out.append(status);
    }
    return out;
}
