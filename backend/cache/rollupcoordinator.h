#pragma once

#include "cache/chargeledger.h"
#include "cache/rollupcache.h"
#include "cache/sourcelanes.h"
#include "core/backend.h"

#include <functional>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QTimeZone>

// What `usagectl cache verify` and the background check report.
struct CacheVerifyReport
{
    int checked = 0;
    QStringList mismatches; // one line a person can read per wrong month
};

// The work behind CachingBackend, all of it on the cache's one thread: it
// owns the cache file's connection and waits on the inner backend's futures
// (never on the GUI thread). Closed months come from the cache, filled on
// first use per month, newest first, over at most two connections; open
// months are always asked live; the two are merged as integers.
class RollupCoordinator
{
public:
    using BackendMaker = SourceLanes::BackendMaker;
    // What a long fill reports, and how it is stopped.
    struct Progress
    {
        std::function<bool()> canceled = [] {
            return false;
        };
        std::function<void(int done, int total)> report = [](int, int) {
        };
    };
    struct Notices
    {
        std::function<void(const QString &)> corrected = [](const QString &) {
        };
        std::function<void(const QString &)> unavailable = [](const QString &) {
        };
    };

    // A month counts as closed once it ended this long ago: the service
    // writes a charge at most 7 days ahead of its time.
    static constexpr int ClosedAfterDays = 8;

    RollupCoordinator(std::shared_ptr<Backend> inner, const QString &cachePath, BackendMaker second,
                      Notices notices);
    ~RollupCoordinator();

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The zone whose months the charge ledger keeps: the one spend is shown in.
    void setCalendarZone(const QTimeZone &zone) { m_zone = zone; }

    Result<QList<SpendCell>> spend(const UsageFilter &filter, const QList<MonthSpan> &months,
                                   const Progress &progress);
    Result<UsageTotal> total(const UsageFilter &filter, const Progress &progress);
    Result<std::pair<QDateTime, QDateTime>> timeRange(const UsageFilter &filter);
    // Checks up to `limit` cached months (all when < 0) of `region` (every
    // region when nullopt) against the source with a count and a sum over
    // the month's index range, skipping months checked after `skipAfter`.
    // A mismatch drops all of the source's entries.
    Result<CacheVerifyReport> verify(const std::optional<QString> &region, int limit,
                                     const QDateTime &skipAfter = QDateTime());
    Result<int> clear(bool everySource);

    // Whether the last spend() or total() gave out cached figures (the
    // background check follows those).
    bool servedFromCache() const { return m_servedFromCache; }

private:
    bool usable(const UsageFilter &filter);
    // Whether the charge ledger answers for this source and region
    // (usable() first): not where an index makes months cheap to range over.
    bool followed(const QString &region);
    // The ledger's file set up, when this source can have one at all.
    bool ledgerOpen();
    // Starts a request: one instant for all of it.
    void beginRequest();
    Result<QString> source();
    bool closed(const MonthSpan &span) const;
    // Where the closed past ends: 8 days ago, at the start of that UTC day.
    QDateTime cutoff() const;
    // The cells of [span.startUtc, cutoff()) of an open month, from the cache
    // or computed (extending a shorter kept beginning) and kept; nullopt
    // when the cache cannot be used. A source that timed out sets
    // `timedOut`: the call ends there (nothing is sent after a timeout).
    std::optional<QList<SpendCell>> closedBeginning(const QString &src, const UsageFilter &filter,
                                                    const MonthSpan &span,
                                                    std::optional<BackendError> *timedOut);
    void cacheFailed(const BackendError &error);
    // The total as without the cache (no ledger or no cached month yet, or
    // a namespace read by its index): on big data in two halves at once over
    // both connections, of the table or of the time index's range.
    Result<UsageTotal> rawTotal(const UsageFilter &filter);
    // The cached cells of `span`, or nullopt (not cached, or the cache is
    // unusable). Errors of the cache are handled here, never returned.
    std::optional<QList<SpendCell>> cached(const QString &src, const QString &region,
                                           const MonthSpan &span);
    // The cells of months[indexes] into (*perMonth)[index]: from the cache,
    // or computed and kept.
    Result<Done> cachedMonths(const UsageFilter &filter, const QList<MonthSpan> &months,
                              const QList<int> &indexes, const Progress &progress,
                              QList<QList<SpendCell>> *perMonth);

    // After a failed fill: canceled stays canceled; anything else is asked
    // live, as without the cache (a second connection refused, a namespace
    // of the profile no longer readable), and the second connection is dropped.
    template<typename Live>
    auto unfilled(const BackendError &error, const Progress &progress, Live live)
        -> decltype(live())
    {
        // A timed-out source would only time out again: one deadline per
        // call, and nothing is sent after it.
        if (progress.canceled() || error.category() == BackendError::Category::Timeout)
            return error;
        m_lanes.dropSecond();
        return live();
    }

    std::shared_ptr<Backend> m_inner;
    SourceLanes m_lanes; // m_inner and a second connection
    Notices m_notices;
    std::unique_ptr<RollupCache> m_cache;
    ChargeLedger m_ledger;
    RollupCache *m_ledgerFile = nullptr; // the file m_ledger writes to
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<QString, bool> m_indexed;               // region -> an index serves its month ranges
    std::optional<bool> m_namespacesIndexed;      // an index leads with the namespace
    std::optional<QElapsedTimer> m_ledgerChecked; // the background check of the ledger's months
    std::function<QDateTime()> m_clock;
    QDateTime m_now; // m_clock() at the start of the request being answered
    std::optional<Result<QString>> m_source;
    std::optional<BackendError> m_timedOut; // source() timed out in this request
    bool m_cacheBroken = false;
    bool m_reopened = false;
    bool m_servedFromCache = false;
    bool m_foldNamespaces = false; // MySQL compares names as its collation does
};
