#pragma once

#include "simplancatalog.h"
#include "simrequest.h"
#include "simresponse.h"

// The plan service's routes (SPEC §3): /charge/v1/plans, /charge/v1/plans/{id},
// /charge/v1/query/plans/region. No token needed.
class SimPlanApi
{
public:
    explicit SimPlanApi(SimPlanCatalog &plans)
        : m_plans(plans)
    {
    }

    // nullopt = not one of its routes.
    std::optional<SimResponse> handle(const SimRequest &request);

private:
    SimResponse listPlans(const SimRequest &r);
    SimResponse getPlan(const SimRequest &r, const QString &planId);
    SimResponse listRegions();

    SimPlanCatalog &m_plans;
};
