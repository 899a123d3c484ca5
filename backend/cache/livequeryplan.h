#pragma once

#include "core/filters.h"
#include "core/monthcalendar.h"

#include <QDateTime>
#include <QList>

// The live part of a cached spend (the open months, and months the filter
// cuts) as queries of one month each, dealt into lanes of about the same
// span of time, one lane per connection: the database groups a month's
// rows into a temporary table on one core, so two lanes take about half
// the time of one on a two-core server.
namespace LiveQueryPlan {

struct Query
{
    UsageFilter filter; // its from/to lie within the month
    MonthSpan month;
};

// `parts`: one per month, in time order, each with the filter that asks
// it (its from/to may be unset or reach beyond the month). No charge lies
// at or after `dataEnd`, so time beyond it weighs nothing. Returns 1 to
// `lanes` non-empty lanes; a month may be cut in two at a lane boundary.
QList<QList<Query>> split(const QList<Query> &parts, const QDateTime &dataEnd, int lanes);

} // namespace LiveQueryPlan
