#pragma once

#include "core/order.h"
#include "core/plan.h"
#include "core/usage.h"

#include <QCoreApplication>
#include <QTimeZone>

// The lines of the window's CSV exports, one kind of row each: the header
// and one row, without the line end. Times are ISO text in the display
// zone (named in the header), money has two decimals from the exact
// amount, and an unknown value is an empty cell: a file must not invent
// a value either.
class CsvRows
{
    Q_DECLARE_TR_FUNCTIONS(CsvRows)
public:
    static QString usageHeader(const QTimeZone &zone);
    static QString usageLine(const Usage &usage, const QTimeZone &zone);
    static QString orderHeader(const QTimeZone &zone);
    static QString orderLine(const Order &order, const QTimeZone &zone);
    static QString planHeader();
    static QString planLine(const Plan &plan);
};
