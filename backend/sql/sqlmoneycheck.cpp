#include "sql/sqlmoneycheck.h"

#include "sql/sqlconnection.h"
#include "sql/sqlrowreader.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("DF_CONSUMING_HISTORY");

} // namespace

SqlMoneyCheck::SqlMoneyCheck(SqlConnection &connection)
    : m_c(connection)
{
}

Result<QString> SqlMoneyCheck::badRowCount()
{
    if (!m_c.isMysql())
        return QStringLiteral("SUM(typeof(CONSUMING) <> 'integer')");
    if (m_mysqlCount)
        return *m_mysqlCount;
    auto q =
        m_c.exec(QStringLiteral("SELECT DATA_TYPE, IS_NULLABLE FROM information_schema.COLUMNS "
                                "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND "
                                "COLUMN_NAME = 'CONSUMING'"),
                 {table}, QStringLiteral("read the type of CONSUMING"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return QStringLiteral("0"); // no such table: the query itself will say so
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
    m_mysqlCount = q.value().value(1).toString() == QLatin1String("YES")
                       ? QStringLiteral("COUNT(*) - COUNT(CONSUMING)")
                       : QStringLiteral("0");
    return *m_mysqlCount;
}

BackendError SqlMoneyCheck::firstBadRow(const SqlWhere &where, qint64 bad)
{
    SqlWhere w = where;
    w.add(m_c.isMysql() ? QStringLiteral("CONSUMING IS NULL")
                        : QStringLiteral("typeof(CONSUMING) <> 'integer'"));
    auto q = m_c.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUMING FROM %1%2 LIMIT 1")
                          .arg(table, w.sql()),
                      w.values(), QStringLiteral("find a damaged charge"));
    QString key = QStringLiteral("?");
    QString what = QStringLiteral("?");
    if (q && q.value().next()) {
        key = SqlRowReader::keyOf(
            {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("CONSUME_ID")},
            q.value(), {0, 1, 2});
        what = SqlRowReader::describe(q.value().value(3));
    }
    BackendError e = SqlRowReader::damaged(
        table, QStringLiteral("CONSUMING"), key, what,
        QCoreApplication::translate("SqlRowReader", "an integer amount of 1/10000 yuan"));
    return BackendError(e.category(),
                        e.message() + QLatin1Char(' ') +
                            QCoreApplication::translate("SqlMoneyCheck",
                                                        "Damaged rows in all: %1; nothing was "
                                                        "summed.")
                                .arg(bad),
                        e.details());
}
