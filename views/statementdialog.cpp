#include "statementdialog.h"

#include "busyindicator.h"
#include "core/backend.h"
#include "displayformat.h"
#include "exportdialogs.h"
#include "reports/statementdocument.h"
#include "reports/statementloader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

StatementDialog::StatementDialog(Backend *backend, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_loader(new StatementLoader(this))
    , m_namespace(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_month(new QDateEdit(this))
    , m_makeButton(new QPushButton(tr("Make statement"), this))
    , m_busy(new BusyIndicator(this))
    , m_status(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_previewButton(new QPushButton(tr("Print preview…"), this))
    , m_printButton(new QPushButton(tr("Print…"), this))
    , m_pdfButton(new QPushButton(tr("Save as PDF…"), this))
{
    setWindowTitle(tr("Monthly statement"));
    m_namespace->setObjectName(QStringLiteral("namespaceCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_month->setObjectName(QStringLiteral("monthEdit"));
    m_makeButton->setObjectName(QStringLiteral("makeButton"));
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    m_namespace->setMinimumContentsLength(20);
    m_region->addItem(tr("All regions"), QString());
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    // Statements are for months that are over: the previous one by default.
    const QDate thisMonth = MonthCalendar::monthOf(QDateTime::currentDateTimeUtc(), m_zone);
    m_month->setDate(thisMonth.addMonths(-1));

    auto *inputs = new QFormLayout;
    inputs->addRow(tr("Namespace:"), m_namespace);
    inputs->addRow(tr("Region:"), m_region);
    inputs->addRow(tr("Month (%1):").arg(QString::fromUtf8(m_zone.id())), m_month);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_makeButton);
    actions->addWidget(m_busy);
    actions->addWidget(m_status, 1);
    m_status->setWordWrap(true);
    m_makeButton->setDefault(true);

    m_warning->setObjectName(QStringLiteral("statementWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #a00000; font-weight: bold; }"));
    m_warning->setVisible(false);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->document()->setDefaultFont(StatementDocument::font());
    m_preview->setMinimumSize(640, 420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(actions);
    layout->addWidget(m_warning);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_makeButton, &QPushButton::clicked, this, &StatementDialog::makeStatement);
    connect(m_previewButton, &QPushButton::clicked, this, &StatementDialog::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &StatementDialog::printDirectly);
    connect(m_pdfButton, &QPushButton::clicked, this, &StatementDialog::saveInteractively);
    connect(m_namespace, &QComboBox::currentTextChanged, this, &StatementDialog::clearStatement);
    connect(m_region, &QComboBox::currentIndexChanged, this, &StatementDialog::clearStatement);
    connect(m_month, &QDateEdit::dateChanged, this, &StatementDialog::clearStatement);

    clearStatement();
    loadLists();
}

void StatementDialog::setNamespace(const QString &ns)
{
    m_pendingNamespace = ns;
    m_namespace->setCurrentText(ns);
}

void StatementDialog::setMonth(const QDate &month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

bool StatementDialog::isBusy() const
{
    return m_busy->isBusy();
}

QString StatementDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString StatementDialog::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

void StatementDialog::setBusy(bool busy, const QString &text)
{
    m_busy->setBusy(busy);
    m_status->setText(text);
    m_makeButton->setEnabled(!busy && m_backend);
}

void StatementDialog::loadLists()
{
    if (!m_backend) {
        setBusy(false, tr("No connection."));
        return;
    }
    m_backend->listRegions().then(this, [this](const Result<QList<Region>> &regions) {
        if (!regions)
            return; // "All regions" still works
        const QSignalBlocker blocker(m_region);
        for (const Region &r : regions.value())
            m_region->addItem(r.identification, r.identification);
    });
    m_backend->listNamespaces(QString()).then(this, [this](const Result<QStringList> &names) {
        if (!names)
            return; // a namespace can still be typed in
        const QString typed = m_namespace->currentText();
        const QSignalBlocker blocker(m_namespace);
        m_namespace->clear();
        m_namespace->addItems(names.value());
        m_namespace->setCurrentText(typed.isEmpty() ? m_pendingNamespace : typed);
    });
}

void StatementDialog::clearStatement()
{
    m_loader->cancel();
    m_statement.reset();
    m_warning->clear();
    m_warning->setVisible(false);
    setBusy(false);
    m_preview->setPlainText(tr("Choose a namespace and a month, then press Make statement."));
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton})
        b->setEnabled(false);
}

void StatementDialog::makeStatement()
{
    const QString ns = m_namespace->currentText().trimmed();
    if (!m_backend || ns.isEmpty())
        return setBusy(false, m_backend ? tr("Choose a namespace.") : tr("No connection."));
    clearStatement();
    StatementRequest request;
    request.ns = ns;
    request.region = m_region->currentData().toString();
    request.month = MonthCalendar::months(m_month->date(), m_month->date(), m_zone).constFirst();
    request.zone = m_zone;
    setBusy(true, tr("Adding up the charges of %1 in %2…").arg(ns, request.month.key()));
    m_loader->load(m_backend, request)
        .then(this,
              [this](const Result<Statement> &made) {
                  if (!made) {
                      setBusy(
                          false,
                          tr("The statement could not be made: %1").arg(made.error().message()));
                      return Q_EMIT failed(made.error());
                  }
                  present(made.value());
              })
        .onCanceled(this, [] {}); // by clearStatement(): it reset the dialog
}

void StatementDialog::present(const Statement &statement)
{
    m_statement = statement;
    setBusy(false, tr("%n order line(s), total %1.", nullptr, int(statement.lines.size()))
                       .arg(DisplayFormat::money(statement.total)));
    if (statement.lines.isEmpty()) {
        // A zero bill is most often a namespace mistyped: say so before it
        // is printed (usagectl statement warns alike).
        QString warning =
            statement.regionsRead.size() == 1
                ? tr("%1 has no charge in %2 in region %3 — is the namespace right?")
                      .arg(statement.ns, statement.month.key(), statement.regionsRead.constFirst())
                : tr("%1 has no charge in %2 — is the namespace right?")
                      .arg(statement.ns, statement.month.key());
        if (m_namespace->count() > 0 && m_namespace->findText(statement.ns) < 0)
            warning +=
                QLatin1Char(' ') + tr("It is not one of the namespaces this connection lists.");
        m_warning->setText(QStringLiteral("⚠ ") + warning);
        m_warning->setVisible(true);
    }
    m_preview->setHtml(StatementDocument::html(statement));
    for (QPushButton *b : {m_previewButton, m_printButton, m_pdfButton})
        b->setEnabled(true);
    Q_EMIT statementMade();
}

bool StatementDialog::savePdf(const QString &path, QString *error)
{
    if (!m_statement) {
        if (error)
            *error = tr("No statement has been made yet.");
        return false;
    }
    return StatementDocument::writePdf(*m_statement, path, error);
}

void StatementDialog::saveInteractively()
{
    if (!m_statement)
        return;
    const QString suggested =
        StatementDocument::title(*m_statement).replace(QLatin1Char(' '), QLatin1Char('-')) +
        QStringLiteral(".pdf");
    ExportDialogs::askForFile(this, tr("Save statement"), suggested, tr("PDF (*.pdf)"),
                              [this](const QString &path, const QString &) {
                                  QString error;
                                  if (savePdf(path, &error))
                                      m_status->setText(tr("Saved to %1").arg(path));
                                  else
                                      m_status->setText(error);
                              });
}

void StatementDialog::printPreview()
{
    if (!m_statement)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(StatementDocument::title(*m_statement));
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { StatementDocument::print(*m_statement, p); });
    preview.exec();
}

void StatementDialog::printDirectly()
{
    if (!m_statement)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(StatementDocument::title(*m_statement));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        StatementDocument::print(*m_statement, &printer);
}
