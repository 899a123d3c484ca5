#include "countingbackend.h"

CountingBackend::CountingBackend(std::shared_ptr<Backend> inner)
    : m_inner(std::move(inner))
{
}

int CountingBackend::calls(const QString &what) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(what);
}

QList<UsageFilter> CountingBackend::totalsAsked() const
{
    QMutexLocker lock(&m_mutex);
    return m_totals;
}

QList<TotalHalf> CountingBackend::halvesAsked() const
{
    QMutexLocker lock(&m_mutex);
    return m_halves;
}

void CountingBackend::count(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    ++m_calls[what];
}

QFuture<Result<Page<Order>>> CountingBackend::listOrders(const OrderFilter &f, const PageRequest &p)
{
    return m_inner->listOrders(f, p);
}

QFuture<Result<Order>> CountingBackend::getOrder(qint64 id, const QString &ns)
{
    return m_inner->getOrder(id, ns);
}

QFuture<Result<Page<Usage>>> CountingBackend::listUsages(const UsageFilter &f, const PageRequest &p)
{
    return m_inner->listUsages(f, p);
}

QFuture<Result<UsageTotal>> CountingBackend::usageTotal(const UsageFilter &f)
{
    count(QStringLiteral("total"));
    {
        QMutexLocker lock(&m_mutex);
        m_totals.append(f);
    }
    return m_inner->usageTotal(f);
}

QFuture<Result<QList<SpendCell>>>
CountingBackend::spendByNamespaceAndMonth(const UsageFilter &f, const QList<MonthSpan> &m)
{
    count(QStringLiteral("spend"));
    return m_inner->spendByNamespaceAndMonth(f, m);
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
CountingBackend::usageTimeRange(const UsageFilter &f)
{
    count(QStringLiteral("range"));
    return m_inner->usageTimeRange(f);
}

QFuture<Result<QList<Plan>>> CountingBackend::listPlans(const PlanFilter &f)
{
    return m_inner->listPlans(f);
}

QFuture<Result<QList<Region>>> CountingBackend::listRegions()
{
    return m_inner->listRegions();
}

QFuture<Result<QStringList>> CountingBackend::listNamespaces(const QString &r)
{
    return m_inner->listNamespaces(r);
}

QFuture<Result<Quote>> CountingBackend::quote(const QuoteRequest &r)
{
    return m_inner->quote(r);
}

QFuture<Result<CancelOutcome>> CountingBackend::cancel(qint64 id, const QString &ns)
{
    return m_inner->cancel(id, ns);
}

QFuture<Result<QString>> CountingBackend::sourceIdentity()
{
    count(QStringLiteral("identity"));
    return m_inner->sourceIdentity();
}

QFuture<Result<bool>> CountingBackend::servesMonthRanges(const QString &region)
{
    return m_inner->servesMonthRanges(region);
}

QFuture<Result<bool>> CountingBackend::servesNamespaceRanges()
{
    return m_inner->servesNamespaceRanges();
}

QFuture<Result<LedgerBaseline>> CountingBackend::ledgerBaseline(const LedgerBaselineRequest &r)
{
    count(QStringLiteral("baseline"));
    return m_inner->ledgerBaseline(r);
}

QFuture<Result<LedgerSplit>> CountingBackend::ledgerSplit(const QString &region)
{
    count(QStringLiteral("split"));
    return m_inner->ledgerSplit(region);
}

QFuture<Result<QList<OrderBucket>>> CountingBackend::orderBuckets(const QString &region,
                                                                  const OrderIdRange &ids)
{
    count(QStringLiteral("buckets"));
    return m_inner->orderBuckets(region, ids);
}

QFuture<Result<QList<OrderCount>>> CountingBackend::orderCounts(const QString &region,
                                                                const QList<qint64> &buckets)
{
    count(QStringLiteral("counts"));
    return m_inner->orderCounts(region, buckets);
}

QFuture<Result<QList<LedgerCharge>>>
CountingBackend::ledgerCharges(const QList<ChargeRange> &ranges)
{
    count(QStringLiteral("charges"));
    return m_inner->ledgerCharges(ranges).then([this](Result<QList<LedgerCharge>> r) {
        if (r)
            chargesHanded += int(r.value().size());
        return r;
    });
}

QFuture<Result<TotalCut>> CountingBackend::totalCut(const UsageFilter &filter)
{
    count(QStringLiteral("total cut"));
    return m_inner->totalCut(filter);
}

QFuture<Result<UsageTotal>> CountingBackend::usageTotalOfHalf(const UsageFilter &filter,
                                                              const TotalHalf &half)
{
    count(QStringLiteral("total of half"));
    {
        QMutexLocker lock(&m_mutex);
        m_halves.append(half);
    }
    return m_inner->usageTotalOfHalf(filter, half);
}
