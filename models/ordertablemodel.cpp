#include "ordertablemodel.h"

#include "core/backend.h"
#include "displayformat.h"

OrderTableModel::OrderTableModel(QObject *parent)
    : PagedTableModel(parent)
{
}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

OrderFilter OrderTableModel::filter() const
{
    OrderFilter f = m_filter;
    f.sort = listSort();
    return f;
}

std::optional<ListSort::Field> OrderTableModel::fieldOf(int column) const
{
    switch (column) {
    case StartColumn:
        return ListSort::Field::Time;
    case NamespaceColumn:
        return ListSort::Field::Namespace;
    case RegionColumn:
        return ListSort::Field::Region;
    }
    return std::nullopt;
}

int OrderTableModel::columnOf(ListSort::Field field) const
{
    switch (field) {
    case ListSort::Field::Time:
        return StartColumn;
    case ListSort::Field::Namespace:
        return NamespaceColumn;
    case ListSort::Field::Region:
        return RegionColumn;
    case ListSort::Field::Amount:
        break;
    }
    return -1;
}

QList<ListSort> OrderTableModel::backendSorts() const
{
    return backend() ? backend()->orderSorts() : QList<ListSort>{ListSort()};
}

int OrderTableModel::rowOfOrder(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void OrderTableModel::updateOrder(const Order &order)
{
    const int row = rowOfOrder(order.id);
    if (row < 0)
        return;
    m_rows[row] = order;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::columnTitle(int column) const
{
    switch (column) {
    case StartColumn:
        return tr("Start");
    case IdColumn:
        return tr("Key");
    case OrderIdColumn:
        return tr("Order");
    case NamespaceColumn:
        return tr("Namespace");
    case RegionColumn:
        return tr("Region");
    case PlanColumn:
        return tr("Plan");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Paid until");
    case EndColumn:
        return tr("Ended");
    case ResourceColumn:
        return tr("Resource");
    case CreatorColumn:
        return tr("Creator");
    }
    return {};
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(order, index.column());
    case RawRole:
        switch (index.column()) {
        case StartColumn:
            return order.startTime;
        case IdColumn:
            return order.id;
        case StatusColumn:
            return int(order.status);
        default:
            return display(order, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && order.renewFailed())
            return order.renewRetries ? tr("Consuming, but the last renewal failed (%n retries)",
                                           nullptr, *order.renewRetries)
                                      : tr("Consuming, but the last renewal failed");
        return {};
    default:
        return {};
    }
}

QVariant OrderTableModel::display(const Order &order, int column) const
{
    switch (column) {
    case StartColumn:
        return DisplayFormat::dateTime(order.startTime, displayZone());
    case IdColumn:
        return QString::number(order.id);
    case OrderIdColumn:
        return order.orderId;
    case NamespaceColumn:
        return order.ns;
    case RegionColumn:
        return order.region;
    case PlanColumn:
        return order.planId;
    case TypeColumn:
        return DisplayFormat::planType(order.planType);
    case StatusColumn:
        return DisplayFormat::orderStatus(order);
    case DeadlineColumn:
        return DisplayFormat::dateTime(order.deadline, displayZone());
    case EndColumn:
        // END_TIME means something only once the order has ended (SPEC §2).
        return order.status == OrderStatus::Ended
                   ? DisplayFormat::dateTime(order.endTime, displayZone())
                   : QString();
    case ResourceColumn:
        return order.resourceName;
    case CreatorColumn:
        return order.creator;
    }
    return {};
}

void OrderTableModel::clearRows()
{
    m_rows.clear();
}

void OrderTableModel::requestPage(const PageRequest &page)
{
    trackPage<Order>(backend()->listOrders(filter(), page), [this](const QList<Order> &items) {
        if (items.isEmpty())
            return;
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + items.size() - 1));
        m_rows.append(items);
        endInsertRows();
    });
}
