#pragma once

#include "core/audit.h"
#include "core/backenderror.h"
#include "profiles/profile.h"
#include "profiles/reportstore.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimeZone>

#include <memory>

class Backend;
class ConnectionManager;
class ConsolePage;
class ErrorBanner;
class LanguageSwitcher;
class OrdersView;
class PlansView;
class ProfileComboBox;
class ProfileStore;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;
class QTabWidget;
class ReportsMenu;
class SecretStore;
class SpendView;
class UsagesView;
class ZoneComboBox;

// The console: a profile switcher, the display zone and language, and the
// Usages, Orders, Plans and Spend tabs under a non-modal error banner.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { UsagesTab, OrdersTab, PlansTab, SpendTab };

    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Lists `profile` in the switcher (if it is not yet) and connects to it.
    void openProfile(const Profile &profile);
    // Connects to an already made backend (first run, tests).
    void setBackend(std::shared_ptr<Backend> backend, const Profile &profile);
    Backend *backend() const;
    // The profile connected (or being connected) to.
    std::optional<Profile> currentProfile() const;
    void setDisplayZone(const QString &zoneId);
    QTimeZone displayZone() const;
    bool setLanguage(const QString &language);
    void saveSettings() const;

    // Tools > Audit: the ledger audit of the connection, in a dialog.
    void openAudit();
    // Opens a finding's order (Orders tab) or its charges (Usages tab).
    void showFinding(const AuditFinding &finding);
    // Reports > Save as report…: the tab shown, its filters, the zone and the
    // chart options, on the current profile.
    void saveReport();
    // Opens a saved report: its profile (connecting if need be), its zone,
    // tab and filters. A report whose profile or region has gone says so and
    // is not opened on anything else.
    void openReport(const SavedReport &report);
    ReportStore *reports() { return &m_reports; }
    // What the current tab would save as a report (no name yet).
    SavedReport currentReport() const;

    QTabWidget *tabs() const { return m_tabs; }
    UsagesView *usagesView() const { return m_usages; }
    OrdersView *ordersView() const { return m_orders; }
    PlansView *plansView() const { return m_plans; }
    SpendView *spendView() const { return m_spend; }
    ErrorBanner *errorBanner() const { return m_banner; }
    // True while any tab waits for the backend.
    bool isBusy() const;
    // The size a first start opens at on a screen with `available` room:
    // wide enough for every column of the Usages table.
    QSize fittingSize(const QRect &available) const;

Q_SIGNALS:
    void busyChanged(bool busy);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void retranslate();
    void restoreSettings();
    void reloadProfiles();
    void backendChanged(Backend *backend);
    void zoneChanged(const QTimeZone &zone);
    // An error of one tab (or, -1, of the connection) in the banner; the
    // next load of the same tab that succeeds takes it away.
    void showError(int source, const BackendError &error);
    void loadSucceeded(int source);
    void showMessage(const QString &message, const QString &details);
    void openReportRegion(const SavedReport &report);
    void applyReport(const SavedReport &report);
    void openQuote();
    void openStatement();
    void openProfiles();
    // File ▸ Export: the tab on show, in its own format.
    void exportCurrentTab();
    void profileSaved(const Profile &profile);
    void updateBusy();
    ConsolePage *currentPage() const;
    QList<ConsolePage *> pages() const;
    // The pages whose filters and columns are remembered, by settings group.
    QList<std::pair<QString, ConsolePage *>> settingsGroups() const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ReportStore m_reports;
    std::optional<SavedReport> m_pendingReport; // waits for its profile to connect
    ConnectionManager *m_connection;
    LanguageSwitcher *m_language;
    ErrorBanner *m_banner;
    QTabWidget *m_tabs;
    UsagesView *m_usages;
    OrdersView *m_orders;
    PlansView *m_plans;
    SpendView *m_spend;
    ProfileComboBox *m_profileCombo;
    QLabel *m_profileLabel;
    QLabel *m_zoneLabel;
    ZoneComboBox *m_zone;
    QLabel *m_connectionLabel;
    QList<QPointer<QWidget>> m_backendDialogs; // quote dialogs borrow the backend
    QList<bool> m_busyTabs;
    int m_errorSource = -1; // the tab whose error the banner shows, -1 none

    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quoteAction = nullptr;
    QAction *m_statementAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_saveReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_tabActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguage = nullptr;
    QAction *m_english = nullptr;
    QAction *m_chinese = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    ReportsMenu *m_reportsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
