// MainWindow's actions, menus and tool bar, and their words (retranslate()):
// its other parts are in mainwindow.cpp.

#include "mainwindow.h"

#include "connectionmanager.h"
#include "consolepage.h"
#include "core/backend.h"
#include "languageswitcher.h"
#include "profilecombobox.h"
#include "reportsmenu.h"
#include "spendview.h"
#include "zonecombobox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

void MainWindow::createActions()
{
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->refresh();
        else if (m_tabs->currentWidget() == m_spend)
            m_spend->refresh();
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (ConsolePage *page = currentPage())
            page->focusFilters();
    });
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportCurrentTab);
    m_statementAction = new QAction(this);
    m_statementAction->setObjectName(QStringLiteral("statementAction"));
    connect(m_statementAction, &QAction::triggered, this, &MainWindow::openStatement);
    m_quoteAction = new QAction(this);
    // Ctrl+Q quits on Linux desktops; D as in "dry run".
    m_quoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_quoteAction, &QAction::triggered, this, &MainWindow::openQuote);
    m_profilesAction = new QAction(this);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);
    m_auditAction = new QAction(this);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::openAudit);
    m_saveReportAction = new QAction(this);
    m_saveReportAction->setShortcut(QKeySequence::Save);
    connect(m_saveReportAction, &QAction::triggered, this, &MainWindow::saveReport);
    // Both need a connection (and saving, its profile): enabled once connected.
    m_auditAction->setEnabled(false);
    m_saveReportAction->setEnabled(false);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Usage Console"),
                           tr("Usage Console %1\nBilling data of the cloud platform: charges, "
                              "orders, plans and spend.")
                               .arg(QApplication::applicationVersion()));
    });
    for (int tab = 0; tab < 4; ++tab) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] { m_tabs->setCurrentIndex(tab); });
        m_tabActions.append(action);
    }
    m_languageGroup = new QActionGroup(this);
    m_systemLanguage = m_languageGroup->addAction(QString());
    m_systemLanguage->setData(QString());
    m_english = m_languageGroup->addAction(QStringLiteral("English"));
    m_english->setData(QStringLiteral("en"));
    m_chinese = m_languageGroup->addAction(QStringLiteral("简体中文"));
    m_chinese->setData(QStringLiteral("zh_CN"));
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    m_systemLanguage->setChecked(true);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_statementAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_tabActions);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_quoteAction);
    m_toolsMenu->addAction(m_auditAction);
    m_toolsMenu->addAction(m_profilesAction);
    m_reportsMenu = new ReportsMenu(&m_reports, m_profiles, m_saveReportAction, this);
    connect(m_reportsMenu, &ReportsMenu::reportChosen, this, &MainWindow::openReport);
    menuBar()->addMenu(m_reportsMenu);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addWidget(m_profileLabel);
    m_toolBar->addWidget(m_profileCombo);
    m_toolBar->addAction(m_profilesAction);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_zoneLabel);
    m_toolBar->addWidget(m_zone);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_quoteAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_connection->profile()
                       ? tr("Usage Console — %1").arg(m_connection->profile()->name)
                       : tr("Usage Console"));
    m_tabs->setTabText(UsagesTab, tr("&Usages"));
    m_tabs->setTabText(OrdersTab, tr("&Orders"));
    m_tabs->setTabText(PlansTab, tr("&Plans"));
    m_tabs->setTabText(SpendTab, tr("&Spend"));
    m_profileLabel->setText(tr("Profile:"));
    m_zoneLabel->setText(tr(" Time zone:"));
    m_refreshAction->setText(tr("R&efresh"));
    m_findAction->setText(tr("&Find (focus the filters)"));
    m_exportAction->setText(tr("E&xport…"));
    m_exportAction->setToolTip(
        tr("Export the tab on show: Usages, Orders and Plans as CSV, "
           "Spend as CSV, PNG or SVG (%1)")
            .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_statementAction->setText(tr("&Statement…"));
    m_statementAction->setToolTip(tr("A namespace's monthly statement: preview, print, PDF"));
    m_quoteAction->setText(tr("&Quote…"));
    m_quoteAction->setToolTip(
        tr("Dry-run price of a new order or plan switch (%1)")
            .arg(m_quoteAction->shortcut().toString(QKeySequence::NativeText)));
    m_profilesAction->setText(tr("Prof&iles…"));
    m_auditAction->setText(tr("&Audit…"));
    m_auditAction->setToolTip(tr("Check the billing tables for what breaks the service"));
    m_saveReportAction->setText(tr("&Save as Report…"));
    m_saveReportAction->setToolTip(tr("Keep this tab's filters under a name (Reports menu, "
                                      "usagectl report run)"));
    m_reportsMenu->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About"));
    const QStringList tabNames{tr("Usages"), tr("Orders"), tr("Plans"), tr("Spend")};
    for (int i = 0; i < m_tabActions.size(); ++i)
        m_tabActions.at(i)->setText(tr("Show %1").arg(tabNames.at(i)));
    m_systemLanguage->setText(tr("System language"));
    m_chinese->setEnabled(LanguageSwitcher::hasTranslation(QStringLiteral("zh_CN")));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    // Toolbar buttons answer no Alt letter (Qt drops the '&'), but a
    // translation's "(&I)" would still show "(I)" on them, a letter that
    // does nothing there: they show the text without it.
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&[^)]\\)|&(?!&)"));
    for (QAction *a : {m_profilesAction, m_refreshAction, m_exportAction, m_quoteAction})
        a->setIconText(QString(a->text()).remove(mnemonic));
    Backend *backend = m_connection->backend();
    m_connectionLabel->setText(!backend ? tr("Not connected")
                               : backend->isReadOnly()
                                   ? tr("%1 (read-only)").arg(backend->describe())
                                   : backend->describe());
}
