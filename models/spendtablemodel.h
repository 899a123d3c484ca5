#pragma once

#include "spendbreakdown.h"

#include <QAbstractTableModel>

// The spend breakdown as a table: one row per month plus a totals row, one
// column per group (top namespaces, then "others") plus a Total column.
// Read-only; DisplayRole is locale-formatted, AmountRole the exact units.
class SpendTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        AmountRole = Qt::UserRole + 1, // qint64, 1/10000 yuan
        ChargesRole,                   // qint64
        NamespaceRole,                 // QString; empty for "others" and Total
        MonthRole,                     // QDate; invalid on the totals row
    };

    explicit SpendTableModel(QObject *parent = nullptr);

    void setBreakdown(const SpendBreakdown &breakdown);
    const SpendBreakdown &breakdown() const { return m_breakdown; }

    // The label of a group column ("others" included), for charts and files.
    QString groupLabel(int group) const;
    bool isTotalsRow(int row) const;
    bool isTotalColumn(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Money amountAt(int row, int column) const;
    qint64 chargesAt(int row, int column) const;

    SpendBreakdown m_breakdown;
};
