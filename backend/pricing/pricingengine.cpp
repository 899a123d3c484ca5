#include "pricing/pricingengine.h"

#include "core/billingcalendar.h"
#include "pricing/floatpricing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PricingEngine {

namespace {

// Service codes (SPEC §3).
constexpr int CodeInvalidParameters = 3307;
constexpr int CodeCreateOrder = 3308;
constexpr int CodeGetOrder = 3311;
constexpr int CodeRenewOrder = 3313;

constexpr int MaxResourceNameLength = 30;

BackendError invalidParameters(const QString &detail)
{
    return BackendError(BackendError::Category::InvalidInput,
                        QStringLiteral("invalid parameters: ") + detail, QString(),
                        CodeInvalidParameters);
}

// The service validates region and plan_id with _mustStringParam (blank,
// longer than 50 bytes). Its "URL word" character check is not reproduced.
std::optional<BackendError> checkStringParam(const QString &name, const QString &value)
{
    if (value.isEmpty())
        return invalidParameters(name + QStringLiteral(" can't be blank"));
    if (value.toUtf8().size() > 50)
        return invalidParameters(name + QStringLiteral(" is too long"));
    return std::nullopt;
}

std::optional<BackendError> checkResourceName(const QString &typeLower, const QString &name)
{
    // Checked only when given (SPEC §4.2).
    if (name.isEmpty())
        return std::nullopt;
    if (typeLower == QLatin1String("resources"))
        return invalidParameters(QStringLiteral("resource_name should be blank: ") + name);
    if (isLegalResourceName(name))
        return std::nullopt;
    // The length only chooses the message; Go's len() counts UTF-8 bytes.
    const qsizetype n = name.toUtf8().size();
    if (n < 4 || n > MaxResourceNameLength)
        return invalidParameters(QStringLiteral("invalid df res name length"));
    return invalidParameters(name + QStringLiteral(" is not a legal df res name"));
}

FloatPricing::Charge toCharge(const PricedCharge &c)
{
    FloatPricing::Charge charge;
    charge.time = c.time;
    charge.deadline = c.deadline;
    charge.consuming = c.consuming;
    return charge;
}

BackendError unknownTime(const ReplaceableOrder &current, const PricedCharge &charge)
{
    // The service reads CONSUME_TIME / DEADLINE_TIME into non-nullable
    // values: a NULL fails the lookup of the charge (3313 with the driver's
    // scan error as the detail, which cannot be reproduced word for word).
    return BackendError(
        BackendError::Category::Server,
        QStringLiteral("failed to renew order (Failed to switch plan: charge %1 of order %2 has an "
                       "unknown (NULL) time)")
            .arg(charge.consumeId)
            .arg(current.order.orderId),
        QStringLiteral("The service cannot read a charge whose CONSUME_TIME or DEADLINE_TIME is "
                       "NULL; it answers 3313 with the database driver's scan error."),
        CodeRenewOrder);
}

QString warningFor(const QString &typeLower, const QString &name, const QString &ns)
{
    const QString what =
        typeLower == QLatin1String("bsi") ? QStringLiteral("a BSI") : QStringLiteral("a volume");
    return QStringLiteral("Warning (not checked by the service's dry run): %1 named %2 already "
                          "exists in namespace %3; a real order with this name would fail "
                          "(duplicated resource name)")
        .arg(what, name, ns);
}

} // namespace

bool isLegalResourceName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z"));
    return name.size() <= MaxResourceNameLength && pattern.match(name).hasMatch();
}

Result<Quote> quote(const PricingInput &input)
{
    // Checks in the service's order (SPEC §3): region, plan_id, the plan in
    // that region (unknown -> "plan type is invalid: "), its type, the
    // resource name. Token and project access are the transport's business.
    if (auto e = checkStringParam(QStringLiteral("region"), input.region))
        return *e;
    if (auto e = checkStringParam(QStringLiteral("plan_id"), input.planId))
        return *e;
    if (!input.plan || !input.plan->active)
        return invalidParameters(QStringLiteral("plan type is invalid: "));
    const Plan &plan = *input.plan;

    // The usage service lower-cases its copy of the type before it compares.
    QString typeLower = plan.typeText.toLower();
    if (typeLower.isEmpty() && plan.type != PlanType::Unknown)
        typeLower = planTypeName(plan.type).toLower();
    const PlanType type = planTypeFromString(typeLower);
    if (type == PlanType::Unknown || typeLower != typeLower.trimmed())
        return invalidParameters(QStringLiteral("plan type is invalid: ") + typeLower);

    if (auto e = checkResourceName(typeLower, input.resourceName))
        return *e;

    if (!input.now.isValid())
        return BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate("PricingEngine", "No time given to price the order at."));

    const float p = FloatPricing::planPrice(plan.price);

    Quote q;
    q.planPrice = Money::fromYuanDouble(plan.price).value_or(plan.priceMoney);
    q.credit = Money();
    const QTimeZone zone =
        input.serviceZone.isValid() ? input.serviceZone : BillingCalendar::defaultServiceZone();
    q.periodEnd = BillingCalendar::nextDeadline(input.now, input.now, zone);

    if ((type == PlanType::Volume || type == PlanType::Bsi) && !input.resourceName.isEmpty() &&
        input.liveResourceNames.contains(input.resourceName)) {
        q.warnings << warningFor(typeLower, input.resourceName, input.ns);
    }

    float due = p;
    // Only `resources` orders are switched (their ORDER_ID is
    // "<namespace>-resources"); volume and bsi orders are always new.
    if (type == PlanType::Resources && input.current) {
        const ReplaceableOrder &current = *input.current;
        // The service reads the old order into non-nullable fields before it
        // compares plans: a NULL LAST_CONSUME_ID fails that lookup (3311).
        if (!current.order.lastConsumeId)
            return BackendError(
                BackendError::Category::Server,
                QStringLiteral("failed to get order (LAST_CONSUME_ID of order %1 is NULL)")
                    .arg(current.order.orderId),
                QStringLiteral("The service cannot read an order whose LAST_CONSUME_ID is NULL; "
                               "it answers 3311 with the database driver's scan error."),
                CodeGetOrder);
        if (current.order.planId == input.planId)
            return BackendError(BackendError::Category::Conflict,
                                QStringLiteral("failed to create order (Plan not changed)"),
                                QString(), CodeCreateOrder);
        if (!current.last)
            return BackendError(
                BackendError::Category::Server,
                QStringLiteral(
                    "failed to renew order (Failed to switch plan: last payment not found)"),
                QStringLiteral(
                    "The charge CONSUME_ID = LAST_CONSUME_ID of order %1 (%2) is missing.")
                    .arg(current.order.orderId)
                    .arg(current.order.id),
                CodeRenewOrder);
        const PricedCharge &last = *current.last;
        if (!last.time.isValid() || !last.deadline.isValid())
            return unknownTime(current, last);

        float remaining = 0.0f;
        bool inAdvance = false;
        if (input.now > last.deadline) {
            // Expired: a new order; the old one is still ended, with a 0 credit.
            remaining = 0.0f;
        } else if (input.now < last.time) {
            // Renewed in advance: the previous period still runs and the
            // whole next one is unused.
            inAdvance = true;
            if (!current.beforeLast) {
                const int missingId = *current.order.lastConsumeId - 1;
                return BackendError(
                    BackendError::Category::Server,
                    QCoreApplication::translate(
                        "PricingEngine",
                        "Cannot price this switch: order %1 was renewed in advance and "
                        "its charge before the last (CONSUME_ID %2) is missing. The "
                        "real service's process dies on this request (the connection "
                        "drops and it refuses every later request until restarted).")
                        .arg(current.order.orderId)
                        .arg(missingId),
                    QString(), 0);
            }
            const PricedCharge &beforeLast = *current.beforeLast;
            if (!beforeLast.time.isValid() || !beforeLast.deadline.isValid())
                return unknownTime(current, beforeLast);
            const auto r =
                FloatPricing::remainingOfOrder(toCharge(last), toCharge(beforeLast), input.now);
            remaining = r.value_or(0.0f);
        } else {
            remaining = FloatPricing::remainingOfCharge(toCharge(last), input.now);
        }

        if (remaining > p)
            return BackendError(
                BackendError::Category::Conflict,
                QStringLiteral(
                    "failed to renew order (old order (%1) has too much remaining spending%2)")
                    .arg(current.order.orderId,
                         inAdvance ? QStringLiteral(" (last last)") : QString()),
                QStringLiteral("Switching to a plan cheaper than what is left of the current "
                               "period (a downgrade) is not supported by the service."),
                CodeRenewOrder);

        due = FloatPricing::due(p, remaining);
        q.credit = Money::fromYuanDouble(double(remaining)).value_or(Money());
        q.replaces = current.order;
    }

    q.dueText = FloatPricing::formatDue(due);
    const auto dueMoney = Money::fromDecimalString(q.dueText);
    if (!dueMoney)
        return BackendError(
            BackendError::Category::Server,
            QCoreApplication::translate("PricingEngine",
                                        "The service's price for this order is not a number "
                                        "(it would answer \"%1\"): a charge of the current "
                                        "order covers less than half a day.")
                .arg(q.dueText));
    q.due = *dueMoney;
    return q;
}

} // namespace PricingEngine
