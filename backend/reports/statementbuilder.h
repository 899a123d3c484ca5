#pragma once

#include "core/order.h"
#include "core/plan.h"
#include "core/usage.h"
#include "reports/statement.h"

#include <QHash>
#include <QMap>

// Adds up a namespace's charges of one month into statement lines, one per
// order (region, order key, order id and plan), then names each line's
// plan and resource from the plans and orders it is given.
class StatementBuilder
{
public:
    StatementBuilder(const QString &ns, const MonthSpan &month, const QTimeZone &zone);

    void addRegion(const QString &region);
    // Charges of the namespace; those outside the month are ignored.
    void addCharges(const QList<Usage> &charges);
    // Orders of the namespace: the resource names of the lines.
    void addOrders(const QList<Order> &orders);
    // Active plans: names for charges whose plan version did not name it.
    void addPlans(const QList<Plan> &plans);

    Statement build(const QDateTime &made) const;

private:
    using LineKey = std::tuple<QString, QString, qint64, QString>; // region, order id, key, plan

    Statement m_statement;
    QMap<LineKey, StatementLine> m_lines;
    QHash<qint64, QString> m_resourceByKey;
    QHash<QString, QString> m_resourceById; // "region order_id"
    QHash<QString, QString> m_planNames;    // "region plan_id"
};
