#include "sql/sqlmoneycheck.h"

#include "sql/sqlconnection.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlsourcefacts.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("DF_CONSUMING_HISTORY");
const QString countNulls = QStringLiteral("COUNT(*) - COUNT(CONSUMING)");

} // namespace

SqlMoneyCheck::SqlMoneyCheck(SqlConnection &connection)
    : m_c(connection)
{
}

Result<QString> SqlMoneyCheck::damagedExpression()
{
    // Kept by the source's facts, not here: a reconnect forgets them.
    if (const auto kept = m_c.facts().moneyExpression(m_c.identity()))
        return *kept;
    bool known = true;
    auto read = readExpression(known);
    if (read && known)
        m_c.facts().setMoneyExpression(m_c.identity(), read.value());
    return read;
}

Result<QString> SqlMoneyCheck::readExpression(bool &known)
{
    if (!m_c.isMysql()) {
        // "If any input to sum() is neither an integer nor a NULL, then
        // sum() returns a floating point value" (SQLite's documentation).
        auto q = m_c.exec(QStringLiteral("SELECT \"notnull\" FROM pragma_table_info(?) "
                                         "WHERE name = 'CONSUMING'"),
                          {table}, QStringLiteral("read the type of CONSUMING"));
        if (!q)
            return q.error();
        const bool notNull = q.value().next() && q.value().value(0).toInt() == 1;
        return QStringLiteral("(typeof(SUM(CONSUMING)) = 'real')") +
               (notNull ? QString() : QStringLiteral(" + ") + countNulls);
    }
    auto q =
        m_c.exec(QStringLiteral("SELECT DATA_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                                "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND "
                                "COLUMN_NAME = 'CONSUMING'"),
                 {table}, QStringLiteral("read the type of CONSUMING"));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        known = false; // no such table (yet): the query itself will say so
        return QStringLiteral("0");
    }
    const QString type = q.value().value(0).toString().toLower();
    static const QStringList integers = {QStringLiteral("tinyint"), QStringLiteral("smallint"),
                                         QStringLiteral("mediumint"), QStringLiteral("int"),
                                         QStringLiteral("bigint")};
    if (!integers.contains(type))
        return BackendError(BackendError::Category::Server,
                            QCoreApplication::translate("SqlMoneyCheck",
                                                        "%1.CONSUMING is a %2 column, not an "
                                                        "integer one: its amounts cannot be "
                                                        "read exactly.")
                                .arg(table, type));
    return q.value().value(1).toString() == QLatin1String("YES") ? countNulls : QStringLiteral("0");
}

BackendError SqlMoneyCheck::firstDamagedRow(const SqlWhere &where)
{
    SqlWhere w = where;
    w.add(m_c.isMysql() ? QStringLiteral("CONSUMING IS NULL")
                        : QStringLiteral("typeof(CONSUMING) <> 'integer'"));
    auto q = m_c.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUMING, COUNT(*) OVER () "
                                     "FROM %1%2 LIMIT 1")
                          .arg(table, w.sql()),
                      w.values(), QStringLiteral("find a damaged charge"));
    QString key = QStringLiteral("?");
    QString what = QStringLiteral("?");
    qint64 count = 0;
    if (q && q.value().next()) {
        key = SqlRowReader::keyOf(
            {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("CONSUME_ID")},
            q.value(), {0, 1, 2});
        what = SqlRowReader::describe(q.value().value(3));
        count = q.value().value(4).toLongLong();
    }
    BackendError e = SqlRowReader::damaged(
        table, QStringLiteral("CONSUMING"), key, what,
        QCoreApplication::translate("SqlRowReader", "an integer amount of 1/10000 yuan"));
    return BackendError(e.category(),
                        e.message() + QLatin1Char(' ') +
                            QCoreApplication::translate("SqlMoneyCheck",
                                                        "Damaged rows in all: %1; nothing was "
                                                        "summed.")
                                .arg(count),
                        e.details());
}
