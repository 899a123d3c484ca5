#include "sqlbackend.h"

#include "sqlcancel.h"
#include "sqlconnection.h"
#include "sqlorderqueries.h"
#include "sqlplanqueries.h"
#include "sqlquoteinput.h"
#include "sqlusagequeries.h"

#include <QPromise>

SqlBackend::SqlBackend(const ConnectionSpec &spec, QObject *parent)
    : Backend(parent)
    , m_spec(spec)
    , m_connection(std::make_unique<SqlConnection>(spec))
    , m_usages(std::make_unique<SqlUsageQueries>(*m_connection))
{
    // One thread that never expires: the connection lives on it.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

SqlBackend::~SqlBackend()
{
    // Close on the thread that opened it, after the queued calls ran.
    SqlConnection *c = m_connection.get();
    m_worker.start([c] { c->close(); });
    m_worker.waitForDone();
}

template<typename T, typename F>
QFuture<Result<T>> SqlBackend::run(F work)
{
    // A QPromise, not QtConcurrent::run: waitForFinished() on a QtConcurrent
    // future that has not started runs the task on the waiting thread, and
    // the connection must only ever be used on the worker.
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    SqlConnection *c = m_connection.get();
    m_worker.start([c, work, promise]() {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        auto open = c->ensureOpen();
        promise->addResult(open ? work(*c) : Result<T>(open.error()));
        promise->finish();
    });
    return future;
}

QString SqlBackend::describe() const
{
    return m_spec.toDisplayString();
}

bool SqlBackend::isReadOnly() const
{
    return m_spec.readOnly;
}

QFuture<Result<Page<Order>>> SqlBackend::listOrders(const OrderFilter &filter,
                                                    const PageRequest &page)
{
    return run<Page<Order>>(
        [filter, page](SqlConnection &c) { return SqlOrderQueries::list(c, filter, page); });
}

QFuture<Result<Order>> SqlBackend::getOrder(qint64 id, const QString &ns)
{
    return run<Order>([id, ns](SqlConnection &c) { return SqlOrderQueries::get(c, id, ns); });
}

QFuture<Result<Page<Usage>>> SqlBackend::listUsages(const UsageFilter &filter,
                                                    const PageRequest &page)
{
    SqlUsageQueries *q = m_usages.get();
    return run<Page<Usage>>([q, filter, page](SqlConnection &) { return q->list(filter, page); });
}

QFuture<Result<UsageTotal>> SqlBackend::usageTotal(const UsageFilter &filter)
{
    SqlUsageQueries *q = m_usages.get();
    return run<UsageTotal>([q, filter](SqlConnection &) { return q->total(filter); });
}

QFuture<Result<QList<SpendCell>>>
SqlBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    SqlUsageQueries *q = m_usages.get();
    return run<QList<SpendCell>>(
        [q, filter, months](SqlConnection &) { return q->spend(filter, months); });
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
SqlBackend::usageTimeRange(const UsageFilter &filter)
{
    SqlUsageQueries *q = m_usages.get();
    return run<std::pair<QDateTime, QDateTime>>(
        [q, filter](SqlConnection &) { return q->timeRange(filter); });
}

QFuture<Result<QList<Plan>>> SqlBackend::listPlans(const PlanFilter &filter)
{
    return run<QList<Plan>>([filter](SqlConnection &c) { return SqlPlanQueries::list(c, filter); });
}

QFuture<Result<QList<Region>>> SqlBackend::listRegions()
{
    return run<QList<Region>>([](SqlConnection &c) { return SqlPlanQueries::regions(c); });
}

QFuture<Result<QStringList>> SqlBackend::listNamespaces(const QString &region)
{
    return run<QStringList>(
        [region](SqlConnection &c) { return SqlOrderQueries::namespaces(c, region); });
}

QFuture<Result<Quote>> SqlBackend::quote(const QuoteRequest &request)
{
    return run<Quote>([request](SqlConnection &c) -> Result<Quote> {
        auto input = SqlQuoteInput::read(c, request);
        if (!input)
            return input.error();
        return PricingEngine::quote(input.value());
    });
}

QFuture<Result<CancelOutcome>> SqlBackend::cancel(qint64 id, const QString &ns)
{
    if (m_spec.readOnly) {
        // Refuse before the database is touched at all.
        return QtFuture::makeReadyFuture(Result<CancelOutcome>(BackendError(
            BackendError::Category::Permission,
            QStringLiteral("this connection is read-only: cancelling is not allowed"))));
    }
    return run<CancelOutcome>([id, ns](SqlConnection &c) {
        return SqlCancel::cancel(c, id, ns, QDateTime::currentDateTimeUtc());
    });
}

QFuture<Result<QList<SqlIndexAdvisor::Status>>> SqlBackend::checkIndexes()
{
    return run<QList<SqlIndexAdvisor::Status>>(
        [](SqlConnection &c) { return SqlIndexAdvisor::check(c); });
}
