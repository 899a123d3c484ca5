#include "plantablemodel.h"

#include "core/backend.h"
#include "displayformat.h"

PlanTableModel::PlanTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_tracker, &RequestTracker::busyChanged, this, &PlanTableModel::busyChanged);
    connect(&m_tracker, &RequestTracker::errorOccurred, this, &PlanTableModel::errorOccurred);
}

void PlanTableModel::setBackend(Backend *backend)
{
    m_backend = backend;
    m_tracker.bump();
    beginResetModel();
    m_rows.clear();
    m_loadError.reset();
    endResetModel();
}

void PlanTableModel::setFilter(const PlanFilter &filter)
{
    m_filter = filter;
    refresh();
}

void PlanTableModel::refresh()
{
    m_tracker.bump();
    beginResetModel();
    m_rows.clear();
    m_loadError.reset();
    endResetModel();
    if (!m_backend)
        return;
    m_tracker.track<QList<Plan>>(
        m_backend->listPlans(m_filter),
        [this](const QList<Plan> &plans) {
            if (!plans.isEmpty()) {
                beginInsertRows(QModelIndex(), 0, int(plans.size()) - 1);
                m_rows = plans;
                endInsertRows();
            }
            Q_EMIT loaded(int(plans.size()));
        },
        [this](const BackendError &error) { m_loadError = error; });
}

int PlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlanColumn:
        return tr("Plan");
    case VersionColumn:
        return tr("Version");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case RegionColumn:
        return tr("Region");
    case Spec1Column:
        return tr("Specification 1");
    case Spec2Column:
        return tr("Specification 2");
    case PriceColumn:
        return tr("Price");
    case CycleColumn:
        return tr("Cycle");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created (label)");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

QVariant PlanTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(plan, index.column());
    case SortRole:
        if (index.column() == PriceColumn)
            return plan.priceMoney.units();
        if (index.column() == VersionColumn)
            return plan.id;
        return display(plan, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == VersionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CreatedColumn)
            return tr("As stored by the plan service (its local time): a label only");
        if (index.column() == DescriptionColumn)
            return plan.description;
        return {};
    default:
        return {};
    }
}

QVariant PlanTableModel::display(const Plan &plan, int column) const
{
    switch (column) {
    case PlanColumn:
        return plan.planId;
    case VersionColumn:
        return QString::number(plan.id);
    case NameColumn:
        return plan.name;
    case TypeColumn:
        return plan.type == PlanType::Unknown ? plan.typeText : DisplayFormat::planType(plan.type);
    case RegionColumn:
        return plan.region;
    case Spec1Column:
        return plan.specification1;
    case Spec2Column:
        return plan.specification2;
    case PriceColumn:
        return DisplayFormat::money(plan.priceMoney, m_locale);
    case CycleColumn:
        return plan.cycle.compare(QLatin1String("m"), Qt::CaseInsensitive) == 0 ? tr("month")
                                                                                : plan.cycle;
    case StatusColumn:
        return plan.active ? tr("active") : tr("old version");
    case CreatedColumn:
        // A label: the plan service stored its local time (SPEC §3).
        return plan.creationTime.isValid()
                   ? plan.creationTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : DisplayFormat::dash();
    case DescriptionColumn:
        return plan.description.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}
