#include "sql/sqlbackend.h"

#include "sql/sqlcancel.h"
#include "sql/sqlconnection.h"
#include "sql/sqlitefile.h"
#include "sql/sqlledgeraudit.h"
#include "sql/sqlledgerqueries.h"
#include "sql/sqlorderqueries.h"
#include "sql/sqlplanqueries.h"
#include "sql/sqlquoteinput.h"
#include "sql/sqlsourcefacts.h"
#include "sql/sqlspendqueries.h"
#include "sql/sqlusagequeries.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QSqlQuery>

SqlBackend::SqlBackend(const ConnectionSpec &spec, QObject *parent)
    : SqlBackend(spec, std::make_shared<SqlSourceFacts>(), parent)
{
}

SqlBackend::SqlBackend(const ConnectionSpec &spec, std::shared_ptr<SqlSourceFacts> facts,
                       QObject *parent)
    : Backend(parent)
    , m_spec(spec)
    , m_facts(std::move(facts))
    , m_worker(QStringLiteral("SqlBackend"))
    , m_connection(std::make_unique<SqlConnection>(spec, m_facts))
    , m_usages(std::make_unique<SqlUsageQueries>(*m_connection))
    , m_spend(std::make_unique<SqlSpendQueries>(*m_connection))
{
}

SqlBackend::~SqlBackend()
{
    // Close on the thread that opened it, after the queued calls ran; the
    // thread is joined, so libmariadb's per-thread state is gone with it.
    SqlConnection *c = m_connection.get();
    m_worker.post([c] { c->close(); });
    m_worker.stop();
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
    m_worker.post([c, work, promise]() {
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

QFuture<Result<QString>> SqlBackend::security()
{
    if (m_spec.kind == ConnectionSpec::Kind::Sqlite)
        return QtFuture::makeReadyFuture(Result<QString>(tr("local file")));
    if (m_spec.tls != ConnectionSpec::Tls::Required)
        return QtFuture::makeReadyFuture(Result<QString>(tr("not encrypted")));
    // The TLS session is the worker's connection's: asked there.
    return run<QString>([](SqlConnection &c) { return Result<QString>(c.security()); });
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

QList<ListSort> SqlBackend::usageSorts() const
{
    using F = ListSort::Field;
    return ListSort::allOf({F::Time, F::Amount, F::Namespace, F::Region});
}

QList<ListSort> SqlBackend::orderSorts() const
{
    using F = ListSort::Field;
    return ListSort::allOf({F::Time, F::Namespace, F::Region});
}

QFuture<Result<UsageTotal>> SqlBackend::usageTotal(const UsageFilter &filter)
{
    SqlUsageQueries *q = m_usages.get();
    return run<UsageTotal>([q, filter](SqlConnection &) { return q->total(filter); });
}

QFuture<Result<QList<SpendCell>>>
SqlBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    SqlSpendQueries *q = m_spend.get();
    return run<QList<SpendCell>>(
        [q, filter, months](SqlConnection &) { return q->spend(filter, months); });
}

QFuture<Result<MonthlySpend>> SqlBackend::spendOfEveryMonth(const UsageFilter &filter,
                                                            const QTimeZone &zone)
{
    SqlUsageQueries *usages = m_usages.get();
    SqlSpendQueries *spend = m_spend.get();
    return run<MonthlySpend>(
        [usages, spend, filter, zone](SqlConnection &) -> Result<MonthlySpend> {
            // Where an index finds the range's ends, two reads of it cost
            // nothing beside the GROUP BY; without one, asking them first is a
            // scan more (1.3x).
            if (!usages->rangeIndexed(filter)) {
                const auto once = spend->everyMonth(filter, zone, QDateTime::currentDateTimeUtc());
                if (!once)
                    return once.error();
                if (once.value())
                    return *once.value();
            }
            const auto range = usages->timeRange(filter);
            if (!range)
                return range.error();
            MonthlySpend result;
            if (!range.value().first.isValid() || !range.value().second.isValid())
                return result;
            result.months =
                MonthCalendar::monthsCovering(range.value().first, range.value().second, zone);
            const auto cells = spend->spend(filter, result.months);
            if (!cells)
                return cells.error();
            result.cells = cells.value();
            return result;
        });
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
            QCoreApplication::translate(
                "SqlBackend", "this connection is read-only: cancelling is not allowed"))));
    }
    return run<CancelOutcome>([id, ns](SqlConnection &c) {
        return SqlCancel::cancel(c, id, ns, QDateTime::currentDateTimeUtc());
    });
}

QFuture<Result<AuditReport>> SqlBackend::audit(const AuditFilter &filter)
{
    return run<AuditReport>([filter](SqlConnection &c) { return SqlLedgerAudit::run(c, filter); });
}

QFuture<Result<QList<SqlIndexAdvisor::Status>>> SqlBackend::checkIndexes()
{
    return run<QList<SqlIndexAdvisor::Status>>(
        [](SqlConnection &c) { return SqlIndexAdvisor::check(c.database(), c.dialect()); });
}

QFuture<Result<QString>> SqlBackend::sourceIdentity()
{
    const ConnectionSpec spec = m_spec;
    return run<QString>([spec](SqlConnection &c) -> Result<QString> {
        const auto place = placeOf(spec, c);
        if (!place)
            return place;
        // The oldest charge, by primary key: a file copied over another or a
        // database loaded again under the same name starts differently.
        auto first = c.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUME_TIME FROM "
                                           "DF_CONSUMING_HISTORY ORDER BY ID, ORDER_ID, "
                                           "CONSUME_ID LIMIT 1"),
                            {}, QCoreApplication::translate("SqlConnection", "identify the data"));
        if (!first)
            return first.error();
        QStringList row;
        if (first.value().next()) {
            for (int i = 0; i < 4; ++i)
                row.append(first.value().value(i).toString());
        }
        return place.value() + QStringLiteral("|") + row.join(QLatin1Char(','));
    });
}

Result<QString> SqlBackend::placeOf(const ConnectionSpec &spec, SqlConnection &c)
{
    if (!c.isMysql()) {
        // The same path can hold another file tomorrow: the inode and the
        // birth time (where the file system keeps one) tell them apart.
        const QString path = QFileInfo(spec.path).absoluteFilePath();
        const auto file = SqliteFile::identity(path);
        if (!file)
            return BackendError(
                BackendError::Category::NotFound,
                QCoreApplication::translate("SqlBackend", "%1 cannot be read.").arg(path));
        return QStringLiteral("sqlite:%1#%2").arg(path, *file);
    }
    // MySQL has @@server_uuid; MariaDB has not, and its data directory
    // and server id stand in. The table's creation time tells a database
    // that was dropped and loaded again.
    QString server;
    auto uuid = c.exec(QStringLiteral("SELECT @@server_uuid"), {}, QString());
    if (uuid && uuid.value().next())
        server = uuid.value().value(0).toString();
    if (server.isEmpty()) {
        auto q = c.exec(QStringLiteral("SELECT @@hostname, @@datadir, @@server_id"), {},
                        QCoreApplication::translate("SqlConnection", "identify the server"));
        if (!q)
            return q.error();
        if (q.value().next())
            server = QStringLiteral("%1:%2#%3")
                         .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                              q.value().value(2).toString());
    }
    auto created =
        c.exec(QStringLiteral("SELECT CREATE_TIME FROM information_schema.TABLES "
                              "WHERE TABLE_SCHEMA = DATABASE() AND "
                              "TABLE_NAME = 'DF_CONSUMING_HISTORY'"),
               {}, QCoreApplication::translate("SqlConnection", "identify the database"));
    if (!created)
        return created.error();
    const QString since = created.value().next() ? created.value().value(0).toString() : QString();
    return QStringLiteral("mysql://%1:%2/%3#%4@%5")
        .arg(spec.host)
        .arg(spec.port)
        .arg(spec.database, server, since);
}

QFuture<Result<LedgerBaseline>> SqlBackend::ledgerBaseline(const LedgerBaselineRequest &request)
{
    SqlSpendQueries *spend = m_spend.get();
    return run<LedgerBaseline>([spend, request](SqlConnection &c) -> Result<LedgerBaseline> {
        const auto begun = c.beginSnapshot();
        if (!begun)
            return begun.error();
        // The orders first, then the charges, in the same snapshot: a charge
        // is either in the cells and counted by its order, or in neither.
        const auto read = [&]() -> Result<LedgerBaseline> {
            LedgerBaseline baseline;
            QDateTime oldestStart;
            const auto buckets =
                SqlLedgerQueries::buckets(c, request.region, request.ids, &oldestStart);
            if (!buckets)
                return buckets.error();
            baseline.buckets = buckets.value();
            const auto open = SqlLedgerQueries::openOrders(c, request.region, request.ids);
            if (!open)
                return open.error();
            baseline.openOrders = open.value();
            baseline.boundaries = request.boundaries.isEmpty() ? request.boundariesFrom(oldestStart)
                                                               : request.boundaries;
            const auto cells = spend->ledgerCells(request.region, baseline.boundaries, request.ids);
            if (!cells)
                return cells.error();
            baseline.cells = cells.value();
            return baseline;
        };
        auto result = read();
        c.endSnapshot();
        return result;
    });
}

QFuture<Result<bool>> SqlBackend::servesMonthRanges(const QString &region)
{
    if (region.isEmpty()) // no advised index leads with the time alone
        return QtFuture::makeReadyFuture(Result<bool>(false));
    return run<bool>([](SqlConnection &c) {
        return Result<bool>(c.hasIndex(QStringLiteral("UC_HISTORY_REGION_TIME")));
    });
}

QFuture<Result<bool>> SqlBackend::servesNamespaceRanges()
{
    return run<bool>([](SqlConnection &c) {
        return Result<bool>(c.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME")) ||
                            c.hasIndex(QStringLiteral("UC_HISTORY_NS_AMOUNT")));
    });
}

QFuture<Result<LedgerSplit>> SqlBackend::ledgerSplit(const QString &region)
{
    return run<LedgerSplit>(
        [region](SqlConnection &c) { return SqlLedgerQueries::split(c, region); });
}

QFuture<Result<QList<OrderBucket>>> SqlBackend::orderBuckets(const QString &region,
                                                             const OrderIdRange &ids)
{
    return run<QList<OrderBucket>>(
        [region, ids](SqlConnection &c) { return SqlLedgerQueries::buckets(c, region, ids); });
}

QFuture<Result<QList<OrderCount>>> SqlBackend::orderCounts(const QString &region,
                                                           const QList<qint64> &buckets)
{
    return run<QList<OrderCount>>([region, buckets](SqlConnection &c) {
        return SqlLedgerQueries::counts(c, region, buckets);
    });
}

QFuture<Result<QList<LedgerCharge>>> SqlBackend::ledgerCharges(const QList<ChargeRange> &ranges)
{
    return run<QList<LedgerCharge>>(
        [ranges](SqlConnection &c) { return SqlLedgerQueries::charges(c, ranges); });
}

QFuture<Result<TotalCut>> SqlBackend::totalCut(const UsageFilter &filter)
{
    SqlUsageQueries *q = m_usages.get();
    return run<TotalCut>([q, filter](SqlConnection &) { return q->totalCut(filter); });
}

QFuture<Result<UsageTotal>> SqlBackend::usageTotalOfHalf(const UsageFilter &filter,
                                                         const TotalHalf &half)
{
    SqlUsageQueries *q = m_usages.get();
    return run<UsageTotal>([q, filter, half](SqlConnection &) { return q->total(filter, half); });
}
