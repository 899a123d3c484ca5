#pragma once

#include "core/money.h"
#include "core/monthcalendar.h"

#include <QDateTime>
#include <QString>

#include <optional>

// EXTRA_INFO of a charge. Unknown when NULL or not sent (the REST API never
// sends it).
enum class ChargeKind { Unknown = -1, New = 0, Renew = 1, Switch = 2, End = 3 };

QString chargeKindName(ChargeKind kind);
ChargeKind chargeKindFromInt(std::optional<int> value);

// One row of DF_CONSUMING_HISTORY.
struct Usage
{
    qint64 orderKey = 0; // DF_PURCHASE_ORDER.ID; 0 when unknown (REST)
    QString orderId;
    std::optional<int> consumeId;
    Money amount;
    QDateTime time;
    QDateTime deadline;
    QString ns;
    QString region;
    QString planId;
    qint64 planHistoryId = 0;
    QString planName; // of the plan version charged, when known
    ChargeKind kind = ChargeKind::Unknown;
};

// The sum and count of the charges matching a filter.
struct UsageTotal
{
    Money amount;
    qint64 charges = 0;
};

// Where a total's charges are cut in two halves (Backend::totalCut): by the
// key the table is kept in (`key`), or by the time (`at`) where an index
// leads with the filter's columns and the time. Neither: one SUM.
struct TotalCut
{
    qint64 key = 0;
    QDateTime at;
    bool isNone() const { return key <= 0 && !at.isValid(); }
};

// One of the two halves of a total's charges: those below the cut or those
// from it (with the charges that have no time, when cut by the time).
struct TotalHalf
{
    TotalCut cut;
    bool upper = false;
};

// One cell of the month x namespace spend table. `month` is the first day of
// the month in the display zone.
struct SpendCell
{
    QString ns;
    QDate month;
    Money amount;
    qint64 charges = 0;
};

// The spend table over all time: the months from the first charge's to the
// last's, and the cells of those months.
struct MonthlySpend
{
    QList<MonthSpan> months;
    QList<SpendCell> cells;
};
