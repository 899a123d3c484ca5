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
    // RENEW_RETRIES (> 0: the last renewal failed). nullopt = not known: the
    // REST API never sends the count, only lists with `renewfailed`.
    std::optional<int> renewRetries = 0;
    // Where the count is not known: whether the service lists this order as
    // renewfailed (nullopt = not asked).
    std::optional<bool> renewFailedListed;
    OrderStatus status = OrderStatus::Unknown;
    QString creator;
    QString resourceName;

    // Consuming and its last renewal failed: true or false, nullopt when
    // that cannot be known.
    std::optional<bool> renewFailure() const;
    bool renewFailed() const { return renewFailure().value_or(false); }
};
