#pragma once

#include "core/order.h"
#include "core/plan.h"
#include "core/usage.h"

#include <QJsonObject>
#include <QStringList>
#include <QTimeZone>

// How usagectl shows domain records: display strings for tables and CSV
// (money with two decimals, times in the display zone) and JSON objects
// (money as exact four-decimal strings, times in RFC 3339, unknowns null).
namespace RecordFormat {

QString timeText(const QDateTime &utc, const QTimeZone &zone);
QJsonValue timeJson(const QDateTime &utc, const QTimeZone &zone);

QStringList orderHeaders();
QStringList orderCells(const Order &o, const QTimeZone &zone);
QJsonObject orderJson(const Order &o, const QTimeZone &zone);

QStringList usageHeaders();
QStringList usageCells(const Usage &u, const QTimeZone &zone);
QJsonObject usageJson(const Usage &u, const QTimeZone &zone);

QStringList planHeaders();
QStringList planCells(const Plan &p);
QJsonObject planJson(const Plan &p);

} // namespace RecordFormat
