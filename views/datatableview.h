#pragma once

#include <QTableView>

class QLabel;

// The table every view shows: whole-row selection, Ctrl+C copies the
// selected rows as tab-separated text (with the header), the server-sorted
// column carries the sort indicator and the headers do not pretend to sort,
// and an empty result says so in the viewport instead of a blank grid.
class DataTableView : public QTableView
{
    Q_OBJECT
public:
    explicit DataTableView(QWidget *parent = nullptr);

    // Makes the headers clickable and sorts through the (complete) model.
    void setClientSortable(bool sortable);
    // Column the server sorts by, descending; -1 = none.
    void setServerSortColumn(int column);
    // What an empty table says once loaded (shown only when not busy).
    void setEmptyText(const QString &text);
    void setLoading(bool loading);
    // The selected rows (or the current one) as TSV with a header line.
    QString selectionAsTsv() const;
    void copySelection() const;
    void setModel(QAbstractItemModel *model) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();

    QLabel *m_emptyLabel;
    QString m_emptyText;
    bool m_loading = false;
    int m_serverSortColumn = -1;
};
