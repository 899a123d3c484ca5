#include "mainwindow.h"

#include "connectionmanager.h"
#include "core/backend.h"
#include "core/timezonename.h"
#include "datatableview.h"
#include "errorbanner.h"
#include "languageswitcher.h"
#include "ordersview.h"
#include "plansview.h"
#include "profilecombobox.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "quotedialog.h"
#include "reportsmenu.h"
#include "spendview.h"
#include "statementdialog.h"
#include "usagesview.h"
#include "zonecombobox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_reports(profiles->settings())
    , m_connection(new ConnectionManager(secrets, this, this))
    , m_language(new LanguageSwitcher(this))
    , m_banner(new ErrorBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_usages(new UsagesView(m_tabs))
    , m_orders(new OrdersView(m_tabs))
    , m_plans(new PlansView(m_tabs))
    , m_spend(new SpendView(m_tabs))
    , m_profileCombo(new ProfileComboBox(profiles, this))
    , m_profileLabel(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new ZoneComboBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_busyTabs(4, false)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_usages, QString());
    m_tabs->addTab(m_orders, QString());
    m_tabs->addTab(m_plans, QString());
    m_tabs->addTab(m_spend, QString());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_connectionLabel);

    createActions();
    createMenusAndToolBar();

    connect(m_connection, &ConnectionManager::backendChanged, this, &MainWindow::backendChanged);
    connect(m_connection, &ConnectionManager::errorOccurred, this,
            [this](const BackendError &error) { showError(-1, error); });
    // A report waiting for a connection that failed is not opened later.
    connect(m_connection, &ConnectionManager::errorOccurred, this,
            [this] { m_pendingReport.reset(); });
    connect(m_profileCombo, &ProfileComboBox::profileChosen, this, [this](const Profile &p) {
        m_pendingReport.reset(); // the user chose another connection meanwhile
        openProfile(p);
    });
    connect(m_zone, &ZoneComboBox::zoneChanged, this, &MainWindow::zoneChanged);
    connect(m_zone, &ZoneComboBox::invalidZoneEntered, this, [this](const QString &text) {
        showMessage(tr("“%1” is not a time zone this system knows.").arg(text),
                    tr("Use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC."));
    });
    const auto errorsOf = [this](int tab) {
        return [this, tab](const BackendError &error) {
            showError(tab, error);
        };
    };
    const auto successOf = [this](int tab) {
        return [this, tab] {
            loadSucceeded(tab);
        };
    };
    connect(m_usages, &UsagesView::errorOccurred, this, errorsOf(UsagesTab));
    connect(m_orders, &OrdersView::errorOccurred, this, errorsOf(OrdersTab));
    connect(m_plans, &PlansView::errorOccurred, this, errorsOf(PlansTab));
    connect(m_spend, &SpendView::errorOccurred, this, errorsOf(SpendTab));
    connect(m_usages, &UsagesView::loaded, this, successOf(UsagesTab));
    connect(m_orders, &OrdersView::loaded, this, successOf(OrdersTab));
    connect(m_plans, &PlansView::loaded, this, successOf(PlansTab));
    connect(m_spend, &SpendView::loaded, this, successOf(SpendTab));
    connect(m_usages, &UsagesView::messageShown, this, &MainWindow::showMessage);
    connect(m_orders, &OrdersView::messageShown, this, &MainWindow::showMessage);
    connect(m_plans, &PlansView::messageShown, this, &MainWindow::showMessage);
    // A cancel writes an end row: the charges list shows it too.
    connect(m_orders, &OrdersView::orderCancelled, m_usages, &UsagesView::refresh);
    connect(m_spend, &SpendView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    const auto track = [this](int tab) {
        return [this, tab](bool busy) {
            m_busyTabs[tab] = busy;
            updateBusy();
        };
    };
    connect(m_usages, &UsagesView::busyChanged, this, track(UsagesTab));
    connect(m_orders, &OrdersView::busyChanged, this, track(OrdersTab));
    connect(m_plans, &PlansView::busyChanged, this, track(PlansTab));
    connect(m_spend, &SpendView::busyChanged, this, track(SpendTab));
    connect(m_spend, &SpendView::usagesRequested, this,
            [this](const QString &ns, const QString &region, const QDate &month) {
                const QDate first(month.year(), month.month(), 1);
                m_usages->showUsages(ns, region, first, first.addMonths(1).addDays(-1));
                m_tabs->setCurrentWidget(m_usages);
            });

    retranslate();
    reloadProfiles();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The views borrow the backend: let go before the connection drops it.
    for (ConsolePage *page : pages())
        page->setBackend(nullptr);
    m_spend->setBackend(nullptr);
}

QList<ConsolePage *> MainWindow::pages() const
{
    return {m_usages, m_orders, m_plans};
}

ConsolePage *MainWindow::currentPage() const
{
    return dynamic_cast<ConsolePage *>(m_tabs->currentWidget());
}

void MainWindow::reloadProfiles()
{
    m_profileCombo->reload(m_connection->profile() ? m_connection->profile()->id
                                                   : m_profiles->currentId());
}

void MainWindow::openProfile(const Profile &profile)
{
    m_profileCombo->remember(profile);
    m_profiles->setCurrentId(profile.id);
    m_connection->open(profile);
    reloadProfiles();
}

void MainWindow::setBackend(std::shared_ptr<Backend> backend, const Profile &profile)
{
    m_profileCombo->remember(profile);
    m_connection->setBackend(std::move(backend), profile);
    reloadProfiles();
}

Backend *MainWindow::backend() const
{
    return m_connection->backend();
}

std::optional<Profile> MainWindow::currentProfile() const
{
    return m_connection->profile();
}

void MainWindow::backendChanged(Backend *backend)
{
    // Dialogs that borrowed the old backend go with it.
    for (const QPointer<QWidget> &dialog : std::as_const(m_backendDialogs)) {
        if (dialog)
            dialog->close();
    }
    m_backendDialogs.clear();
    const std::optional<Profile> profile = m_connection->profile();
    m_orders->setProfileFlags(!profile || profile->isDirectDatabase(),
                              (profile && profile->readOnly) || (backend && backend->isReadOnly()));
    for (ConsolePage *page : pages()) {
        page->setBackend(backend);
        page->setDisplayZone(m_zone->zone());
    }
    m_spend->setBackend(backend);
    m_spend->setDisplayZone(m_zone->zone());
    m_spend->setServiceZone(TimeZoneName::zone(profile ? profile->serviceZone : QString()));
    m_quoteAction->setEnabled(backend != nullptr);
    m_statementAction->setEnabled(backend != nullptr);
    m_exportAction->setEnabled(backend != nullptr);
    m_auditAction->setEnabled(backend != nullptr);
    m_saveReportAction->setEnabled(backend != nullptr && profile.has_value());
    reloadProfiles(); // the switcher shows the profile now open
    retranslate();
    if (!backend)
        return;
    m_banner->hide();
    m_errorSource = -1;
    // The Spend view reloads itself after a correction; the usages' total
    // in the status bar may have come from the same dropped entries.
    connect(backend, &Backend::cachedFiguresCorrected, m_usages, &UsagesView::refresh,
            Qt::UniqueConnection);
    for (ConsolePage *page : pages())
        page->refresh();
    m_spend->refresh();
    if (m_pendingReport && profile && m_pendingReport->profileId == profile->id)
        openReportRegion(*std::exchange(m_pendingReport, std::nullopt));
}

void MainWindow::setDisplayZone(const QString &zoneId)
{
    m_zone->setZoneId(zoneId);
}

QTimeZone MainWindow::displayZone() const
{
    return m_zone->zone();
}

void MainWindow::zoneChanged(const QTimeZone &zone)
{
    for (ConsolePage *page : pages())
        page->setDisplayZone(zone);
    m_spend->setDisplayZone(zone);
}

bool MainWindow::setLanguage(const QString &language)
{
    const bool found = m_language->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    if (!found)
        showMessage(tr("No translation for this language is installed; showing English."),
                    QString());
    return found;
}

void MainWindow::showError(int source, const BackendError &error)
{
    m_errorSource = source;
    m_banner->showError(error);
}

void MainWindow::loadSucceeded(int source)
{
    if (m_errorSource >= 0 && m_errorSource == source && m_banner->isVisible()) {
        m_banner->hide();
        m_errorSource = -1;
    }
}

void MainWindow::showMessage(const QString &message, const QString &details)
{
    m_errorSource = -1; // news replace the error, and stay until closed
    m_banner->showMessage(message, details, ErrorBanner::Kind::Information);
}

void MainWindow::openStatement()
{
    Backend *backend = m_connection->backend();
    if (!backend)
        return;
    auto *dialog = new StatementDialog(backend, m_zone->zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNamespace(m_orders->selectedNamespace());
    m_backendDialogs.append(dialog);
    dialog->show();
}

void MainWindow::openQuote()
{
    Backend *backend = m_connection->backend();
    if (!backend)
        return;
    const Profile profile = m_connection->profile().value_or(Profile());
    const QTimeZone serviceZone = TimeZoneName::zone(profile.serviceZone);
    auto *dialog = new QuoteDialog(backend, m_zone->zone(), serviceZone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNamespace(m_orders->selectedNamespace());
    dialog->setRegion(m_orders->selectedRegion());
    m_backendDialogs.append(dialog);
    dialog->show();
}

void MainWindow::openProfiles()
{
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(dialog, &ProfileDialog::profileSaved, this, &MainWindow::profileSaved);
    connect(dialog, &QDialog::finished, this, &MainWindow::reloadProfiles);
    dialog->open();
}

void MainWindow::profileSaved(const Profile &profile)
{
    // The open profile's new settings apply at once: connect again with them
    // (a read-only flag, another address, another token).
    const std::optional<Profile> open = m_connection->profile();
    if (open && open->id == profile.id)
        openProfile(profile);
}

void MainWindow::exportCurrentTab()
{
    switch (m_tabs->currentIndex()) {
    case UsagesTab:
        m_usages->exportCsv();
        break;
    case OrdersTab:
        m_orders->exportCsv();
        break;
    case PlansTab:
        m_plans->exportCsv();
        break;
    case SpendTab:
        m_spend->exportFile();
        break;
    }
}

QSize MainWindow::fittingSize(const QRect &available) const
{
    // Every column of the Usages table, its scroll bar and frame, and the
    // margins of the page and the tabs around it.
    const int margins = 2 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) + 24;
    const int wanted = m_usages->table()->fullWidth() + margins;
    // Room for the window frame and a panel, which the available area may
    // not have taken off yet.
    const QSize room(available.width() - 16, available.height() - 48);
    const int width = qBound(qMin(minimumSizeHint().width(), room.width()), wanted, room.width());
    const int height = qMin(room.height(), qMax(600, room.height() * 9 / 10));
    return {width, height};
}

bool MainWindow::isBusy() const
{
    return m_busyTabs.contains(true);
}

void MainWindow::updateBusy()
{
    Q_EMIT busyChanged(isBusy());
}

QList<std::pair<QString, ConsolePage *>> MainWindow::settingsGroups() const
{
    return {{QStringLiteral("usages"), m_usages},
            {QStringLiteral("orders"), m_orders},
            {QStringLiteral("plans"), m_plans}};
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first start: fit the screen the window opens on.
        const QScreen *on = screen() ? screen() : QGuiApplication::primaryScreen();
        if (on)
            resize(fittingSize(on->availableGeometry()));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_zone->setZoneId(settings.value(QStringLiteral("display/zone")).toString());
    const QString language = settings.value(QStringLiteral("display/language")).toString();
    if (!language.isEmpty() || LanguageSwitcher::hasTranslation(QLocale::system().name()))
        setLanguage(language);
    for (const auto &[group, page] : settingsGroups()) {
        settings.beginGroup(group);
        page->restoreSettings(settings);
        settings.endGroup();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("display/zone"), m_zone->zoneId());
    settings.setValue(QStringLiteral("display/language"), m_language->language());
    for (const auto &[group, page] : settingsGroups()) {
        settings.beginGroup(group);
        page->saveSettings(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
