#pragma once

#include "spendbreakdown.h"

#include <QAbstractTableModel>

// The spend breakdown as a table: one row per month of spend (not the
// months only a forecast fills) plus a totals row, one column per group
// (top namespaces, then "others") plus a Total column.
// Read-only; DisplayRole is locale-formatted, AmountRole the exact units.
// With shares shown, a group's cell also says its percent of the month (on
// the totals row: of the whole period).
class SpendTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        AmountRole = Qt::UserRole + 1, // qint64, 1/10000 yuan
        ChargesRole,                   // qint64
        NamespaceRole,                 // QString; empty for "others" and Total
        MonthRole,                     // QDate; invalid on the totals row
        ShareRole,                     // qint64 basis points of the month (period); null when none
    };

    explicit SpendTableModel(QObject *parent = nullptr);

    void setBreakdown(const SpendBreakdown &breakdown);
    const SpendBreakdown &breakdown() const { return m_breakdown; }
    void setSharesShown(bool shown);
    bool sharesShown() const { return m_sharesShown; }

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
    std::optional<qint64> shareAt(int row, int column) const;

    SpendBreakdown m_breakdown;
    bool m_sharesShown = false;
};
