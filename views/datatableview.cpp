#include "datatableview.h"

#include "pagedtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
} // namespace

DataTableView::DataTableView(QWidget *parent)
    : QTableView(parent)
    , m_emptyLabel(new QLabel(viewport()))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    setClientSortable(false);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false); // greyed: a state, not content
    auto *layout = new QVBoxLayout(viewport());
    layout->addWidget(m_emptyLabel);
    m_emptyLabel->hide();
}

void DataTableView::setClientSortable(bool sortable)
{
    horizontalHeader()->setSectionsClickable(sortable);
    horizontalHeader()->setSortIndicatorShown(sortable || m_serverSortColumn >= 0);
    setSortingEnabled(sortable);
}

void DataTableView::setServerSortColumn(int column)
{
    m_serverSortColumn = column;
    setSortingEnabled(false);
    horizontalHeader()->setSectionsClickable(false);
    horizontalHeader()->setSortIndicatorShown(column >= 0);
    horizontalHeader()->setSortIndicator(column, Qt::DescendingOrder);
}

void DataTableView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateEmptyState();
}

void DataTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DataTableView::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DataTableView::updateEmptyState);
    m_paged = qobject_cast<PagedTableModel *>(model);
    if (m_paged) {
        // The header flips on a click and asks the model (sortingEnabled);
        // the model answers with the order it really has.
        connect(m_paged, &PagedTableModel::sortChanged, this, &DataTableView::showSort);
        horizontalHeader()->setSectionsClickable(true);
        showSort(m_paged->sortedColumn(), m_paged->sortOrder());
        setSortingEnabled(true);
    } else if (m_serverSortColumn >= 0) {
        setServerSortColumn(m_serverSortColumn);
    }
    updateEmptyState();
}

void DataTableView::showSort(int column, Qt::SortOrder order)
{
    QHeaderView *header = horizontalHeader();
    header->setSortIndicatorShown(true);
    if (header->sortIndicatorSection() != column || header->sortIndicatorOrder() != order)
        header->setSortIndicator(column, order);
}

void DataTableView::restoreHeader(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    header->restoreState(state);
    if (m_paged) {
        header->setSectionsClickable(true);
        m_paged->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        showSort(m_paged->sortedColumn(), m_paged->sortOrder());
    } else if (m_serverSortColumn >= 0) {
        setServerSortColumn(m_serverSortColumn);
    }
}

void DataTableView::setLoading(bool loading)
{
    m_loading = loading;
    updateEmptyState();
}

void DataTableView::updateEmptyState()
{
    const bool empty = !model() || model()->rowCount() == 0;
    m_emptyLabel->setText(m_loading ? tr("Loading…") : m_emptyText);
    m_emptyLabel->setVisible(empty && !m_emptyLabel->text().isEmpty());
}

int DataTableView::fullWidth() const
{
    const QHeaderView *header = horizontalHeader();
    int width = 0;
    int last = -1;
    for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            last = header->logicalIndex(visual);
    }
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        int size = header->sectionSize(logical);
        if (logical == last)
            size = qMax(size, qMax(header->defaultSectionSize(), header->sectionSizeHint(logical)));
        width += size;
    }
    return width + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
}

QString DataTableView::selectionAsTsv() const
{
    if (!model())
        return {};
    QList<int> rows;
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    // Columns in the order the user arranged them; hidden ones left out.
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int column : std::as_const(columns))
        titles << tsvCell(model()->headerData(column, Qt::Horizontal).toString());
    lines << titles.join(QLatin1Char('\t'));
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << tsvCell(model()->index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DataTableView::copySelection() const
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void DataTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void DataTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && model() && model()->columnCount() > 0) {
        // The models' titles come from tr(): ask the header to fetch them again.
        Q_EMIT model()->headerDataChanged(Qt::Horizontal, 0, model()->columnCount() - 1);
        updateEmptyState();
    }
    QTableView::changeEvent(event);
}
