#pragma once

#include "core/backenderror.h"
#include "core/forecastcell.h"
#include "core/monthcalendar.h"
#include "core/usage.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>

class Backend;
class FilterBar;
class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class SpendChart;
class SpendForecaster;
class SpendLoader;
class SpendTableModel;
class QChartView;

// Spend per month per namespace: stacked bars (top N namespaces, the rest
// as "others"), a line for the monthly total, a table of the same numbers
// with each namespace's share, export as PNG, SVG and CSV. With the
// forecast on, this month and the next also show, hatched, the renewals the
// order book will still write (SpendForecaster).
struct SavedReport;

class SpendView : public QWidget
{
    Q_OBJECT
public:
    explicit SpendView(QWidget *parent = nullptr);

    // Null = no connection. The view does not own the backend. The setters
    // schedule one reload for the next event loop turn (several setters in a
    // row cost one query); refresh() reloads at once.
    void setBackend(Backend *backend);
    void setDisplayZone(const QTimeZone &zone);
    // The filter bar's region ("" = all regions) and namespaces (empty =
    // all, or the connection's own); Apply reloads.
    void setRegion(const QString &region);
    QString region() const { return m_region; }
    void setNamespaces(const QStringList &namespaces);
    FilterBar *filterBar() const { return m_filters; }
    void refresh();

    // The region, the months and the chart options, into a report being
    // saved; and back (the months taken for `today`).
    void fillReport(SavedReport &report) const;
    void openReport(const SavedReport &report, const QDate &today);

    // Months shown: both invalid = every month with charges (the default);
    // otherwise the months from `from` to `to`, inclusive.
    void setMonthRange(const QDate &from, const QDate &to);
    // How many namespaces get their own bar segment; <= 0 = all.
    void setTopCount(int count);
    int topCount() const { return m_topCount; }

    // Where the service computes deadlines (the profile's service zone).
    void setServiceZone(const QTimeZone &zone);
    // The forecast of this month and the next (on by default); `at` is the
    // instant "this month" is taken from (invalid = the current time).
    void setForecastShown(bool shown);
    void setForecastAt(const QDateTime &at);
    bool isForecastShown() const;
    const QList<ForecastCell> &forecast() const { return m_forecastCells; }
    void setSharesShown(bool shown);

    bool isBusy() const { return m_busy; }
    // Whether the chart has data (false while empty, loading or failed).
    bool hasData() const;
    SpendTableModel *tableModel() const { return m_model; }
    QChartView *chartView() const;
    // The text shown instead of the chart when there is nothing to chart.
    QString messageText() const;

    // Asks for a file name and a format (CSV of the table, PNG or SVG of
    // the chart), then writes it.
    void exportFile();
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // A click on a bar: open Usages filtered to that namespace and month
    // (an empty namespace = no namespace filter: the "others" segment).
    void usagesRequested(const QString &ns, const QString &region, const QDate &month);
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);
    void statusMessage(const QString &text);
    // Spend arrived: whatever failed before works again.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void scheduleRefresh();
    void connectLoader();
    void applyCells(const QList<SpendCell> &cells, const QList<QDate> &months);
    void connectForecaster();
    void showLoaded();
    void rebuild();
    void fail(const BackendError &error);
    void showMessage(const QString &text);
    void setBusy(bool busy);
    void updateRangeControls();
    void exportInteractively(const QStringList &formats);
    bool exportAs(const QString &format, const QString &path, QString *error);
    void openCell(const QModelIndex &index);
    QString chartTitle() const;
    QString regionLabel() const;

    Backend *m_backend = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_region; // of the figures shown (the filter bar may have changed since)
    int m_topCount = 8;
    bool m_busy = false;
    QList<SpendCell> m_cells;
    QList<QDate> m_months;             // of spend
    QList<QDate> m_forecastOnlyMonths; // after them, charted with the forecast only
    QList<ForecastCell> m_forecastCells;

    QTimer *m_refreshTimer;
    QCheckBox *m_allMonths;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_top;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_topLabel;
    QCheckBox *m_sharesBox;
    QCheckBox *m_forecastBox;
    SpendForecaster *m_forecaster;
    QList<QAction *> m_exportActions;
    SpendLoader *m_loader;
    FilterBar *m_filters;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progress;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_content;
    SpendChart *m_chart;
    QTableView *m_table;
    SpendTableModel *m_model;
};
