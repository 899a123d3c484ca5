#pragma once

#include "core/order.h"
#include "core/usage.h"

// Which charges are one order's. A charge names its order by the string
// ORDER_ID only when its key is not known (the REST API), and every
// resources order of a namespace shares `<ns>-resources`, so the service's
// `order` filter answers the charges of all of them (SPEC §3).
namespace OrderCharges {

// Whether `charge` (of the order's ORDER_ID, namespace and region) is one of
// `order`'s own. With the charge's order key known, that key decides. Without
// it, the charge must be of the order's plan (a switch always changes plan),
// lie in the order's span — from its start to its deadline, or for an ended
// order to the later of its end and its deadline (a renewal charged in
// advance is dated after a cancel) — and pay a period ending in that span on
// the order's own deadline chain: every deadline of an order falls at the
// start's time of day (SPEC §4.5), and minutes and seconds of it do not move
// with any zone offset or summer time. A value that is unknown excludes
// nothing.
bool belongsTo(const Usage &charge, const Order &order);

} // namespace OrderCharges
