#pragma once

#include "core/backend.h"
#include "core/workerthread.h"
#include "rest/restconfig.h"

class RestWorker;

// The remote backend: the usage service's REST API (SPEC §3) and the plan
// service. Its QNetworkAccessManager lives on the backend's own worker
// thread (an event loop of its own), so a caller may block on
// future.waitForFinished() in any thread, including the GUI thread's
// callers that only watch. Every call resolves on that worker thread.
//
// Differences from SqlBackend that the API imposes (see the README table):
//  * An empty region is every region the plan service lists (GET
//    /charge/v1/query/plans/region); quote() alone needs one.
//  * Empty filter namespaces = the connection's namespaces, else the
//    token's own user (the service's default), not every namespace (the
//    API lists one namespace at a time). Each region and namespace is one
//    stream of requests; several are merged newest first (lists) or added
//    up (totals, spend).
//  * Usages carry no order key, CONSUME_ID or EXTRA_INFO (0 / nullopt /
//    ChargeKind::Unknown). getOrder() answers only consuming orders (the
//    service's GET does), as Consuming. RENEW_RETRIES is never sent
//    (renewRetries nullopt): whether a consuming order's renewal failed is
//    learnt from the service's renewfailed list of its stream
//    (renewFailedListed; nullopt when that list failed); lastConsumeId is
//    unknown.
//  * usageTotal, spendByNamespaceAndMonth and usageTimeRange page through
//    the charges (size 100, 4 requests in flight), report progress on the
//    future and stop when it is cancelled.
//  * listPlans returns active versions only (the plan service has no
//    others): includeInactive cannot be honoured.
//  * cancel() is the service's: it releases the resource, then ends the
//    order; its refusals are said plainly (RestRefusal).
//  * listNamespaces: the configured namespaces, else the token's user as
//    the service reports it (the namespace of its newest order or charge
//    in the first region where it has one), else an empty list.
class RestBackend : public Backend
{
    Q_OBJECT
public:
    static constexpr int MinCancelTimeoutMs = 20000; // a bsi cancel takes over 5 s

    explicit RestBackend(const RestConfig &config, QObject *parent = nullptr);
    ~RestBackend() override; // aborts requests in flight, stops the thread

    const RestConfig &config() const { return m_config; }

    QString describe() const override;
    bool isReadOnly() const override;
    // "not encrypted" for an http:// API; otherwise the protocol and issuer
    // of the last verified answer (empty before the first one).
    QFuture<Result<QString>> security() override;

    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) override;
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &filter) override;
    QFuture<Result<QList<SpendCell>>>
    spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months) override;
    QFuture<Result<std::pair<QDateTime, QDateTime>>>
    usageTimeRange(const UsageFilter &filter) override;
    QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &filter) override;
    QFuture<Result<QList<Region>>> listRegions() override;
    QFuture<Result<QStringList>> listNamespaces(const QString &region) override;
    QFuture<Result<Quote>> quote(const QuoteRequest &request) override;
    QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) override;
    QFuture<Result<QString>> sourceIdentity() override;
    // Stalled renewals only (the other kinds need the tables): restaudit.cpp.
    QFuture<Result<AuditReport>> audit(const AuditFilter &filter) override;
    QStringList namespaceScope() const override { return m_config.namespaces; }
    bool readsEveryNamespace() const override { return !m_config.namespaces.isEmpty(); }
    // Every query pages through charges: one pass over all missing months.
    int fillMonthsPerQuery() const override { return 1000; }

private:
    RestConfig m_config;
    WorkerThread m_thread;
    RestWorker *m_worker = nullptr;
};
