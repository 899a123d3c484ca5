#pragma once

#include "core/backend.h"
#include "core/workerthread.h"
#include "sql/connectionspec.h"
#include "sql/sqlindexadvisor.h"

#include <memory>

class SqlConnection;
class SqlSourceFacts;
class SqlSpendQueries;
class SqlUsageQueries;

// The local backend: SQL straight on the billing database (QMYSQL) or on an
// SQLite file with the same schema (QSQLITE). One connection, owned by one
// worker thread; every call is queued to that thread and resolves its
// QFuture there.
class SqlBackend : public Backend
{
    Q_OBJECT
public:
    explicit SqlBackend(const ConnectionSpec &spec, QObject *parent = nullptr);
    // A backend on the database of another, which knows what that one has
    // read of it (its `facts()`): a second connection for the cache's halves.
    SqlBackend(const ConnectionSpec &spec, std::shared_ptr<SqlSourceFacts> facts,
               QObject *parent = nullptr);
    ~SqlBackend() override;

    const ConnectionSpec &spec() const { return m_spec; }
    std::shared_ptr<SqlSourceFacts> facts() const { return m_facts; }
    QString describe() const override;
    bool isReadOnly() const override;
    // "local file", "not encrypted", or the TLS session of the connection
    // (which this opens, verified, if it is not open yet).
    QFuture<Result<QString>> security() override;

    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) override;
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                            const PageRequest &page) override;
    QList<ListSort> usageSorts() const override;
    QList<ListSort> orderSorts() const override;
    QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &filter) override;
    QFuture<Result<QList<SpendCell>>>
    spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months) override;
    QFuture<Result<std::pair<QDateTime, QDateTime>>>
    usageTimeRange(const UsageFilter &filter) override;
    bool spendsEveryMonthAtOnce() const override { return true; }
    QFuture<Result<MonthlySpend>> spendOfEveryMonth(const UsageFilter &filter,
                                                    const QTimeZone &zone) override;
    QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &filter) override;
    QFuture<Result<QList<Region>>> listRegions() override;
    QFuture<Result<QStringList>> listNamespaces(const QString &region) override;
    QFuture<Result<Quote>> quote(const QuoteRequest &request) override;
    QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) override;
    QFuture<Result<QString>> sourceIdentity() override;
    QFuture<Result<AuditReport>> audit(const AuditFilter &filter) override;
    bool canFollowCharges() const override { return true; }
    QFuture<Result<bool>> servesMonthRanges(const QString &region) override;
    QFuture<Result<bool>> servesNamespaceRanges() override;
    QFuture<Result<LedgerBaseline>> ledgerBaseline(const LedgerBaselineRequest &request) override;
    QFuture<Result<LedgerSplit>> ledgerSplit(const QString &region) override;
    QFuture<Result<QList<OrderBucket>>> orderBuckets(const QString &region,
                                                     const OrderIdRange &ids) override;
    QFuture<Result<QList<OrderCount>>> orderCounts(const QString &region,
                                                   const QList<qint64> &buckets) override;
    QFuture<Result<QList<LedgerCharge>>> ledgerCharges(const QList<ChargeRange> &ranges) override;
    QFuture<Result<TotalCut>> totalCut(const UsageFilter &filter) override;
    QFuture<Result<UsageTotal>> usageTotalOfHalf(const UsageFilter &filter,
                                                 const TotalHalf &half) override;

    // Which of the advised indexes exist (`usagectl db check`).
    QFuture<Result<QList<SqlIndexAdvisor::Status>>> checkIndexes();

private:
    template<typename T, typename F>
    QFuture<Result<T>> run(F work);
    // Where the data lives: file and inode, or server, database and table.
    static Result<QString> placeOf(const ConnectionSpec &spec, SqlConnection &c);

    ConnectionSpec m_spec;
    std::shared_ptr<SqlSourceFacts> m_facts;
    WorkerThread m_worker;
    std::unique_ptr<SqlConnection> m_connection;
    std::unique_ptr<SqlUsageQueries> m_usages;
    std::unique_ptr<SqlSpendQueries> m_spend;
};
