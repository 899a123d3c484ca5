#pragma once

#include "consolepage.h"
#include "core/backenderror.h"
#include "core/filterprobe.h"
#include "core/filters.h"

#include <QPointer>
#include <QWidget>

class CsvExporter;
class DataTableView;
class FilterBar;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class UsageTableModel;

// Charges: filters (region, namespaces, order id, days in the display zone),
// the lazily paged table, the total of the whole filter, CSV export of the
// whole filter.
class UsagesView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    explicit UsagesView(QWidget *parent = nullptr);
    ~UsagesView() override;

    void setBackend(Backend *backend) override;
    void setDisplayZone(const QTimeZone &zone) override;
    void refresh() override;
    void focusFilters() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void fillReport(SavedReport &report) const override;
    void openReport(const SavedReport &report, const QDate &today) override;

    // The filter the widgets describe (days turned into UTC instants).
    UsageFilter filterFromWidgets() const;
    // Shows one namespace's charges over [from, to] (days, inclusive).
    void showUsages(const QString &ns, const QString &region, QDate from, QDate to);
    // Shows every charge of one ORDER_ID (an audit finding about a charge).
    void showOrderCharges(const QString &ns, const QString &region, const QString &orderId);
    // Asks for a file name, then exports the whole current filter.
    void exportCsv();
    void exportTo(const QString &path);
    bool isExporting() const;

    UsageTableModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void messageShown(const QString &message, const QString &details);
    void busyChanged(bool busy);
    // A page of the list arrived: whatever failed before works again.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Sets every filter (invalid days: off) and loads.
    void showFilter(const QString &region, const QStringList &namespaces, const QString &orderId,
                    QDate from, QDate to);
    void updateStatus();
    void updateBusy();
    // After an empty answer, or one of several namespaces: which names of
    // the filter match no order and no charge (typos).
    void probeFilter();

    Backend *m_backend = nullptr;
    QTimeZone m_zone;
    UsageTableModel *m_model;
    QPointer<CsvExporter> m_exporter;
    QList<FilterProbe::Miss> m_misses; // why the filter matched nothing, when it did not

    FilterBar *m_filters;
    QLabel *m_orderLabel;
    QLineEdit *m_orderId;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_export;
    DataTableView *m_table;
    QLabel *m_status;
};
