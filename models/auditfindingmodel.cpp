#include "auditfindingmodel.h"

#include "displayformat.h"

AuditFindingModel::AuditFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
}

void AuditFindingModel::setReport(const AuditReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void AuditFindingModel::clear()
{
    setReport(AuditReport());
}

void AuditFindingModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_report.findings.isEmpty())
        Q_EMIT dataChanged(index(0, DetailColumn),
                           index(int(m_report.findings.size()) - 1, DetailColumn));
}

int AuditFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int AuditFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case OrderColumn:
        return tr("Order");
    case OrderIdColumn:
        return tr("Order ID");
    case NamespaceColumn:
        return tr("Namespace");
    case RegionColumn:
        return tr("Region");
    case ChargeColumn:
        return tr("Charge #");
    case DetailColumn:
        return tr("Explanation");
    }
    return {};
}

QVariant AuditFindingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditFinding &f = m_report.findings.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == OrderColumn || index.column() == ChargeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return f.detail(m_zone);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return auditKindName(f.kind);
    case OrderColumn:
        return QString::number(f.orderKey);
    case OrderIdColumn:
        return f.orderId;
    case NamespaceColumn:
        return f.ns;
    case RegionColumn:
        return f.region;
    case ChargeColumn:
        return f.consumeId ? QString::number(*f.consumeId) : DisplayFormat::dash();
    case DetailColumn:
        return f.detail(m_zone);
    }
    return {};
}
