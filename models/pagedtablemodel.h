#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/page.h"
#include "requesttracker.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <optional>

class Backend;

// A table filled page by page from the backend: the first page on
// refresh(), the next one (keyset continuation) when a view asks
// fetchMore(). The backend sorts, newest first unless sort() chose another
// of the orders it can page by (Backend::usageSorts()); the model never
// sorts a partial list itself. It keeps at most maxRows() rows, so that
// scrolling through millions of charges cannot eat the memory: past that,
// the view says so (capNote()) and the CSV export, which streams, has the
// rest.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int DefaultMaxRows = 100000;

    explicit PagedTableModel(QObject *parent = nullptr);

    void setBackend(Backend *backend);
    Backend *backend() const { return m_backend; }
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }
    void setLocale(const QLocale &locale);

    bool isBusy() const { return m_tracker.isBusy(); }
    // Rows matching the filter, -1 while unknown.
    qint64 totalRows() const { return m_totalRows; }
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    // More rows match than the model keeps.
    bool isCapped() const;
    // What the view adds to its status line while capped, else empty.
    QString capNote() const;
    quint64 generation() const { return m_tracker.generation(); }
    // Why the first page of the last refresh failed; empty after a page
    // arrived and after clear(). Set before errorOccurred() is emitted.
    const std::optional<BackendError> &loadError() const { return m_loadError; }

    // Drops the rows and asks for the first page again.
    void refresh();
    // Drops the rows without asking anything (no backend, or a filter reset).
    void clear();

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Asks the backend for the list in this order and reloads, when the
    // backend can page by it; otherwise keeps the order it has (and says so
    // with sortChanged(), so that a header that flipped flips back).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether a click on `column` gives an order the backend can page by.
    bool isSortable(int column) const;
    // The column the backend sorts by, and which way.
    int sortedColumn() const { return columnOf(m_sort.field); }
    Qt::SortOrder sortOrder() const;
    ListSort listSort() const { return m_sort; }

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void sortChanged(int column, Qt::SortOrder order);
    // A page arrived (the first one of a refresh, or one more).
    void pageLoaded();
    void busyChanged(bool busy);
    void totalRowsChanged(qint64 total);

protected:
    virtual QString columnTitle(int column) const = 0;
    // Which sort field a column shows (nullopt: none), and back (-1: none).
    virtual std::optional<ListSort::Field> fieldOf(int column) const = 0;
    virtual int columnOf(ListSort::Field field) const = 0;
    // The orders the backend can page this list by.
    virtual QList<ListSort> backendSorts() const = 0;
    // Clears the typed rows inside a model reset.
    virtual void clearRows() = 0;
    // Asks the backend for `page`; calls pageArrived() through track().
    virtual void requestPage(const PageRequest &page) = 0;
    // The first page was asked; subclasses may ask extra things (a total).
    virtual void firstPageRequested() {}

    template<typename T>
    void trackPage(QFuture<Result<Page<T>>> future, std::function<void(const QList<T> &)> append)
    {
        m_tracker.track<Page<T>>(
            future,
            [this, append](const Page<T> &page) {
                append(page.items);
                pageArrived(page.next, page.total);
            },
            [this](const BackendError &error) { pageFailed(error); });
    }
    void setTotalRows(qint64 total);
    void pageArrived(const std::optional<PageCursor> &next, qint64 total);
    // Stops paging until the next refresh(), so a view cannot retry in a loop;
    // a failed first page is the loadError().
    void pageFailed(const BackendError &error);
    RequestTracker &tracker() { return m_tracker; }
    QString sortTip(int section) const;
    QLocale locale() const { return m_locale; }

private:
    Backend *m_backend = nullptr;
    QTimeZone m_zone;
    QLocale m_locale;
    RequestTracker m_tracker;
    std::optional<PageCursor> m_next;
    bool m_fetching = false;
    qint64 m_totalRows = -1;
    int m_maxRows = DefaultMaxRows;
    ListSort m_sort;
    std::optional<BackendError> m_loadError;
};
