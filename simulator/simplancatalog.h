#pragma once

#include "simstore.h"

// The plan service's reads (DF_PLAN, DF_PLAN_REGION) over SimStore's
// connection.
class SimPlanCatalog
{
public:
    explicit SimPlanCatalog(SimStore &store)
        : m_store(store)
    {
    }

    Result<bool> regionKnown(const QString &identification);
    Result<QList<SimRegionRow>> regions();
    Result<qint64> countPlans(const QString &region, const QString &type);
    Result<QList<SimPlanRow>> plans(const QString &region, const QString &type, qint64 offset,
                                    qint64 limit);
    // The active version of planId in region: the plan service asks with
    // LIMIT 1 and no ORDER BY, which MariaDB answers with the lowest ID.
    Result<std::optional<SimPlanRow>> activePlan(const QString &planId, const QString &region);

private:
    QString select() const;
    QString where(const QString &region, const QString &type, QVariantList *values) const;
    static SimPlanRow read(const QSqlQuery &q);

    SimStore &m_store;
};
