#pragma once

#include "core/order.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

// A saved report: one tab of the window with its filters, the display zone
// and the chart options, on one profile. The window opens it; `usagectl
// report run` runs the same filters as the matching command. Dates can be
// relative, so that "last month's charges" is one saved report.
struct SavedReport
{
    enum class Tab { Usages, Orders, Plans, Spend };
    enum class Period {
        All,           // no date filter (every month, for Spend)
        Fixed,         // `from` and `to` as saved
        PreviousMonth, // the month before the one it is run in
        CurrentMonth,  // the month it is run in
    };

    QString id; // stable, generated
    QString name;
    QString profileId;
    Tab tab = Tab::Usages;
    QString zoneId; // IANA id of the display zone when saved

    QString region; // "" = every region
    QStringList namespaces;
    QString orderId;                         // Usages
    StatusFilter status = StatusFilter::Any; // Orders
    QString resourceName;                    // Orders
    PlanType planType = PlanType::Unknown;   // Plans (Unknown = any)
    bool allVersions = false;                // Plans
    Period period = Period::All;             // Usages, Spend
    QDate from;                              // Fixed: the first day (Spend: of a month)
    QDate to;                                // Fixed: the last day (Spend: a day of the last month)
    int topCount = 8;                        // Spend: namespaces with their own bar
    QDateTime savedAt;

    static QString tabName(Tab tab);
    static std::optional<Tab> tabFromName(const QString &name);
    static QString periodName(Period period);
    static std::optional<Period> periodFromName(const QString &name);

    // The saved zone; invalid when the name is not one (TimeZoneName: not
    // "Shanghai" or "CST", which Qt would take as UTC): a caller refuses it.
    QTimeZone zone() const;
    // Today in the report's zone (in UTC when zone() is invalid): what a
    // relative period is relative to.
    QDate today() const;
    // The days [first, last] to show when run on `today`; an invalid date is
    // an open end. Spend covers whole months: the last day is a month's.
    std::pair<QDate, QDate> days(const QDate &today) const;
    // "2026-01-01 – 2026-01-31", "the previous month", "all dates".
    QString periodText() const;
};
