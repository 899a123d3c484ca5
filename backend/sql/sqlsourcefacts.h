#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

// What the connections to one database learn of it once: which advised
// indexes exist and the money check's expression. Kept for all of them, so
// that a second connection (the other half of a total or of a fill, opened
// while the first half already runs) asks no catalogue: on MariaDB three
// round trips, on SQLite eight statements, each only to learn the same again.
// Shared by a SqlBackend and its siblings, read and written on their worker
// threads.
class SqlSourceFacts
{
public:
    // Advised index name -> the existing index's name; nothing until read.
    std::optional<QHash<QString, QString>> indexes() const;
    void setIndexes(const QHash<QString, QString> &indexes);

    std::optional<QString> moneyExpression() const;
    void setMoneyExpression(const QString &expression);

private:
    mutable QMutex m_lock;
    std::optional<QHash<QString, QString>> m_indexes;
    std::optional<QString> m_moneyExpression;
};
