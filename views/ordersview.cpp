#include "ordersview.h"

#include "cancelconfirmation.h"
#include "core/backend.h"
#include "csvexporter.h"
#include "datatableview.h"
#include "displayformat.h"
#include "exportdialogs.h"
#include "filterbar.h"
#include "orderdetailpane.h"
#include "ordertablemodel.h"
#include "profiles/savedreport.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

OrdersView::OrdersView(QWidget *parent)
    : QWidget(parent)
    , m_model(new OrderTableModel(this))
    , m_filters(new FilterBar(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_resourceLabel(new QLabel(this))
    , m_resource(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new DataTableView(m_splitter))
    , m_detail(new OrderDetailPane(m_splitter))
    , m_statusText(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("status"));
    for (StatusFilter s : {StatusFilter::Any, StatusFilter::Pending, StatusFilter::Consuming,
                           StatusFilter::Ended, StatusFilter::RenewFailed})
        m_status->addItem(QString(), int(s));
    m_resource->setObjectName(QStringLiteral("resourceName"));
    m_resource->setClearButtonEnabled(true);
    m_statusText->setObjectName(QStringLiteral("statusText"));

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->resizeSection(OrderTableModel::StartColumn, 150);
    m_table->horizontalHeader()->resizeSection(OrderTableModel::OrderIdColumn, 170);
    m_table->horizontalHeader()->resizeSection(OrderTableModel::DeadlineColumn, 150);
    m_table->horizontalHeader()->resizeSection(OrderTableModel::EndColumn, 150);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_filters->addField(m_statusLabel, m_status);
    m_filters->addField(m_resourceLabel, m_resource, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusText);

    connect(m_filters, &FilterBar::applied, this, [this] {
        m_pendingOrder = 0; // the user's own filter now
        refresh();
    });
    connect(m_filters, &FilterBar::errorOccurred, this, &OrdersView::errorOccurred);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::selectionChanged);
    connect(m_model, &OrderTableModel::errorOccurred, this, &OrdersView::errorOccurred);
    connect(m_model, &OrderTableModel::errorOccurred, this, &OrdersView::retranslate);
    connect(&m_choices, &RequestTracker::errorOccurred, this, &OrdersView::errorOccurred);
    connect(m_detail, &OrderDetailPane::errorOccurred, this, &OrdersView::errorOccurred);
    connect(m_model, &OrderTableModel::busyChanged, this, &OrdersView::updateBusy);
    connect(m_detail, &OrderDetailPane::busyChanged, this, &OrdersView::updateBusy);
    connect(m_model, &OrderTableModel::totalRowsChanged, this, &OrdersView::probeFilter);
    connect(m_model, &OrderTableModel::pageLoaded, this, &OrdersView::loaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_misses.clear();
        retranslate();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersView::selectPendingOrder);
    connect(m_detail, &OrderDetailPane::cancelRequested, this, &OrdersView::confirmCancel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrdersView::reselect);
    // Queued: the model says it is idle before it inserts the page's rows.
    connect(m_model, &OrderTableModel::busyChanged, this, &OrdersView::reselect,
            Qt::QueuedConnection);
    retranslate();
}

void OrdersView::setBackend(Backend *backend)
{
    if (m_exporter)
        m_exporter->cancel();
    m_backend = backend;
    m_model->setBackend(backend);
    m_detail->setBackend(backend);
    m_filters->setBackend(backend);
    m_planNames.clear();
    updateCancelAllowed();
    retranslate();
    loadPlanNames();
}

void OrdersView::setProfileFlags(bool directDatabase, bool readOnly)
{
    m_directDatabase = directDatabase;
    m_readOnly = readOnly;
    updateCancelAllowed();
}

void OrdersView::updateCancelAllowed()
{
    m_detail->setCancelAllowed(!m_readOnly && !(m_backend && m_backend->isReadOnly()));
}

void OrdersView::setDisplayZone(const QTimeZone &zone)
{
    m_model->setDisplayZone(zone);
    m_detail->setDisplayZone(zone);
}

OrderFilter OrdersView::filterFromWidgets() const
{
    OrderFilter filter;
    filter.region = m_filters->region();
    filter.namespaces = m_filters->namespaces();
    filter.status = StatusFilter(m_status->currentData().toInt());
    filter.resourceName = m_resource->text().trimmed();
    return filter;
}

void OrdersView::refresh()
{
    if (m_backend)
        m_model->setFilter(filterFromWidgets());
}

void OrdersView::showOrder(qint64 id, const QString &ns, const QString &region)
{
    m_filters->setRegion(region);
    m_filters->setNamespaces(ns.isEmpty() ? QStringList() : QStringList{ns});
    m_status->setCurrentIndex(m_status->findData(int(StatusFilter::Any)));
    m_resource->clear();
    refresh();
    m_pendingOrder = id;
    if (!m_backend)
        return;
    m_backend->getOrder(id, ns).then(this, [this, id](const Result<Order> &result) {
        if (m_pendingOrder != id || (m_detail->order() && m_detail->order()->id == id))
            return; // superseded, or its row was selected meanwhile
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.error());
            return;
        }
        m_detail->setOrder(result.value(), planName(result.value()));
    });
}

void OrdersView::selectPendingOrder()
{
    if (m_pendingOrder == 0)
        return;
    for (int row = 0; row < m_model->rowCount({}); ++row) {
        if (m_model->orderAt(row).id != m_pendingOrder)
            continue;
        m_pendingOrder = 0;
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
        return;
    }
}

void OrdersView::fillReport(SavedReport &report) const
{
    const OrderFilter filter = filterFromWidgets();
    report.region = filter.region;
    report.namespaces = filter.namespaces;
    report.status = filter.status;
    report.resourceName = filter.resourceName;
}

void OrdersView::openReport(const SavedReport &report, const QDate &)
{
    m_pendingOrder = 0;
    m_filters->setRegion(report.region);
    m_filters->setNamespaces(report.namespaces);
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(report.status))));
    m_resource->setText(report.resourceName);
    refresh();
}

void OrdersView::focusFilters()
{
    m_filters->focusNamespaces();
}

QString OrdersView::selectedNamespace() const
{
    const auto order = m_detail->order();
    if (order)
        return order->ns;
    const QStringList list = m_filters->namespaces();
    return list.size() == 1 ? list.first() : QString();
}

QString OrdersView::selectedRegion() const
{
    const auto order = m_detail->order();
    return order ? order->region : m_filters->region();
}

void OrdersView::loadPlanNames()
{
    m_choices.bump();
    if (!m_backend)
        return;
    // Plan names for the detail pane and the confirmation (orders carry only the id).
    m_choices.track<QList<Plan>>(
        m_backend->listPlans(PlanFilter{}), [this](const QList<Plan> &list) {
            for (const Plan &plan : list)
                m_planNames.insert(plan.region + QLatin1Char('/') + plan.planId, plan.name);
            selectionChanged();
        });
}

QString OrdersView::planName(const Order &order) const
{
    return m_planNames.value(order.region + QLatin1Char('/') + order.planId);
}

void OrdersView::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount({})) {
        if (m_detail->order())
            m_detail->setOrder(std::nullopt, QString());
        return;
    }
    const Order &order = m_model->orderAt(current.row());
    if (m_detail->order() && m_detail->order()->id == order.id &&
        m_detail->order()->status == order.status)
        return;
    m_detail->setOrder(order, planName(order));
}

void OrdersView::confirmCancel(const Order &order)
{
    if (!m_backend || m_readOnly || m_backend->isReadOnly())
        return;
    QMessageBox *box = CancelConfirmation::create(order, planName(order), m_directDatabase, this);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, order](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            runCancel(order);
    });
    box->open();
}

void OrdersView::runCancel(const Order &order)
{
    m_detail->setCancelling(true);
    // Not tied to a filter generation: a write's outcome is always reported.
    m_backend->cancel(order.id, order.ns)
        .then(this, [this, order](const Result<CancelOutcome> &result) {
            m_detail->setCancelling(false);
            if (!result.ok()) {
                Q_EMIT errorOccurred(result.error());
                return;
            }
            const CancelOutcome &done = result.value();
            Order ended = done.order.id ? done.order : order;
            ended.status = OrderStatus::Ended;
            ended.endTime = done.endTime;
            m_model->updateOrder(ended);
            if (m_detail->order() && m_detail->order()->id == ended.id)
                m_detail->setOrder(ended, planName(ended));
            QString message = tr("Order %1 of %2 was cancelled.").arg(ended.orderId, ended.ns);
            QString details;
            if (done.resourceReleased) {
                message += QLatin1Char(' ') + tr("The service released its resource.");
            } else {
                message += QLatin1Char(' ') +
                           tr("The resource itself was not released: release it on the platform.");
                details = tr("End row #%1 written at %2 (UTC).")
                              .arg(done.endConsumeId)
                              .arg(done.endTime.toString(Qt::ISODate));
            }
            Q_EMIT messageShown(message, details);
            // The list as the data now says, with the order still selected.
            m_reselect = ended.id;
            refresh();
            Q_EMIT orderCancelled(ended);
        });
}

void OrdersView::reselect()
{
    if (m_reselect == 0)
        return;
    const int row = m_model->rowOfOrder(m_reselect);
    if (row >= 0) {
        m_reselect = 0;
        m_table->setCurrentIndex(m_model->index(row, 0));
    } else if (!m_model->isBusy()) {
        m_reselect = 0; // no longer listed under this filter
    }
}

void OrdersView::updateBusy()
{
    const bool busy = m_model->isBusy() || m_detail->isBusy();
    m_filters->setBusy(busy);
    m_table->setLoading(m_model->isBusy());
    Q_EMIT busyChanged(busy);
}

void OrdersView::updateStatus()
{
    const qint64 total = m_model->totalRows();
    QString text;
    if (total == 0)
        text = m_misses.isEmpty()
                   ? tr("No orders match the filter.")
                   : tr("No orders match the filter. %1")
                         .arg(FilterProbe::sentences(m_misses).join(QLatin1Char(' ')));
    else if (total > 0)
        text = tr("%1 orders — %2 loaded")
                   .arg(QLocale().toString(total), QLocale().toString(m_model->rowCount({})));
    if (const QString note = m_model->capNote(); !note.isEmpty())
        text += QStringLiteral(" — ") + note;
    if (total > 0 && !m_misses.isEmpty())
        text += QStringLiteral(" — ") + FilterProbe::sentences(m_misses).join(QLatin1Char(' '));
    m_statusText->setText(text);
}

void OrdersView::probeFilter()
{
    updateStatus();
    const qint64 total = m_model->totalRows();
    if (!m_backend || total < 0 || (total != 0 && m_model->filter().namespaces.size() < 2))
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

void OrdersView::exportCsv()
{
    if (!m_backend || isExporting())
        return;
    ExportDialogs::askForFile(this, tr("Export orders as CSV"),
                              tr("orders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
                              tr("CSV files (*.csv)"),
                              [this](const QString &path, const QString &) { exportTo(path); });
}

bool OrdersView::isExporting() const
{
    return m_exporter && m_exporter->isRunning();
}

void OrdersView::exportTo(const QString &path)
{
    if (!m_backend || isExporting())
        return;
    m_exporter = CsvExporter::forOrders(m_backend, m_model->filter(), m_model->displayZone(), this);
    ExportDialogs::run(
        m_exporter, ExportDialogs::Rows::Orders, path, this,
        [this](const QString &message) { Q_EMIT messageShown(message, QString()); },
        [this](const BackendError &error) { Q_EMIT errorOccurred(error); });
}

void OrdersView::saveSettings(QSettings &settings) const
{
    m_filters->saveSettings(settings);
    settings.setValue(QStringLiteral("status"), m_status->currentData().toInt());
    settings.setValue(QStringLiteral("resourceName"), m_resource->text());
    settings.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void OrdersView::restoreSettings(const QSettings &settings)
{
    m_filters->restoreSettings(settings);
    m_status->setCurrentIndex(
        qMax(0, m_status->findData(settings.value(QStringLiteral("status")))));
    m_resource->setText(settings.value(QStringLiteral("resourceName")).toString());
    m_table->restoreHeader(settings.value(QStringLiteral("header")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void OrdersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrdersView::retranslate()
{
    m_statusLabel->setText(tr("St&atus:"));
    // Statuses, not the column of end times: "Ended" has a context of its own.
    const QStringList statuses{tr("Any"), tr("Pending"), tr("Consuming"),
                               tr("Ended", "order status"), tr("Renew failed")};
    for (int i = 0; i < statuses.size(); ++i)
        m_status->setItemText(i, statuses.at(i));
    m_resourceLabel->setText(tr("R&esource:"));
    m_resource->setPlaceholderText(tr("volume or BSI name"));
    QString empty =
        m_backend ? tr("No orders match the filter.") : tr("Not connected: choose a profile.");
    if (m_backend && m_model->loadError())
        empty = tr("The orders could not be loaded: %1").arg(m_model->loadError()->message());
    else if (m_backend && !m_misses.isEmpty())
        empty += QLatin1Char('\n') + FilterProbe::sentences(m_misses).join(QLatin1Char('\n'));
    m_table->setEmptyText(empty);
    updateStatus();
}
