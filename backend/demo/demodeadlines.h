#pragma once

#include <QTimeZone>

// BillingCalendar::nextDeadline on epoch seconds, for the demo generator's
// millions of renewals. When the service zone has one fixed offset over the
// whole range (Asia/Shanghai since 1991, UTC) it is plain calendar
// arithmetic; otherwise it asks BillingCalendar itself.
class DemoDeadlines
{
public:
    static constexpr qint64 Day = 86400;

    // Deadlines of instants within [from, to] (epoch seconds).
    DemoDeadlines(const QTimeZone &zone, qint64 from, qint64 to);

    // The deadline after `current` of an order that started at `start`.
    qint64 next(qint64 start, qint64 current) const;

    // Proleptic Gregorian days since 1970-01-01 and back (H. Hinnant's).
    static qint64 daysFromCivil(int y, int m, int d);
    static void civilFromDays(qint64 z, int &y, int &m, int &d);
    // a / b rounded towards minus infinity.
    static qint64 floorDiv(qint64 a, qint64 b);

private:
    QTimeZone m_zone;
    int m_offset = 0;
    bool m_fixed = false;
};
