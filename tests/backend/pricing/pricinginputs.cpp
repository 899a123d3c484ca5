#include "pricinginputs.h"

#include "testtime.h"

using TestTime::utc;

namespace PricingInputs {

Plan plan(const QString &planId, const QString &typeText, double price, bool active)
{
    Plan p;
    p.id = 123;
    p.planId = planId;
    p.name = planId;
    p.typeText = typeText;
    p.type = planTypeFromString(typeText);
    p.price = price;
    p.priceMoney = Money::fromYuanDouble(price).value_or(Money());
    p.cycle = QStringLiteral("m");
    p.region = QStringLiteral("cn-north-1");
    p.active = active;
    return p;
}

Plan resourcesPlan(double price, const QString &planId)
{
    return plan(planId, QStringLiteral("resources"), price);
}

PricedCharge charge(int consumeId, const QString &time, const QString &deadline, qint64 consuming)
{
    PricedCharge c;
    c.consumeId = consumeId;
    c.time = utc(time);
    c.deadline = utc(deadline);
    c.consuming = consuming;
    c.planHistoryId = 11;
    return c;
}

std::optional<PricedCharge> charge(int consumeId, const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QStringList parts = text.split(QLatin1Char(' '));
    bool ok = false;
    const qint64 consuming = parts.value(2).toLongLong(&ok);
    if (parts.size() != 3 || !ok)
        qFatal("PricingInputs: \"%s\" is not \"start deadline consuming\"", qPrintable(text));
    return charge(consumeId, parts[0], parts[1], consuming);
}

ReplaceableOrder resourcesOrder(std::optional<PricedCharge> last,
                                std::optional<PricedCharge> beforeLast, int lastConsumeId,
                                const QString &planId)
{
    ReplaceableOrder r;
    r.order.id = 1;
    r.order.orderId = QStringLiteral("local-resources");
    r.order.ns = QStringLiteral("local");
    r.order.region = QStringLiteral("cn-north-1");
    r.order.planId = planId;
    r.order.planType = PlanType::Resources;
    r.order.startTime = utc("2026-09-10T08:00:00Z");
    r.order.endTime = r.order.startTime;
    r.order.deadline = last ? last->deadline : QDateTime();
    r.order.lastConsumeId = lastConsumeId;
    r.order.status = OrderStatus::Consuming;
    r.order.creator = QStringLiteral("local");
    r.last = std::move(last);
    r.beforeLast = std::move(beforeLast);
    return r;
}

PricingInput input(const QString &now, std::optional<Plan> plan,
                   std::optional<ReplaceableOrder> current, const QString &resourceName)
{
    PricingInput in;
    in.ns = QStringLiteral("local");
    in.region = QStringLiteral("cn-north-1");
    in.planId = plan ? plan->planId : QStringLiteral("p-none");
    in.resourceName = resourceName;
    in.plan = std::move(plan);
    in.current = std::move(current);
    in.now = utc(now);
    in.serviceZone = QTimeZone("Asia/Shanghai");
    return in;
}

} // namespace PricingInputs
