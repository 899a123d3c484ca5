// MainWindow's audit and saved reports (Tools > Audit, the Reports menu):
// its other parts are in mainwindow.cpp.

#include "mainwindow.h"

#include "auditdialog.h"
#include "connectionmanager.h"
#include "consolepage.h"
#include "core/backend.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "ordersview.h"
#include "profiles/profilestore.h"
#include "profiles/savedreport.h"
#include "savereportdialog.h"
#include "spendview.h"
#include "usagesview.h"
#include "zonecombobox.h"

#include <QStatusBar>
#include <QTabWidget>

// A report's tab is the window's tab of the same index.
static_assert(int(SavedReport::Tab::Usages) == MainWindow::UsagesTab &&
              int(SavedReport::Tab::Orders) == MainWindow::OrdersTab &&
              int(SavedReport::Tab::Plans) == MainWindow::PlansTab &&
              int(SavedReport::Tab::Spend) == MainWindow::SpendTab);

void MainWindow::openAudit()
{
    Backend *backend = m_connection->backend();
    if (!backend)
        return;
    auto *dialog = new AuditDialog(backend, m_zone->zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditDialog::findingActivated, this, &MainWindow::showFinding);
    connect(dialog, &AuditDialog::errorOccurred, this,
            [this](const BackendError &error) { showError(-1, error); });
    m_backendDialogs.append(dialog);
    // It starts from the tab's region and namespaces: over the API those are
    // all it can read (else only the token's own namespace).
    if (const ConsolePage *page = currentPage()) {
        SavedReport shown;
        page->fillReport(shown);
        dialog->filters()->setRegion(shown.region);
        dialog->filters()->setNamespaces(shown.namespaces);
    }
    dialog->show();
    dialog->runAudit();
}

void MainWindow::showFinding(const AuditFinding &finding)
{
    if (finding.isAboutCharge()) {
        m_usages->showOrderCharges(finding.ns, finding.region, finding.orderId);
        m_tabs->setCurrentWidget(m_usages);
    } else {
        m_orders->showOrder(finding.orderKey, finding.ns, finding.region);
        m_tabs->setCurrentWidget(m_orders);
    }
    activateWindow();
}

SavedReport MainWindow::currentReport() const
{
    SavedReport report;
    if (const auto profile = m_connection->profile())
        report.profileId = profile->id;
    // The zone by name, so that usagectl reads days and months as shown.
    report.zoneId = m_zone->zoneId().isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                               : m_zone->zoneId();
    report.tab = SavedReport::Tab(m_tabs->currentIndex());
    if (report.tab == SavedReport::Tab::Spend)
        m_spend->fillReport(report);
    else if (ConsolePage *page = currentPage())
        page->fillReport(report);
    return report;
}

void MainWindow::saveReport()
{
    const auto profile = m_connection->profile();
    if (!profile || !m_connection->backend())
        return;
    QStringList names;
    for (const SavedReport &r : m_reports.reports())
        names.append(r.name);
    auto *dialog = new SaveReportDialog(currentReport(), profile->name, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SavedReport report = dialog->report();
        m_reports.save(report);
        statusBar()->showMessage(tr("Report “%1” saved.").arg(report.name), 5000);
    });
    dialog->open();
}

void MainWindow::openReport(const SavedReport &report)
{
    m_pendingReport.reset();
    if (!report.zoneId.isEmpty() && !report.zone().isValid()) {
        // Not opened in UTC under the saved name: its months would be UTC's.
        m_banner->showMessage(tr("The report “%1” is saved with the time zone “%2”, which is not "
                                 "a time zone: it is not opened.")
                                  .arg(report.name, report.zoneId));
        return;
    }
    const std::optional<Profile> profile = m_profiles->profile(report.profileId);
    if (!profile) {
        m_banner->showMessage(
            tr("The report “%1” was saved on a profile that has been deleted: it is not opened "
               "on another connection.")
                .arg(report.name));
        return;
    }
    const auto current = m_connection->profile();
    if (!m_connection->backend() || !current || current->id != profile->id) {
        m_pendingReport = report; // opened once the profile is connected
        openProfile(*profile);
        return;
    }
    openReportRegion(report);
}

void MainWindow::openReportRegion(const SavedReport &report)
{
    Backend *backend = m_connection->backend();
    if (!backend)
        return;
    if (report.region.isEmpty())
        return applyReport(report);
    // Not FilterBar::setRegion: it would list a region the backend does not have.
    backend->listRegions().then(this, [this, backend, report](const Result<QList<Region>> &r) {
        if (backend != m_connection->backend())
            return; // another connection since
        if (!r.ok())
            return showError(-1, r.error());
        for (const Region &region : r.value()) {
            if (region.identification == report.region)
                return applyReport(report);
        }
        m_banner->showMessage(
            tr("The report “%1” is on region %2, which profile “%3” no longer "
               "has: it is not opened.")
                .arg(report.name, report.region, m_connection->profile().value_or(Profile()).name));
    });
}

void MainWindow::applyReport(const SavedReport &report)
{
    m_zone->setZoneId(report.zoneId);
    const QDate today = report.today();
    if (report.tab == SavedReport::Tab::Spend)
        m_spend->openReport(report, today);
    else if (ConsolePage *page = dynamic_cast<ConsolePage *>(m_tabs->widget(int(report.tab))))
        page->openReport(report, today);
    m_tabs->setCurrentIndex(int(report.tab));
    statusBar()->showMessage(tr("Report “%1”: %2").arg(report.name, report.periodText()), 5000);
}
