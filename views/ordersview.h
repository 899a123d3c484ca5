#pragma once

#include "consolepage.h"
#include "core/backenderror.h"
#include "core/filterprobe.h"
#include "core/filters.h"
#include "requesttracker.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class CsvExporter;
class DataTableView;
class FilterBar;
class OrderDetailPane;
class OrderTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

// Orders: filters (region, namespaces, status incl. renew failed, resource
// name), the paged table, the selected order's detail pane and its cancel.
class OrdersView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    explicit OrdersView(QWidget *parent = nullptr);

    void setBackend(Backend *backend) override;
    void setDisplayZone(const QTimeZone &zone) override;
    void refresh() override;
    void focusFilters() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void fillReport(SavedReport &report) const override;
    void openReport(const SavedReport &report, const QDate &today) override;

    // What the profile says: a direct-database cancel does not release the
    // resource; a read-only profile cannot cancel at all.
    void setProfileFlags(bool directDatabase, bool readOnly);
    OrderFilter filterFromWidgets() const;
    // Asks for a file name, then exports every order of the filter.
    void exportCsv();
    void exportTo(const QString &path);
    bool isExporting() const;
    // Lists the orders of `ns` in `region`, shows order `id` in the detail
    // pane (listed or not: an unpaid order is not) and selects its row once
    // it is loaded.
    void showOrder(qint64 id, const QString &ns, const QString &region);
    // The selected order's namespace and region (for the quote dialog).
    QString selectedNamespace() const;
    QString selectedRegion() const;

    OrderTableModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    OrderDetailPane *detail() const { return m_detail; }

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void messageShown(const QString &message, const QString &details);
    void busyChanged(bool busy);
    // A page of the list arrived: whatever failed before works again.
    void loaded();
    // An order was cancelled (the list reloads itself; others showing the
    // same data should too).
    void orderCancelled(const Order &order);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPlanNames();
    void selectionChanged();
    void confirmCancel(const Order &order);
    void runCancel(const Order &order);
    void reselect();
    void updateBusy();
    void updateStatus();
    // After an empty answer, or one of several namespaces: which names of
    // the filter match no order and no charge (typos).
    void probeFilter();
    void updateCancelAllowed();
    void selectPendingOrder();
    QString planName(const Order &order) const;

    Backend *m_backend = nullptr;
    bool m_directDatabase = true;
    bool m_readOnly = false;
    qint64 m_reselect = 0; // an order to select again once the list has reloaded
    OrderTableModel *m_model;
    RequestTracker m_choices;            // plan names
    QHash<QString, QString> m_planNames; // "region/plan id" -> name
    QPointer<CsvExporter> m_exporter;
    QList<FilterProbe::Miss> m_misses; // why the filter matched nothing, when it did not
    qint64 m_pendingOrder = 0;         // showOrder(): select its row when it comes

    FilterBar *m_filters;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_resourceLabel;
    QLineEdit *m_resource;
    QSplitter *m_splitter;
    DataTableView *m_table;
    OrderDetailPane *m_detail;
    QLabel *m_statusText;
};
