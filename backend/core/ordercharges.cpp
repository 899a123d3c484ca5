#include "core/ordercharges.h"

namespace OrderCharges {

namespace {

// Seconds into the hour, at whole seconds (MariaDB truncates the service's
// microseconds, MySQL rounds them: compare what both keep).
int secondOfHour(const QDateTime &t)
{
    const qint64 s = t.toSecsSinceEpoch();
    return int(((s % 3600) + 3600) % 3600);
}

bool notBefore(const QDateTime &t, const QDateTime &bound)
{
    return !t.isValid() || !bound.isValid() || t.toSecsSinceEpoch() >= bound.toSecsSinceEpoch();
}

bool notAfter(const QDateTime &t, const QDateTime &bound)
{
    return !t.isValid() || !bound.isValid() || t.toSecsSinceEpoch() <= bound.toSecsSinceEpoch();
}

} // namespace

bool belongsTo(const Usage &charge, const Order &order)
{
    if (charge.orderKey != 0)
        return charge.orderKey == order.id;
    if (charge.orderId != order.orderId || charge.planId != order.planId || charge.ns != order.ns ||
        charge.region != order.region)
        return false;
    QDateTime last = order.deadline;
    if (order.status == OrderStatus::Ended && order.endTime.isValid() &&
        (!last.isValid() || order.endTime > last))
        last = order.endTime;
    if (!notBefore(charge.time, order.startTime) || !notAfter(charge.time, last))
        return false;
    if (charge.deadline.isValid() && order.startTime.isValid() &&
        charge.deadline.toSecsSinceEpoch() <= order.startTime.toSecsSinceEpoch())
        return false;
    if (!notAfter(charge.deadline, order.deadline))
        return false;
    if (charge.deadline.isValid() && order.startTime.isValid() &&
        secondOfHour(charge.deadline) != secondOfHour(order.startTime))
        return false;
    return true;
}

} // namespace OrderCharges
