#pragma once

#include "cache/ledgerstore.h"
#include "core/backend.h"

class SourceLanes;

#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>

#include <functional>
#include <optional>

// Spend, totals and time ranges of a source that can tell which charges are
// new (Backend::canFollowCharges: SQL), kept in the roll-up cache file as
// the cells of every charge per namespace and month of one display zone,
// and brought up to date by reading only what changed (docs/rollup-cache.md):
//
// * made in one pass: in one snapshot, the orders' signatures and counts and
//   one GROUP BY over namespace x month of every charge of the region (on a
//   big region, two such passes at once over halves of the orders:
//   LedgerBaselineReader);
// * each later run reads the orders' signatures (a scan of the orders
//   table, a tenth of the charges), then the orders of the buckets whose
//   signature moved, then only their new charges by ranges of the charges'
//   primary key, and adds those to the cells, all in one write transaction
//   of the cache file.
//
// Exact while every charge is written once and counted by its order's
// LAST_CONSUME_ID (and the end row by STATUS 15), as the service does. An
// order that moves backwards (gone, a lower count, un-ended) drops the
// ledger, which is made again; an edit that changes no count (an amount
// changed in place, a row deleted and another inserted) is only found by
// `usagectl cache verify` and the background check, which compare months
// with the source and drop the source's cache on a mismatch.
//
// Each answer is nullopt when the ledger cannot give it (no ledger and none
// is to be made, months of another zone, a cut month, the cache failing):
// the caller then answers as without it.
class ChargeLedger
{
public:
    // The months made beyond `now`: renewals are charged up to 7 days 8 h
    // ahead (SPEC §4.6), and a ledger is extended as time passes.
    static constexpr int AheadDays = 40;
    // A time range and the spend or total it sizes, this close, share one
    // sync.
    static constexpr qint64 SizedForMs = 2000;

    using CacheFailed = std::function<void(const BackendError &)>;

    // Asks `lanes`' first connection, and its second for a baseline
    // (LedgerBaselineReader).
    ChargeLedger(SourceLanes &lanes, CacheFailed cacheFailed);

    // `cache` is the roll-up cache's open connection; it may be replaced
    // between calls (a damaged file is rebuilt).
    void setDatabase(const QSqlDatabase &db);
    void setFoldNamespaces(bool fold) { m_fold = fold; }
    // Forgets what it holds in memory (the file's ledgers were dropped).
    void forget();

    std::optional<Result<QList<SpendCell>>> spend(const QString &source, const UsageFilter &filter,
                                                  const QList<MonthSpan> &months,
                                                  const QTimeZone &zone, const QDateTime &now);
    // From a ledger that exists only: a cold total never waits for a fill.
    std::optional<Result<UsageTotal>> total(const QString &source, const UsageFilter &filter,
                                            const QTimeZone &zone, const QDateTime &now);
    // Made when missing: a spend over all time asks this first.
    std::optional<Result<std::pair<QDateTime, QDateTime>>> timeRange(const QString &source,
                                                                     const UsageFilter &filter,
                                                                     const QTimeZone &zone,
                                                                     const QDateTime &now);
    // Brings each ledger up to date, then compares up to `limit` of its
    // months (all when < 0) with the source's count and sum; one line per
    // month that differs.
    Result<QStringList> verify(const QString &source, const std::optional<QString> &region,
                               int limit, const QDateTime &now, int *checked);

    // Orders of a region from which a warm run scans them in two halves
    // (below, one scan costs about what a second session's set-up does).
    static constexpr qint64 ScanSplitFrom = 4000;
    // New charges' ranges from which a sync fetches them in two halves.
    static constexpr qsizetype FetchSplitFrom = 200;

private:
    enum class Need { Existing, Make };
    // What the caller reads next: every cell (read while the source works).
    enum class Read { SomeCells, AllCells };
    // The ledger, brought up to date (made when missing and `need` says so,
    // or when months before its first one are asked); nullopt: none.
    std::optional<Result<LedgerStore::Header>> ready(const QString &source, const QString &region,
                                                     const QTimeZone &zone, const QDateTime &now,
                                                     Need need, Read read,
                                                     const QDateTime &earliest = {});
    // ready(), for a time range: the call that follows it need not sync again.
    std::optional<Result<LedgerStore::Header>> sized(const QString &source, const QString &region,
                                                     const QTimeZone &zone, const QDateTime &now);
    Result<LedgerStore::Header> make(const QString &source, const QString &region,
                                     const QTimeZone &zone, const QDateTime &now,
                                     const QDateTime &earliest);
    // nullopt inside: the source moved backwards, the ledger was dropped.
    Result<std::optional<LedgerStore::Header>> sync(LedgerStore::Header header,
                                                    const QDateTime &now, Read read);
    // The cells of buckets [lo, hi] (and the untimed ones when asked) of
    // the filter's namespaces.
    std::optional<QHash<int, QList<LedgerCell>>> cellsOf(const LedgerStore::Header &header,
                                                         const QList<int> &buckets);
    bool keep(const LedgerCell &cell, const QStringList &namespaces) const;
    // Drops a damaged ledger in a transaction of its own.
    Result<Done> dropDamaged(const QString &source, const QString &region, const QString &zone);
    // A cache error: reported, and the ledger is not used.
    template<typename T>
    std::optional<T> failed(const BackendError &error);

    SourceLanes &m_lanes;
    Backend &m_source; // m_lanes' first
    CacheFailed m_cacheFailed;
    std::optional<LedgerStore> m_store;
    bool m_fold = false;
    // Every cell of the ledger just made or read whole, while nothing was
    // added to them: the time range and the spend that follows it need not
    // read them (again) from the file.
    std::optional<std::pair<qint64, QHash<int, QList<LedgerCell>>>> m_held;
    // The ledger a time range just synced, and since when.
    std::optional<std::pair<qint64, QElapsedTimer>> m_sized;
};
