#pragma once

#include <QDateTime>
#include <QTimeZone>

// The service's deadline rule (SPEC §4.5), evaluated in the service's own
// zone (Asia/Shanghai in production): the next deadline is one month after
// the current deadline's year and month, on the start's day of month
// (clamped to the month's length) at the start's time of day.
namespace BillingCalendar {

QTimeZone defaultServiceZone();

// For a new order pass start as currentDeadline.
QDateTime nextDeadline(const QDateTime &start, const QDateTime &currentDeadline,
                       const QTimeZone &serviceZone);

} // namespace BillingCalendar
