#include "orderchargesmodel.h"

#include "core/backend.h"
#include "core/ordercharges.h"
#include "displayformat.h"

OrderChargesModel::OrderChargesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(&m_tracker, &RequestTracker::busyChanged, this, &OrderChargesModel::busyChanged);
    connect(&m_tracker, &RequestTracker::errorOccurred, this, &OrderChargesModel::errorOccurred);
}

void OrderChargesModel::setBackend(Backend *backend)
{
    m_backend = backend;
    setOrder(std::nullopt);
}

void OrderChargesModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OrderChargesModel::setOrder(const std::optional<Order> &order)
{
    m_tracker.bump();
    beginResetModel();
    m_order = order;
    m_rows.clear();
    m_complete = false;
    endResetModel();
    if (!m_order || !m_backend)
        return;
    requestPage(PageRequest::first(PageSize, false), 0);
}

void OrderChargesModel::requestPage(const PageRequest &page, int pagesSoFar)
{
    UsageFilter filter;
    filter.region = m_order->region;
    filter.namespaces = {m_order->ns};
    filter.orderId = m_order->orderId;
    const Order order = *m_order;
    m_tracker.track<Page<Usage>>(
        m_backend->listUsages(filter, page), [this, order, pagesSoFar](const Page<Usage> &result) {
            QList<Usage> mine;
            for (const Usage &usage : result.items) {
                if (OrderCharges::belongsTo(usage, order))
                    mine.append(usage);
            }
            if (!mine.isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()),
                                int(m_rows.size() + mine.size()) - 1);
                m_rows.append(mine);
                endInsertRows();
            }
            if (result.next && pagesSoFar + 1 < MaxPages) {
                requestPage(PageRequest::continueFrom(*result.next, PageSize), pagesSoFar + 1);
                return;
            }
            m_complete = !result.next;
            Q_EMIT loaded(m_complete);
        });
}

Money OrderChargesModel::sum() const
{
    Money total;
    for (const Usage &usage : m_rows)
        total += usage.amount;
    return total;
}

int OrderChargesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderChargesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderChargesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChargeColumn:
        return tr("Charge #");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case PeriodEndColumn:
        return tr("Period end");
    case PlanColumn:
        return tr("Plan");
    case PlanNameColumn:
        return tr("Plan name");
    }
    return {};
}

QVariant OrderChargesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Usage &usage = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == ChargeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return DisplayFormat::dateTime(usage.time, m_zone);
    case ChargeColumn:
        return usage.consumeId ? QString::number(*usage.consumeId) : DisplayFormat::dash();
    case KindColumn:
        return DisplayFormat::chargeKind(usage.kind);
    case AmountColumn:
        return DisplayFormat::money(usage.amount, m_locale);
    case PeriodEndColumn:
        return DisplayFormat::dateTime(usage.deadline, m_zone);
    case PlanColumn:
        return usage.planId;
    case PlanNameColumn:
        return usage.planName.isEmpty() ? DisplayFormat::dash() : usage.planName;
    }
    return {};
}
