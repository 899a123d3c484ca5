#pragma once

#include "core/backenderror.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSqlQuery;

// Reads the values of one row that are money, keys or times, strictly,
// keeping the first problem: text, NULL or a fraction where an integer
// belongs (a damaged SQLite file, a hand-edited column) is an error naming
// the table, the column and the row's key, never a silent 0. A NULL time or
// CONSUME_ID is shown as unknown (SPEC §2); a time that is not a time is an
// error. Plain text columns (names, regions) are read as they are.
class SqlRowReader
{
public:
    // The columns that name a row in messages ("ID 12, ORDER_ID ns-a-res").
    struct RowKey
    {
        QStringList names;
        QList<int> columns;
    };

    // `key` names the row in messages ("ID 12, ORDER_ID ns-a-resources").
    SqlRowReader(const QSqlQuery &query, const QString &table, const QString &key);
    // The same, the key read from the row only when a value is bad: what
    // readers of thousands of rows use (the key's text cost a third of a
    // row's reading).
    SqlRowReader(const QSqlQuery &query, const QString &table, const RowKey &key);
    // The key is kept by address: a temporary one would be gone by fail().
    SqlRowReader(const QSqlQuery &query, const QString &table, RowKey &&key) = delete;

    std::optional<BackendError> error;

    // An integer that must be there: an ID, STATUS.
    qint64 integer(int column, const char *name);
    // An integer that may be NULL (CONSUME_ID, LAST_CONSUME_ID, EXTRA_INFO).
    std::optional<qint64> optionalInteger(int column, const char *name);
    // CONSUMING: an integer count of 1/10000 yuan.
    Money money(int column, const char *name);
    // PRICE: a finite number of yuan (DOUBLE(10,2)).
    double number(int column, const char *name);
    // A DATETIME in UTC; invalid (unknown) when NULL.
    QDateTime time(int column, const char *name);

    // The integer `value` holds exactly, or nullopt (NULL, text, a fraction).
    static std::optional<qint64> exactInteger(const QVariant &value);
    // "text \"abc\"", "NULL", "the fraction 12.5": what a bad value is.
    static QString describe(const QVariant &value);
    // "Damaged data: TABLE.COLUMN is WHAT, not EXPECTED (row KEY)."
    static BackendError damaged(const QString &table, const QString &column, const QString &key,
                                const QString &what, const QString &expected);
    // The key of a row from raw values, "ID 12, CONSUME_ID 3": never fails.
    static QString keyOf(const QStringList &names, const QSqlQuery &query,
                         const QList<int> &columns);

private:
    void fail(const char *name, const QVariant &value, const QString &expected);

    const QSqlQuery &m_query;
    QString m_table;
    QString m_key;
    const RowKey *m_rowKey = nullptr;
};
