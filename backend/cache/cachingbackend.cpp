#include "cache/cachingbackend.h"

#include <QPromise>

CachingBackend::CachingBackend(std::shared_ptr<Backend> inner, const QString &cachePath,
                               RollupCoordinator::BackendMaker second, QObject *parent)
    : Backend(parent)
    , m_inner(std::move(inner))
    , m_thread(QStringLiteral("CachingBackend"))
{
    RollupCoordinator::Notices notices;
    notices.corrected = [this](const QString &m) {
        Q_EMIT cachedFiguresCorrected(m);
    };
    notices.unavailable = [this](const QString &m) {
        Q_EMIT cacheUnavailable(m);
    };
    m_coordinator = std::make_unique<RollupCoordinator>(m_inner, cachePath, std::move(second),
                                                        std::move(notices));
    // The inner backend's own signals (a cache below this one) pass through.
    connect(m_inner.get(), &Backend::cachedFiguresCorrected, this,
            &Backend::cachedFiguresCorrected);
    connect(m_inner.get(), &Backend::cacheUnavailable, this, &Backend::cacheUnavailable);
}

CachingBackend::~CachingBackend()
{
    // A request running now stops at its next step, and a background check
    // it queues after this point does nothing: the coordinator is going.
    m_closing = true;
    m_thread.clear(); // background checks not started yet are dropped
    // The cache file's connection must be closed on the thread that opened it.
    m_thread.post([this] { m_coordinator.reset(); });
    m_thread.stop();
}

void CachingBackend::setClock(std::function<QDateTime()> clock)
{
    RollupCoordinator *c = m_coordinator.get();
    m_thread.post([c, clock] { c->setClock(clock); });
}

void CachingBackend::setCalendarZone(const QTimeZone &zone)
{
    RollupCoordinator *c = m_coordinator.get();
    m_thread.post([c, zone] { c->setCalendarZone(zone); });
}

template<typename T, typename F>
QFuture<Result<T>> CachingBackend::run(F work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    RollupCoordinator *c = m_coordinator.get();
    m_thread.post([c, work, promise] {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        RollupCoordinator::Progress progress;
        progress.canceled = [promise] {
            return promise->isCanceled();
        };
        progress.report = [promise](int done, int total) {
            promise->setProgressRange(0, total);
            promise->setProgressValue(done);
        };
        Result<T> result = work(*c, progress);
        if (!promise->isCanceled())
            promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

void CachingBackend::verifySoon(const QString &region)
{
    if (!m_verifyInBackground || m_closing)
        return;
    RollupCoordinator *c = m_coordinator.get();
    const std::atomic<bool> *closing = &m_closing;
    m_thread.post([c, region, closing] {
        if (*closing)
            return;
        const QDateTime trusted = QDateTime::currentDateTimeUtc().addSecs(-TrustedForSecs);
        c->verify(region, BackgroundMonths, trusted);
    });
}

QFuture<Result<UsageTotal>> CachingBackend::usageTotal(const UsageFilter &filter)
{
    return run<UsageTotal>([this, filter](RollupCoordinator &c, const auto &progress) {
        auto total = c.total(filter, progress);
        if (c.servedFromCache())
            verifySoon(filter.region);
        return total;
    });
}

QFuture<Result<QList<SpendCell>>>
CachingBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    return run<QList<SpendCell>>(
        [this, filter, months](RollupCoordinator &c, const auto &progress) {
            auto cells = c.spend(filter, months, progress);
            if (c.servedFromCache())
                verifySoon(filter.region);
            return cells;
        });
}

QFuture<Result<CacheVerifyReport>> CachingBackend::verify(const std::optional<QString> &region)
{
    return run<CacheVerifyReport>(
        [region](RollupCoordinator &c, const auto &) { return c.verify(region, -1); });
}

QFuture<Result<int>> CachingBackend::clear(bool everySource)
{
    return run<int>(
        [everySource](RollupCoordinator &c, const auto &) { return c.clear(everySource); });
}

// Everything else passes straight through.

QFuture<Result<Page<Order>>> CachingBackend::listOrders(const OrderFilter &filter,
                                                        const PageRequest &page)
{
    return m_inner->listOrders(filter, page);
}

QFuture<Result<Order>> CachingBackend::getOrder(qint64 id, const QString &ns)
{
    return m_inner->getOrder(id, ns);
}

QFuture<Result<Page<Usage>>> CachingBackend::listUsages(const UsageFilter &filter,
                                                        const PageRequest &page)
{
    return m_inner->listUsages(filter, page);
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
CachingBackend::usageTimeRange(const UsageFilter &filter)
{
    // From the charge ledger when the source has one: without an index the
    // source's MIN and MAX are two scans of the charges.
    return run<std::pair<QDateTime, QDateTime>>(
        [filter](RollupCoordinator &c, const auto &) { return c.timeRange(filter); });
}

QFuture<Result<QList<Plan>>> CachingBackend::listPlans(const PlanFilter &filter)
{
    return m_inner->listPlans(filter);
}

QFuture<Result<QList<Region>>> CachingBackend::listRegions()
{
    return m_inner->listRegions();
}

QFuture<Result<QStringList>> CachingBackend::listNamespaces(const QString &region)
{
    return m_inner->listNamespaces(region);
}

QFuture<Result<Quote>> CachingBackend::quote(const QuoteRequest &request)
{
    return m_inner->quote(request);
}

QFuture<Result<CancelOutcome>> CachingBackend::cancel(qint64 id, const QString &ns)
{
    return m_inner->cancel(id, ns);
}
