#include "spendtablemodel.h"

#include "core/percentshares.h"
#include "displayformat.h"

#include <QFont>

SpendTableModel::SpendTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SpendTableModel::setBreakdown(const SpendBreakdown &breakdown)
{
    beginResetModel();
    m_breakdown = breakdown;
    endResetModel();
}

void SpendTableModel::setSharesShown(bool shown)
{
    if (shown == m_sharesShown)
        return;
    m_sharesShown = shown;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole});
}

QString SpendTableModel::groupLabel(int group) const
{
    if (m_breakdown.isOthers(group))
        return tr("Others (%n)", nullptr, int(m_breakdown.othersMembers().size()));
    return m_breakdown.groupNamespace(group);
}

bool SpendTableModel::isTotalsRow(int row) const
{
    return row == m_breakdown.spendMonthCount();
}

bool SpendTableModel::isTotalColumn(int column) const
{
    return column == m_breakdown.groupCount();
}

int SpendTableModel::rowCount(const QModelIndex &parent) const
{
    // No totals row for an empty table: there is nothing to total. Months
    // only the forecast fills are the chart's, not rows of spend.
    if (parent.isValid() || m_breakdown.isEmpty())
        return 0;
    return m_breakdown.spendMonthCount() + 1;
}

int SpendTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_breakdown.isEmpty())
        return 0;
    return m_breakdown.groupCount() + 1;
}

Money SpendTableModel::amountAt(int row, int column) const
{
    if (isTotalsRow(row))
        return isTotalColumn(column) ? m_breakdown.grandTotal() : m_breakdown.groupTotal(column);
    return isTotalColumn(column) ? m_breakdown.monthTotal(row) : m_breakdown.amount(column, row);
}

qint64 SpendTableModel::chargesAt(int row, int column) const
{
    if (isTotalsRow(row)) {
        if (isTotalColumn(column))
            return m_breakdown.grandCharges();
        qint64 n = 0;
        for (int m = 0; m < m_breakdown.spendMonthCount(); ++m)
            n += m_breakdown.charges(column, m);
        return n;
    }
    return isTotalColumn(column) ? m_breakdown.monthCharges(row) : m_breakdown.charges(column, row);
}

std::optional<qint64> SpendTableModel::shareAt(int row, int column) const
{
    if (isTotalColumn(column))
        return std::nullopt;
    return isTotalsRow(row) ? m_breakdown.periodShare(column) : m_breakdown.share(column, row);
}

QVariant SpendTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QString amount = DisplayFormat::money(amountAt(row, column));
        const auto share = m_sharesShown ? shareAt(row, column) : std::nullopt;
        return share ? tr("%1 (%2%)").arg(amount, PercentShares::text(*share, QLocale())) : amount;
    }
    case Qt::ToolTipRole: {
        const QString where =
            isTotalsRow(row) ? tr("all months")
                             : m_breakdown.months().at(row).toString(QStringLiteral("yyyy-MM"));
        const QString who = isTotalColumn(column) ? tr("all namespaces") : groupLabel(column);
        QString tip = tr("%1, %2: %3 (%n charge(s))", nullptr, int(chargesAt(row, column)))
                          .arg(who, where, DisplayFormat::money(amountAt(row, column)));
        if (const auto share = shareAt(row, column))
            tip += QLatin1Char('\n') +
                   (isTotalsRow(row) ? tr("%1% of the whole period") : tr("%1% of the month"))
                       .arg(PercentShares::text(*share, QLocale()));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotalsRow(row) || isTotalColumn(column)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case AmountRole:
        return amountAt(row, column).units();
    case ChargesRole:
        return chargesAt(row, column);
    case NamespaceRole:
        return isTotalColumn(column) ? QString() : m_breakdown.groupNamespace(column);
    case MonthRole:
        return isTotalsRow(row) ? QDate() : m_breakdown.months().at(row);
    case ShareRole: {
        const auto share = shareAt(row, column);
        return share ? QVariant(*share) : QVariant();
    }
    default:
        return {};
    }
}

QVariant SpendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section >= columnCount())
            return {};
        return isTotalColumn(section) ? tr("Total") : groupLabel(section);
    }
    if (section >= rowCount())
        return {};
    return isTotalsRow(section)
               ? tr("Total")
               : m_breakdown.months().at(section).toString(QStringLiteral("yyyy-MM"));
}
