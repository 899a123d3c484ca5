#pragma once

#include "core/filters.h"
#include "core/plan.h"
#include "core/result.h"

class SqlConnection;

// The plan-service tables (DF_PLAN, DF_PLAN_REGION), possibly in a second
// database on the same server.
class SqlPlanQueries
{
public:
    static Result<QList<Plan>> list(SqlConnection &c, const PlanFilter &filter);
    // The active version of `planId` in `region`, as the plan service finds
    // it (LIMIT 1 without ORDER BY; MariaDB returns the lowest ID: SPEC §2).
    static Result<std::optional<Plan>> active(SqlConnection &c, const QString &planId,
                                              const QString &region);
    static Result<QList<Region>> regions(SqlConnection &c);
};
