#include "audit/ledgerauditor.h"

#include "pricing/floatpricing.h"

#include <limits>

namespace {

constexpr int StatusConsuming = 5;
constexpr int StatusEnded = 15;
constexpr int ExtraInfoEnd = 3;

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

AuditFinding findingOf(AuditKind kind, const LedgerAuditor::OrderRow &o)
{
    AuditFinding f;
    f.kind = kind;
    f.orderKey = o.id;
    f.orderId = o.orderId;
    f.ns = o.ns;
    f.region = o.region;
    f.lastConsumeId = o.lastConsumeId;
    if (o.deadline)
        f.orderDeadline = utc(*o.deadline);
    return f;
}

// SPEC §5 (and §4.6 for a switch): ending an order writes one end row at
// LAST_CONSUME_ID + 1 with EXTRA_INFO = 3 and leaves LAST_CONSUME_ID as it
// was. It is the only charge allowed above LAST_CONSUME_ID, and only on an
// ended order.
bool isEndRow(const LedgerAuditor::OrderRow &o, const LedgerAuditor::ChargeRow &c)
{
    return o.status == StatusEnded && o.lastConsumeId && c.consumeId &&
           *c.consumeId == *o.lastConsumeId + 1 && c.extraInfo == ExtraInfoEnd;
}

} // namespace

LedgerAuditor::LedgerAuditor(const AuditFilter &filter)
    : m_filter(filter)
{
    if (!m_filter.now.isValid())
        m_filter.now = QDateTime::currentDateTimeUtc();
    m_filter.now = m_filter.now.toUTC();
    m_report.now = m_filter.now;
}

bool LedgerAuditor::wanted(const QString &ns, const QString &region) const
{
    return (m_filter.region.isEmpty() || region == m_filter.region) &&
           (m_filter.namespaces.isEmpty() || m_filter.namespaces.contains(ns));
}

void LedgerAuditor::add(AuditFinding finding)
{
    ++m_report.counts[size_t(finding.kind)];
    if (m_report.findings.size() < m_filter.maxFindings)
        m_report.findings.append(std::move(finding));
}

Result<AuditReport> LedgerAuditor::run(OrderSource &orders, ChargeSource &charges)
{
    OrderRow order;
    ChargeRow charge;
    auto moreOrders = orders.next(order);
    if (!moreOrders)
        return moreOrders.error();
    auto moreCharges = charges.next(charge);
    if (!moreCharges)
        return moreCharges.error();
    qint64 previous = std::numeric_limits<qint64>::min();
    QList<ChargeRow> group;
    while (moreOrders.value() || moreCharges.value()) {
        qint64 key = moreOrders.value() ? order.id : charge.id;
        if (moreCharges.value() && charge.id < key)
            key = charge.id;
        if (key <= previous)
            return BackendError(BackendError::Category::Server,
                                QStringLiteral("The audit read the rows out of key order (key %1 "
                                               "after %2).")
                                    .arg(key)
                                    .arg(previous));
        previous = key;
        group.clear();
        while (moreCharges.value() && charge.id == key) {
            group.append(charge);
            ++m_report.chargesRead;
            moreCharges = charges.next(charge);
            if (!moreCharges)
                return moreCharges.error();
        }
        if (moreOrders.value() && order.id == key) {
            ++m_report.ordersRead;
            auditKey(&order, group);
            moreOrders = orders.next(order);
            if (!moreOrders)
                return moreOrders.error();
        } else {
            auditKey(nullptr, group);
        }
    }
    return m_report;
}

void LedgerAuditor::auditKey(const OrderRow *order, const QList<ChargeRow> &charges)
{
    // The order's own findings first, then its charges' in the order read.
    if (order && wanted(order->ns, order->region)) {
        ++m_report.ordersMatched;
        orderFindings(*order, charges);
    }
    for (const ChargeRow &c : charges) {
        for (AuditFinding &f : chargeFindings(order, c))
            add(std::move(f));
    }
}

QList<AuditFinding> LedgerAuditor::chargeFindings(const OrderRow *order, const ChargeRow &c)
{
    const bool matched = order && c.orderId == order->orderId;
    // A charge of an order is reported under the order's namespace and
    // region: a filter shows an order with all of its charges.
    const QString &ns = matched ? order->ns : c.ns;
    const QString &region = matched ? order->region : c.region;
    if (!wanted(ns, region))
        return {};
    ++m_report.chargesMatched;
    AuditFinding base;
    base.orderKey = c.id;
    base.orderId = c.orderId;
    base.ns = ns;
    base.region = region;
    base.consumeId = c.consumeId;
    QList<AuditFinding> out;
    if (!matched) {
        AuditFinding f = base;
        f.kind = AuditKind::OrphanCharge;
        out.append(f);
    }
    QStringList nulls;
    if (!c.consumeId)
        nulls.append(QStringLiteral("DF_CONSUMING_HISTORY.CONSUME_ID"));
    if (c.timeNull)
        nulls.append(QStringLiteral("DF_CONSUMING_HISTORY.CONSUME_TIME"));
    if (c.deadlineNull)
        nulls.append(QStringLiteral("DF_CONSUMING_HISTORY.DEADLINE_TIME"));
    if (!c.extraInfo)
        nulls.append(QStringLiteral("DF_CONSUMING_HISTORY.EXTRA_INFO"));
    if (!nulls.isEmpty()) {
        AuditFinding f = base;
        f.kind = AuditKind::NullField;
        f.nullColumns = nulls;
        out.append(f);
    }
    if (!c.damaged.isEmpty()) {
        AuditFinding f = base;
        f.kind = AuditKind::DamagedField;
        f.damagedValues = c.damaged;
        out.append(f);
        return out; // its amount is unknown: nothing to compare
    }
    const qint64 reported = FloatPricing::restReportedConsuming(c.consuming);
    if (reported != c.consuming) {
        AuditFinding f = base;
        f.kind = AuditKind::Float32Loss;
        f.amountUnits = c.consuming;
        f.reportedUnits = reported;
        out.append(f);
    }
    return out;
}

void LedgerAuditor::orderFindings(const OrderRow &o, const QList<ChargeRow> &charges)
{
    QStringList nulls;
    if (o.startNull)
        nulls.append(QStringLiteral("DF_PURCHASE_ORDER.START_TIME"));
    if (o.endNull)
        nulls.append(QStringLiteral("DF_PURCHASE_ORDER.END_TIME"));
    if (o.deadlineNull)
        nulls.append(QStringLiteral("DF_PURCHASE_ORDER.DEADLINE_TIME"));
    if (!o.lastConsumeId)
        nulls.append(QStringLiteral("DF_PURCHASE_ORDER.LAST_CONSUME_ID"));
    if (!nulls.isEmpty()) {
        AuditFinding f = findingOf(AuditKind::NullField, o);
        f.nullColumns = nulls;
        add(f);
    }
    const bool consuming = o.status == StatusConsuming;
    if (consuming && o.everPayed == 0)
        add(findingOf(AuditKind::UnpaidConsuming, o));
    if (consuming && o.everPayed == 1 && o.deadline &&
        AuditRules::isStalled(*o.deadline, m_filter.now.toSecsSinceEpoch())) {
        AuditFinding f = findingOf(AuditKind::StalledRenewal, o);
        f.now = m_filter.now;
        add(f);
    }
    if (!o.lastConsumeId)
        return; // NULL: reported above; nothing to count against
    std::optional<int> highest;
    const ChargeRow *last = nullptr;
    for (const ChargeRow &c : charges) {
        if (c.orderId != o.orderId || !c.consumeId)
            continue; // orphans, and charges whose id is NULL (reported as such)
        if (*c.consumeId == *o.lastConsumeId)
            last = &c;
        if (!isEndRow(o, c) && (!highest || *c.consumeId > *highest))
            highest = *c.consumeId;
    }
    if (highest.value_or(0) != *o.lastConsumeId) {
        AuditFinding f = findingOf(AuditKind::ChargeCountMismatch, o);
        f.highestConsumeId = highest;
        if (highest)
            f.consumeId = highest;
        add(f);
    }
    // Without a last charge there is nothing to compare (counted above);
    // unknown deadlines are null-field findings.
    if (last && o.deadline && last->deadline && *o.deadline != *last->deadline) {
        AuditFinding f = findingOf(AuditKind::DeadlineMismatch, o);
        f.consumeId = last->consumeId;
        f.chargeDeadline = utc(*last->deadline);
        add(f);
    }
}
