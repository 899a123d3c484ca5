#pragma once

#include "core/backenderror.h"
#include "consolepage.h"
#include "core/filters.h"
#include "requesttracker.h"

#include <QHash>
#include <QWidget>

class BusyIndicator;
class DataTableView;
class NamespaceEdit;
class OrderDetailPane;
class OrderTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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

    // What the profile says: a direct-database cancel does not release the
    // resource; a read-only profile cannot cancel at all.
    void setProfileFlags(bool directDatabase, bool readOnly);
    OrderFilter filterFromWidgets() const;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadChoices();
    void selectionChanged();
    void confirmCancel(const Order &order);
    void runCancel(const Order &order);
    void updateBusy();
    void updateStatus();
    void updateCancelAllowed();
    QString planName(const Order &order) const;

    Backend *m_backend = nullptr;
    bool m_directDatabase = true;
    bool m_readOnly = false;
    OrderTableModel *m_model;
    RequestTracker m_choices;
    QHash<QString, QString> m_planNames; // "region/plan id" -> name

    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_namespaceLabel;
    NamespaceEdit *m_namespaces;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_resourceLabel;
    QLineEdit *m_resource;
    QPushButton *m_apply;
    BusyIndicator *m_busy;
    QSplitter *m_splitter;
    DataTableView *m_table;
    OrderDetailPane *m_detail;
    QLabel *m_statusText;
};
