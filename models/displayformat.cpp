#include "displayformat.h"

namespace {
const QString IsoFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
}

QString DisplayFormat::dateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return dash();
    return isoDateTime(instant, zone);
}

QString DisplayFormat::isoDateTime(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return QString();
    return (zone.isValid() ? instant.toTimeZone(zone) : instant.toLocalTime()).toString(IsoFormat);
}

QString DisplayFormat::money(Money amount, const QLocale &locale)
{
    return amount.toLocaleString2(locale);
}

QString DisplayFormat::chargeKind(ChargeKind kind)
{
    switch (kind) {
    case ChargeKind::New:
        return tr("new");
    case ChargeKind::Renew:
        return tr("renewal");
    case ChargeKind::Switch:
        return tr("plan switch");
    case ChargeKind::End:
        return tr("end");
    case ChargeKind::Unknown:
        break;
    }
    return unknownText();
}

QString DisplayFormat::orderStatus(const Order &order)
{
    if (order.renewFailed())
        return tr("renew failed");
    switch (order.status) {
    case OrderStatus::Pending:
        return tr("pending");
    case OrderStatus::Consuming:
        return tr("consuming");
    case OrderStatus::Ended:
        return tr("ended");
    case OrderStatus::Unknown:
        break;
    }
    return unknownText();
}

QString DisplayFormat::planType(PlanType type)
{
    switch (type) {
    case PlanType::Resources:
        return tr("resources");
    case PlanType::Volume:
        return tr("volume");
    case PlanType::Bsi:
        return tr("backing service");
    case PlanType::Unknown:
        break;
    }
    return unknownText();
}

QString DisplayFormat::unknownText()
{
    return tr("unknown");
}

QString DisplayFormat::dash()
{
    return QStringLiteral("—");
}
