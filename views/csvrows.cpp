#include "csvrows.h"

#include "core/csvwriter.h"
#include "displayformat.h"

QString CsvRows::usageHeader(const QTimeZone &zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    return CsvWriter::record({tr("Time (%1)").arg(zoneName), tr("Namespace"), tr("Region"),
                              tr("Order"), tr("Order key"), tr("Charge #"), tr("Plan"),
                              tr("Plan name"), tr("Kind"), tr("Amount (yuan)"),
                              tr("Period end (%1)").arg(zoneName)});
}

QString CsvRows::usageLine(const Usage &usage, const QTimeZone &zone)
{
    return CsvWriter::record(
        {DisplayFormat::isoDateTime(usage.time, zone), usage.ns, usage.region, usage.orderId,
         usage.orderKey ? QString::number(usage.orderKey) : QString(),
         usage.consumeId ? QString::number(*usage.consumeId) : QString(), usage.planId,
         usage.planName,
         usage.kind == ChargeKind::Unknown ? QString() : DisplayFormat::chargeKind(usage.kind),
         usage.amount.toString2(), DisplayFormat::isoDateTime(usage.deadline, zone)});
}

QString CsvRows::orderHeader(const QTimeZone &zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    return CsvWriter::record({tr("Start (%1)").arg(zoneName), tr("Key"), tr("Order"),
                              tr("Namespace"), tr("Region"), tr("Plan"), tr("Type"), tr("Status"),
                              tr("Paid until (%1)").arg(zoneName), tr("Ended (%1)").arg(zoneName),
                              tr("Resource"), tr("Creator")});
}

QString CsvRows::orderLine(const Order &order, const QTimeZone &zone)
{
    return CsvWriter::record(
        {DisplayFormat::isoDateTime(order.startTime, zone), QString::number(order.id),
         order.orderId, order.ns, order.region, order.planId,
         order.planType == PlanType::Unknown ? QString() : DisplayFormat::planType(order.planType),
         order.status == OrderStatus::Unknown && !order.renewFailed()
             ? QString()
             : DisplayFormat::orderStatus(order),
         DisplayFormat::isoDateTime(order.deadline, zone),
         // END_TIME means something only once the order has ended (SPEC §2).
         order.status == OrderStatus::Ended ? DisplayFormat::isoDateTime(order.endTime, zone)
                                            : QString(),
         order.resourceName, order.creator});
}

QString CsvRows::planHeader()
{
    return CsvWriter::record({tr("Plan"), tr("Version"), tr("Name"), tr("Type"), tr("Region"),
                              tr("Specification 1"), tr("Specification 2"), tr("Price (yuan)"),
                              tr("Cycle"), tr("Active"), tr("Created (label)"), tr("Description")});
}

QString CsvRows::planLine(const Plan &plan)
{
    return CsvWriter::record(
        {plan.planId, QString::number(plan.id), plan.name,
         plan.type == PlanType::Unknown ? plan.typeText : DisplayFormat::planType(plan.type),
         plan.region, plan.specification1, plan.specification2, plan.priceMoney.toString2(),
         plan.cycle, plan.active ? tr("yes") : tr("no"),
         // A label only: the plan service stored its local time (SPEC §3).
         plan.creationTime.isValid()
             ? plan.creationTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
             : QString(),
         plan.description});
}
