#include "core/order.h"

QString statusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QStringLiteral("pending");
    case OrderStatus::Consuming:
        return QStringLiteral("consuming");
    case OrderStatus::Ended:
        return QStringLiteral("ended");
    case OrderStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<StatusFilter> statusFilterFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("all") || t == QLatin1String("any"))
        return StatusFilter::Any;
    if (t == QLatin1String("pending"))
        return StatusFilter::Pending;
    if (t == QLatin1String("consuming"))
        return StatusFilter::Consuming;
    if (t == QLatin1String("ended"))
        return StatusFilter::Ended;
    if (t == QLatin1String("renewfailed") || t == QLatin1String("renew-failed"))
        return StatusFilter::RenewFailed;
    return std::nullopt;
}

QString statusFilterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::Any:
        return {};
    case StatusFilter::Pending:
        return QStringLiteral("pending");
    case StatusFilter::Consuming:
        return QStringLiteral("consuming");
    case StatusFilter::Ended:
        return QStringLiteral("ended");
    case StatusFilter::RenewFailed:
        return QStringLiteral("renewfailed");
    }
    return {};
}

std::optional<bool> Order::renewFailure() const
{
    if (status == OrderStatus::Pending || status == OrderStatus::Ended)
        return false;
    if (status == OrderStatus::Unknown)
        return std::nullopt;
    if (renewRetries)
        return *renewRetries > 0;
    return renewFailedListed;
}

QString planTypeName(PlanType type)
{
    switch (type) {
    case PlanType::Resources:
        return QStringLiteral("resources");
    case PlanType::Volume:
        return QStringLiteral("volume");
    case PlanType::Bsi:
        return QStringLiteral("bsi");
    case PlanType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PlanType planTypeFromString(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("resources"))
        return PlanType::Resources;
    if (t == QLatin1String("volume"))
        return PlanType::Volume;
    if (t == QLatin1String("bsi"))
        return PlanType::Bsi;
    return PlanType::Unknown;
}
