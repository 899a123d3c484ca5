#include "plansview.h"

#include "busyindicator.h"
#include "core/backend.h"
#include "core/csvwriter.h"
#include "csvrows.h"
#include "datatableview.h"
#include "exportdialogs.h"
#include "plantablemodel.h"
#include "profiles/savedreport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

PlansView::PlansView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_oldVersions(new QCheckBox(this))
    , m_search(new QLineEdit(this))
    , m_apply(new QPushButton(this))
    , m_busy(new BusyIndicator(this))
    , m_table(new DataTableView(this))
    , m_status(new QLabel(this))
{
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setMinimumContentsLength(12);
    m_region->addItem(QString(), QString());
    m_type->setObjectName(QStringLiteral("type"));
    for (PlanType t : {PlanType::Unknown, PlanType::Resources, PlanType::Volume, PlanType::Bsi})
        m_type->addItem(QString(), int(t));
    m_oldVersions->setObjectName(QStringLiteral("oldVersions"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_status->setObjectName(QStringLiteral("status"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PlanTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table->setModel(m_proxy);
    m_table->setClientSortable(true);
    m_table->sortByColumn(PlanTableModel::PlanColumn, Qt::AscendingOrder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_regionLabel);
    filters->addWidget(m_region);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addWidget(m_oldVersions);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_busy);
    filters->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_apply, &QPushButton::clicked, this, &PlansView::refresh);
    connect(m_region, &QComboBox::activated, this, &PlansView::refresh);
    connect(m_type, &QComboBox::activated, this, &PlansView::refresh);
    connect(m_oldVersions, &QCheckBox::toggled, this, &PlansView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &PlansView::updateStatus);
    connect(m_model, &PlanTableModel::errorOccurred, this, &PlansView::errorOccurred);
    connect(m_model, &PlanTableModel::errorOccurred, this, &PlansView::updateEmptyText);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansView::updateEmptyText);
    connect(m_model, &PlanTableModel::busyChanged, this, [this](bool busy) {
        m_busy->setBusy(busy);
        m_table->setLoading(busy);
        Q_EMIT busyChanged(busy);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_loaded = false;
        updateStatus();
    });
    connect(m_model, &PlanTableModel::loaded, this, [this] {
        m_loaded = true;
        updateStatus();
        m_table->resizeColumnsToContents();
        Q_EMIT loaded();
    });
    retranslate();
}

void PlansView::setBackend(Backend *backend)
{
    m_backend = backend;
    m_model->setBackend(backend);
    retranslate();
    loadRegions();
}

void PlansView::setDisplayZone(const QTimeZone &)
{
    // Plan creation times are labels in the plan service's zone (SPEC §3).
}

void PlansView::refresh()
{
    if (!m_backend)
        return;
    PlanFilter filter;
    filter.region = m_region->currentData().toString();
    filter.type = PlanType(m_type->currentData().toInt());
    filter.includeInactive = m_oldVersions->isChecked();
    m_model->setFilter(filter);
}

void PlansView::focusFilters()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PlansView::loadRegions()
{
    if (!m_backend)
        return;
    m_backend->listRegions().then(this, [this](const Result<QList<Region>> &result) {
        if (!result.ok())
            return; // the plan list reports the same failure
        const QString current = m_region->currentData().toString();
        while (m_region->count() > 1)
            m_region->removeItem(1);
        for (const Region &r : result.value())
            m_region->addItem(r.identification, r.identification);
        if (!current.isEmpty() && m_region->findData(current) < 0)
            m_region->addItem(current, current);
        m_region->setCurrentIndex(qMax(0, m_region->findData(current)));
    });
}

void PlansView::exportCsv()
{
    if (m_model->rowCount({}) == 0)
        return;
    ExportDialogs::askForFile(
        this, tr("Export plans as CSV"),
        tr("plans-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)), tr("CSV files (*.csv)"),
        [this](const QString &path, const QString &) {
            QString error;
            if (exportTo(path, &error))
                Q_EMIT messageShown(
                    tr("Exported %n plan version(s) to %1.", nullptr, m_proxy->rowCount())
                        .arg(path),
                    QString());
            else
                Q_EMIT errorOccurred(BackendError(BackendError::Category::InvalidInput, error));
        });
}

bool PlansView::exportTo(const QString &path, QString *error)
{
    // The list is small and complete: written at once, in the order shown.
    QByteArray data = "\xEF\xBB\xBF" + CsvRows::planHeader().toUtf8() + CsvWriter::lineEnd;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        data += CsvRows::planLine(m_model->planAt(source)).toUtf8() + CsvWriter::lineEnd;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void PlansView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("region"), m_region->currentData().toString());
    settings.setValue(QStringLiteral("type"), m_type->currentData().toInt());
    settings.setValue(QStringLiteral("oldVersions"), m_oldVersions->isChecked());
}

void PlansView::selectRegion(const QString &region)
{
    if (!region.isEmpty() && m_region->findData(region) < 0)
        m_region->addItem(region, region);
    m_region->setCurrentIndex(qMax(0, m_region->findData(region)));
}

void PlansView::fillReport(SavedReport &report) const
{
    report.region = m_region->currentData().toString();
    report.planType = PlanType(m_type->currentData().toInt());
    report.allVersions = m_oldVersions->isChecked();
}

void PlansView::openReport(const SavedReport &report, const QDate &)
{
    selectRegion(report.region);
    m_type->setCurrentIndex(qMax(0, m_type->findData(int(report.planType))));
    {
        const QSignalBlocker blocker(m_oldVersions);
        m_oldVersions->setChecked(report.allVersions);
    }
    refresh();
}

void PlansView::restoreSettings(const QSettings &settings)
{
    const QString region = settings.value(QStringLiteral("region")).toString();
    if (!region.isEmpty())
        selectRegion(region);
    m_type->setCurrentIndex(qMax(0, m_type->findData(settings.value(QStringLiteral("type")))));
    const QSignalBlocker blocker(m_oldVersions);
    m_oldVersions->setChecked(settings.value(QStringLiteral("oldVersions")).toBool());
}

void PlansView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlansView::retranslate()
{
    m_regionLabel->setText(tr("Re&gion:"));
    m_regionLabel->setBuddy(m_region);
    m_region->setItemText(0, tr("All regions"));
    m_typeLabel->setText(tr("T&ype:"));
    m_typeLabel->setBuddy(m_type);
    const QStringList types{tr("Any"), tr("Resources"), tr("Volume"), tr("Backing service")};
    for (int i = 0; i < types.size(); ++i)
        m_type->setItemText(i, types.at(i));
    m_oldVersions->setText(tr("Include ol&d versions"));
    m_search->setPlaceholderText(tr("Search plans…"));
    m_apply->setText(tr("R&eload"));
    updateEmptyText();
    updateStatus();
}

void PlansView::updateStatus()
{
    if (!m_loaded) {
        m_status->clear();
        return;
    }
    const int all = m_model->rowCount({});
    const int shown = m_proxy->rowCount();
    // The search narrows the list here, not at the service: say by how much.
    m_status->setText(
        shown == all
            ? tr("%n plan versions", nullptr, all)
            : tr("%1 of %n plan versions shown", nullptr, all).arg(QLocale().toString(shown)));
}

void PlansView::updateEmptyText()
{
    if (!m_backend)
        m_table->setEmptyText(tr("Not connected: choose a profile."));
    else if (m_model->loadError())
        m_table->setEmptyText(
            tr("The plans could not be loaded: %1").arg(m_model->loadError()->message()));
    else
        m_table->setEmptyText(tr("No plans match the filter."));
}
