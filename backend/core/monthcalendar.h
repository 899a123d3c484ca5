#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

// A calendar month in a display zone, as the half-open UTC interval
// [startUtc, endUtc). Month boundaries are local midnights of the zone, so
// they move with daylight saving and half-hour offsets; the database only
// ever sees the UTC instants.
struct MonthSpan
{
    QDate month; // first day of the month
    QDateTime startUtc;
    QDateTime endUtc;

    QString key() const { return month.toString(QStringLiteral("yyyy-MM")); }
};

namespace MonthCalendar {

// The UTC instant of local midnight starting `day` in `zone`. Where that
// midnight does not exist (a daylight-saving gap) the first instant after
// it is taken.
QDateTime startOfDayUtc(QDate day, const QTimeZone &zone);

// The month of `instant` in `zone`.
QDate monthOf(const QDateTime &instant, const QTimeZone &zone);

// Every month from the one containing `first` to the one containing `last`
// (both instants), in order.
QList<MonthSpan> monthsCovering(const QDateTime &first, const QDateTime &last,
                                const QTimeZone &zone);

// Months from firstMonth to lastMonth inclusive (any day of each month).
QList<MonthSpan> months(QDate firstMonth, QDate lastMonth, const QTimeZone &zone);

} // namespace MonthCalendar
