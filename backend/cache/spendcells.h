#pragma once

#include "core/usage.h"

#include <QList>
#include <QString>
#include <QStringList>

// Helpers for lists of spend cells as the roll-up cache merges them: one
// month's cells, sorted by namespace.
namespace SpendCells {

// How MySQL's default collation compares names: case-insensitive, trailing
// spaces ignored. A filter typed `NS-0001` matches `ns-0001` there, live.
QString folded(const QString &ns);
// The cells of `namespaces` (all when empty), compared as the source does.
QList<SpendCell> only(const QList<SpendCell> &cells, const QStringList &namespaces, bool fold);
QList<SpendCell> sortedByNamespace(QList<SpendCell> cells);
// One cell per namespace, sorted, amounts and counts added: a month's
// closed beginning and its live rest (or two lanes' halves) name the
// same namespaces.
QList<SpendCell> combined(QList<SpendCell> cells);

} // namespace SpendCells
