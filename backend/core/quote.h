#pragma once

#include "core/money.h"
#include "core/order.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

struct QuoteRequest
{
    QString ns;
    QString region;
    QString planId;
    QString resourceName;
    QDateTime now;         // invalid = the current time
    QTimeZone serviceZone; // where deadlines are computed; invalid = Asia/Shanghai
};

// A dry-run price (SPEC §4.5). `dueText` is the service's own "%.2f" string
// of the float32 result; `due` is that string as Money.
struct Quote
{
    Money planPrice;
    Money credit;
    Money due;
    QString dueText;
    std::optional<Order> replaces;
    QDateTime periodEnd;
    // Checks the service's dry run does not make (duplicated resource name):
    // advice for a person, never a different price.
    QStringList warnings;
};

// What a cancel did: the order as it was, and the end row written.
struct CancelOutcome
{
    Order order;             // as it was before the cancel
    qint64 endConsumeId = 0; // CONSUME_ID of the end row; 0 = not reported (REST)
    QDateTime endTime;       // invalid = not reported (REST)
    // The service released the quota, volume or BSI before it ended the
    // order; a direct-database cancel ends the order only.
    bool resourceReleased = false;
};
