#include "simplanapi.h"

#include "simpaging.h"
#include "simwire.h"

namespace {

SimResponse planServiceError(const BackendError &e)
{
    return SimResponse::error(500, 1400,
                              QStringLiteral("query plans failed (%1)").arg(e.message()));
}

} // namespace

std::optional<SimResponse> SimPlanApi::handle(const SimRequest &r)
{
    const QString path = r.path();
    if (!path.startsWith(QLatin1String("/charge/v1/")))
        return std::nullopt;
    if (r.method() != SimRequest::Method::Get)
        return SimResponse::unsupportedUrl();
    if (path == QLatin1String("/charge/v1/plans"))
        return listPlans(r);
    if (path == QLatin1String("/charge/v1/query/plans/region"))
        return listRegions();
    const QString prefix = QStringLiteral("/charge/v1/plans/");
    if (path.startsWith(prefix) && path.size() > prefix.size() &&
        !path.mid(prefix.size()).contains(QLatin1Char('/')))
        return getPlan(r, path.mid(prefix.size()));
    return SimResponse::unsupportedUrl();
}

SimResponse SimPlanApi::listPlans(const SimRequest &r)
{
    const QString region = r.param(QStringLiteral("region"));
    const QString type = r.param(QStringLiteral("type"));
    SimPaging paging(r.param(QStringLiteral("page")), r.param(QStringLiteral("size")), 10000,
                     100000);
    const auto total = m_plans.countPlans(region, type);
    if (!total)
        return planServiceError(total.error());
    paging.apply(total.value());
    const auto rows = m_plans.plans(region, type, paging.offset(), paging.limit());
    if (!rows)
        return planServiceError(rows.error());
    SimJson results = SimJson::array();
    for (const SimPlanRow &row : rows.value())
        results.append(SimWire::plan(row));
    SimJson data = SimJson::object();
    data.add("total", SimJson::integer(total.value()));
    data.add("results", std::move(results));
    return SimResponse::ok(std::move(data));
}

SimResponse SimPlanApi::getPlan(const SimRequest &r, const QString &planId)
{
    const QString region = r.param(QStringLiteral("region"));
    if (!region.isEmpty()) {
        const auto known = m_plans.regionKnown(region);
        if (!known)
            return planServiceError(known.error());
        if (!known.value())
            return SimResponse::error(500, 1400,
                                      QStringLiteral("query plans failed (region %1 "
                                                     "not found)")
                                          .arg(region));
    }
    const auto plan = m_plans.activePlan(planId, region);
    if (!plan)
        return planServiceError(plan.error());
    if (!plan.value())
        return SimResponse::ok(SimJson::null());
    return SimResponse::ok(SimWire::plan(*plan.value()));
}

SimResponse SimPlanApi::listRegions()
{
    const auto rows = m_plans.regions();
    if (!rows)
        return planServiceError(rows.error());
    SimJson data = SimJson::array();
    for (const SimRegionRow &row : rows.value())
        data.append(SimWire::region(row));
    return SimResponse::ok(std::move(data));
}
