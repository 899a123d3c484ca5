#include "cache/rollupcache.h"

#include "cache/ledgerstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
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

// A month's cells, sorted by namespace: per cell the namespace's UTF-8
// length (4 bytes), its bytes, the amount and the count (8 bytes each),
// all little-endian.
QByteArray packCells(QList<SpendCell> cells)
{
    std::sort(cells.begin(), cells.end(),
              [](const SpendCell &a, const SpendCell &b) { return a.ns < b.ns; });
    QByteArray blob;
    blob.reserve(cells.size() * 32);
    const auto put = [&blob](quint64 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            blob.append(char((v >> (8 * i)) & 0xff));
    };
    for (const SpendCell &c : cells) {
        const QByteArray ns = c.ns.toUtf8();
        put(quint64(ns.size()), 4);
        blob.append(ns);
        put(quint64(c.amount.units()), 8);
        put(quint64(c.charges), 8);
    }
    return blob;
}

// The cells of a packed month, or nullopt when the blob is torn. Names come
// from `names`: the same few thousand namespaces fill every month, and one
// shared string each saves a quarter of a million allocations per read.
std::optional<QList<SpendCell>> unpackCells(const QByteArray &blob, QDate month,
                                            QHash<QByteArray, QString> &names)
{
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const qsizetype n = blob.size();
    const auto get = [p](qsizetype at, int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(p[at + i]) << (8 * i);
        return v;
    };
    // A first pass checks the framing and counts the cells.
    qsizetype count = 0;
    for (qsizetype at = 0; at < n; ++count) {
        if (n - at < 4)
            return std::nullopt;
        const quint64 length = get(at, 4);
        if (quint64(n - at - 4) < length + 16)
            return std::nullopt;
        at += 4 + qsizetype(length) + 16;
    }
    QList<SpendCell> cells;
    cells.reserve(count);
    for (qsizetype at = 0; at < n;) {
        const qsizetype length = qsizetype(get(at, 4));
        at += 4;
        // fromRawData: a key to look up without copying the bytes.
        const QByteArray raw = QByteArray::fromRawData(blob.constData() + at, length);
        auto name = names.constFind(raw);
        if (name == names.cend())
            name = names.insert(QByteArray(raw.constData(), length), QString::fromUtf8(raw));
        at += length;
        cells.append({*name, month, Money::fromUnits(qint64(get(at, 8))), qint64(get(at + 8, 8))});
        at += 16;
    }
    return cells;
}

QByteArray digestOf(const QByteArray &blob)
{
    return QCryptographicHash::hash(blob, QCryptographicHash::Sha1);
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
        // packCells), because a region has thousands of namespaces and a
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

    if (m_names.size() > 100000)
        m_names.clear(); // a bound, should a source have that many namespaces
    const auto cells = unpackCells(blob, span.month, m_names);
    qint64 sum = 0;
    qint64 count = 0;
    if (cells) {
        for (const SpendCell &c : *cells) {
            sum += c.amount.units();
            count += c.charges;
        }
    }
    if (!cells || digest != digestOf(blob) || sum != amount || count != charges) {
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
    const QByteArray blob = packCells(cells);
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
                  blob, digestOf(blob), partial ? 1 : 0});
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
