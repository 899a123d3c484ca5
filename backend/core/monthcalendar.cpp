#include "core/monthcalendar.h"

namespace MonthCalendar {

QDateTime startOfDayUtc(QDate day, const QTimeZone &zone)
{
    // QDate::startOfDay handles days whose midnight falls in a gap.
    return day.startOfDay(zone).toUTC();
}

QDate monthOf(const QDateTime &instant, const QTimeZone &zone)
{
    const QDate local = instant.toTimeZone(zone).date();
    return QDate(local.year(), local.month(), 1);
}

QList<MonthSpan> months(QDate firstMonth, QDate lastMonth, const QTimeZone &zone)
{
    QList<MonthSpan> out;
    QDate m(firstMonth.year(), firstMonth.month(), 1);
    const QDate end(lastMonth.year(), lastMonth.month(), 1);
    while (m <= end) {
        const QDate next = m.addMonths(1);
        out.append({m, startOfDayUtc(m, zone), startOfDayUtc(next, zone)});
        m = next;
    }
    return out;
}

QList<MonthSpan> monthsCovering(const QDateTime &first, const QDateTime &last,
                                const QTimeZone &zone)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    return months(monthOf(first, zone), monthOf(last, zone), zone);
}

} // namespace MonthCalendar
