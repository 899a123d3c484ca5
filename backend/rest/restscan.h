#pragma once

// Scans: every charge of a usage filter in each of its streams (regions
// times namespaces), size 100, several pages in flight (usageTotal,
// spendByNamespaceAndMonth, usageTimeRange and the counts of a time-windowed
// listUsages).

#include "rest/restworker.h"

#include <QFutureInterfaceBase>
#include <QHash>
#include <QList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace RestDetail {

class Scan : public std::enable_shared_from_this<Scan>
{
public:
    static constexpr int PageSize = 100; // the service's largest page
    static constexpr int Parallel = 4;   // pages in flight at once

    using RowFn = std::function<void(const Usage &)>;
    using DoneFn = std::function<void(std::optional<BackendError>)>;

    // Every charge of `filter` in the streams of `keys` (its regions times
    // its namespaces: the filter's own region and namespaces are not used).
    Scan(RestWorker *w, const UsageFilter &filter, const QList<StreamKey> &keys,
         QFutureInterfaceBase progress, RowFn onRow, DoneFn done);

    void start() { pump(); }

private:
    struct Ns
    {
        QString region;
        QString ns;
        qint64 total = -1;
        int pages = -1;
        int nextPage = 1;
        int stopAfter = std::numeric_limits<int>::max();
        QHash<QByteArray, int> digests;
        bool firstSent = false;
    };
    struct Flight
    {
        int ns;
        int page;
    };

    QUrl url(const Ns &n, int page) const;

    int lastPage(const Ns &n) const { return qMin(n.pages, n.stopAfter); }

    void pump();

    void onPage(int ni, int page, Result<RestJson::List<Usage>> r);

    void finish(std::optional<BackendError> error);

    RestWorker *m_w;
    UsageFilter m_filter;
    QFutureInterfaceBase m_progress;
    RowFn m_onRow;
    DoneFn m_done;
    QList<Ns> m_ns;
    QHash<quint64, Flight> m_flights;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    bool m_finished = false;
};

} // namespace RestDetail
