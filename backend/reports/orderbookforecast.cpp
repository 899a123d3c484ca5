#include "reports/orderbookforecast.h"

#include "core/billingcalendar.h"
#include "pricing/floatpricing.h"

#include <algorithm>

namespace {

QString priceKey(const QString &region, const QString &planId)
{
    return region + QLatin1Char(' ') + planId;
}

// SPEC §2: compare instants at whole seconds (the service writes
// microseconds; the database keeps seconds).
QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

// No order renews more often than monthly; a bound for a corrupt deadline.
constexpr int MaxRenewals = 100000;

} // namespace

OrderBookForecast::OrderBookForecast(const QList<MonthSpan> &months, const QTimeZone &serviceZone)
    : m_months(months)
    , m_zone(serviceZone.isValid() ? serviceZone : BillingCalendar::defaultServiceZone())
{
    m_totals.months = months;
}

Money OrderBookForecast::renewalCharge(double price)
{
    return Money::fromUnits(FloatPricing::fullChargeConsuming(FloatPricing::planPrice(price)));
}

void OrderBookForecast::addPlans(const QList<Plan> &plans)
{
    for (const Plan &p : plans) {
        if (!p.active)
            continue;
        Price &price = m_prices[priceKey(p.region, p.planId)];
        if (price.version == 0 || p.id < price.version)
            price = {p.id, renewalCharge(p.price)};
    }
}

int OrderBookForecast::monthIndex(const QDateTime &instant) const
{
    const auto it =
        std::upper_bound(m_months.cbegin(), m_months.cend(), instant,
                         [](const QDateTime &t, const MonthSpan &m) { return t < m.startUtc; });
    if (it == m_months.cbegin())
        return -1;
    const int index = int(it - m_months.cbegin()) - 1;
    return instant < m_months.at(index).endUtc ? index : -1;
}

ForecastCell &OrderBookForecast::cell(int month, const QString &ns)
{
    ForecastCell &c = m_cells[{month, ns}];
    c.ns = ns;
    c.month = m_months.at(month).month;
    return c;
}

void OrderBookForecast::addOrder(const Order &order, bool atRisk)
{
    if (m_months.isEmpty() || m_orderKeys.contains(order.id))
        return;
    m_orderKeys.insert(order.id);
    if (!order.startTime.isValid() || !order.deadline.isValid()) {
        ++m_totals.ordersWithoutTimes;
        return;
    }
    const auto price = m_prices.constFind(priceKey(order.region, order.planId));
    if (price == m_prices.cend()) {
        ++m_totals.ordersWithoutPrice[priceKey(order.region, order.planId)];
        return;
    }
    const QDateTime start = wholeSeconds(order.startTime);
    const QDateTime end = m_months.constLast().endUtc;
    bool renews = false;
    QDateTime deadline = wholeSeconds(order.deadline);
    for (int n = 0; deadline < end && n < MaxRenewals; ++n) {
        const int month = monthIndex(deadline);
        if (month >= 0) {
            ForecastCell &c = cell(month, order.ns);
            c.renewals += price->charge;
            ++c.renewalCount;
            if (atRisk)
                c.atRisk += price->charge;
            renews = true;
        }
        const QDateTime next = BillingCalendar::nextDeadline(start, deadline, m_zone);
        if (next <= deadline)
            break; // only a corrupt start could do this
        deadline = next;
    }
    if (renews) {
        ++m_totals.orders;
        if (atRisk)
            ++m_totals.atRiskOrders;
    }
}

void OrderBookForecast::addWritten(const QList<SpendCell> &cells)
{
    for (const SpendCell &s : cells) {
        const int month = int(std::find_if(m_months.cbegin(), m_months.cend(),
                                           [&](const MonthSpan &m) { return m.month == s.month; }) -
                              m_months.cbegin());
        if (month >= m_months.size())
            continue;
        ForecastCell &c = cell(month, s.ns);
        c.written += s.amount;
        c.writtenCharges += s.charges;
    }
}

Forecast OrderBookForecast::result() const
{
    Forecast f = m_totals;
    f.cells = m_cells.values(); // by month index, then namespace
    return f;
}
