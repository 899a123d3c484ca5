#include "pagedtablemodel.h"

#include "core/backend.h"

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
    clear();
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
    if (total >= 0)
        setTotalRows(total);
}

void PagedTableModel::pageFailed()
{
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
        // Say why clicking the header does not sort: the list is partial.
        return section == sortedColumn()
                   ? tr("Sorted by the server, newest first")
                   : tr("Not sortable: rows are loaded page by page in the server's order");
    case Qt::InitialSortOrderRole:
        return section == sortedColumn() ? QVariant(int(Qt::DescendingOrder)) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags PagedTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
