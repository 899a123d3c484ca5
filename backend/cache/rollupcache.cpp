#include "cache/rollupcache.h"

#include "cache/ledgerstore.h"
#include "cache/monthcellsblob.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace {

// Bumped whenever the tables change: an older file is rebuilt, not migrated
// (it only holds what can be computed again).
const QString SchemaVersion = QStringLiteral("4");

BackendError cacheError(const QString &what, const QString &details)
{
    return BackendError(
        BackendError::Category::Connection,
        QCoreApplication::translate("RollupCache", "The roll-up cache cannot %1.").arg(what),
        details);
}

qint64 ms(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

// A null QString binds as SQL NULL; the "every region" key is ''.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime utc(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

RollupCache::RollupCache(const QString &path)
    : m_path(path)
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("uc-rollups-%1").arg(counter.fetchAndAddRelaxed(1));
}

RollupCache::~RollupCache()
{
    close();
}

QString RollupCache::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    // Not CacheLocation: usagectl and the window have different application
    // names and must share one cache.
    return dir + QStringLiteral("/usage-console/rollups.sqlite");
}

QSqlDatabase RollupCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void RollupCache::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

Result<Done> RollupCache::open()
{
    if (m_open)
        return Done{};
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return cacheError(QCoreApplication::translate("RollupCache", "be created"),
                          QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    for (int attempt = 0; attempt < 2; ++attempt) {
        bool damaged = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                const QString details = db.lastError().text();
                close();
                return cacheError(QCoreApplication::translate("RollupCache", "be opened"), details);
            }
            m_open = true;
            // What a power cut may lose can be computed again: a commit
            // need not wait for the disk (WAL stays consistent either way).
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            const auto schema = createSchema(&damaged);
            if (schema)
                return Done{};
            if (!damaged || attempt == 1) {
                close();
                return schema;
            }
        }
        // Damaged or foreign: what it held can be computed again.
        close();
        QFile::remove(m_path);
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        QFile::remove(m_path + QStringLiteral("-journal"));
    }
    return cacheError(QCoreApplication::translate("RollupCache", "be opened"), m_path);
}

Result<Done> RollupCache::createSchema(bool *damaged)
{
    *damaged = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'"))) {
        if (q.next() && q.value(0).toString() == SchemaVersion)
            return Done{};
        *damaged = true; // another version: rebuilt, not migrated
        return cacheError(
            QCoreApplication::translate("RollupCache", "use a file of another version"), m_path);
    }
    const QString text = q.lastError().text();
    // Busy (another process holds it): bypassed this time, never deleted.
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return cacheError(QCoreApplication::translate("RollupCache", "read its file"), text);
    const QStringList tables = db.tables();
    if (!text.contains(QLatin1String("no such table")) || !tables.isEmpty()) {
        *damaged = true; // not a database, or somebody else's
        return cacheError(QCoreApplication::translate("RollupCache", "read its file"), text);
    }
    // A new file. IF NOT EXISTS and OR IGNORE: two processes may create it at once.
    QStringList ddl{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"),
        // One row per month: its namespaces packed into one blob (see
        // MonthCellsBlob), because a region has thousands of namespaces and a
        // row per namespace made a warm read cost more than the live query
        // of the open months.
        QStringLiteral("CREATE TABLE IF NOT EXISTS months (source TEXT NOT NULL, "
                       "region TEXT NOT NULL, start_utc INTEGER NOT NULL, "
                       "end_utc INTEGER NOT NULL, amount INTEGER NOT NULL, "
                       "charges INTEGER NOT NULL, filled_at INTEGER NOT NULL, verified_at INTEGER, "
                       "cells BLOB NOT NULL, digest BLOB NOT NULL, partial INTEGER NOT NULL, "
                       "PRIMARY KEY (source, region, start_utc, end_utc))"),
    };
    ddl += LedgerStore::schema();
    ddl += QStringLiteral("INSERT OR IGNORE INTO meta VALUES ('schema', '%1')").arg(SchemaVersion);
    for (const QString &sql : ddl) {
        const auto r = exec(sql);
        if (!r)
            return r;
    }
    return Done{};
}

Result<Done> RollupCache::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                          q.lastError().text());
    return Done{};
}

Result<std::optional<QList<SpendCell>>>
RollupCache::month(const QString &source, const QString &region, const MonthSpan &span)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT amount, charges, cells, digest FROM months WHERE source = ? "
                             "AND region = ? AND start_utc = ? AND end_utc = ?"));
    const QVariantList key{source, text(region), ms(span.startUtc), ms(span.endUtc)};
    for (const QVariant &v : key)
        q.addBindValue(v);
    if (!q.exec())
        return cacheError(QCoreApplication::translate("RollupCache", "read its file"),
                          q.lastError().text());
    if (!q.next())
        return std::optional<QList<SpendCell>>();
    const qint64 amount = q.value(0).toLongLong();
    const qint64 charges = q.value(1).toLongLong();
    const QByteArray blob = q.value(2).toByteArray();
    const QByteArray digest = q.value(3).toByteArray();
    q.finish();

    m_names.bound();
    const auto cells = MonthCellsBlob::unpack(blob, span.month, m_names);
    qint64 sum = 0;
    qint64 count = 0;
    if (cells) {
        for (const SpendCell &c : *cells) {
            sum += c.amount.units();
            count += c.charges;
        }
    }
    if (!cells || digest != MonthCellsBlob::digest(blob) || sum != amount || count != charges) {
        // Torn or damaged: never show it; it is computed again.
        const auto dropped =
            exec(QStringLiteral("DELETE FROM months WHERE source = ? AND region = ? "
                                "AND start_utc = ? AND end_utc = ?"),
                 key);
        if (!dropped)
            return dropped.error();
        return std::optional<QList<SpendCell>>();
    }
    return cells;
}

Result<Done> RollupCache::store(const QString &source, const QString &region, const MonthSpan &span,
                                const QList<SpendCell> &cells, const QDateTime &now, bool partial)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (const SpendCell &c : cells) {
        sum += c.amount.units();
        count += c.charges;
    }
    const QByteArray blob = MonthCellsBlob::pack(cells);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                          db.lastError().text());
    // The shorter beginnings of this month it replaces.
    auto r = exec(QStringLiteral("DELETE FROM months WHERE source = ? AND region = ? AND "
                                 "start_utc = ? AND end_utc < ? AND partial = 1"),
                  {source, text(region), ms(span.startUtc), ms(span.endUtc)});
    if (r)
        r = exec(QStringLiteral(
                     "INSERT OR REPLACE INTO months VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)"),
                 {source, text(region), ms(span.startUtc), ms(span.endUtc), sum, count, ms(now),
                  blob, MonthCellsBlob::digest(blob), partial ? 1 : 0});
    if (!r || !db.commit()) {
        const BackendError e =
            r ? cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                           db.lastError().text())
              : r.error();
        db.rollback();
        return e;
    }
    return Done{};
}

Result<QDateTime> RollupCache::longestPartial(const QString &source, const QString &region,
                                              const QDateTime &start, const QDateTime &before)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MAX(end_utc) FROM months WHERE source = ? AND region = ? "
                             "AND start_utc = ? AND end_utc <= ? AND partial = 1"));
    for (const QVariant &v : QVariantList{source, text(region), ms(start), ms(before)})
        q.addBindValue(v);
    if (!q.exec())
        return cacheError(QCoreApplication::translate("RollupCache", "read its file"),
                          q.lastError().text());
    return q.next() ? utc(q.value(0)) : QDateTime();
}

Result<QList<CachedMonth>> RollupCache::months(const QString &source,
                                               const std::optional<QString> &region, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT region, start_utc, end_utc, amount, charges, verified_at "
                                 "FROM months WHERE source = ?");
    if (region)
        sql += QStringLiteral(" AND region = ?");
    // Never verified first, then the oldest check; newest months first
    // among equals (they are the likeliest to have been edited late).
    sql += QStringLiteral(" ORDER BY verified_at IS NOT NULL, verified_at, start_utc DESC");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    q.addBindValue(source);
    if (region)
        q.addBindValue(text(*region));
    if (!q.exec())
        return cacheError(QCoreApplication::translate("RollupCache", "read its file"),
                          q.lastError().text());
    QList<CachedMonth> list;
    while (q.next())
        list.append({q.value(0).toString(), utc(q.value(1)), utc(q.value(2)),
                     Money::fromUnits(q.value(3).toLongLong()), q.value(4).toLongLong(),
                     utc(q.value(5))});
    return list;
}

Result<Done> RollupCache::markVerified(const QString &source, const CachedMonth &month,
                                       const QDateTime &at)
{
    return exec(QStringLiteral("UPDATE months SET verified_at = ? WHERE source = ? AND region = ? "
                               "AND start_utc = ? AND end_utc = ?"),
                {ms(at), source, text(month.region), ms(month.startUtc), ms(month.endUtc)});
}

Result<int> RollupCache::clear(const QString &source)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    const QString where = source.isEmpty() ? QString() : QStringLiteral(" WHERE source = ?");
    if (!db.transaction())
        return cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                          db.lastError().text());
    int dropped = 0;
    // The ledgers' months count as months; their orders go with them.
    const QString ofLedgers =
        QStringLiteral(" WHERE ledger IN (SELECT id FROM ledgers%1)").arg(where);
    for (const QString &sql : {QStringLiteral("DELETE FROM months%1").arg(where),
                               QStringLiteral("DELETE FROM ledger_cells%1").arg(ofLedgers),
                               QStringLiteral("DELETE FROM ledger_orders%1").arg(ofLedgers),
                               QStringLiteral("DELETE FROM ledgers%1").arg(where)}) {
        q.prepare(sql);
        if (!source.isEmpty())
            q.addBindValue(source);
        if (!q.exec()) {
            const QString details = q.lastError().text();
            db.rollback();
            return cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                              details);
        }
        if (!sql.startsWith(QLatin1String("DELETE FROM ledgers")) &&
            !sql.startsWith(QLatin1String("DELETE FROM ledger_orders")))
            dropped += q.numRowsAffected();
    }
    if (!db.commit())
        return cacheError(QCoreApplication::translate("RollupCache", "write its file"),
                          db.lastError().text());
    return dropped;
}
