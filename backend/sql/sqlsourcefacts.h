#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

// What the connections to one database learn of it once: which advised
// indexes exist and the money check's expression. Kept for all of them, so
// that a second connection (the other half of a total or of a fill, opened
// while the first half already runs) asks no catalogue: on MariaDB three
// round trips, on SQLite two statements and the file's check, each only to
// learn the same again. Each fact is kept with the identity of the database
// it was read from (a SQLite file's SqliteFile::identity(); empty for a
// server): a connection to another file at the same path finds none, and a
// reconnect forgets them all and reads them again. Shared by a SqlBackend and its siblings, read
// and written on their worker threads.
class SqlSourceFacts
{
public:
    // Advised index name -> the existing index's name, read from `identity`.
    std::optional<QHash<QString, QString>> indexes(const QString &identity) const;
    void setIndexes(const QString &identity, const QHash<QString, QString> &indexes);

    std::optional<QString> moneyExpression(const QString &identity) const;
    void setMoneyExpression(const QString &identity, const QString &expression);

    // Everything known is forgotten (a catalogue that could not be read).
    void forget();

private:
    // Facts of another database than the one known: those are dropped.
    void keepFor(const QString &identity);

    mutable QMutex m_lock;
    QString m_identity;
    std::optional<QHash<QString, QString>> m_indexes;
    std::optional<QString> m_moneyExpression;
};
