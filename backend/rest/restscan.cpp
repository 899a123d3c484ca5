#include "rest/restscan.h"

namespace RestDetail {

Scan::Scan(RestWorker *w, const UsageFilter &filter, const QList<StreamKey> &keys,
           QFutureInterfaceBase progress, RowFn onRow, DoneFn done)
    : m_w(w)
    , m_filter(filter)
    , m_progress(progress)
    , m_onRow(std::move(onRow))
    , m_done(std::move(done))
{
    for (const StreamKey &k : keys) {
        Ns x;
        x.region = k.region;
        x.ns = k.ns;
        m_ns.append(x);
    }
}

QUrl Scan::url(const Ns &n, int page) const
{
    QUrlQuery q = pageQuery(StreamKey{n.region, n.ns}, page, PageSize);
    if (!m_filter.orderId.isEmpty())
        q.addQueryItem(QStringLiteral("order"), m_filter.orderId);
    return m_w->usageUrl(QStringLiteral("/usages"), q);
}

void Scan::pump()
{
    if (m_finished)
        return;
    if (m_progress.isCanceled()) {
        finish(std::nullopt);
        return;
    }
    while (m_flights.size() < Parallel) {
        int pick = -1;
        for (int i = 0; i < m_ns.size() && pick < 0; ++i) {
            if (!m_ns[i].firstSent)
                pick = i;
        }
        for (int i = 0; i < m_ns.size() && pick < 0; ++i) {
            const Ns &n = m_ns[i];
            if (n.pages >= 0 && n.nextPage <= lastPage(n))
                pick = i;
        }
        if (pick < 0)
            break;
        Ns &n = m_ns[pick];
        const int page = n.nextPage++;
        n.firstSent = true;
        auto self = shared_from_this();
        const quint64 id = m_w->fetch<RestJson::List<Usage>>(
            RestRequest{"GET", url(n, page), {}, 0}, &RestJson::usageList,
            [self, pick, page](Result<RestJson::List<Usage>> r) {
                self->onPage(pick, page, std::move(r));
            });
        m_flights.insert(id, Flight{pick, page});
        if (id == 0)
            break;
    }
    if (m_flights.isEmpty())
        finish(std::nullopt);
}

void Scan::onPage(int ni, int page, Result<RestJson::List<Usage>> r)
{
    for (auto it = m_flights.begin(); it != m_flights.end(); ++it) {
        if (it->ns == ni && it->page == page) {
            m_flights.erase(it);
            break;
        }
    }
    if (m_finished)
        return;
    if (m_progress.isCanceled())
        return finish(std::nullopt);
    Ns &n = m_ns[ni];
    if (page > lastPage(n) && n.pages >= 0)
        return pump(); // not needed any more
    if (!r)
        return finish(r.error());
    const RestJson::List<Usage> &l = r.value();
    if (n.total >= 0 && l.total != n.total)
        return finish(inconsistent(n.ns, QStringLiteral("the total changed from %1 to %2 "
                                                        "between pages")
                                             .arg(n.total)
                                             .arg(l.total)));
    if (n.total < 0) {
        n.total = l.total;
        n.pages = int((l.total + PageSize - 1) / PageSize);
        m_pagesTotal += qMax(n.pages, 1) - 1; // page 1 was counted when sent
    }
    const qint64 off = qint64(page - 1) * PageSize;
    const qint64 expected = qBound<qint64>(0, l.total - off, qint64(PageSize));
    if (l.items.size() != expected)
        return finish(inconsistent(n.ns, QStringLiteral("page %1 (size %2) holds %3 rows "
                                                        "where the total of %4 implies %5")
                                             .arg(page)
                                             .arg(PageSize)
                                             .arg(l.items.size())
                                             .arg(l.total)
                                             .arg(expected)));
    if (!l.items.isEmpty()) {
        if (n.digests.contains(l.digest))
            return finish(inconsistent(n.ns, QStringLiteral("page %1 repeats the rows of "
                                                            "page %2")
                                                 .arg(page)
                                                 .arg(n.digests.value(l.digest))));
        n.digests.insert(l.digest, page);
    }
    for (const Usage &u : l.items) {
        if (inRange(u.time, m_filter.from, m_filter.to))
            m_onRow(u);
    }
    if (m_filter.from.isValid() && !l.items.isEmpty()) {
        const QDateTime last = l.items.constLast().time;
        if (last.isValid() && last < m_filter.from && page < n.stopAfter) {
            n.stopAfter = page; // every later page is older still
            const auto ids = m_flights.keys();
            for (quint64 id : ids) {
                const Flight f = m_flights.value(id);
                if (f.ns == ni && f.page > page) {
                    if (m_w->client)
                        m_w->client->abort(id);
                    m_flights.remove(id);
                }
            }
        }
    }
    ++m_pagesDone;
    int planned = 0;
    for (const Ns &x : std::as_const(m_ns))
        planned += x.pages < 0 ? 1 : qMax(1, qMin(x.pages, x.stopAfter));
    m_progress.setProgressRange(0, qMax(planned, m_pagesDone));
    m_progress.setProgressValue(m_pagesDone);
    pump();
}

void Scan::finish(std::optional<BackendError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    const auto ids = m_flights.keys();
    for (quint64 id : ids) {
        if (m_w->client)
            m_w->client->abort(id);
    }
    m_flights.clear();
    m_done(error);
}

} // namespace RestDetail
