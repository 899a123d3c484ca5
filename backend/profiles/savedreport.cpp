#include "profiles/savedreport.h"

#include "core/timezonename.h"

#include <QCoreApplication>

namespace {

const char *const tabNames[] = {"usages", "orders", "plans", "spend"};
const char *const periodNames[] = {"all", "fixed", "previous-month", "current-month"};

// The enumerator whose name (its index in `names`) is `name`.
template<typename E, size_t N>
std::optional<E> fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate &day)
{
    return firstOfMonth(day).addMonths(1).addDays(-1);
}

} // namespace

QString SavedReport::tabName(Tab tab)
{
    return QString::fromLatin1(tabNames[int(tab)]);
}

std::optional<SavedReport::Tab> SavedReport::tabFromName(const QString &name)
{
    return fromName<Tab>(tabNames, name);
}

QString SavedReport::periodName(Period period)
{
    return QString::fromLatin1(periodNames[int(period)]);
}

std::optional<SavedReport::Period> SavedReport::periodFromName(const QString &name)
{
    return fromName<Period>(periodNames, name);
}

QTimeZone SavedReport::zone() const
{
    return TimeZoneName::zone(zoneId);
}

QDate SavedReport::today() const
{
    const QTimeZone z = zone();
    return QDateTime::currentDateTimeUtc().toTimeZone(z.isValid() ? z : QTimeZone::utc()).date();
}

std::pair<QDate, QDate> SavedReport::days(const QDate &today) const
{
    switch (period) {
    case Period::All:
        return {};
    case Period::Fixed:
        if (tab == Tab::Spend)
            return {from.isValid() ? firstOfMonth(from) : QDate(),
                    to.isValid() ? lastOfMonth(to) : QDate()};
        return {from, to};
    case Period::PreviousMonth: {
        const QDate month = firstOfMonth(today).addMonths(-1);
        return {month, lastOfMonth(month)};
    }
    case Period::CurrentMonth:
        return {firstOfMonth(today), lastOfMonth(today)};
    }
    return {};
}

QString SavedReport::periodText() const
{
    switch (period) {
    case Period::All:
        return QCoreApplication::translate("SavedReport", "all dates");
    case Period::Fixed: {
        const auto [first, last] = days(QDate());
        const QString open = QCoreApplication::translate("SavedReport", "open");
        return QStringLiteral("%1 – %2").arg(first.isValid() ? first.toString(Qt::ISODate) : open,
                                             last.isValid() ? last.toString(Qt::ISODate) : open);
    }
    case Period::PreviousMonth:
        return QCoreApplication::translate("SavedReport", "the previous month");
    case Period::CurrentMonth:
        return QCoreApplication::translate("SavedReport", "the current month");
    }
    return QString();
}
