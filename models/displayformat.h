#pragma once

#include "core/money.h"
#include "core/order.h"
#include "core/usage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// How the models show values to a person: times in the display zone, money
// with two decimals in the user's locale, and unknown values as unknown —
// never a guessed default.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // "—" for an unknown (invalid) instant.
    static QString dateTime(const QDateTime &instant, const QTimeZone &zone);
    // ISO text for files and clipboards ("2026-01-31 08:00:00"), empty when unknown.
    static QString isoDateTime(const QDateTime &instant, const QTimeZone &zone);
    // Grouped and with the locale's decimal point, from the exact value.
    static QString money(Money amount, const QLocale &locale = QLocale());
    static QString chargeKind(ChargeKind kind);
    static QString orderStatus(const Order &order);
    static QString planType(PlanType type);
    static QString unknownText();
    static QString dash();
};
