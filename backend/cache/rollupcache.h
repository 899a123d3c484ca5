#pragma once

#include "cache/namespacenames.h"

#include "core/monthcalendar.h"
#include "core/result.h"
#include "core/usage.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One cached month of one region of one data source: its totals and when
// it was last checked against the source.
struct CachedMonth
{
    QString region;
    QDateTime startUtc;
    QDateTime endUtc;
    Money amount;
    qint64 charges = 0;
    QDateTime verifiedAt; // invalid = never
};

// The roll-up cache: per data source, region and month, the sum and count of
// charges per namespace, in a local SQLite file (never in the service's
// database). A month is keyed by its UTC bounds, which is exactly what the
// display zone decides: two zones with the same month boundaries share
// entries, any difference in a boundary keeps them apart.
//
// Not thread-safe: use one object from one thread (its connection lives on
// the thread that calls open()).
class RollupCache
{
public:
    explicit RollupCache(const QString &path);
    ~RollupCache();
    RollupCache(const RollupCache &) = delete;
    RollupCache &operator=(const RollupCache &) = delete;

    // $XDG_CACHE_HOME/usage-console/rollups.sqlite or the platform's like.
    static QString defaultPath();

    // Opens the file, creating it. A file that is not a cache of this
    // version (damaged, truncated, another program's) is deleted and made
    // again; an error means the cache cannot be used at all.
    Result<Done> open();
    bool isOpen() const { return m_open; }
    // The file's connection (this thread's), for the charge ledger's tables.
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // The cells of a cached month (span.month set on each), or nullopt when
    // it is not cached. A month whose cells do not add up to its recorded
    // totals is treated as damaged: dropped and reported as not cached.
    Result<std::optional<QList<SpendCell>>> month(const QString &source, const QString &region,
                                                  const MonthSpan &span);
    // Records a month (replacing what was there) in one transaction. A
    // `partial` entry is the closed beginning of a month that is still open
    // (span.endUtc is then not the month's end); storing a longer one drops
    // the shorter ones.
    Result<Done> store(const QString &source, const QString &region, const MonthSpan &span,
                       const QList<SpendCell> &cells, const QDateTime &now, bool partial = false);
    // The end of the longest partial entry of the month starting at `start`
    // that ends at or before `before`; invalid when there is none.
    Result<QDateTime> longestPartial(const QString &source, const QString &region,
                                     const QDateTime &start, const QDateTime &before);
    // The cached months of a source (of one region, if given), least
    // recently verified first; limit < 0 = all. An empty region is the
    // "every region" entry, not a wildcard.
    Result<QList<CachedMonth>> months(const QString &source,
                                      const std::optional<QString> &region = std::nullopt,
                                      int limit = -1);
    Result<Done> markVerified(const QString &source, const CachedMonth &month, const QDateTime &at);
    // Drops the source's entries (every source's when `source` is empty);
    // resolves to the number of months dropped.
    Result<int> clear(const QString &source);

private:
    // Creates the tables of a new file; `damaged` = the file is not a cache
    // of this version and may be deleted.
    Result<Done> createSchema(bool *damaged);
    Result<Done> exec(const QString &sql, const QVariantList &values = {});
    void close();

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    NamespaceNames m_names;
};
