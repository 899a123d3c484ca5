#pragma once

#include "cache/rollupcoordinator.h"
#include "core/backend.h"
#include "core/workerthread.h"

#include <atomic>

#include <memory>

// A Backend in front of another that answers spend and totals from the
// roll-up cache (RollupCoordinator) and passes everything else through.
// The cache file is only opened by the first spend or total, so commands
// that never ask for them never touch it.
class CachingBackend : public Backend
{
    Q_OBJECT
public:
    // `second`, when given, makes a second connection to the same source for
    // filling the cache two months at a time.
    CachingBackend(std::shared_ptr<Backend> inner, const QString &cachePath,
                   RollupCoordinator::BackendMaker second = {}, QObject *parent = nullptr);
    ~CachingBackend() override;

    Backend *inner() const { return m_inner.get(); }

    // Tests: the clock that decides which months are closed.
    void setClock(std::function<QDateTime()> clock);
    // The display zone: the months the charge ledger keeps are its months.
    void setCalendarZone(const QTimeZone &zone) override;
    // After cached figures are given out, check a few months in the
    // background (on by default; usagectl turns it off: it exits at once).
    void setVerifyInBackground(bool on) { m_verifyInBackground = on; }

    QString describe() const override { return m_inner->describe(); }
    bool isReadOnly() const override { return m_inner->isReadOnly(); }
    QFuture<Result<QString>> security() override { return m_inner->security(); }
    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) override;
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                            const PageRequest &page) override;
    QList<ListSort> usageSorts() const override { return m_inner->usageSorts(); }
    QList<ListSort> orderSorts() const override { return m_inner->orderSorts(); }
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
    QFuture<Result<QString>> sourceIdentity() override { return m_inner->sourceIdentity(); }
    QFuture<Result<AuditReport>> audit(const AuditFilter &filter) override
    {
        return m_inner->audit(filter);
    }
    QStringList namespaceScope() const override { return m_inner->namespaceScope(); }
    bool readsEveryNamespace() const override { return m_inner->readsEveryNamespace(); }
    int fillMonthsPerQuery() const override { return m_inner->fillMonthsPerQuery(); }

    // Checks every cached month of this source, of one region when given
    // (`usagectl cache verify [--region R]`).
    QFuture<Result<CacheVerifyReport>> verify(const std::optional<QString> &region = std::nullopt);
    // Drops this source's entries, or every source's; resolves to the
    // number of months dropped.
    QFuture<Result<int>> clear(bool everySource);

    // How many background checks a served answer triggers, and how long a
    // month stays trusted after a check.
    static constexpr int BackgroundMonths = 3;
    static constexpr int TrustedForSecs = 3600;

private:
    template<typename T, typename F>
    QFuture<Result<T>> run(F work);
    void verifySoon(const QString &region);

    std::shared_ptr<Backend> m_inner;
    std::unique_ptr<RollupCoordinator> m_coordinator;
    WorkerThread m_thread; // the cache file's connection lives on it
    bool m_verifyInBackground = true;
    std::atomic<bool> m_closing{false};
};
