#pragma once

#include "core/result.h"
#include "sql/connectionspec.h"
#include "sql/schema.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

class SqlSourceFacts;

// The one database connection of a SqlBackend. Created, used and closed on
// the backend's worker thread only (QSqlDatabase is not thread-safe); opened
// lazily and reopened after the server went away. What it reads of the
// database once (its indexes) it shares with the other connections to it
// through `facts`.
class SqlConnection
{
public:
    // Without `facts`, its own (it shares what it reads with nobody).
    explicit SqlConnection(ConnectionSpec spec, std::shared_ptr<SqlSourceFacts> facts = {});
    ~SqlConnection();

    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    const ConnectionSpec &spec() const { return m_spec; }
    Schema::Dialect dialect() const;
    bool isMysql() const { return m_spec.kind == ConnectionSpec::Kind::Mysql; }
    SqlSourceFacts &facts() const { return *m_facts; }

    // Opens the connection if needed. An error says what to fix.
    Result<Done> ensureOpen();
    void close();

    // Prepares, binds `values` in order, executes. Errors carry `what` (a
    // short description of the query) and the driver's text as details; a
    // lost connection is closed so that the next call reconnects.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values, const QString &what);

    // SQLite: whether reads go through a map of the file (no copy of each
    // page, one fault for many). Every page read so counts in the process's
    // resident memory until this is turned off again: for a bounded range
    // only, never a scan of a table, and turned off once no query of this
    // connection is active. A no-op on MySQL, unless the program allows it
    // (SqliteLibrary::setMappedReadsAllowed), for a file SqliteFile::canMap()
    // refuses, and where it fails.
    void setMappedReads(bool on);
    // How many reads went through a map (for tests).
    int mappedReads() const { return m_mappedReads; }
    // What tells this database from another at the same address: a SQLite
    // file's SqliteFile::identity(); empty for a server.
    const QString &identity() const { return m_identity; }

    Result<Done> beginTransaction();
    // A read-only transaction whose reads all see one snapshot of the data
    // (InnoDB: WITH CONSISTENT SNAPSHOT; SQLite: a deferred BEGIN, whose
    // snapshot is taken by the first read); ended by endSnapshot().
    Result<Done> beginSnapshot();
    void endSnapshot();
    Result<Done> commit();
    void rollback();

    // " FORCE INDEX (`name`)" when the advised index `adviceName` (or one
    // with the same leading columns) exists on MySQL, with `onSqlite` also
    // " INDEXED BY "name"" on SQLite; else "". MariaDB walks a keyset page by
    // the REGION prefix alone unless told (PERF.md); SQLite's planner needs
    // a hint only where its statistics mislead it.
    QString indexHint(const QString &adviceName, bool onSqlite = false) const;
    // Whether the advised index `adviceName` (or one with the same leading
    // columns) exists: read when the connection opened.
    bool hasIndex(const QString &adviceName) const { return m_indexes.contains(adviceName); }
    // Whether the database turns a bound JSON array into rows (JSON_TABLE:
    // MariaDB 10.6, MySQL 8.0; json_each: SQLite 3.38): assumed until a
    // statement using it fails, then not tried again on this connection.
    bool readsJsonRows() const { return m_readsJsonRows; }
    void setReadsJsonRows(bool reads) { m_readsJsonRows = reads; }

    // A plan-service table, qualified with the plan database when it is a
    // separate one.
    QString planTable(const QString &table) const;

    QSqlDatabase database() const;
    // "TLSv1.3, certificate issued by Example CA" once open with
    // tls=required; empty otherwise.
    QString security() const { return m_security; }

    // DATETIME values are UTC (SPEC §2), bound and read as whole seconds.
    static QVariant timeValue(const QDateTime &utc);
    static QDateTime readTime(const QVariant &value);

private:
    BackendError errorFrom(const QSqlError &error, const QString &what);
    // errorFrom(), and a lost connection after read_timeout of silence
    // (`elapsed` ms) told as a timeout.
    BackendError failed(const QSqlError &error, qint64 elapsed, const QString &what);
    // Executes `sql`, which binds nothing, without preparing it: one round
    // trip where a prepared statement takes three.
    Result<Done> execDirect(const QString &sql, const QString &what);

    ConnectionSpec m_spec;
    std::shared_ptr<SqlSourceFacts> m_facts;
    QString m_name;
    bool m_everOpened = false; // a reconnect reads the catalogue again
    bool m_mappable = false;   // SQLite, allowed, a file on a local file system
    int m_mappedReads = 0;
    QString m_identity;
    bool m_lost = false; // the server went away: reconnect on next use
    QString m_security;
    QHash<QString, QString> m_indexes; // advised index name -> existing name
    bool m_readsJsonRows = true;
};
