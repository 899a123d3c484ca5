#include "simwire.h"

#include "pricing/floatpricing.h"

namespace SimWire {

QString statusName(int status)
{
    switch (status) {
    case 0:
        return QStringLiteral("pending");
    case 5:
        return QStringLiteral("consuming");
    case 15:
        return QStringLiteral("ended");
    default:
        return {};
    }
}

namespace {

void addString(SimJson &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.add(key, SimJson::string(value));
}

void addTime(SimJson &o, const char *key, const QDateTime &t, const QTimeZone &zone)
{
    // A NULL reaches here only for rows the real service could not read.
    o.add(key, t.isValid() ? SimJson::time(t, zone)
                           : SimJson::string(QStringLiteral("0001-01-01T00:00:00Z")));
}

} // namespace

SimJson order(const SimOrderRow &row, const QTimeZone &zone, bool withStatus)
{
    SimJson o = SimJson::object();
    if (row.id != 0)
        o.add("id", SimJson::integer(row.id));
    addString(o, "order_id", row.orderId);
    addString(o, "namespace", row.ns);
    addString(o, "region", row.region);
    addString(o, "plan_id", row.planId);
    addTime(o, "start_time", row.start, zone);
    if (withStatus && row.status == 15)
        addTime(o, "end_time", row.end, zone);
    addTime(o, "deadline", row.deadline, zone);
    if (withStatus)
        addString(o, "status", statusName(row.status));
    addString(o, "creator", row.creator);
    addString(o, "resource_name", row.resourceName);
    return o;
}

SimJson usage(const SimUsageRow &row, const QTimeZone &zone)
{
    SimJson o = SimJson::object();
    addString(o, "order_id", row.orderId);
    const float money = FloatPricing::chargeMoney(row.consuming);
    if (money != 0.0f)
        o.add("money", SimJson::float32(money));
    addTime(o, "time", row.time, zone);
    addTime(o, "deadline", row.deadline, zone);
    addString(o, "project", row.ns);
    addString(o, "region", row.region);
    addString(o, "plan_id", row.planId);
    if (row.planHistoryId != 0)
        o.add("plan_history_id", SimJson::integer(row.planHistoryId));
    return o;
}

SimJson plan(const SimPlanRow &row)
{
    SimJson o = SimJson::object();
    if (row.id != 0)
        o.add("id", SimJson::integer(row.id));
    addString(o, "plan_id", row.planId);
    addString(o, "plan_name", row.name);
    addString(o, "plan_type", row.type);
    addString(o, "belong", row.belong);
    if (row.level != 0)
        o.add("plan_level", SimJson::integer(row.level));
    addString(o, "specification1", row.spec1);
    addString(o, "specification2", row.spec2);
    o.add("description", SimJson::string(row.description));
    if (row.price != 0)
        o.add("price", SimJson::float64(row.price));
    addString(o, "cycle", row.cycle);
    addString(o, "region", row.region);
    addString(o, "region_describe", row.regionDescribe);
    if (row.created.isValid())
        o.add("creation_time", SimJson::time(row.created, QTimeZone::utc()));
    addString(o, "status", row.status);
    return o;
}

SimJson region(const SimRegionRow &row)
{
    SimJson o = SimJson::object();
    addString(o, "region", row.region);
    addString(o, "region_describe", row.describe);
    addString(o, "identification", row.identification);
    return o;
}

} // namespace SimWire
