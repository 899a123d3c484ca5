#include "core/billingcalendar.h"

namespace BillingCalendar {

QTimeZone defaultServiceZone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDateTime nextDeadline(const QDateTime &start, const QDateTime &currentDeadline,
                       const QTimeZone &serviceZone)
{
    const QDateTime s = start.toTimeZone(serviceZone);
    const QDateTime d = currentDeadline.toTimeZone(serviceZone);
    const QDate firstOfNext = QDate(d.date().year(), d.date().month(), 1).addMonths(1);
    const int day = qMin(s.date().day(), firstOfNext.daysInMonth());
    const QDate date(firstOfNext.year(), firstOfNext.month(), day);
    return QDateTime(date, s.time(), serviceZone).toUTC();
}

} // namespace BillingCalendar
