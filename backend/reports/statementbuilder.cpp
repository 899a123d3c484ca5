#include "reports/statementbuilder.h"

namespace {

QString key(const QString &region, const QString &id)
{
    return region + QLatin1Char(' ') + id;
}

} // namespace

StatementBuilder::StatementBuilder(const QString &ns, const MonthSpan &month, const QTimeZone &zone)
{
    m_statement.ns = ns;
    m_statement.month = month;
    m_statement.zone = zone;
}

void StatementBuilder::addRegion(const QString &region)
{
    if (!m_statement.regionsRead.contains(region))
        m_statement.regionsRead.append(region);
}

void StatementBuilder::addCharges(const QList<Usage> &charges)
{
    for (const Usage &u : charges) {
        if (u.ns != m_statement.ns || !u.time.isValid() || u.time < m_statement.month.startUtc ||
            u.time >= m_statement.month.endUtc)
            continue;
        if (u.orderKey == 0)
            m_statement.orderKeysKnown = false;
        StatementLine &line = m_lines[{u.region, u.orderId, u.orderKey, u.planId}];
        if (line.charges == 0) {
            line.region = u.region;
            line.orderKey = u.orderKey;
            line.orderId = u.orderId;
            line.planId = u.planId;
        }
        // The name of the version charged; the newest charge's wins.
        if (!u.planName.isEmpty() && line.planName.isEmpty())
            line.planName = u.planName;
        ++line.charges;
        line.amount += u.amount;
    }
}

void StatementBuilder::addOrders(const QList<Order> &orders)
{
    for (const Order &o : orders) {
        if (o.ns != m_statement.ns)
            continue;
        m_resourceByKey.insert(o.id, o.resourceName);
        // Resources orders share their ORDER_ID and have no resource name.
        if (!o.resourceName.isEmpty())
            m_resourceById.insert(key(o.region, o.orderId), o.resourceName);
    }
}

void StatementBuilder::addPlans(const QList<Plan> &plans)
{
    for (const Plan &p : plans) {
        if (p.active)
            m_planNames.insert(key(p.region, p.planId), p.name);
    }
}

Statement StatementBuilder::build(const QDateTime &made) const
{
    Statement s = m_statement;
    s.made = made.toUTC();
    // A line of a region not asked for still shows, after those asked.
    QStringList order = s.regionsRead;
    for (StatementLine line : m_lines) {
        if (!order.contains(line.region))
            order.append(line.region);
        if (line.planName.isEmpty())
            line.planName = m_planNames.value(key(line.region, line.planId));
        line.resourceName = line.orderKey != 0 && m_resourceByKey.contains(line.orderKey)
                                ? m_resourceByKey.value(line.orderKey)
                                : m_resourceById.value(key(line.region, line.orderId));
        s.lines.append(line);
        s.total += line.amount;
        s.charges += line.charges;
    }
    // Lines are in key order: by region, then order id, then order key.
    // The regions covered are those with lines: a region read but without
    // a charge of the namespace is no part of its statement.
    for (const QString &region : std::as_const(order)) {
        StatementSubtotal sub{region, 0, Money()};
        for (const StatementLine &line : std::as_const(s.lines)) {
            if (line.region == region) {
                sub.charges += line.charges;
                sub.amount += line.amount;
            }
        }
        if (sub.charges > 0) {
            s.subtotals.append(sub);
            s.regions.append(region);
        }
    }
    return s;
}
