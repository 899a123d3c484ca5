#pragma once

#include "core/order.h"
#include "pagedtablemodel.h"

// Orders matching an OrderFilter, newest start first, 200 rows a page; the
// first page also asks for the row count.
class OrderTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        IdColumn,
        OrderIdColumn,
        NamespaceColumn,
        RegionColumn,
        PlanColumn,
        TypeColumn,
        StatusColumn,
        DeadlineColumn,
        EndColumn,
        ResourceColumn,
        CreatorColumn,
        ColumnCount
    };
    static constexpr int RawRole = Qt::UserRole;

    explicit OrderTableModel(QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    // The filter shown, in the order shown.
    OrderFilter filter() const;
    const Order &orderAt(int row) const { return m_rows.at(row); }
    // The row of the order with key `id`, -1 when not loaded.
    int rowOfOrder(qint64 id) const;
    // After a cancel: shows the order's new state without a reload.
    void updateOrder(const Order &order);

    int rowCount(const QModelIndex &parent) const override;
    int columnCount(const QModelIndex &parent) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QString columnTitle(int column) const override;
    std::optional<ListSort::Field> fieldOf(int column) const override;
    int columnOf(ListSort::Field field) const override;
    QList<ListSort> backendSorts() const override;
    void clearRows() override;
    void requestPage(const PageRequest &page) override;

private:
    QVariant display(const Order &order, int column) const;

    OrderFilter m_filter;
    QList<Order> m_rows;
};
