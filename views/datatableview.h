#pragma once

#include <QTableView>

class PagedTableModel;
class QLabel;

// The table every view shows: whole-row selection, Ctrl+C copies the
// selected rows as tab-separated text (with the header), and an empty
// result says so in the viewport instead of a blank grid. Over a
// PagedTableModel a header click asks the backend for that order (a column
// it cannot page by keeps the order shown); over a complete model the view
// sorts itself (setClientSortable); otherwise a fixed server order carries
// the indicator (setServerSortColumn).
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    // Makes the headers clickable and sorts through the (complete) model.
    void setClientSortable(bool sortable);
    // Column the server sorts by, descending, not clickable; -1 = none.
    void setServerSortColumn(int column);
    // Restores a saved header (sizes, order, sort) and, over a paged model,
    // asks for the sort it shows.
    void restoreHeader(const QByteArray &state);
    // What an empty table says once loaded (shown only when not busy).
    void setEmptyText(const QString &text);
    void setLoading(bool loading);
    // The width that shows every visible column without a horizontal
    // scroll bar: the columns (the stretching last one at least its
    // default size), the vertical scroll bar and the frame.
    int fullWidth() const;
    // The selected rows (or the current one) as TSV with a header line.
    QString selectionAsTsv() const;
    void copySelection() const;
    void setModel(QAbstractItemModel *model) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void showSort(int column, Qt::SortOrder order);

    QLabel *m_emptyLabel;
    QString m_emptyText;
    bool m_loading = false;
    int m_serverSortColumn = -1;
    PagedTableModel *m_paged = nullptr;
};
