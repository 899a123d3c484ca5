#pragma once

#include "pricing/pricingengine.h"

// PricingEngine inputs for the pricing tests, written short: the namespace
// `local`, the region cn-north-1, the replaced order `local-resources` (key
// 1) as in the recorded fixtures.
namespace PricingInputs {

// An active plan version (id 123) of `typeText` ("resources", "VOLUME"...).
Plan plan(const QString &planId, const QString &typeText, double price, bool active = true);
Plan resourcesPlan(double price, const QString &planId = QStringLiteral("p-big"));
// One charge; the times are RFC 3339 (see TestTime::utc).
PricedCharge charge(int consumeId, const QString &time, const QString &deadline, qint64 consuming);
// "2026-11-10T08:00:00Z 2026-12-10T08:00:00Z 300000": start, deadline,
// CONSUMING; empty: none.
std::optional<PricedCharge> charge(int consumeId, const QString &text);
// The consuming order `local-resources` on `planId` whose last charge
// (CONSUME_ID = lastConsumeId) is `last`.
ReplaceableOrder resourcesOrder(std::optional<PricedCharge> last,
                                std::optional<PricedCharge> beforeLast = std::nullopt,
                                int lastConsumeId = 3,
                                const QString &planId = QStringLiteral("p-small"));
// A dry run for `local` in cn-north-1 at `now`, in Asia/Shanghai.
PricingInput input(const QString &now, std::optional<Plan> plan,
                   std::optional<ReplaceableOrder> current = std::nullopt,
                   const QString &resourceName = QString());
} // namespace PricingInputs
