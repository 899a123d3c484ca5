#pragma once

#include "simoptions.h"
#include "simplancatalog.h"
#include "simrequest.h"
#include "simresponse.h"
#include "simstore.h"

// The usage service's routes under /usageapi/v1 (SPEC §3), with the checks
// in the service's order.
class SimUsageApi
{
public:
    SimUsageApi(const SimOptions &options, SimStore &store, SimPlanCatalog &plans);

    // nullopt = not one of its routes.
    std::optional<SimResponse> handle(const SimRequest &request);

    QDateTime now() const;

private:
    SimResponse listOrders(const SimRequest &r);
    SimResponse getOrder(const SimRequest &r, const QString &idText);
    SimResponse cancelOrder(const SimRequest &r, const QString &idText);
    SimResponse createOrder(const SimRequest &r);
    SimResponse listUsages(const SimRequest &r);

    // The region's auth client, then the token: nullopt = pass, with the
    // user in *user.
    std::optional<SimResponse> authenticate(const SimRequest &r, const QString &region,
                                            const SimToken **token);
    static SimResponse serverError(int code, const QString &generic, const BackendError &e);

    const SimOptions &m_options;
    SimStore &m_store;
    SimPlanCatalog &m_plans;
};
