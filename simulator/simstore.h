#pragma once

#include "sql/connectionspec.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// One DF_PURCHASE_ORDER row as the simulator reads it. `nullColumn` names the
// first NULL the real service could not scan (it fails the whole call).
struct SimOrderRow
{
    qint64 id = 0;
    QString orderId, ns, region, planId, planType;
    QDateTime start, end, deadline;
    std::optional<int> lastConsumeId;
    int renewRetries = 0;
    int status = 0;
    QString creator, resourceName;
    QString nullColumn;
};

// One DF_CONSUMING_HISTORY row.
struct SimUsageRow
{
    qint64 id = 0;
    QString orderId;
    int consumeId = 0;
    qint64 consuming = 0;
    QDateTime time, deadline;
    QString ns, region, planId;
    qint64 planHistoryId = 0;
    QString nullColumn;
};

// One DF_PLAN row joined with its region.
struct SimPlanRow
{
    qint64 id = 0;
    QString planId, name, type, belong;
    int level = 0;
    QString spec1, spec2, description;
    double price = 0;
    QString cycle, region, regionDescribe;
    QDateTime created;
    QString status;
};

struct SimRegionRow
{
    QString region, describe, identification;
};

struct SimOrderQuery
{
    QString ns, region, status, resourceName, type;
};

// The simulator's own SQL over the schema of SPEC §2 (independent of the
// app's SqlBackend). Used from one thread only. Every value is bound.
class SimStore
{
public:
    explicit SimStore(const ConnectionSpec &spec);
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    // Empty on success, else the reason.
    QString open();

    Result<qint64> countOrders(const SimOrderQuery &q);
    Result<QList<SimOrderRow>> orders(const SimOrderQuery &q, qint64 offset, int limit);
    // The order with this key while it is consuming (STATUS=5).
    Result<std::optional<SimOrderRow>> consumingOrder(qint64 id);
    // The consuming order with ORDER_ID = orderId in region (the one a
    // `resources` order replaces).
    Result<std::optional<SimOrderRow>> consumingOrderByOrderId(const QString &orderId,
                                                               const QString &region);

    Result<qint64> countUsages(const QString &ns, const QString &region, const QString &orderId);
    Result<QList<SimUsageRow>> usages(const QString &ns, const QString &region,
                                      const QString &orderId, qint64 offset, int limit);
    Result<std::optional<SimUsageRow>> charge(qint64 id, const QString &orderId, int consumeId);

    // SPEC §5 in one transaction. true = the order was ended, false = no row
    // changed (someone else ended it). Errors when its last charge is missing.
    Result<bool> endOrder(const SimOrderRow &order, const QDateTime &nowUtc);

    static QDateTime toUtc(const QVariant &value);

    // For SimPlanCatalog: a prepared, bound statement; the name of a plan
    // table (qualified with the plan database when there is one).
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values);
    QString planTable(const QString &table) const;

private:
    QString whereOrders(const SimOrderQuery &q, QVariantList *values) const;
    static SimOrderRow readOrder(const QSqlQuery &q);
    static SimUsageRow readUsage(const QSqlQuery &q);

    ConnectionSpec m_spec;
    QString m_connectionName;
    QSqlDatabase m_db;
};
