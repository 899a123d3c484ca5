#include "recordformat.h"

namespace RecordFormat {

namespace {

QString unknownIfEmpty(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("unknown") : s;
}

QJsonValue nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString orderStatusText(const Order &o)
{
    return o.renewFailed() ? QStringLiteral("consuming (renew failed)") : statusName(o.status);
}

} // namespace

QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QStringLiteral("unknown");
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonValue timeJson(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toTimeZone(zone).toString(Qt::ISODate);
}

QStringList orderHeaders()
{
    return {QStringLiteral("ID"),     QStringLiteral("ORDER_ID"), QStringLiteral("NAMESPACE"),
            QStringLiteral("REGION"), QStringLiteral("PLAN"),     QStringLiteral("TYPE"),
            QStringLiteral("STATUS"), QStringLiteral("START"),    QStringLiteral("DEADLINE"),
            QStringLiteral("END"),    QStringLiteral("RESOURCE")};
}

QStringList orderCells(const Order &o, const QTimeZone &zone)
{
    return {QString::number(o.id),
            o.orderId,
            o.ns,
            o.region,
            o.planId,
            planTypeName(o.planType),
            orderStatusText(o),
            timeText(o.startTime, zone),
            timeText(o.deadline, zone),
            o.status == OrderStatus::Ended ? timeText(o.endTime, zone) : QString(),
            o.resourceName};
}

QJsonObject orderJson(const Order &o, const QTimeZone &zone)
{
    QJsonObject j;
    j.insert(QStringLiteral("id"), o.id);
    j.insert(QStringLiteral("order_id"), o.orderId);
    j.insert(QStringLiteral("namespace"), o.ns);
    j.insert(QStringLiteral("region"), o.region);
    j.insert(QStringLiteral("plan_id"), o.planId);
    j.insert(QStringLiteral("plan_type"), o.planType == PlanType::Unknown
                                              ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(planTypeName(o.planType)));
    j.insert(QStringLiteral("status"), o.status == OrderStatus::Unknown
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(statusName(o.status)));
    const std::optional<bool> renewFailed = o.renewFailure();
    j.insert(QStringLiteral("renew_failed"),
             renewFailed ? QJsonValue(*renewFailed) : QJsonValue(QJsonValue::Null));
    j.insert(QStringLiteral("start_time"), timeJson(o.startTime, zone));
    j.insert(QStringLiteral("deadline"), timeJson(o.deadline, zone));
    j.insert(QStringLiteral("end_time"), o.status == OrderStatus::Ended
                                             ? timeJson(o.endTime, zone)
                                             : QJsonValue(QJsonValue::Null));
    j.insert(QStringLiteral("creator"), o.creator);
    j.insert(QStringLiteral("resource_name"), o.resourceName);
    return j;
}

QStringList usageHeaders()
{
    return {QStringLiteral("TIME"),       QStringLiteral("NAMESPACE"), QStringLiteral("ORDER_ID"),
            QStringLiteral("ORDER"),      QStringLiteral("CHARGE"),    QStringLiteral("PLAN"),
            QStringLiteral("PLAN_NAME"),  QStringLiteral("KIND"),      QStringLiteral("AMOUNT"),
            QStringLiteral("PERIOD_END"), QStringLiteral("REGION")};
}

QStringList usageCells(const Usage &u, const QTimeZone &zone)
{
    return {timeText(u.time, zone),
            u.ns,
            u.orderId,
            u.orderKey ? QString::number(u.orderKey) : QStringLiteral("unknown"),
            u.consumeId ? QString::number(*u.consumeId) : QStringLiteral("unknown"),
            u.planId,
            u.planName,
            chargeKindName(u.kind),
            u.amount.toString2(),
            timeText(u.deadline, zone),
            u.region};
}

QJsonObject usageJson(const Usage &u, const QTimeZone &zone)
{
    QJsonObject j;
    j.insert(QStringLiteral("time"), timeJson(u.time, zone));
    j.insert(QStringLiteral("namespace"), u.ns);
    j.insert(QStringLiteral("order_id"), u.orderId);
    j.insert(QStringLiteral("order"), u.orderKey ? QJsonValue(u.orderKey) : QJsonValue());
    j.insert(QStringLiteral("consume_id"), u.consumeId ? QJsonValue(*u.consumeId) : QJsonValue());
    j.insert(QStringLiteral("plan_id"), u.planId);
    j.insert(QStringLiteral("plan_history_id"), u.planHistoryId);
    j.insert(QStringLiteral("plan_name"), nullIfEmpty(u.planName));
    j.insert(QStringLiteral("kind"), u.kind == ChargeKind::Unknown
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(chargeKindName(u.kind)));
    j.insert(QStringLiteral("amount"), u.amount.toString4());
    j.insert(QStringLiteral("deadline"), timeJson(u.deadline, zone));
    j.insert(QStringLiteral("region"), u.region);
    return j;
}

QStringList planHeaders()
{
    return {QStringLiteral("VERSION"), QStringLiteral("PLAN_ID"), QStringLiteral("NAME"),
            QStringLiteral("TYPE"),    QStringLiteral("SPEC"),    QStringLiteral("PRICE"),
            QStringLiteral("CYCLE"),   QStringLiteral("REGION"),  QStringLiteral("STATUS")};
}

QStringList planCells(const Plan &p)
{
    QString spec = p.specification1;
    if (!p.specification2.isEmpty())
        spec += QStringLiteral(" / ") + p.specification2;
    return {QString::number(p.id),
            p.planId,
            p.name,
            unknownIfEmpty(p.typeText.toLower()),
            spec,
            p.priceMoney.toString2(),
            p.cycle,
            p.region,
            p.active ? QStringLiteral("active") : QStringLiteral("old")};
}

QJsonObject planJson(const Plan &p)
{
    QJsonObject j;
    j.insert(QStringLiteral("id"), p.id);
    j.insert(QStringLiteral("plan_id"), p.planId);
    j.insert(QStringLiteral("plan_name"), p.name);
    j.insert(QStringLiteral("plan_type"), p.typeText.toLower());
    j.insert(QStringLiteral("belong"), p.belong);
    j.insert(QStringLiteral("plan_level"), p.level);
    j.insert(QStringLiteral("specification1"), p.specification1);
    j.insert(QStringLiteral("specification2"), p.specification2);
    j.insert(QStringLiteral("description"), p.description);
    j.insert(QStringLiteral("price"), p.priceMoney.toString4());
    j.insert(QStringLiteral("cycle"), p.cycle);
    j.insert(QStringLiteral("region"), p.region);
    j.insert(QStringLiteral("active"), p.active);
    return j;
}

} // namespace RecordFormat
