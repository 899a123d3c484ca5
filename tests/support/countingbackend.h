#pragma once

#include "core/backend.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <memory>

// Another backend, each call of the kinds the roll-up cache makes counted
// ("total", "spend", "range", "baseline", "buckets", "counts", "charges"),
// and the new charges it hands out: what a test asserts a cached answer
// did not ask of its source.
class CountingBackend : public Backend
{
public:
    explicit CountingBackend(std::shared_ptr<Backend> inner);

    int calls(const QString &what) const;
    // The filters of the totals asked, and the halves, in order.
    QList<UsageFilter> totalsAsked() const;
    QList<TotalHalf> halvesAsked() const;
    std::atomic<int> chargesHanded{0};

    QString describe() const override { return m_inner->describe(); }
    bool isReadOnly() const override { return true; }
    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &f, const PageRequest &p) override;
    QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) override;
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &f, const PageRequest &p) override;
    QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &f) override;
    QFuture<Result<QList<SpendCell>>> spendByNamespaceAndMonth(const UsageFilter &f,
                                                               const QList<MonthSpan> &m) override;
    QFuture<Result<std::pair<QDateTime, QDateTime>>> usageTimeRange(const UsageFilter &f) override;
    QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &f) override;
    QFuture<Result<QList<Region>>> listRegions() override;
    QFuture<Result<QStringList>> listNamespaces(const QString &r) override;
    QFuture<Result<Quote>> quote(const QuoteRequest &r) override;
    QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) override;
    QFuture<Result<QString>> sourceIdentity() override;
    bool canFollowCharges() const override { return m_inner->canFollowCharges(); }
    QFuture<Result<bool>> servesMonthRanges(const QString &region) override;
    QFuture<Result<bool>> servesNamespaceRanges() override;
    QFuture<Result<LedgerBaseline>> ledgerBaseline(const LedgerBaselineRequest &r) override;
    QFuture<Result<LedgerSplit>> ledgerSplit(const QString &region) override;
    QFuture<Result<QList<OrderBucket>>> orderBuckets(const QString &region,
                                                     const OrderIdRange &ids) override;
    QFuture<Result<QList<OrderCount>>> orderCounts(const QString &region,
                                                   const QList<qint64> &buckets) override;
    QFuture<Result<QList<LedgerCharge>>> ledgerCharges(const QList<ChargeRange> &ranges) override;
    QFuture<Result<TotalCut>> totalCut(const UsageFilter &filter) override;
    QFuture<Result<UsageTotal>> usageTotalOfHalf(const UsageFilter &filter,
                                                 const TotalHalf &half) override;

private:
    void count(const QString &what);

    std::shared_ptr<Backend> m_inner;
    mutable QMutex m_mutex;
    QHash<QString, int> m_calls;
    QList<UsageFilter> m_totals;
    QList<TotalHalf> m_halves;
};
