#pragma once

#include "core/listsort.h"
#include "core/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

struct OrderFilter
{
    QString region;         // empty = every region (the service requires one)
    QStringList namespaces; // empty = every namespace
    StatusFilter status = StatusFilter::Any;
    QString resourceName;
    PlanType type = PlanType::Unknown; // Unknown = any
    ListSort sort;                     // Amount does not apply to orders
};

// Charges in [from, to) — both UTC instants, invalid = open.
struct UsageFilter
{
    QString region;
    QStringList namespaces;
    QString orderId;
    QDateTime from;
    QDateTime to;
    ListSort sort; // of a list; totals and spend ignore it
};

struct PlanFilter
{
    QString region;
    PlanType type = PlanType::Unknown;
    bool includeInactive = false; // old versions too
};

// Where a page continues: the sort key of the last row returned. Opaque to
// callers; each backend fills in what its sort needs.
struct PageCursor
{
    QDateTime time;
    qint64 id = 0;
    qint64 sub = 0;    // CONSUME_ID for usages
    qint64 offset = 0; // for backends that can only page by offset
    QByteArray state;  // anything else a backend needs to continue (opaque)
    QVariant key;      // the sort field's value, when the sort is not by time
};

// Either an explicit page (1-based, paged exactly as the service pages:
// a page past the end answers the last `size` rows) or the continuation of
// a cursor. `withTotal` asks for the row count too — counting costs a scan,
// so continuation pages leave it off.
struct PageRequest
{
    int page = 1;
    int size = 30;
    std::optional<PageCursor> after;
    bool withTotal = true;

    static PageRequest first(int size, bool withTotal = true)
    {
        return {1, size, std::nullopt, withTotal};
    }
    static PageRequest continueFrom(const PageCursor &cursor, int size)
    {
        return {1, size, cursor, false};
    }
};
