#pragma once

#include "core/audit.h"
#include "core/backenderror.h"
#include "requesttracker.h"

#include <QDialog>
#include <QTimeZone>

class AuditFindingModel;
class Backend;
class DataTableView;
class FilterBar;
class QLabel;

// Tools > Audit: the ledger audit of the connection (all regions and
// namespaces, or those of the filter), its findings in a table, and what
// the connection could not check. A double-click (or Return) on a finding
// asks the window to open its order or its charges.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(Backend *backend, const QTimeZone &displayZone, QWidget *parent = nullptr);

    // Runs the audit with the filter shown (also on Apply).
    void runAudit();
    bool isBusy() const { return m_run.isBusy(); }
    AuditFindingModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    FilterBar *filters() const { return m_filters; }
    QString summaryText() const;

Q_SIGNALS:
    void findingActivated(const AuditFinding &finding);
    void errorOccurred(const BackendError &error);
    // A run answered (ok = false: it failed).
    void auditFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReport(const AuditReport &report, const AuditFilter &filter);
    QString nothingAudited(const AuditFilter &filter, const QString &at) const;
    void activate(const QModelIndex &index);

    Backend *m_backend;
    QTimeZone m_zone;
    RequestTracker m_run;
    AuditFindingModel *m_model;
    FilterBar *m_filters;
    QLabel *m_summary;
    DataTableView *m_table;
    QLabel *m_hint;
    bool m_nothingAudited = false;
};
