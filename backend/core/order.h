#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

enum class OrderStatus {
    Unknown = -1, // not reported (the service's GET /orders/{id} has no status)
    Pending = 0,
    Consuming = 5,
    Ended = 15,
};

// A status filter: the three stored statuses plus "renew failed", which is
// consuming with RENEW_RETRIES > 0 (SPEC §3, wire value `renewfailed`).
enum class StatusFilter { Any, Pending, Consuming, Ended, RenewFailed };

QString statusName(OrderStatus status);
std::optional<StatusFilter> statusFilterFromString(const QString &text);
QString statusFilterName(StatusFilter filter);

enum class PlanType { Unknown, Resources, Volume, Bsi };

QString planTypeName(PlanType type);
// Case-insensitive, as the service lower-cases before it compares.
PlanType planTypeFromString(const QString &text);

// One row of DF_PURCHASE_ORDER. Invalid QDateTime = unknown (NULL in the
// database, or not sent by the service).
struct Order
{
    qint64 id = 0;
    QString orderId;
    QString ns;
    QString region;
    QString planId;
    PlanType planType = PlanType::Unknown;
    QDateTime startTime;
    QDateTime endTime; // only meaningful when ended
    QDateTime deadline;
    std::optional<int> lastConsumeId;
    int renewRetries = 0;
    OrderStatus status = OrderStatus::Unknown;
    QString creator;
    QString resourceName;

    bool renewFailed() const { return status == OrderStatus::Consuming && renewRetries > 0; }
};
