#include "demo/demodeadlines.h"

#include "core/billingcalendar.h"

#include <QDateTime>

#include <algorithm>

namespace {

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

qint64 DemoDeadlines::floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 DemoDeadlines::daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void DemoDeadlines::civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

DemoDeadlines::DemoDeadlines(const QTimeZone &zone, qint64 from, qint64 to)
    : m_zone(zone)
{
    m_offset = zone.offsetFromUtc(utc(from));
    m_fixed = zone.offsetFromUtc(utc(to)) == m_offset &&
              (!zone.hasTransitions() || zone.transitions(utc(from), utc(to)).isEmpty());
}

qint64 DemoDeadlines::next(qint64 start, qint64 current) const
{
    if (!m_fixed)
        return BillingCalendar::nextDeadline(utc(start), utc(current), m_zone).toSecsSinceEpoch();
    const qint64 localStart = start + m_offset;
    const qint64 startDay = floorDiv(localStart, Day);
    const qint64 timeOfDay = localStart - startDay * Day;
    int sy, sm, sd, cy, cm, cd;
    civilFromDays(startDay, sy, sm, sd);
    civilFromDays(floorDiv(current + m_offset, Day), cy, cm, cd);
    const int months = cy * 12 + (cm - 1) + 1;
    const int ny = months / 12, nm = months % 12 + 1;
    const int day = std::min(sd, daysInMonth(ny, nm));
    return daysFromCivil(ny, nm, day) * Day + timeOfDay - m_offset;
}
