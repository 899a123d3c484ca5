// MainWindow's audit (Tools > Audit): its other parts are in mainwindow.cpp.

#include "mainwindow.h"

#include "auditdialog.h"
#include "connectionmanager.h"
#include "core/backend.h"
#include "ordersview.h"
#include "usagesview.h"
#include "zonecombobox.h"

#include <QTabWidget>

void MainWindow::openAudit()
{
    Backend *backend = m_connection->backend();
    if (!backend)
        return;
    auto *dialog = new AuditDialog(backend, m_zone->zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AuditDialog::findingActivated, this, &MainWindow::showFinding);
    connect(dialog, &AuditDialog::errorOccurred, this, &MainWindow::showError);
    m_backendDialogs.append(dialog);
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
