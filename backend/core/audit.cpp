#include "core/audit.h"

#include "core/money.h"

#include <QCoreApplication>

namespace {

QString timeText(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return QCoreApplication::translate("AuditFinding", "unknown");
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString auditKindName(AuditKind kind)
{
    switch (kind) {
    case AuditKind::StalledRenewal:
        return QStringLiteral("stalled-renewal");
    case AuditKind::DeadlineMismatch:
        return QStringLiteral("deadline-mismatch");
    case AuditKind::ChargeCountMismatch:
        return QStringLiteral("charge-count-mismatch");
    case AuditKind::OrphanCharge:
        return QStringLiteral("orphan-charge");
    case AuditKind::NullField:
        return QStringLiteral("null-field");
    case AuditKind::Float32Loss:
        return QStringLiteral("float32-loss");
    case AuditKind::UnpaidConsuming:
        return QStringLiteral("unpaid-consuming");
    case AuditKind::DamagedField:
        return QStringLiteral("damaged-field");
    }
    return QString();
}

QList<AuditKind> allAuditKinds()
{
    return {AuditKind::StalledRenewal,  AuditKind::DeadlineMismatch, AuditKind::ChargeCountMismatch,
            AuditKind::OrphanCharge,    AuditKind::NullField,        AuditKind::Float32Loss,
            AuditKind::UnpaidConsuming, AuditKind::DamagedField};
}

QString AuditFinding::detail(const QTimeZone &zone) const
{
    switch (kind) {
    case AuditKind::StalledRenewal:
        return QCoreApplication::translate(
                   "AuditFinding",
                   "Consuming and paid, but paid only up to %1 (%2 days ago): the service renews "
                   "or ends an order within 7 days 8 hours of its deadline.")
            .arg(timeText(orderDeadline, zone))
            .arg(orderDeadline.secsTo(now) / 86400);
    case AuditKind::DeadlineMismatch:
        return QCoreApplication::translate(
                   "AuditFinding", "The order is paid up to %1, its last charge (#%2) up to %3.")
            .arg(timeText(orderDeadline, zone))
            .arg(lastConsumeId.value_or(0))
            .arg(timeText(chargeDeadline, zone));
    case AuditKind::ChargeCountMismatch:
        if (!highestConsumeId)
            return QCoreApplication::translate(
                       "AuditFinding", "LAST_CONSUME_ID is %1, but the order has no charges.")
                .arg(lastConsumeId.value_or(0));
        return QCoreApplication::translate(
                   "AuditFinding",
                   "LAST_CONSUME_ID is %1, but its highest charge (the end row excepted) is #%2.")
            .arg(lastConsumeId.value_or(0))
            .arg(*highestConsumeId);
    case AuditKind::OrphanCharge:
        return QCoreApplication::translate(
                   "AuditFinding", "No order has the key %1 and the ORDER_ID %2 this charge names.")
            .arg(orderKey)
            .arg(orderId);
    case AuditKind::NullField:
        return QCoreApplication::translate(
                   "AuditFinding", "NULL in %1: the service fails every list that touches this row "
                                   "(codes 3311, 3312, 3314).")
            .arg(nullColumns.join(QStringLiteral(", ")));
    case AuditKind::Float32Loss:
        return QCoreApplication::translate(
                   "AuditFinding", "The REST API reports %1 yuan for %2 (float32 rounding).")
            .arg(Money::fromUnits(reportedUnits).toString4(),
                 Money::fromUnits(amountUnits).toString4());
    case AuditKind::UnpaidConsuming:
        return QCoreApplication::translate(
            "AuditFinding",
            "Consuming (STATUS 5) but never paid (EVER_PAYED 0): the service lists only "
            "paid orders.");
    case AuditKind::DamagedField:
        return QCoreApplication::translate(
                   "AuditFinding", "Not readable: %1. A list that shows this row fails on it, "
                                   "and totals over it cannot be trusted until it is mended.")
            .arg(damagedValues.join(QStringLiteral(", ")));
    }
    return QString();
}

bool AuditFinding::isAboutCharge() const
{
    switch (kind) {
    case AuditKind::OrphanCharge:
    case AuditKind::Float32Loss:
        return true;
    case AuditKind::NullField:
        return !nullColumns.isEmpty() &&
               nullColumns.constFirst().startsWith(QLatin1String("DF_CONSUMING_HISTORY."));
    case AuditKind::DamagedField:
        return true; // only charges are read for it
    default:
        return false;
    }
}

qint64 AuditReport::total() const
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

bool AuditReport::checks(AuditKind kind) const
{
    for (const auto &u : unchecked) {
        if (u.first == kind)
            return false;
    }
    return true;
}

QString AuditReport::summary() const
{
    QStringList parts;
    for (AuditKind kind : allAuditKinds()) {
        if (count(kind) > 0)
            parts.append(QStringLiteral("%1 %2").arg(count(kind)).arg(auditKindName(kind)));
    }
    return parts.join(QStringLiteral(", "));
}
