#include "usagesview.h"

#include "core/backend.h"
#include "core/monthcalendar.h"
#include "csvexporter.h"
#include "datatableview.h"
#include "displayformat.h"
#include "exportdialogs.h"
#include "filterbar.h"
#include "profiles/savedreport.h"
#include "usagetablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

UsagesView::UsagesView(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_model(new UsageTableModel(this))
    , m_filters(new FilterBar(this))
    , m_orderLabel(new QLabel(this))
    , m_orderId(new QLineEdit(this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toCheck(new QCheckBox(this))
    , m_to(new QDateEdit(this))
    , m_export(new QPushButton(this))
    , m_table(new DataTableView(this))
    , m_status(new QLabel(this))
{
    m_orderId->setObjectName(QStringLiteral("orderId"));
    m_orderId->setClearButtonEnabled(true);
    m_fromCheck->setObjectName(QStringLiteral("fromCheck"));
    m_toCheck->setObjectName(QStringLiteral("toCheck"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setDate(QDate::currentDate().addDays(1 - QDate::currentDate().day()));
    m_export->setObjectName(QStringLiteral("export"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(UsageTableModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(UsageTableModel::OrderColumn, 170);
    m_table->horizontalHeader()->resizeSection(UsageTableModel::PeriodEndColumn, 150);

    m_filters->addField(m_orderLabel, m_orderId, 1);
    m_filters->startRow();
    m_filters->addField(m_fromCheck, m_from);
    m_filters->addField(m_toCheck, m_to);
    m_filters->addStretch();
    m_filters->addButton(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_filters, &FilterBar::applied, this, &UsagesView::refresh);
    connect(m_filters, &FilterBar::errorOccurred, this, &UsagesView::errorOccurred);
    connect(m_export, &QPushButton::clicked, this, &UsagesView::exportCsv);
    connect(m_model, &UsageTableModel::errorOccurred, this, &UsagesView::errorOccurred);
    connect(m_model, &UsageTableModel::errorOccurred, this, &UsagesView::retranslate);
    connect(m_model, &UsageTableModel::busyChanged, this, &UsagesView::updateBusy);
    connect(m_model, &UsageTableModel::totalChanged, this, &UsagesView::probeFilter);
    connect(m_model, &UsageTableModel::pageLoaded, this, &UsagesView::loaded);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsagesView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_misses.clear();
        retranslate();
    });
    retranslate();
    updateStatus();
}

UsagesView::~UsagesView() = default;

void UsagesView::setBackend(Backend *backend)
{
    if (m_exporter)
        m_exporter->cancel();
    m_backend = backend;
    m_model->setBackend(backend);
    m_filters->setBackend(backend);
    m_export->setEnabled(backend != nullptr);
    retranslate();
}

void UsagesView::setDisplayZone(const QTimeZone &zone)
{
    // Days in the filter are days of the display zone, so the filter moves too.
    const bool changed = zone != m_zone;
    m_zone = zone;
    m_model->setDisplayZone(zone);
    if (changed && m_backend && (m_fromCheck->isChecked() || m_toCheck->isChecked()))
        refresh();
}

UsageFilter UsagesView::filterFromWidgets() const
{
    UsageFilter filter;
    filter.region = m_filters->region();
    filter.namespaces = m_filters->namespaces();
    filter.orderId = m_orderId->text().trimmed();
    if (m_fromCheck->isChecked())
        filter.from = MonthCalendar::startOfDayUtc(m_from->date(), m_zone);
    if (m_toCheck->isChecked()) // inclusive day: up to the next midnight
        filter.to = MonthCalendar::startOfDayUtc(m_to->date().addDays(1), m_zone);
    return filter;
}

void UsagesView::refresh()
{
    if (!m_backend)
        return;
    m_model->setFilter(filterFromWidgets());
}

void UsagesView::focusFilters()
{
    m_filters->focusNamespaces();
}

void UsagesView::showUsages(const QString &ns, const QString &region, QDate from, QDate to)
{
    showFilter(region, ns.isEmpty() ? QStringList() : QStringList{ns}, QString(), from, to);
}

void UsagesView::showOrderCharges(const QString &ns, const QString &region, const QString &orderId)
{
    showFilter(region, ns.isEmpty() ? QStringList() : QStringList{ns}, orderId, {}, {});
}

void UsagesView::fillReport(SavedReport &report) const
{
    report.region = m_filters->region();
    report.namespaces = m_filters->namespaces();
    report.orderId = m_orderId->text().trimmed();
    const bool dated = m_fromCheck->isChecked() || m_toCheck->isChecked();
    report.period = dated ? SavedReport::Period::Fixed : SavedReport::Period::All;
    report.from = m_fromCheck->isChecked() ? m_from->date() : QDate();
    report.to = m_toCheck->isChecked() ? m_to->date() : QDate();
}

void UsagesView::openReport(const SavedReport &report, const QDate &today)
{
    const auto [first, last] = report.days(today);
    showFilter(report.region, report.namespaces, report.orderId, first, last);
}

void UsagesView::showFilter(const QString &region, const QStringList &namespaces,
                            const QString &orderId, QDate from, QDate to)
{
    m_filters->setRegion(region);
    m_filters->setNamespaces(namespaces);
    m_orderId->setText(orderId);
    m_fromCheck->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_toCheck->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    refresh();
}

void UsagesView::updateBusy()
{
    const bool busy = m_model->isBusy();
    m_filters->setBusy(busy);
    m_table->setLoading(busy);
    Q_EMIT busyChanged(busy);
}

void UsagesView::updateStatus()
{
    const int loaded = m_model->rowCount(QModelIndex());
    const auto total = m_model->total();
    if (!m_backend) {
        m_status->setText(tr("Not connected."));
    } else if (!total) {
        m_status->setText(m_model->isBusy() ? tr("Counting…") : QString());
    } else if (total->charges == 0) {
        m_status->setText(m_misses.isEmpty()
                              ? tr("No charges match the filter.")
                              : tr("No charges match the filter. %1")
                                    .arg(FilterProbe::sentences(m_misses).join(QLatin1Char(' '))));
    } else {
        QString text = tr("%1 charges, total %2 yuan — %3 loaded")
                           .arg(QLocale().toString(total->charges),
                                DisplayFormat::money(total->amount), QLocale().toString(loaded));
        if (const QString note = m_model->capNote(); !note.isEmpty())
            text += QStringLiteral(" — ") + note;
        if (!m_misses.isEmpty())
            text += QStringLiteral(" — ") + FilterProbe::sentences(m_misses).join(QLatin1Char(' '));
        m_status->setText(text);
    }
}

void UsagesView::probeFilter()
{
    updateStatus();
    const auto total = m_model->total();
    if (!m_backend || !total || (total->charges != 0 && m_model->filter().namespaces.size() < 2))
        return;
    const quint64 generation = m_model->generation();
    FilterProbe::unmatched(m_backend, m_model->filter())
        .then(this, [this, generation](const QList<FilterProbe::Miss> &misses) {
            if (generation != m_model->generation() || misses.isEmpty())
                return;
            m_misses = misses;
            retranslate();
        });
}

void UsagesView::exportCsv()
{
    if (!m_backend || isExporting())
        return;
    ExportDialogs::askForFile(this, tr("Export charges as CSV"),
                              tr("charges-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                              tr("CSV files (*.csv)"),
                              [this](const QString &path, const QString &) { exportTo(path); });
}

bool UsagesView::isExporting() const
{
    return m_exporter && m_exporter->isRunning();
}

void UsagesView::exportTo(const QString &path)
{
    if (!m_backend || isExporting())
        return;
    m_exporter = CsvExporter::forUsages(m_backend, m_model->filter(), m_zone, this);
    ExportDialogs::run(
        m_exporter, ExportDialogs::Rows::Charges, path, this,
        [this](const QString &message) { Q_EMIT messageShown(message, QString()); },
        [this](const BackendError &error) { Q_EMIT errorOccurred(error); });
}

void UsagesView::saveSettings(QSettings &settings) const
{
    m_filters->saveSettings(settings);
    settings.setValue(QStringLiteral("orderId"), m_orderId->text());
    settings.setValue(QStringLiteral("fromEnabled"), m_fromCheck->isChecked());
    settings.setValue(QStringLiteral("from"), m_from->date());
    settings.setValue(QStringLiteral("toEnabled"), m_toCheck->isChecked());
    settings.setValue(QStringLiteral("to"), m_to->date());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

void UsagesView::restoreSettings(const QSettings &settings)
{
    m_filters->restoreSettings(settings);
    m_orderId->setText(settings.value(QStringLiteral("orderId")).toString());
    m_fromCheck->setChecked(settings.value(QStringLiteral("fromEnabled")).toBool());
    m_toCheck->setChecked(settings.value(QStringLiteral("toEnabled")).toBool());
    const QDate from = settings.value(QStringLiteral("from")).toDate();
    const QDate to = settings.value(QStringLiteral("to")).toDate();
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_table->restoreHeader(settings.value(QStringLiteral("header")).toByteArray());
}

void UsagesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsagesView::retranslate()
{
    m_orderLabel->setText(tr("Or&der:"));
    m_orderId->setPlaceholderText(tr("order id"));
    m_fromCheck->setText(tr("Fro&m"));
    m_toCheck->setText(tr("To (&inclusive)"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Export every charge of the filter, not only the loaded rows"));
    QString empty =
        m_backend ? tr("No charges match the filter.") : tr("Not connected: choose a profile.");
    if (m_backend && m_model->loadError())
        empty = tr("The charges could not be loaded: %1").arg(m_model->loadError()->message());
    else if (m_backend && !m_misses.isEmpty())
        empty += QLatin1Char('\n') + FilterProbe::sentences(m_misses).join(QLatin1Char('\n'));
    m_table->setEmptyText(empty);
    updateStatus();
}
