#include "quotedialog.h"

#include "core/backend.h"
#include "displayformat.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum PlanRole { PlanIdRole = Qt::UserRole, PlanTypeRole, PlanLabelRole };

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QuoteDialog::QuoteDialog(Backend *backend, const QTimeZone &displayZone,
                         const QTimeZone &serviceZone, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_displayZone(displayZone.isValid() ? displayZone : QTimeZone::systemTimeZone())
    , m_serviceZone(serviceZone.isValid() ? serviceZone : QTimeZone("Asia/Shanghai"))
    , m_namespace(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_resourceName(new QLineEdit(this))
    , m_at(new QLabel(tr("now (when you press Get quote)"), this))
    , m_quoteButton(new QPushButton(tr("Get quote"), this))
    , m_copyButton(new QPushButton(tr("Copy as text"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_result(new QStackedWidget(this))
    , m_planPrice(valueLabel(this, "planPriceLabel"))
    , m_credit(valueLabel(this, "creditLabel"))
    , m_due(valueLabel(this, "dueLabel"))
    , m_replaces(valueLabel(this, "replacesLabel"))
    , m_periodEnd(valueLabel(this, "periodEndLabel"))
    , m_warnings(valueLabel(this, "warningsLabel"))
    , m_refusal(valueLabel(this, "refusalLabel"))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Price quote"));
    m_namespace->setObjectName(QStringLiteral("namespaceCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_resourceName->setObjectName(QStringLiteral("resourceEdit"));
    m_quoteButton->setObjectName(QStringLiteral("quoteButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_details->setObjectName(QStringLiteral("detailsText"));

    m_namespace->setEditable(true);
    m_namespace->setInsertPolicy(QComboBox::NoInsert);
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *inputs = new QFormLayout;
    inputs->addRow(tr("Namespace:"), m_namespace);
    inputs->addRow(tr("Region:"), m_region);
    inputs->addRow(tr("Plan:"), m_plan);
    inputs->addRow(tr("Resource name:"), m_resourceName);
    inputs->addRow(tr("Priced at:"), m_at);

    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(100);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_quoteButton);
    actions->addWidget(m_progress);
    actions->addWidget(m_status, 1);
    m_quoteButton->setDefault(true);

    // The amount due is the one number people act on: make it the largest.
    QFont dueFont = m_due->font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 2.0);
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    m_warnings->setWordWrap(true);
    auto *quotePage = new QWidget(this);
    auto *quoteForm = new QFormLayout(quotePage);
    quoteForm->addRow(tr("Amount due:"), m_due);
    quoteForm->addRow(tr("Plan price:"), m_planPrice);
    quoteForm->addRow(tr("Credit for the current plan:"), m_credit);
    quoteForm->addRow(tr("Replaces order:"), m_replaces);
    quoteForm->addRow(tr("New period ends:"), m_periodEnd);
    quoteForm->addRow(m_warnings);

    auto *refusalPage = new QWidget(this);
    auto *refusalLayout = new QVBoxLayout(refusalPage);
    m_refusal->setWordWrap(true);
    QFont refusalFont = m_refusal->font();
    refusalFont.setPointSizeF(refusalFont.pointSizeF() * 1.3);
    refusalFont.setBold(true);
    m_refusal->setFont(refusalFont);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_details->setMaximumHeight(120);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    refusalLayout->addWidget(m_refusal);
    refusalLayout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    refusalLayout->addWidget(m_details);
    refusalLayout->addStretch(1);

    m_result->addWidget(new QLabel(tr("Choose a namespace, region and plan, then press Get "
                                      "quote. Nothing is ordered: this is a dry run."),
                                   this));
    m_result->addWidget(quotePage);
    m_result->addWidget(refusalPage);
    static_cast<QLabel *>(m_result->widget(0))->setWordWrap(true);
    auto *resultBox = new QGroupBox(tr("Result"), this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    m_copyButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addLayout(actions);
    layout->addWidget(resultBox, 1);
    layout->addWidget(buttons);

    connect(m_quoteButton, &QPushButton::clicked, this, &QuoteDialog::requestQuote);
    connect(m_copyButton, &QPushButton::clicked, this, &QuoteDialog::copyAsText);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        clearResult();
        loadRegionLists();
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this, [this] {
        clearResult();
        updateInputs();
    });
    connect(m_namespace, &QComboBox::currentTextChanged, this, [this] {
        clearResult();
        updateInputs();
    });
    connect(m_resourceName, &QLineEdit::textChanged, this, [this] {
        clearResult();
        updateInputs();
    });

    updateInputs();
    loadRegions();
}

void QuoteDialog::setNamespace(const QString &ns)
{
    m_pendingNamespace = ns;
    m_namespace->setCurrentText(ns);
}

void QuoteDialog::setRegion(const QString &region)
{
    m_pendingRegion = region;
    const int index = m_region->findData(region);
    if (index >= 0)
        m_region->setCurrentIndex(index);
}

void QuoteDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setStyleSheet(QString());
    m_status->setText(text);
    updateInputs();
}

void QuoteDialog::loadRegions()
{
    if (!m_backend) {
        m_status->setText(tr("No connection."));
        return;
    }
    const quint64 generation = ++m_listGeneration;
    setBusy(true, tr("Loading regions…"));
    m_backend->listRegions().then(this, [this, generation](const Result<QList<Region>> &regions) {
        if (generation != m_listGeneration)
            return;
        setBusy(false);
        if (!regions) {
            m_status->setText(tr("Regions could not be loaded: %1").arg(regions.error().message()));
            return;
        }
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        for (const Region &r : regions.value()) {
            const QString label = r.name.isEmpty() || r.name == r.identification
                                      ? r.identification
                                      : QStringLiteral("%1 — %2").arg(r.identification, r.name);
            m_region->addItem(label, r.identification);
        }
        const int index = m_region->findData(m_pendingRegion);
        m_region->setCurrentIndex(index >= 0 ? index : 0);
        loadRegionLists();
    });
}

void QuoteDialog::loadRegionLists()
{
    const QString region = m_region->currentData().toString();
    if (!m_backend || region.isEmpty())
        return;
    const quint64 generation = ++m_listGeneration;
    setBusy(true, tr("Loading plans…"));
    m_backend->listNamespaces(region).then(
        this, [this, generation](const Result<QStringList> &names) {
            if (generation != m_listGeneration || !names)
                return; // a namespace can still be typed in
            const QString typed = m_namespace->currentText();
            const QSignalBlocker blocker(m_namespace);
            m_namespace->clear();
            m_namespace->addItems(names.value());
            m_namespace->setCurrentText(typed.isEmpty() ? m_pendingNamespace : typed);
        });
    PlanFilter filter;
    filter.region = region;
    m_backend->listPlans(filter).then(this, [this, generation](const Result<QList<Plan>> &plans) {
        if (generation != m_listGeneration)
            return;
        setBusy(false);
        const QSignalBlocker blocker(m_plan);
        m_plan->clear();
        if (!plans) {
            m_status->setText(tr("Plans could not be loaded: %1").arg(plans.error().message()));
            updateInputs();
            return;
        }
        for (const Plan &p : plans.value()) {
            const QString type = DisplayFormat::planType(p.type);
            m_plan->addItem(tr("%1 — %2 — %3 yuan (%4)")
                                .arg(p.name, type, DisplayFormat::money(p.priceMoney), p.planId),
                            p.planId);
            m_plan->setItemData(m_plan->count() - 1, int(p.type), PlanTypeRole);
            m_plan->setItemData(m_plan->count() - 1, QStringLiteral("%1, %2").arg(p.name, type),
                                PlanLabelRole);
        }
        if (plans.value().isEmpty())
            m_status->setText(tr("This region has no active plans."));
        updateInputs();
    });
}

void QuoteDialog::updateInputs()
{
    // Only volume and BSI orders name a resource (SPEC §1).
    const auto type = PlanType(m_plan->currentData(PlanTypeRole).toInt());
    const bool needsName = type == PlanType::Volume || type == PlanType::Bsi;
    m_resourceName->setEnabled(needsName);
    m_resourceName->setPlaceholderText(type == PlanType::Volume ? tr("volume name (required)")
                                       : type == PlanType::Bsi
                                           ? tr("backing-service instance name (required)")
                                           : tr("not used by this plan type"));
    const bool ready = m_backend && !m_busy && !m_namespace->currentText().trimmed().isEmpty() &&
                       m_plan->currentIndex() >= 0 &&
                       (!needsName || !m_resourceName->text().trimmed().isEmpty());
    m_quoteButton->setEnabled(ready);
}

void QuoteDialog::clearResult()
{
    ++m_quoteGeneration; // an answer for the old inputs must not show up
    m_summary.clear();
    m_copyButton->setEnabled(false);
    m_result->setCurrentIndex(0);
    if (m_busy && m_status->text() == tr("Asking the service for a price…"))
        setBusy(false);
}

void QuoteDialog::requestQuote()
{
    if (!m_backend || m_plan->currentIndex() < 0)
        return;
    clearResult();
    const auto type = PlanType(m_plan->currentData(PlanTypeRole).toInt());
    QuoteText::Request shown;
    shown.ns = m_namespace->currentText().trimmed();
    shown.region = m_region->currentData().toString();
    shown.planId = m_plan->currentData(PlanIdRole).toString();
    shown.planLabel = m_plan->currentData(PlanLabelRole).toString();
    shown.resourceName = type == PlanType::Volume || type == PlanType::Bsi
                             ? m_resourceName->text().trimmed()
                             : QString();
    shown.at = QDateTime::currentDateTimeUtc();

    QuoteRequest request;
    request.ns = shown.ns;
    request.region = shown.region;
    request.planId = shown.planId;
    request.resourceName = shown.resourceName;
    request.now = shown.at;
    request.serviceZone = m_serviceZone;

    const quint64 generation = m_quoteGeneration;
    setBusy(true, tr("Asking the service for a price…"));
    m_backend->quote(request).then(this, [this, generation, shown](const Result<Quote> &quote) {
        if (generation != m_quoteGeneration)
            return;
        setBusy(false);
        if (quote)
            showQuote(shown, quote.value());
        else
            showRefusal(shown, quote.error());
    });
}

void QuoteDialog::showQuote(const QuoteText::Request &request, const Quote &quote)
{
    m_at->setText(DisplayFormat::dateTime(request.at, m_displayZone));
    m_due->setText(tr("%1 yuan").arg(quote.dueText));
    m_planPrice->setText(DisplayFormat::money(quote.planPrice));
    m_credit->setText(DisplayFormat::money(quote.credit));
    m_replaces->setText(quote.replaces ? QuoteText::orderLabel(*quote.replaces)
                                       : tr("none (a new order)"));
    m_periodEnd->setText(DisplayFormat::dateTime(quote.periodEnd, m_displayZone));
    if (quote.warnings.isEmpty()) {
        m_warnings->clear();
        m_warnings->setVisible(false);
    } else {
        QString html = QStringLiteral("<b>%1</b><ul>")
                           .arg(tr("Advice — not part of the service's price:").toHtmlEscaped());
        for (const QString &w : quote.warnings)
            html += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        m_warnings->setText(html + QStringLiteral("</ul>"));
        m_warnings->setVisible(true);
    }
    m_summary = QuoteText::summary(request, quote, m_displayZone);
    m_result->setCurrentIndex(1);
    m_copyButton->setEnabled(true);
    Q_EMIT quoteFinished(true);
}

void QuoteDialog::showRefusal(const QuoteText::Request &request, const BackendError &error)
{
    m_at->setText(DisplayFormat::dateTime(request.at, m_displayZone));
    m_refusal->setText(QuoteText::refusal(error));
    m_details->setPlainText(QuoteText::refusalDetails(error));
    m_summary = QuoteText::refusalSummary(request, error, m_displayZone);
    m_result->setCurrentIndex(2);
    m_copyButton->setEnabled(true);
    Q_EMIT quoteFinished(false);
}

QString QuoteDialog::summaryText() const
{
    return m_summary;
}

void QuoteDialog::copyAsText()
{
    if (!m_summary.isEmpty())
        QApplication::clipboard()->setText(m_summary);
}
