#include "cache/ledgerstore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace {

BackendError storeError(const QString &details)
{
    return BackendError(BackendError::Category::Connection,
                        QCoreApplication::translate("RollupCache", "The roll-up cache cannot %1.")
                            .arg(QCoreApplication::translate("RollupCache", "write its file")),
                        details);
}

// Bytes that cannot be what was written: Server, where the file's own
// errors are Connection (LedgerStore::isDamage).
BackendError damage(const QString &details)
{
    return BackendError(BackendError::Category::Server,
                        QCoreApplication::translate("RollupCache", "The roll-up cache cannot %1.")
                            .arg(QCoreApplication::translate("RollupCache", "read its file")),
                        details);
}

// Little-endian integers in a blob: cells and orders are read as a whole,
// a row per namespace or per order would make a warm read slower than the
// live query.
class Packer
{
public:
    void put(qint64 v)
    {
        for (int i = 0; i < 8; ++i)
            m_blob.append(char((quint64(v) >> (8 * i)) & 0xff));
    }
    void put(const QByteArray &bytes)
    {
        put(qint64(bytes.size()));
        m_blob.append(bytes);
    }
    QByteArray blob() const { return m_blob; }

private:
    QByteArray m_blob;
};

class Unpacker
{
public:
    explicit Unpacker(const QByteArray &blob)
        : m_blob(blob)
    {
    }
    bool atEnd() const { return m_at >= m_blob.size(); }
    bool torn() const { return m_torn; }
    // How many more records of one byte string and `integers` integers
    // follow; -1 when they do not fill the rest exactly. The fields are of
    // fixed width, so this is a walk over the strings' lengths.
    qsizetype records(int integers) const
    {
        qsizetype n = 0;
        Unpacker probe(m_blob);
        probe.m_at = m_at;
        while (!probe.atEnd()) {
            const qint64 size = probe.integer();
            // Compared without adding to `size`: any 8 bytes may be read as one.
            if (probe.m_torn || size < 0 || size > m_blob.size() ||
                m_blob.size() - probe.m_at - size < 8 * integers)
                return -1;
            probe.m_at += size + 8 * integers;
            ++n;
        }
        return n;
    }
    qint64 integer()
    {
        if (m_blob.size() - m_at < 8) {
            m_torn = true;
            m_at = m_blob.size();
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v |= quint64(uchar(m_blob[m_at + i])) << (8 * i);
        m_at += 8;
        return qint64(v);
    }
    QByteArray bytes()
    {
        const qint64 n = integer();
        if (n < 0 || m_blob.size() - m_at < n) {
            m_torn = true;
            m_at = m_blob.size();
            return {};
        }
        // fromRawData: a key to look up without copying the bytes.
        const QByteArray raw = QByteArray::fromRawData(m_blob.constData() + m_at, n);
        m_at += n;
        return raw;
    }

private:
    const QByteArray &m_blob;
    qsizetype m_at = 0;
    bool m_torn = false;
};

// A cell after its namespace: amount, charges, first and last time.
constexpr int CellIntegers = 4;

// Every instant in the file is kept as a cell keeps its own (milliseconds,
// LedgerCell::NoTime for none).
QByteArray packTimes(const QList<QDateTime> &times)
{
    Packer p;
    for (const QDateTime &t : times)
        p.put(LedgerCell::msOf(t));
    return p.blob();
}

// The month boundaries; none unless they are times in increasing order.
std::optional<QList<QDateTime>> unpackBoundaries(const QByteArray &blob)
{
    QList<QDateTime> times;
    Unpacker u(blob);
    while (!u.atEnd()) {
        const QDateTime t = LedgerCell::timeOf(u.integer());
        if (u.torn() || !t.isValid() || (!times.isEmpty() && t <= times.constLast()))
            return std::nullopt;
        times.append(t);
    }
    if (times.isEmpty())
        return std::nullopt;
    return times;
}

} // namespace

LedgerStore::LedgerStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList LedgerStore::schema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS ledgers (id INTEGER PRIMARY KEY, "
                       "source TEXT NOT NULL, region TEXT NOT NULL, zone TEXT NOT NULL, "
                       "boundaries BLOB NOT NULL, max_id INTEGER NOT NULL, "
                       "synced_at INTEGER NOT NULL, UNIQUE (source, region, zone))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_cells (ledger INTEGER NOT NULL, "
                       "bucket INTEGER NOT NULL, cells BLOB NOT NULL, "
                       "PRIMARY KEY (ledger, bucket))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_orders (ledger INTEGER NOT NULL, "
                       "bucket INTEGER NOT NULL, orders INTEGER NOT NULL, "
                       "last_consume_ids INTEGER NOT NULL, ended INTEGER NOT NULL, "
                       "max_id INTEGER NOT NULL, dirty INTEGER NOT NULL, absorbed BLOB NOT NULL, "
                       "PRIMARY KEY (ledger, bucket))"),
    };
}

bool LedgerStore::isDamage(const BackendError &error)
{
    return error.category() == BackendError::Category::Server;
}

Result<QSqlQuery> LedgerStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return storeError(q.lastError().text());
    return q;
}

Result<std::optional<LedgerStore::Header>>
LedgerStore::find(const QString &source, const QString &region, const QString &zone)
{
    auto q = run(QStringLiteral("SELECT id, boundaries, max_id, synced_at FROM ledgers "
                                "WHERE source = ? AND region = ? AND zone = ?"),
                 {source, region.isNull() ? QStringLiteral("") : region, zone});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Header>();
    Header h;
    h.id = q.value().value(0).toLongLong();
    h.source = source;
    h.region = region;
    h.zone = zone;
    const auto boundaries = unpackBoundaries(q.value().value(1).toByteArray());
    h.maxId = q.value().value(2).toLongLong();
    h.syncedAt = LedgerCell::timeOf(q.value().value(3).toLongLong());
    q.value().finish();
    if (!boundaries)
        return damage(QStringLiteral("month boundaries that are not increasing times"));
    h.boundaries = *boundaries;
    return std::optional<Header>(h);
}

Result<QList<LedgerStore::Header>> LedgerStore::all(const QString &source,
                                                    const std::optional<QString> &region)
{
    QString sql = QStringLiteral("SELECT region, zone FROM ledgers WHERE source = ?");
    QVariantList values{source};
    if (region) {
        sql += QStringLiteral(" AND region = ?");
        values.append(region->isNull() ? QStringLiteral("") : *region);
    }
    auto q = run(sql, values);
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> keys;
    while (q.value().next())
        keys.append({q.value().value(0).toString(), q.value().value(1).toString()});
    QList<Header> list;
    for (const auto &[r, zone] : keys) {
        const auto h = find(source, r, zone);
        if (!h && isDamage(h.error()))
            continue; // made again where it is next asked for
        if (!h)
            return h.error();
        if (h.value())
            list.append(*h.value());
    }
    return list;
}

Result<qint64> LedgerStore::create(const Header &header)
{
    const QString region = header.region.isNull() ? QStringLiteral("") : header.region;
    if (const auto dropped = dropKey(header.source, region, header.zone); !dropped)
        return dropped.error();
    auto q = run(QStringLiteral("INSERT INTO ledgers (source, region, zone, boundaries, max_id, "
                                "synced_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {header.source, region, header.zone, packTimes(header.boundaries), header.maxId,
                  LedgerCell::msOf(header.syncedAt)});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<Done> LedgerStore::update(const Header &header)
{
    auto q = run(
        QStringLiteral("UPDATE ledgers SET boundaries = ?, max_id = ?, synced_at = ? "
                       "WHERE id = ?"),
        {packTimes(header.boundaries), header.maxId, LedgerCell::msOf(header.syncedAt), header.id});
    if (!q)
        return q.error();
    return Done{};
}

Result<Done> LedgerStore::drop(qint64 id)
{
    for (const QString &table : {QStringLiteral("ledger_cells"), QStringLiteral("ledger_orders")}) {
        auto q = run(QStringLiteral("DELETE FROM %1 WHERE ledger = ?").arg(table), {id});
        if (!q)
            return q.error();
    }
    auto q = run(QStringLiteral("DELETE FROM ledgers WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Done{};
}

Result<Done> LedgerStore::dropKey(const QString &source, const QString &region, const QString &zone)
{
    const QVariantList key{source, region.isNull() ? QStringLiteral("") : region, zone};
    const QString ids =
        QStringLiteral("SELECT id FROM ledgers WHERE source = ? AND region = ? AND zone = ?");
    for (const QString &table : {QStringLiteral("ledger_cells"), QStringLiteral("ledger_orders")}) {
        auto q = run(QStringLiteral("DELETE FROM %1 WHERE ledger IN (%2)").arg(table, ids), key);
        if (!q)
            return q.error();
    }
    auto q = run(QStringLiteral("DELETE FROM ledgers WHERE source = ? AND region = ? AND zone = ?"),
                 key);
    if (!q)
        return q.error();
    return Done{};
}

Result<QHash<qint64, LedgerStore::Bucket>> LedgerStore::signatures(qint64 ledger)
{
    auto q = run(QStringLiteral("SELECT bucket, orders, last_consume_ids, ended, max_id, dirty "
                                "FROM ledger_orders WHERE ledger = ?"),
                 {ledger});
    if (!q)
        return q.error();
    QHash<qint64, Bucket> buckets;
    while (q.value().next()) {
        const QSqlQuery &row = q.value();
        Bucket b;
        b.signature = {row.value(0).toLongLong(), row.value(1).toLongLong(),
                       row.value(2).toLongLong(), row.value(3).toLongLong(),
                       row.value(4).toLongLong()};
        b.dirty = row.value(5).toBool();
        buckets.insert(b.signature.bucket, b);
    }
    return buckets;
}

Result<QHash<qint64, qint64>> LedgerStore::absorbed(qint64 ledger, qint64 bucket)
{
    auto q =
        run(QStringLiteral("SELECT absorbed FROM ledger_orders WHERE ledger = ? AND bucket = ?"),
            {ledger, bucket});
    if (!q)
        return q.error();
    QHash<qint64, qint64> orders;
    if (!q.value().next())
        return orders;
    const QByteArray blob = q.value().value(0).toByteArray();
    Unpacker u(blob);
    while (!u.atEnd()) {
        const qint64 id = u.integer();
        orders.insert(id, u.integer());
    }
    if (u.torn())
        return damage(QStringLiteral("a torn order list"));
    return orders;
}

Result<Done> LedgerStore::storeBucket(qint64 ledger, const Bucket &bucket)
{
    Packer p;
    for (auto it = bucket.absorbed.cbegin(); it != bucket.absorbed.cend(); ++it) {
        p.put(it.key());
        p.put(it.value());
    }
    const OrderBucket &s = bucket.signature;
    auto q =
        run(QStringLiteral("INSERT OR REPLACE INTO ledger_orders VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {ledger, s.bucket, s.orders, s.lastConsumeIds, s.ended, s.maxId, bucket.dirty ? 1 : 0,
             p.blob()});
    if (!q)
        return q.error();
    return Done{};
}

Result<Done> LedgerStore::dropBucket(qint64 ledger, qint64 bucket)
{
    auto q = run(QStringLiteral("DELETE FROM ledger_orders WHERE ledger = ? AND bucket = ?"),
                 {ledger, bucket});
    if (!q)
        return q.error();
    return Done{};
}

Result<QHash<int, QList<LedgerCell>>> LedgerStore::cells(qint64 ledger, const QList<int> &buckets)
{
    QString sql = QStringLiteral("SELECT bucket, cells FROM ledger_cells WHERE ledger = ?");
    QVariantList values{ledger};
    if (!buckets.isEmpty()) {
        QStringList places;
        for (int b : buckets) {
            places.append(QStringLiteral("?"));
            values.append(b);
        }
        sql += QStringLiteral(" AND bucket IN (%1)").arg(places.join(QLatin1Char(',')));
    }
    auto q = run(sql, values);
    if (!q)
        return q.error();
    m_names.bound();
    QHash<int, QList<LedgerCell>> result;
    while (q.value().next()) {
        const int bucket = q.value().value(0).toInt();
        const QByteArray blob = q.value().value(1).toByteArray();
        Unpacker u(blob);
        QList<LedgerCell> &list = result[bucket];
        // Sized once: grown cell by cell, a month's list was copied a dozen
        // times, and the pages each copy touched were a third of a warm
        // spend's page faults.
        list.reserve(std::max<qsizetype>(0, u.records(CellIntegers)));
        m_names.nextList();
        while (!u.atEnd()) {
            const QByteArray raw = u.bytes();
            LedgerCell c;
            c.ns = m_names.of(raw.constData(), raw.size());
            c.bucket = bucket;
            c.amount = Money::fromUnits(u.integer());
            c.charges = u.integer();
            c.first = u.integer();
            c.last = u.integer();
            list.append(std::move(c));
        }
        if (u.torn())
            return damage(QStringLiteral("torn cells"));
    }
    return result;
}

Result<Done> LedgerStore::storeCells(qint64 ledger, int bucket, const QList<LedgerCell> &cells)
{
    Packer p;
    for (const LedgerCell &c : cells) {
        p.put(c.ns.toUtf8());
        p.put(c.amount.units());
        p.put(c.charges);
        p.put(c.first);
        p.put(c.last);
    }
    auto q = run(QStringLiteral("INSERT OR REPLACE INTO ledger_cells VALUES (?, ?, ?)"),
                 {ledger, bucket, p.blob()});
    if (!q)
        return q.error();
    return Done{};
}

Result<Done> LedgerStore::begin()
{
    auto q = run(QStringLiteral("BEGIN IMMEDIATE"), {});
    if (!q)
        return q.error();
    return Done{};
}

Result<Done> LedgerStore::commit()
{
    auto q = run(QStringLiteral("COMMIT"), {});
    if (!q) {
        rollback();
        return q.error();
    }
    return Done{};
}

void LedgerStore::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}
