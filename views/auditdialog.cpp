#include "auditdialog.h"

#include "auditfindingmodel.h"
#include "core/backend.h"
#include "datatableview.h"
#include "filterbar.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

AuditDialog::AuditDialog(Backend *backend, const QTimeZone &displayZone, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_zone(displayZone)
    , m_model(new AuditFindingModel(this))
    , m_filters(new FilterBar(this))
    , m_summary(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setDisplayZone(m_zone);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Room for the explanation: the key columns are short.
    const std::pair<int, int> widths[] = {
        {AuditFindingModel::KindColumn, 150},    {AuditFindingModel::OrderColumn, 60},
        {AuditFindingModel::OrderIdColumn, 160}, {AuditFindingModel::NamespaceColumn, 110},
        {AuditFindingModel::RegionColumn, 90},   {AuditFindingModel::ChargeColumn, 70}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filters, &FilterBar::applied, this, &AuditDialog::runAudit);
    connect(m_filters, &FilterBar::errorOccurred, this, &AuditDialog::errorOccurred);
    connect(m_table, &QAbstractItemView::activated, this, &AuditDialog::activate);
    connect(&m_run, &RequestTracker::busyChanged, this, [this](bool busy) {
        m_filters->setBusy(busy);
        m_table->setLoading(busy);
    });
    connect(&m_run, &RequestTracker::errorOccurred, this, [this](const BackendError &error) {
        m_model->clear();
        m_nothingAudited = false;
        retranslate();
        m_summary->setText(tr("The audit could not run: %1").arg(error.message()));
        Q_EMIT errorOccurred(error);
        Q_EMIT auditFinished(false);
    });
    m_filters->setBackend(backend);
    retranslate();
    resize(1100, 600);
}

void AuditDialog::runAudit()
{
    m_run.bump();
    if (!m_backend)
        return;
    AuditFilter filter;
    filter.region = m_filters->region();
    filter.namespaces = m_filters->namespaces();
    m_summary->setText(tr("Reading every order and charge…"));
    m_run.track<AuditReport>(m_backend->audit(filter), [this, filter](const AuditReport &report) {
        showReport(report, filter);
    });
}

QString AuditDialog::nothingAudited(const AuditFilter &filter, const QString &at) const
{
    // Which namespaces were asked: the filter's, else the connection's, else
    // (the service's API) the token's user's own alone.
    const QStringList asked =
        !filter.namespaces.isEmpty() ? filter.namespaces : m_backend->namespaceScope();
    QString where;
    QString hint;
    if (!asked.isEmpty()) {
        where = tr("the namespaces asked (%1)").arg(asked.join(QStringLiteral(", ")));
        hint = tr("Check their spelling, or give other namespaces in the filter above.");
    } else if (!m_backend->readsEveryNamespace()) {
        where = tr("the token's own namespace, the only one asked (the service lists one "
                   "namespace at a time)");
        hint = tr("Give the namespaces to audit in the filter above, or in the profile "
                  "(Tools ▸ Profiles…).");
    } else {
        where = tr("any namespace");
        hint = tr("The connection holds no order or charge.");
    }
    if (!filter.region.isEmpty())
        where = tr("%1, region %2").arg(where, filter.region);
    return tr("Nothing was audited: no order or charge was read in %1 (at %2). This is not a "
              "clean result.")
               .arg(where, at) +
           QLatin1Char('\n') + hint;
}

void AuditDialog::showReport(const AuditReport &report, const AuditFilter &filter)
{
    m_model->setReport(report);
    const QLocale locale;
    QStringList lines;
    const QString at =
        report.now.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString read =
        tr("%1 orders and %2 charges audited at %3")
            .arg(locale.toString(report.ordersMatched), locale.toString(report.chargesMatched), at);
    // An audit that read nothing found nothing: it is no clean result.
    m_nothingAudited =
        report.total() == 0 && report.ordersMatched == 0 && report.chargesMatched == 0;
    if (m_nothingAudited)
        lines << nothingAudited(filter, at);
    else
        lines << (report.total() == 0 ? tr("No findings: %1.").arg(read)
                                      : tr("%n finding(s): %1 (%2).", nullptr, int(report.total()))
                                            .arg(report.summary(), read));
    retranslate(); // the list's empty state
    if (report.total() > report.findings.size())
        lines << tr("Only the first %1 are listed.")
                     .arg(locale.toString(qint64(report.findings.size())));
    for (const auto &[kind, why] : report.unchecked)
        lines << tr("Not checked over this connection: %1 (%2).").arg(auditKindName(kind), why);
    if (!report.scope.isEmpty())
        lines << report.scope;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT auditFinished(true);
}

QString AuditDialog::summaryText() const
{
    return m_summary->text();
}

void AuditDialog::activate(const QModelIndex &index)
{
    if (index.isValid() && index.row() < m_model->rowCount({}))
        Q_EMIT findingActivated(m_model->findingAt(index.row()));
}

void AuditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AuditDialog::retranslate()
{
    setWindowTitle(tr("Ledger audit — %1").arg(m_backend ? m_backend->describe() : QString()));
    m_table->setEmptyText(m_nothingAudited ? tr("Nothing was audited: see above.")
                                           : tr("No findings."));
    m_hint->setText(tr("Double-click a finding to open its order or its charges."));
}
