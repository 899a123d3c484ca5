#pragma once

#include "consolepage.h"
#include "core/backenderror.h"

#include <QWidget>

class BusyIndicator;
class DataTableView;
class PlanTableModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;

// Plans: region and type filters, old versions on request; the list is
// complete, so its columns sort and a quick search narrows it.
class PlansView : public QWidget, public ConsolePage
{
    Q_OBJECT
public:
    explicit PlansView(QWidget *parent = nullptr);

    void setBackend(Backend *backend) override;
    void setDisplayZone(const QTimeZone &zone) override;
    void refresh() override;
    void focusFilters() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void fillReport(SavedReport &report) const override;
    void openReport(const SavedReport &report, const QDate &today) override;

    // Asks for a file name, then writes the plans as listed (sorted and
    // searched as shown) to CSV.
    void exportCsv();
    bool exportTo(const QString &path, QString *error = nullptr);

    PlanTableModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }

Q_SIGNALS:
    void errorOccurred(const BackendError &error);
    void busyChanged(bool busy);
    void loaded();
    void messageShown(const QString &message, const QString &details);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyText();
    void updateStatus();
    void loadRegions();
    // Selects `region`, listing it when the backend has not (yet).
    void selectRegion(const QString &region);

    Backend *m_backend = nullptr;
    PlanTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QCheckBox *m_oldVersions;
    QLineEdit *m_search;
    QPushButton *m_apply;
    BusyIndicator *m_busy;
    DataTableView *m_table;
    QLabel *m_status;
    bool m_loaded = false; // the list of the last refresh arrived
};
