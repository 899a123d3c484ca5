#include "spendview.h"

#include "core/backend.h"
#include "displayformat.h"
#include "filterbar.h"
#include "profiles/savedreport.h"
#include "spendbreakdown.h"
#include "spendchart.h"
#include "spendforecaster.h"
#include "spendloader.h"
#include "spendtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

SpendView::SpendView(QWidget *parent)
    : QWidget(parent)
    , m_refreshTimer(new QTimer(this))
    , m_allMonths(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_top(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_topLabel(new QLabel(this))
    , m_sharesBox(new QCheckBox(this))
    , m_forecastBox(new QCheckBox(this))
    , m_forecaster(new SpendForecaster(this))
    , m_loader(new SpendLoader(this))
    , m_filters(new FilterBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_content(new QSplitter(Qt::Vertical, this))
    , m_chart(new SpendChart(this))
    , m_table(new QTableView(this))
    , m_model(new SpendTableModel(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &SpendView::refresh);

    m_allMonths->setChecked(true);
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
        edit->setCalendarPopup(true);
    }
    m_from->setDate(thisMonth.addMonths(-11));
    m_to->setDate(thisMonth);

    for (int n : {5, 8, 10, 15, 20})
        m_top->addItem(QString::number(n), n);
    m_top->addItem(QString(), 0); // "All"
    m_top->setCurrentIndex(m_top->findData(m_topCount));

    auto *exportMenu = new QMenu(m_exportButton);
    m_exportActions = {
        exportMenu->addAction(QString(), this,
                              [this] { exportInteractively({QStringLiteral("png")}); }),
        exportMenu->addAction(QString(), this,
                              [this] { exportInteractively({QStringLiteral("svg")}); }),
        exportMenu->addAction(QString(), this,
                              [this] { exportInteractively({QStringLiteral("csv")}); }),
    };
    // A push button with a menu: its style makes room for the menu's arrow
    // beside the text (a tool button drew it over the last letter), and it
    // looks like Apply beside it.
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setEnabled(false);

    m_progress->setRange(0, 0); // indeterminate: we cannot know how long a query takes
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);

    // Region and namespaces as on every tab; the months and the grouping
    // in a second row.
    m_filters->addStretch();
    m_filters->startRow();
    m_filters->addField(nullptr, m_allMonths);
    m_filters->addField(m_fromLabel, m_from);
    m_filters->addField(m_toLabel, m_to);
    m_filters->addField(m_topLabel, m_top);
    m_filters->addField(nullptr, m_sharesBox);
    m_filters->addField(nullptr, m_forecastBox);
    m_filters->addStretch();
    m_filters->addField(nullptr, m_progress);
    m_filters->addButton(m_cancelButton);
    m_filters->addButton(m_exportButton);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    QFont big = m_message->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_message->setFont(big);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *splitter = static_cast<QSplitter *>(m_content);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Proportions, scaled to the real height: the table's size hint would
    // otherwise squeeze the chart.
    splitter->setSizes({3000, 2000});

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_stack, 1);

    connect(m_allMonths, &QCheckBox::toggled, this, [this] {
        updateRangeControls();
        scheduleRefresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SpendView::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SpendView::scheduleRefresh);
    connect(m_top, &QComboBox::currentIndexChanged, this,
            [this] { setTopCount(m_top->currentData().toInt()); });
    connect(m_filters, &FilterBar::applied, this, &SpendView::refresh);
    connect(m_filters, &FilterBar::errorOccurred, this, &SpendView::errorOccurred);
    m_cancelButton->setVisible(false);
    m_cancelButton->setShortcut(QKeySequence::Cancel);
    connect(m_cancelButton, &QPushButton::clicked, m_loader, &SpendLoader::cancel);
    m_sharesBox->setObjectName(QStringLiteral("sharesBox"));
    m_forecastBox->setObjectName(QStringLiteral("forecastBox"));
    m_sharesBox->setChecked(true);
    m_model->setSharesShown(true);
    connect(m_sharesBox, &QCheckBox::toggled, m_model, &SpendTableModel::setSharesShown);
    m_forecastBox->setChecked(true);
    connect(m_forecastBox, &QCheckBox::toggled, this, &SpendView::scheduleRefresh);
    connectLoader();
    connectForecaster();
    connect(m_chart, &SpendChart::segmentClicked, this, [this](int group, int month) {
        const SpendBreakdown &b = m_model->breakdown();
        Q_EMIT usagesRequested(b.groupNamespace(group), m_region, b.months().at(month));
    });
    connect(m_table, &QTableView::doubleClicked, this, &SpendView::openCell);

    updateRangeControls();
    retranslate();
    showMessage(tr("No connection."));
}

void SpendView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpendView::retranslate()
{
    m_allMonths->setText(tr("All months with charges"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_topLabel->setText(tr("Top namespaces"));
    m_sharesBox->setText(tr("Shares"));
    m_sharesBox->setToolTip(tr("Show each namespace's percent of its month, and of the whole "
                               "period on the Total row."));
    m_forecastBox->setText(tr("Forecast"));
    m_forecastBox->setToolTip(
        tr("Add to this month and the next, hatched, the renewals the consuming orders will "
           "still be charged at their deadlines (cancels and new orders are not foreseen)."));
    m_top->setItemText(m_top->findData(0), tr("All"));
    m_top->setToolTip(tr("Namespaces with their own bar segment; the rest are summed as "
                         "\"Others\"."));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading (Esc)"));
    m_exportButton->setText(tr("Export"));
    m_exportActions[0]->setText(tr("Chart as PNG image…"));
    m_exportActions[1]->setText(tr("Chart as SVG drawing…"));
    m_exportActions[2]->setText(tr("Table as CSV…"));
    m_table->setToolTip(tr("Double-click a cell to list its charges."));
    rebuild(); // the chart's title and legend
}

QChartView *SpendView::chartView() const
{
    return m_chart;
}

bool SpendView::hasData() const
{
    return !m_model->breakdown().isEmpty();
}

QString SpendView::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void SpendView::connectLoader()
{
    connect(m_loader, &SpendLoader::loaded, this, &SpendView::applyCells);
    connect(m_loader, &SpendLoader::failed, this, &SpendView::fail);
    connect(m_loader, &SpendLoader::progressed, this, [this](int done, int total) {
        // A cache filling month by month, or the service's charges read
        // page by page: steps either way.
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (total > 0)
            Q_EMIT statusMessage(tr("Loading the spend: %1% done…").arg(100 * done / total));
    });
    connect(m_loader, &SpendLoader::canceled, this, [this] {
        setBusy(false);
        if (!hasData())
            showMessage(tr("Loading was canceled. Press Refresh to try again."));
        Q_EMIT statusMessage(tr("Canceled."));
    });
    connect(m_loader, &SpendLoader::cachedFiguresCorrected, this, [this](const QString &message) {
        Q_EMIT statusMessage(message);
        scheduleRefresh();
    });
    connect(m_loader, &SpendLoader::cacheUnavailable, this, &SpendView::statusMessage);
}

void SpendView::setBackend(Backend *backend)
{
    m_backend = backend;
    if (m_backend)
        m_backend->setCalendarZone(m_zone);
    m_loader->setBackend(backend); // answers of the previous connection no longer apply
    m_filters->setBackend(backend);
    m_forecaster->cancel();
    m_cells.clear();
    m_months.clear();
    m_forecastOnlyMonths.clear();
    m_forecastCells.clear();
    rebuild();
    setBusy(false);
    scheduleRefresh();
}

void SpendView::setDisplayZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    if (m_backend)
        m_backend->setCalendarZone(m_zone);
    scheduleRefresh(); // month boundaries move with the zone
}

void SpendView::setRegion(const QString &region)
{
    m_filters->setRegion(region);
    scheduleRefresh();
}

void SpendView::setNamespaces(const QStringList &namespaces)
{
    m_filters->setNamespaces(namespaces);
    scheduleRefresh();
}

void SpendView::setMonthRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_from), b2(m_to), b3(m_allMonths);
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
        m_allMonths->setChecked(false);
    } else {
        m_allMonths->setChecked(true);
    }
    updateRangeControls();
    scheduleRefresh();
}

void SpendView::fillReport(SavedReport &report) const
{
    report.region = m_filters->region();
    report.namespaces = m_filters->namespaces();
    report.period =
        m_allMonths->isChecked() ? SavedReport::Period::All : SavedReport::Period::Fixed;
    report.from = m_allMonths->isChecked() ? QDate() : qMin(m_from->date(), m_to->date());
    report.to = m_allMonths->isChecked() ? QDate() : qMax(m_from->date(), m_to->date());
    report.topCount = m_topCount;
}

void SpendView::openReport(const SavedReport &report, const QDate &today)
{
    m_filters->setRegion(report.region);
    m_filters->setNamespaces(report.namespaces);
    const auto [first, last] = report.days(today);
    setMonthRange(first, last);
    setTopCount(report.topCount);
}

void SpendView::setTopCount(int count)
{
    m_topCount = count > 0 ? count : 0;
    const QSignalBlocker blocker(m_top);
    int index = m_top->findData(m_topCount);
    if (index < 0) {
        m_top->addItem(QString::number(m_topCount), m_topCount);
        index = m_top->count() - 1;
    }
    m_top->setCurrentIndex(index);
    rebuild(); // regrouping needs no query
}

void SpendView::updateRangeControls()
{
    m_from->setEnabled(!m_allMonths->isChecked());
    m_to->setEnabled(!m_allMonths->isChecked());
}

void SpendView::scheduleRefresh()
{
    m_refreshTimer->start();
}

void SpendView::refresh()
{
    m_refreshTimer->stop();
    m_forecaster->cancel();
    if (!m_backend) {
        m_loader->cancel();
        setBusy(false);
        m_cells.clear();
        m_months.clear();
        m_forecastOnlyMonths.clear();
        m_forecastCells.clear();
        rebuild();
        showMessage(tr("No connection."));
        return;
    }
    setBusy(true);
    std::optional<std::pair<QDate, QDate>> range;
    if (!m_allMonths->isChecked()) {
        QDate from = m_from->date(), to = m_to->date();
        if (to < from)
            std::swap(from, to);
        range = std::make_pair(from, to);
    }
    m_region = m_filters->region();
    m_loader->load(m_region, m_filters->namespaces(), m_zone, range);
}

void SpendView::applyCells(const QList<SpendCell> &cells, const QList<QDate> &months)
{
    m_cells = cells;
    m_months = months;
    m_forecastOnlyMonths.clear();
    m_forecastCells.clear();
    if (m_forecastBox->isChecked() && m_backend) {
        // "All months" runs on to the months forecast; those without spend
        // are the chart's only (SpendBreakdown), never rows of 0.00.
        QList<QDate> shown = m_months;
        if (m_allMonths->isChecked())
            m_forecaster->stretch(&shown, m_zone);
        if (m_forecaster->load(m_backend, m_region, m_filters->namespaces(), m_zone, shown)) {
            m_forecastOnlyMonths = shown.mid(m_months.size());
            return Q_EMIT statusMessage(tr("Forecasting the renewals of the order book…"));
        }
    }
    showLoaded();
}

void SpendView::showLoaded()
{
    setBusy(false);
    rebuild();
    Q_EMIT loaded();
    const SpendBreakdown &b = m_model->breakdown();
    if (b.isEmpty())
        Q_EMIT statusMessage(tr("No charges in this range."));
    else
        Q_EMIT statusMessage(
            tr("Spend over %n month(s): %1; charges: %2", nullptr, b.spendMonthCount())
                .arg(DisplayFormat::money(b.grandTotal()))
                .arg(b.grandCharges()));
}

void SpendView::rebuild()
{
    const SpendBreakdown breakdown =
        SpendBreakdown::compute(m_cells, m_months, m_topCount, m_forecastCells,
                                m_forecastCells.isEmpty() ? QList<QDate>() : m_forecastOnlyMonths);
    m_model->setBreakdown(breakdown);
    QStringList labels;
    for (int g = 0; g < breakdown.groupCount(); ++g)
        labels.append(m_model->groupLabel(g));
    m_chart->setBreakdown(breakdown, labels, chartTitle());
    m_exportButton->setEnabled(!breakdown.isEmpty() && !m_busy);
    if (!breakdown.isEmpty())
        m_stack->setCurrentWidget(m_content);
    else if (m_backend && !m_busy)
        showMessage(tr("No charges in this range."));
}

void SpendView::fail(const BackendError &error)
{
    setBusy(false);
    m_cells.clear();
    m_months.clear();
    m_forecastOnlyMonths.clear();
    rebuild();
    showMessage(tr("The spend could not be loaded: %1").arg(error.message()));
    Q_EMIT errorOccurred(error);
}

void SpendView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void SpendView::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_filters->setBusy(busy);
    m_progress->setRange(0, 0); // indeterminate until the backend reports
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_exportButton->setEnabled(!busy && hasData());
    if (busy && !hasData())
        showMessage(tr("Loading…"));
    Q_EMIT busyChanged(busy);
}

QString SpendView::regionLabel() const
{
    return m_region.isEmpty() ? tr("all regions") : m_region;
}

QString SpendView::chartTitle() const
{
    return tr("Spend per month — %1 (%2)")
        .arg(regionLabel(), m_zone.displayName(QTimeZone::StandardTime, QTimeZone::OffsetName));
}

void SpendView::openCell(const QModelIndex &index)
{
    const QDate month = index.data(SpendTableModel::MonthRole).toDate();
    if (month.isValid())
        Q_EMIT usagesRequested(index.data(SpendTableModel::NamespaceRole).toString(), m_region,
                               month);
}
