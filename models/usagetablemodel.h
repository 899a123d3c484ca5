#pragma once

#include "core/usage.h"
#include "pagedtablemodel.h"

// Charges matching a UsageFilter, newest first, 200 rows a page. The row
// count and the sum come from a separate usageTotal() request, asked in
// parallel with the first page (counting costs a scan; the rows show first).
class UsageTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        NamespaceColumn,
        RegionColumn,
        OrderColumn,
        PlanColumn,
        PlanNameColumn,
        KindColumn,
        AmountColumn,
        PeriodEndColumn,
        ColumnCount
    };
    // Qt::UserRole: the raw value (QDateTime, Money units as qint64, ...).
    static constexpr int RawRole = Qt::UserRole;

    explicit UsageTableModel(QObject *parent = nullptr);

    // Sets the filter and reloads (a new generation).
    void setFilter(const UsageFilter &filter);
    // The filter shown, in the order shown.
    UsageFilter filter() const;
    const Usage &usageAt(int row) const { return m_rows.at(row); }
    std::optional<UsageTotal> total() const { return m_total; }

    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    void totalChanged();

protected:
    QString columnTitle(int column) const override;
    std::optional<ListSort::Field> fieldOf(int column) const override;
    int columnOf(ListSort::Field field) const override;
    QList<ListSort> backendSorts() const override;
    void clearRows() override;
    void requestPage(const PageRequest &page) override;
    void firstPageRequested() override;

private:
    QVariant display(const Usage &usage, int column) const;
    QVariant raw(const Usage &usage, int column) const;

    UsageFilter m_filter;
    QList<Usage> m_rows;
    std::optional<UsageTotal> m_total;
};
