#include "usagetablemodel.h"

#include "core/backend.h"
#include "displayformat.h"

UsageTableModel::UsageTableModel(QObject *parent)
    : PagedTableModel(parent)
{
}

void UsageTableModel::setFilter(const UsageFilter &filter)
{
    m_filter = filter;
    refresh();
}

UsageFilter UsageTableModel::filter() const
{
    UsageFilter f = m_filter;
    f.sort = listSort();
    return f;
}

std::optional<ListSort::Field> UsageTableModel::fieldOf(int column) const
{
    switch (column) {
    case TimeColumn:
        return ListSort::Field::Time;
    case AmountColumn:
        return ListSort::Field::Amount;
    case NamespaceColumn:
        return ListSort::Field::Namespace;
    case RegionColumn:
        return ListSort::Field::Region;
    }
    return std::nullopt;
}

int UsageTableModel::columnOf(ListSort::Field field) const
{
    switch (field) {
    case ListSort::Field::Time:
        return TimeColumn;
    case ListSort::Field::Amount:
        return AmountColumn;
    case ListSort::Field::Namespace:
        return NamespaceColumn;
    case ListSort::Field::Region:
        return RegionColumn;
    }
    return -1;
}

QList<ListSort> UsageTableModel::backendSorts() const
{
    return backend() ? backend()->usageSorts() : QList<ListSort>{ListSort()};
}

int UsageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageTableModel::columnTitle(int column) const
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case NamespaceColumn:
        return tr("Namespace");
    case RegionColumn:
        return tr("Region");
    case OrderColumn:
        return tr("Order");
    case PlanColumn:
        return tr("Plan");
    case PlanNameColumn:
        return tr("Plan name");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case PeriodEndColumn:
        return tr("Period end");
    }
    return {};
}

QVariant UsageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Usage &usage = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(usage, index.column());
    case RawRole:
        return raw(usage, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OrderColumn)
            return tr("Order key %1, charge #%2")
                .arg(usage.orderKey ? QString::number(usage.orderKey) : DisplayFormat::dash(),
                     usage.consumeId ? QString::number(*usage.consumeId)
                                     : DisplayFormat::unknownText());
        if ((index.column() == TimeColumn && !usage.time.isValid()) ||
            (index.column() == PeriodEndColumn && !usage.deadline.isValid()))
            return DisplayFormat::unknownText();
        if (index.column() == AmountColumn)
            return usage.amount.toString4();
        return {};
    default:
        return {};
    }
}

QVariant UsageTableModel::display(const Usage &usage, int column) const
{
    switch (column) {
    case TimeColumn:
        return DisplayFormat::dateTime(usage.time, displayZone());
    case NamespaceColumn:
        return usage.ns;
    case RegionColumn:
        return usage.region;
    case OrderColumn:
        return usage.orderId;
    case PlanColumn:
        return usage.planId;
    case PlanNameColumn:
        return usage.planName.isEmpty() ? DisplayFormat::dash() : usage.planName;
    case KindColumn:
        return DisplayFormat::chargeKind(usage.kind);
    case AmountColumn:
        return DisplayFormat::money(usage.amount, locale());
    case PeriodEndColumn:
        return DisplayFormat::dateTime(usage.deadline, displayZone());
    }
    return {};
}

QVariant UsageTableModel::raw(const Usage &usage, int column) const
{
    switch (column) {
    case TimeColumn:
        return usage.time;
    case AmountColumn:
        return usage.amount.units();
    case PeriodEndColumn:
        return usage.deadline;
    case KindColumn:
        return int(usage.kind);
    default:
        return display(usage, column);
    }
}

void UsageTableModel::clearRows()
{
    m_rows.clear();
    if (m_total) {
        m_total.reset();
        Q_EMIT totalChanged();
    }
}

void UsageTableModel::requestPage(const PageRequest &page)
{
    PageRequest request = page;
    request.withTotal = false; // usageTotal() counts, in parallel
    trackPage<Usage>(backend()->listUsages(filter(), request), [this](const QList<Usage> &items) {
        if (items.isEmpty())
            return;
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + items.size() - 1));
        m_rows.append(items);
        endInsertRows();
    });
}

void UsageTableModel::firstPageRequested()
{
    tracker().track<UsageTotal>(backend()->usageTotal(m_filter), [this](const UsageTotal &total) {
        m_total = total;
        setTotalRows(total.charges);
        Q_EMIT totalChanged();
    });
}
