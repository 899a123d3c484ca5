#include "orderdetailpane.h"

#include "busyindicator.h"
#include "datatableview.h"
#include "displayformat.h"
#include "orderchargesmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OrderDetailPane::OrderDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_charges(new OrderChargesModel(this))
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_busy(new BusyIndicator(this))
    , m_chargesTitle(new QLabel(this))
    , m_table(new DataTableView(this))
    , m_sum(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelOrder"));
    m_table->setModel(m_charges);
    m_table->setServerSortColumn(OrderChargesModel::TimeColumn);
    m_table->horizontalHeader()->resizeSection(OrderChargesModel::TimeColumn, 150);
    m_table->horizontalHeader()->resizeSection(OrderChargesModel::PeriodEndColumn, 150);
    m_sum->setObjectName(QStringLiteral("chargesSum"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_cancel, 0, Qt::AlignTop);
    auto *title = new QHBoxLayout;
    title->addWidget(m_chargesTitle);
    title->addStretch();
    title->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_sum);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_order)
            Q_EMIT cancelRequested(*m_order);
    });
    connect(m_charges, &OrderChargesModel::errorOccurred, this, &OrderDetailPane::errorOccurred);
    connect(m_charges, &OrderChargesModel::busyChanged, this, [this](bool busy) {
        m_busy->setBusy(busy || m_cancelling);
        m_table->setLoading(busy);
        Q_EMIT busyChanged(isBusy());
    });
    connect(m_charges, &OrderChargesModel::loaded, this, [this](bool complete) {
        m_sum->setText(complete ? tr("%n charges, sum %1 yuan", nullptr, m_charges->rowCount({}))
                                      .arg(DisplayFormat::money(m_charges->sum()))
                                : tr("First %n charges shown (the history is longer).", nullptr,
                                     m_charges->rowCount({})));
    });
    retranslate();
    updateSummary();
}

void OrderDetailPane::setBackend(Backend *backend)
{
    m_charges->setBackend(backend);
    setOrder(std::nullopt, QString());
}

void OrderDetailPane::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_charges->setDisplayZone(zone);
    updateSummary();
}

void OrderDetailPane::setOrder(const std::optional<Order> &order, const QString &planName)
{
    // Also after a cancel of the same order: it has a new end row to show.
    m_order = order;
    m_planName = planName;
    m_sum->clear();
    m_table->setEmptyText(m_order ? tr("No charges.") : QString());
    m_charges->setOrder(order);
    updateSummary();
}

void OrderDetailPane::setCancelAllowed(bool allowed)
{
    m_cancelAllowed = allowed;
    updateCancelButton();
}

void OrderDetailPane::setCancelling(bool cancelling)
{
    m_cancelling = cancelling;
    m_busy->setBusy(cancelling || m_charges->isBusy());
    updateCancelButton();
    Q_EMIT busyChanged(isBusy());
}

bool OrderDetailPane::isBusy() const
{
    return m_cancelling || m_charges->isBusy();
}

void OrderDetailPane::updateCancelButton()
{
    m_cancel->setVisible(m_cancelAllowed);
    m_cancel->setEnabled(m_cancelAllowed && !m_cancelling && m_order &&
                         m_order->status == OrderStatus::Consuming);
    m_cancel->setText(m_cancelling ? tr("Cancelling…") : tr("&Cancel order…"));
}

void OrderDetailPane::updateSummary()
{
    updateCancelButton();
    if (!m_order) {
        m_summary->setText(tr("Select an order to see its details and charges."));
        return;
    }
    const Order &o = *m_order;
    const QString plan = m_planName.isEmpty() ? o.planId : tr("%1 (%2)").arg(o.planId, m_planName);
    QString text =
        tr("Order %1 (key %2) — %3\nNamespace %4, region %5\nPlan %6, %7%8\n"
           "Started %9, paid until %10")
            .arg(o.orderId, QString::number(o.id), DisplayFormat::orderStatus(o), o.ns, o.region,
                 plan, DisplayFormat::planType(o.planType),
                 o.resourceName.isEmpty() ? QString() : tr(", resource %1").arg(o.resourceName),
                 DisplayFormat::dateTime(o.startTime, m_zone))
            .arg(DisplayFormat::dateTime(o.deadline, m_zone));
    if (o.status == OrderStatus::Ended)
        text += tr(", ended %1").arg(DisplayFormat::dateTime(o.endTime, m_zone));
    m_summary->setText(text);
}

void OrderDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrderDetailPane::retranslate()
{
    m_chargesTitle->setText(tr("Charges of this order"));
    m_cancel->setToolTip(tr("End this consuming order"));
    m_table->setEmptyText(m_order ? tr("No charges.") : QString());
    updateSummary();
}
