#pragma once

#include "core/audit.h"
#include "core/filters.h"
#include "core/order.h"
#include "core/orderprogress.h"
#include "core/page.h"
#include "core/plan.h"
#include "core/quote.h"
#include "core/result.h"
#include "core/usage.h"

#include "core/monthcalendar.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

// The one interface the views, models and usagectl talk to. Every call is
// asynchronous: it returns at once and its QFuture resolves on a worker
// thread (SQL) or when the network answers (REST), so the GUI thread never
// waits. Failures resolve to a BackendError, never to an exception.
class Backend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Backend() override = default;

    // A short human label: "SQLite /path/demo.db", "MySQL db@host".
    virtual QString describe() const = 0;
    virtual bool isReadOnly() const = 0;
    // How the connection is protected, in words for the user: "TLSv1.3,
    // certificate issued by Example CA", "not encrypted", "local file".
    // Asked on the worker that owns the connection (the TLS session lives
    // there), so it is a future like every call; an empty text means this
    // connection cannot say, or has not reached its server yet.
    virtual QFuture<Result<QString>> security()
    {
        return QtFuture::makeReadyFuture(Result<QString>(QString()));
    }

    virtual QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                                    const PageRequest &page) = 0;
    // The order with key `id`; `ns`, when given, must own it.
    virtual QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) = 0;
    virtual QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                                    const PageRequest &page) = 0;
    // The sorts listUsages() and listOrders() can page by (their filters'
    // `sort`); the service's own order, newest first, is always among them.
    virtual QList<ListSort> usageSorts() const { return {ListSort()}; }
    virtual QList<ListSort> orderSorts() const { return {ListSort()}; }
    virtual QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &filter) = 0;
    // Sum and count per namespace and month over `months` (computed by the
    // caller in its display zone). Cells without charges are left out.
    virtual QFuture<Result<QList<SpendCell>>>
    spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months) = 0;
    // The first and last charge instants matching the filter (invalid when
    // there are none): what a spend over "all time" covers.
    virtual QFuture<Result<std::pair<QDateTime, QDateTime>>>
    usageTimeRange(const UsageFilter &filter) = 0;
    // Whether spendOfEveryMonth() is answered: a backend that can find the
    // months and group them in one pass over the charges.
    virtual bool spendsEveryMonthAtOnce() const { return false; }
    // What spendByNamespaceAndMonth() gives over the months of `zone`
    // covering usageTimeRange(), and those months.
    virtual QFuture<Result<MonthlySpend>> spendOfEveryMonth(const UsageFilter &filter,
                                                            const QTimeZone &zone)
    {
        Q_UNUSED(filter)
        Q_UNUSED(zone)
        return QtFuture::makeReadyFuture(Result<MonthlySpend>(
            BackendError(BackendError::Category::InvalidInput,
                         QCoreApplication::translate(
                             "Backend", "This connection cannot group every month at once."))));
    }
    virtual QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &filter) = 0;
    virtual QFuture<Result<QList<Region>>> listRegions() = 0;
    virtual QFuture<Result<QStringList>> listNamespaces(const QString &region) = 0;

    virtual QFuture<Result<Quote>> quote(const QuoteRequest &request) = 0;
    virtual QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) = 0;

    // The ledger audit (core/audit.h): one pass over the orders and charges.
    // A connection that cannot show a kind lists it in `unchecked`, with why;
    // one that cannot audit at all answers an error.
    virtual QFuture<Result<AuditReport>> audit(const AuditFilter &filter)
    {
        Q_UNUSED(filter)
        return QtFuture::makeReadyFuture(Result<AuditReport>(
            BackendError(BackendError::Category::InvalidInput,
                         QStringLiteral("This connection cannot audit the ledger."))));
    }

    // What identifies the data behind this connection for the roll-up cache,
    // so that two databases never share entries. An error: do not cache.
    virtual QFuture<Result<QString>> sourceIdentity()
    {
        return QtFuture::makeReadyFuture(Result<QString>(BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate("Backend", "This connection cannot be cached."))));
    }

    // The namespaces this connection is limited to (empty = all of them):
    // what the cache of a source holds, and so the filters it can answer.
    virtual QStringList namespaceScope() const { return {}; }
    // Whether a filter without namespaces reads the charges of every
    // namespace this connection may see (namespaceScope(), or all). The
    // service's API with no namespaces reads one, the token's user's.
    virtual bool readsEveryNamespace() const { return true; }
    // How many months the roll-up cache asks for in one query when it fills:
    // 1 where a time index makes a month cheap to range over.
    virtual int fillMonthsPerQuery() const { return 1; }

    // The zone the caller shows months in: a cache in front of the data
    // keeps that zone's months.
    virtual void setCalendarZone(const QTimeZone &zone) { Q_UNUSED(zone) }

    // The roll-up cache's charge ledger (core/orderprogress.h): whether this
    // source can tell which charges are new, and the reads that tell it.
    // A source that cannot answers an error to each (the default).
    virtual bool canFollowCharges() const { return false; }
    // Whether an index makes a month of `region` cheap to range over: then
    // the cache fills and asks month by month instead.
    virtual QFuture<Result<bool>> servesMonthRanges(const QString &region)
    {
        Q_UNUSED(region)
        return QtFuture::makeReadyFuture(Result<bool>(false));
    }
    // Whether an index leads with the namespace: a few namespaces' charges
    // are then read by key, cheaper than any cached month (each month holds
    // every namespace of its region).
    virtual QFuture<Result<bool>> servesNamespaceRanges()
    {
        return QtFuture::makeReadyFuture(Result<bool>(false));
    }
    // In one snapshot: the orders' signatures, the orders not ended, and
    // the cells of every charge of the region by the months of the request.
    virtual QFuture<Result<LedgerBaseline>> ledgerBaseline(const LedgerBaselineRequest &request)
    {
        Q_UNUSED(request)
        return notFollowed<LedgerBaseline>();
    }
    // Where a baseline of `region` may be cut in two parts of about the same
    // work (LedgerBaselineReader).
    virtual QFuture<Result<LedgerSplit>> ledgerSplit(const QString &region)
    {
        Q_UNUSED(region)
        return notFollowed<LedgerSplit>();
    }
    // Every bucket of the orders of `region` in `ids`, in ID order.
    virtual QFuture<Result<QList<OrderBucket>>> orderBuckets(const QString &region,
                                                             const OrderIdRange &ids)
    {
        Q_UNUSED(region)
        Q_UNUSED(ids)
        return notFollowed<QList<OrderBucket>>();
    }
    // The orders of `region` whose IDs lie in the given buckets.
    virtual QFuture<Result<QList<OrderCount>>> orderCounts(const QString &region,
                                                           const QList<qint64> &buckets)
    {
        Q_UNUSED(region)
        Q_UNUSED(buckets)
        return notFollowed<QList<OrderCount>>();
    }
    virtual QFuture<Result<QList<LedgerCharge>>> ledgerCharges(const QList<ChargeRange> &ranges)
    {
        Q_UNUSED(ranges)
        return notFollowed<QList<LedgerCharge>>();
    }
    // Where a total of `filter` may be cut in two halves that each read
    // about half of its charges (none: one SUM reads as little), for
    // usageTotalOfHalf(): a total in two halves at once, each over its own
    // connection.
    virtual QFuture<Result<TotalCut>> totalCut(const UsageFilter &filter)
    {
        Q_UNUSED(filter)
        return notFollowed<TotalCut>();
    }
    virtual QFuture<Result<UsageTotal>> usageTotalOfHalf(const UsageFilter &filter,
                                                         const TotalHalf &half)
    {
        Q_UNUSED(filter)
        Q_UNUSED(half)
        return notFollowed<UsageTotal>();
    }

protected:
    template<typename T>
    static QFuture<Result<T>> notFollowed()
    {
        return QtFuture::makeReadyFuture(Result<T>(BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate("Backend", "This connection cannot follow new charges."))));
    }

Q_SIGNALS:
    // A cache in front of the data found figures it had given out to be
    // wrong and dropped them: whatever shows spend or totals should ask again.
    void cachedFiguresCorrected(const QString &message);
    // The cache cannot be used (unwritable, damaged beyond rebuilding):
    // figures still come, live and slower.
    void cacheUnavailable(const QString &message);
};
