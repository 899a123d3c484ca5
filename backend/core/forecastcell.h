#pragma once

#include "core/money.h"

#include <QDate>
#include <QString>

// One namespace's month in the forecast from the order book: what is
// already charged, and what the consuming orders will still be charged when
// they renew at their deadlines (SPEC §4.5–§4.6), short of cancels.
struct ForecastCell
{
    QString ns;
    QDate month;   // the first day, in the display zone
    Money written; // charges already in the month, as spend gives them
    qint64 writtenCharges = 0;
    Money renewals; // renewals the order book will still write in it
    qint64 renewalCount = 0;
    Money atRisk; // the part of `renewals` from orders whose last renewal failed

    Money amount() const { return written + renewals; }
};
