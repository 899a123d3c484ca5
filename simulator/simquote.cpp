#include "simquote.h"

#include "simwire.h"

#include <QRandomGenerator>

SimQuote::SimQuote(const SimOptions &options, SimStore &store, SimPlanCatalog &plans)
    : m_options(options)
    , m_store(store)
    , m_plans(plans)
{
}

Plan SimQuote::toPlan(const SimPlanRow &row)
{
    Plan p;
    p.id = row.id;
    p.planId = row.planId;
    p.name = row.name;
    p.typeText = row.type;
    p.type = planTypeFromString(row.type);
    p.belong = row.belong;
    p.level = row.level;
    p.specification1 = row.spec1;
    p.specification2 = row.spec2;
    p.description = row.description;
    p.price = row.price;
    p.priceMoney = Money::fromYuanDouble(row.price).value_or(Money());
    p.cycle = row.cycle;
    p.region = row.region;
    p.regionDescribe = row.regionDescribe;
    p.creationTime = row.created;
    p.active = row.status == QLatin1String("A");
    return p;
}

PricedCharge SimQuote::toCharge(const SimUsageRow &row)
{
    PricedCharge c;
    c.consumeId = row.consumeId;
    c.time = row.time;
    c.deadline = row.deadline;
    c.consuming = row.consuming;
    c.planHistoryId = row.planHistoryId;
    return c;
}

SimResponse SimQuote::fromError(const BackendError &e)
{
    if (e.serviceCode() == 0) {
        // The real service's process dies on this request: the connection
        // drops without an answer.
        SimResponse r;
        r.drop = true;
        return r;
    }
    return SimResponse::error(400, e.serviceCode(), e.message());
}

std::optional<SimResponse> SimQuote::loadCurrentOrder(PricingInput &input)
{
    const auto current =
        m_store.consumingOrderByOrderId(input.ns + QStringLiteral("-resources"), input.region);
    if (!current)
        return SimResponse::error(
            400, 3311, QStringLiteral("failed to get order (%1)").arg(current.error().message()));
    if (!current.value())
        return std::nullopt;
    const SimOrderRow &row = *current.value();
    ReplaceableOrder replace;
    Order &o = replace.order;
    o.id = row.id;
    o.orderId = row.orderId;
    o.ns = row.ns;
    o.region = row.region;
    o.planId = row.planId;
    o.planType = planTypeFromString(row.planType);
    o.startTime = row.start;
    o.endTime = row.end;
    o.deadline = row.deadline;
    o.lastConsumeId = row.lastConsumeId;
    o.renewRetries = row.renewRetries;
    o.status = OrderStatus::Consuming;
    o.creator = row.creator;
    o.resourceName = row.resourceName;
    if (row.lastConsumeId) {
        const int lastId = *row.lastConsumeId;
        const auto last = m_store.charge(row.id, row.orderId, lastId);
        const auto before = m_store.charge(row.id, row.orderId, lastId - 1);
        if (!last || !before)
            return SimResponse::error(
                400, 3313,
                QStringLiteral("failed to renew order (Failed to switch plan: %1)")
                    .arg((!last ? last.error() : before.error()).message()));
        if (last.value())
            replace.last = toCharge(*last.value());
        if (before.value())
            replace.beforeLast = toCharge(*before.value());
    }
    input.current = replace;
    return std::nullopt;
}

SimResponse SimQuote::answer(const SimRequest &r, const QDateTime &now,
                             const Authenticate &authenticate)
{
    QString error;
    const auto body = r.jsonObject(&error);
    PricingInput input;
    if (body) {
        input.ns = SimRequest::stringField(*body, QStringLiteral("namespace"), &error);
        input.planId = SimRequest::stringField(*body, QStringLiteral("plan_id"), &error);
        const QJsonObject parameters =
            SimRequest::objectField(*body, QStringLiteral("parameters"), &error);
        input.resourceName =
            SimRequest::stringField(parameters, QStringLiteral("resource_name"), &error);
    }
    if (!error.isEmpty())
        return SimResponse::parseJsonFailed(error);
    input.region = r.param(QStringLiteral("region"));
    input.now = now;
    input.serviceZone = m_options.serviceZone;

    // region and plan_id first (PricingEngine answers those without a plan).
    if (input.region.isEmpty() || input.region.toUtf8().size() > 50 || input.planId.isEmpty() ||
        input.planId.toUtf8().size() > 50) {
        return fromError(PricingEngine::quote(input).error());
    }
    // The plan service: it fails (500) for a region it does not know.
    const auto known = m_plans.regionKnown(input.region);
    if (!known || !known.value())
        return SimResponse::error(400, 3315,
                                  QStringLiteral("failed to get plan (plan service: region %1 "
                                                 "not found)")
                                      .arg(input.region));
    const auto plan = m_plans.activePlan(input.planId, input.region);
    if (!plan)
        return SimResponse::error(
            400, 3315, QStringLiteral("failed to get plan (%1)").arg(plan.error().message()));
    if (plan.value())
        input.plan = toPlan(*plan.value());

    // Plan and resource name checks come before the token.
    {
        const auto check = PricingEngine::quote(input);
        if (!check)
            return fromError(check.error());
    }
    const SimToken *token = nullptr;
    if (auto denied = authenticate(input.region, &token))
        return *denied;
    if (input.ns.isEmpty())
        input.ns = token->user;
    if (!token->mayActFor(input.ns))
        return SimResponse::permissionDenied();
    const QString drytry = r.param(QStringLiteral("drytry"));
    if (drytry != QLatin1String("1") && drytry.compare(QLatin1String("true"), Qt::CaseInsensitive))
        return SimResponse::invalidParameters(
            QStringLiteral("only dry runs are supported by the simulator"));

    const PlanType type = input.plan->type;
    if (type == PlanType::Resources) {
        if (auto failed = loadCurrentOrder(input))
            return *failed;
    }
    const auto quote = PricingEngine::quote(input);
    if (!quote)
        return fromError(quote.error());

    SimOrderRow order;
    if (type == PlanType::Resources) {
        order.orderId = input.ns + QStringLiteral("-resources");
    } else {
        static const char alphabet[] =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 16; ++i)
            order.orderId += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    }
    order.ns = input.ns;
    order.region = input.region;
    order.planId = input.planId;
    order.start = now;
    order.deadline = now; // the dry-run order is never paid: deadline = start
    order.creator = token->user;
    order.resourceName = input.resourceName;
    SimJson data = SimJson::object();
    data.add("money", SimJson::string(quote.value().dueText));
    data.add("order", SimWire::order(order, m_options.serviceZone, false));
    return SimResponse::ok(std::move(data));
}
