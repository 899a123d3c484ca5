#pragma once

#include "core/money.h"
#include "core/monthcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// One order's charges in the month of a statement.
struct StatementLine
{
    QString region;
    qint64 orderKey = 0; // DF_PURCHASE_ORDER.ID; 0 where the connection does not say (REST)
    QString orderId;
    QString planId;
    QString planName;
    QString resourceName;
    qint64 charges = 0;
    Money amount;
};

struct StatementSubtotal
{
    QString region;
    qint64 charges = 0;
    Money amount;
};

// A namespace's monthly statement: what it was charged in one month of the
// display zone, order by order, with a subtotal per region. `total` is the
// exact sum of the charges, the same figure `spend` gives for the month.
struct Statement
{
    QString ns;
    MonthSpan month;
    QTimeZone zone;
    QStringList regionsRead;            // the regions read (the one asked for, or all)
    QStringList regions;                // of those, the ones with charges: the lines'
    QDateTime made;                     // UTC
    QList<StatementLine> lines;         // by region, then order id, then order key
    QList<StatementSubtotal> subtotals; // regions with charges, in `regions` order
    Money total;
    qint64 charges = 0;
    // False over the REST API: charges do not name their order's key, and
    // every resources order of a namespace shares the ORDER_ID
    // "<namespace>-resources", so such orders share a line per plan.
    bool orderKeysKnown = true;
};
