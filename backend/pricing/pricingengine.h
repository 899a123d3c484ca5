#pragma once

#include "core/order.h"
#include "core/plan.h"
#include "core/quote.h"
#include "core/result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// The dry-run price of POST /usageapi/v1/orders?drytry=1 (SPEC §3, §4),
// computed locally: a pure function of its input (no I/O, no clock). Given the
// same data and the same `now` it answers what the service answers, to the
// cent and with the service's error codes and messages.

// What pricing needs of one DF_CONSUMING_HISTORY row.
struct PricedCharge
{
    int consumeId = 0;
    QDateTime time;       // CONSUME_TIME
    QDateTime deadline;   // DEADLINE_TIME
    qint64 consuming = 0; // CONSUMING, 1/10000 yuan
    qint64 planHistoryId = 0;
};

// The consuming order with ORDER_ID "<ns>-resources" in the region: the one a
// `resources` order replaces.
struct ReplaceableOrder
{
    Order order;                            // lastConsumeId, planId, deadline, id, orderId
    std::optional<PricedCharge> last;       // CONSUME_ID = LAST_CONSUME_ID
    std::optional<PricedCharge> beforeLast; // CONSUME_ID = LAST_CONSUME_ID - 1
};

struct PricingInput
{
    QString ns, region, planId, resourceName;
    // The ACTIVE version of planId in region; nullopt = unknown there. A plan
    // with active == false is treated as unknown.
    std::optional<Plan> plan;
    // Only looked at for `resources` plans.
    std::optional<ReplaceableOrder> current;
    // Resource names of the namespace's consuming orders of the plan's type
    // (only for the duplicate-name warning; the dry run does not check it).
    QStringList liveResourceNames;
    QDateTime now;
    QTimeZone serviceZone; // for the new period end; invalid = Asia/Shanghai
};

namespace PricingEngine {

// The quote, or the error the service would answer (serviceCode = its code,
// message = its `msg` exactly). Errors:
//  3307 InvalidInput  "invalid parameters: region can't be blank"
//                     "invalid parameters: plan_id can't be blank"
//                     "invalid parameters: plan type is invalid: <type>"
//                        (<type> empty for a plan unknown in the region)
//                     "invalid parameters: resource_name should be blank: <name>"
//                     "invalid parameters: invalid df res name length"
//                     "invalid parameters: <name> is not a legal df res name"
//  3308 Conflict      "failed to create order (Plan not changed)"
//  3313 Conflict      "failed to renew order (old order (<ORDER_ID>) has too much remaining
//  spending)"
//                        (+ " (last last)" inside the parentheses when renewed in advance)
//  3311 Server        the replaced order's LAST_CONSUME_ID is unknown (NULL)
//  3313 Server        "failed to renew order (Failed to switch plan: last payment not found)"
//  0    Server        renewed in advance and the charge before the last is
//                     missing (the real service's process dies), a charge
//                     with an unknown (NULL) time, a result that is not a number
//  0    InvalidInput  no `now`
Result<Quote> quote(const PricingInput &input);

// The resource-name rule of SPEC §4.2 for `volume` and `bsi`:
// ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ and at most 30 characters.
bool isLegalResourceName(const QString &name);

} // namespace PricingEngine

Q_DECLARE_METATYPE(PricingInput)
