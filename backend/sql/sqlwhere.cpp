#include "sql/sqlwhere.h"

void SqlWhere::add(const QString &condition, const QVariantList &values)
{
    m_conditions.append(condition);
    m_values.append(values);
}

void SqlWhere::addIn(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        m_values.append(v);
    }
    m_conditions.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(','))));
}

void SqlWhere::append(const SqlWhere &other)
{
    m_conditions.append(other.m_conditions);
    m_values.append(other.m_values);
}

QString SqlWhere::sql() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}
