#pragma once

#include "core/quote.h"
#include "core/result.h"
#include "pricing/pricingengine.h"

class SqlConnection;

// Reads from the order, history and plan tables what PricingEngine needs
// for a dry-run quote (SPEC §4): the active plan version, the namespace's
// consuming `<ns>-resources` order with its last two charges, and the names
// of its live resources of the plan's type.
class SqlQuoteInput
{
public:
    static Result<PricingInput> read(SqlConnection &c, const QuoteRequest &request);

private:
    static Result<std::optional<PricedCharge>> charge(SqlConnection &c, const Order &order,
                                                      int consumeId);
};
