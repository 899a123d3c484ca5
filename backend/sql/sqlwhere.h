#pragma once

#include <QStringList>
#include <QVariantList>

// A WHERE clause built from fixed SQL fragments and bound values: user text
// only ever reaches the database as a bound value.
class SqlWhere
{
public:
    // `condition` holds one '?' per value.
    void add(const QString &condition, const QVariantList &values = {});
    // column IN (?, ?, ...); nothing when `values` is empty.
    void addIn(const QString &column, const QStringList &values);
    void append(const SqlWhere &other);

    // " WHERE a AND b" or "" when empty.
    QString sql() const;
    const QVariantList &values() const { return m_values; }

private:
    QStringList m_conditions;
    QVariantList m_values;
};
