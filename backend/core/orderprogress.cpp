#include "core/orderprogress.h"

#include "core/monthcalendar.h"

QList<QDateTime> LedgerBaselineRequest::boundariesFrom(const QDateTime &oldestStart) const
{
    QDateTime first = earliest;
    if (oldestStart.isValid() && (!first.isValid() || oldestStart < first))
        first = oldestStart;
    if (!first.isValid())
        first = latest;
    QList<QDateTime> result;
    for (const MonthSpan &m : MonthCalendar::monthsCovering(first, latest, zone))
        result.append(m.startUtc);
    result.append(MonthCalendar::monthsCovering(latest, latest, zone).constLast().endUtc);
    return result;
}
