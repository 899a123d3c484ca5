#pragma once

#include <QString>
#include <QTimeZone>

// A time zone as a person names it: a name of the tz database (Asia/Shanghai,
// and its links such as PRC or Etc/UTC) or a UTC offset (UTC, UTC+8,
// UTC+08:00). Qt on Linux also takes any POSIX rule as a zone, and "Shanghai",
// "CST" or a typo is such a rule: UTC under another name. Months read in that
// zone would be UTC's, so those names are refused here.
namespace TimeZoneName {

// The zone, or an invalid QTimeZone when the name is none of the above.
QTimeZone zone(const QString &name);

} // namespace TimeZoneName
