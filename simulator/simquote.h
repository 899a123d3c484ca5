#pragma once

#include "pricing/pricingengine.h"
#include "simoptions.h"
#include "simplancatalog.h"
#include "simrequest.h"
#include "simresponse.h"
#include "simstore.h"

#include <functional>

// POST /usageapi/v1/orders?region=R&drytry=1: the dry-run price, with the
// service's checks in its order (SPEC §3), priced by PricingEngine over the
// simulator's own reads of plan, order and charges.
class SimQuote
{
public:
    using Authenticate =
        std::function<std::optional<SimResponse>(const QString &region, const SimToken **token)>;

    SimQuote(const SimOptions &options, SimStore &store, SimPlanCatalog &plans);

    SimResponse answer(const SimRequest &r, const QDateTime &now, const Authenticate &authenticate);

private:
    // Fills input.current for a `resources` plan; an error answer otherwise.
    std::optional<SimResponse> loadCurrentOrder(PricingInput &input);
    static Plan toPlan(const SimPlanRow &row);
    static PricedCharge toCharge(const SimUsageRow &row);
    static SimResponse fromError(const BackendError &e);

    const SimOptions &m_options;
    SimStore &m_store;
    SimPlanCatalog &m_plans;
};
