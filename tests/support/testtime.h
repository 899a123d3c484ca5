#pragma once

#include <QDateTime>

// Instants for test data, in UTC.
namespace TestTime {

// "2026-11-24T23:10:12Z", "2026-11-25T07:10:12.37+08:00" (RFC 3339, the
// offset required) or "2026-11-24 23:10:12" (a DATETIME as the database
// stores it: UTC). A text that does not parse ends the test program.
QDateTime utc(const char *text);
QDateTime utc(const QString &text);
QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

} // namespace TestTime
