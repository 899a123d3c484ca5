#pragma once

#include "cache/namespacenames.h"
#include "core/usage.h"

#include <QByteArray>
#include <QDate>
#include <QList>

#include <optional>

// How the roll-up cache keeps a month's cells: one blob per month (a region
// has thousands of namespaces, and a row per namespace made a warm read cost
// more than the live query), sorted by namespace: per cell the namespace's
// UTF-8 length (4 bytes), its bytes, the amount and the count (8 bytes
// each), all little-endian; and a digest that tells a torn or edited blob.
class MonthCellsBlob
{
public:
    static QByteArray pack(QList<SpendCell> cells);
    // The cells of a packed month, or nullopt when the blob is torn.
    static std::optional<QList<SpendCell>> unpack(const QByteArray &blob, QDate month,
                                                  NamespaceNames &names);
    static QByteArray digest(const QByteArray &blob);
};
