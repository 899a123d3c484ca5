#include "pagedtablemodel.h"

#include "core/backend.h"

#include <algorithm>

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(&m_tracker, &RequestTracker::busyChanged, this, &PagedTableModel::busyChanged);
    connect(&m_tracker, &RequestTracker::errorOccurred, this, &PagedTableModel::errorOccurred);
}

void PagedTableModel::setBackend(Backend *backend)
{
    m_backend = backend;
    // An order chosen for another connection (or remembered while there was
    // none) that this one cannot page by falls back to its default.
    if (m_backend && !backendSorts().contains(m_sort)) {
        m_sort = backendSorts().value(0);
        Q_EMIT sortChanged(sortedColumn(), sortOrder());
    }
    clear();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    const auto field = fieldOf(column);
    const ListSort wanted{field.value_or(m_sort.field), order == Qt::AscendingOrder};
    // Without a backend the choice is kept (a restored header), and checked
    // against the backend's orders when one comes.
    if (!field || wanted == m_sort || (m_backend && !backendSorts().contains(wanted))) {
        Q_EMIT sortChanged(sortedColumn(), sortOrder());
        return;
    }
    m_sort = wanted;
    Q_EMIT sortChanged(sortedColumn(), sortOrder());
    refresh();
}

bool PagedTableModel::isSortable(int column) const
{
    const auto field = fieldOf(column);
    if (!field)
        return false;
    if (!m_backend)
        return true;
    const QList<ListSort> sorts = backendSorts();
    return std::any_of(sorts.cbegin(), sorts.cend(),
                       [&](const ListSort &s) { return s.field == *field && s != m_sort; });
}

Qt::SortOrder PagedTableModel::sortOrder() const
{
    return m_sort.ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
}

void PagedTableModel::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (rowCount(QModelIndex()) > 0)
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount(QModelIndex()) - 1, columnCount(QModelIndex()) - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void PagedTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    setDisplayZone(m_zone); // repaints the money columns too
}

void PagedTableModel::clear()
{
    m_tracker.bump();
    beginResetModel();
    clearRows();
    m_next.reset();
    m_fetching = false;
    m_loadError.reset();
    endResetModel();
    setTotalRows(-1);
}

void PagedTableModel::refresh()
{
    clear();
    if (!m_backend)
        return;
    m_fetching = true;
    requestPage(PageRequest::first(PageSize));
    firstPageRequested();
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_backend && m_next.has_value() && !m_fetching &&
           rowCount(QModelIndex()) < m_maxRows;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const int room = m_maxRows - rowCount(QModelIndex());
    requestPage(PageRequest::continueFrom(*m_next, qMin(int(PageSize), room)));
}

void PagedTableModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
}

bool PagedTableModel::isCapped() const
{
    // A full last page has a cursor even when nothing follows: a known
    // total settles it.
    const int rows = rowCount(QModelIndex());
    return m_next.has_value() && rows >= m_maxRows && (m_totalRows < 0 || m_totalRows > rows);
}

QString PagedTableModel::capNote() const
{
    if (!isCapped())
        return {};
    return tr("only the newest %1 are listed: narrow the filter, or export to CSV for all of "
              "them")
        .arg(m_locale.toString(m_maxRows));
}

void PagedTableModel::pageArrived(const std::optional<PageCursor> &next, qint64 total)
{
    m_next = next;
    m_fetching = false;
    m_loadError.reset();
    if (total >= 0)
        setTotalRows(total);
    Q_EMIT pageLoaded();
}

void PagedTableModel::pageFailed(const BackendError &error)
{
    if (rowCount(QModelIndex()) == 0)
        m_loadError = error;
    m_next.reset();
    m_fetching = false;
}

void PagedTableModel::setTotalRows(qint64 total)
{
    if (total == m_totalRows)
        return;
    m_totalRows = total;
    Q_EMIT totalRowsChanged(total);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount(QModelIndex()))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole:
        return sortTip(section);
    case Qt::InitialSortOrderRole: {
        // Which way a first click sorts: times and amounts biggest first.
        const auto field = fieldOf(section);
        if (!field)
            return {};
        return int(ListSort::defaultAscending(*field) ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    default:
        return {};
    }
}

QString PagedTableModel::sortTip(int section) const
{
    if (section == sortedColumn()) {
        switch (m_sort.field) {
        case ListSort::Field::Time:
            return m_sort.ascending ? tr("Sorted by the server, oldest first")
                                    : tr("Sorted by the server, newest first");
        case ListSort::Field::Amount:
            return m_sort.ascending ? tr("Sorted by the server, smallest first")
                                    : tr("Sorted by the server, biggest first");
        case ListSort::Field::Namespace:
        case ListSort::Field::Region:
            return m_sort.ascending ? tr("Sorted by the server, A to Z")
                                    : tr("Sorted by the server, Z to A");
        }
    }
    if (isSortable(section))
        return tr("Click to sort the whole list by this column (the server sorts)");
    if (fieldOf(section))
        return tr("Not sortable over this connection: the service lists only newest first");
    return tr("Not sortable: rows are loaded page by page in the server's order");
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
