#pragma once

#include "core/money.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

// Each amount's percent of their sum, in hundredths of a percent (basis
// points), computed from the exact integer amounts so that the shares of a
// month always add up to exactly 100.00 %: every share is first rounded
// down, and the basis points still missing go one each to the amounts with
// the largest remainders (largest-remainder method). Ties go to the larger
// amount, then to the earlier one: callers pass amounts in a fixed order
// (by namespace), so the result never depends on a hash or a sort's mood.
namespace PercentShares {

// nullopt when the amounts add up to zero: there is no share of nothing.
// A negative sum (all credits) gives each credit its positive part of it.
std::optional<QList<qint64>> basisPoints(const QList<Money> &amounts);

// "12.34", "-0.50", "100.00": basis points as a percent with two decimals,
// in `locale` (the C locale, the default, for files and JSON).
QString text(qint64 basisPoints, const QLocale &locale = QLocale::c());

} // namespace PercentShares
