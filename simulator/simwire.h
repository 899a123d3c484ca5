#pragma once

#include "simjson.h"
#include "simstore.h"

#include <QTimeZone>

// The wire objects of the usage and plan services, in the services' field
// order, with their zero values omitted.
namespace SimWire {

QString statusName(int status);
SimJson order(const SimOrderRow &row, const QTimeZone &zone, bool withStatus);
SimJson usage(const SimUsageRow &row, const QTimeZone &zone);
SimJson plan(const SimPlanRow &row);
SimJson region(const SimRegionRow &row);

} // namespace SimWire
