#include "sql/sqlquoteinput.h"

#include "sql/sqlconnection.h"
#include "sql/sqlorderqueries.h"
#include "sql/sqlplanqueries.h"
#include "sql/sqlrowreader.h"

#include <QCoreApplication>
#include <QSqlQuery>

Result<std::optional<PricedCharge>> SqlQuoteInput::charge(SqlConnection &c, const Order &order,
                                                          int consumeId)
{
    auto q = c.exec(QStringLiteral("SELECT CONSUME_TIME, DEADLINE_TIME, CONSUMING, "
                                   "PLAN_HISTORY_ID FROM DF_CONSUMING_HISTORY "
                                   "WHERE ID = ? AND ORDER_ID = ? AND CONSUME_ID = ?"),
                    {order.id, order.orderId, consumeId},
                    QCoreApplication::translate("SqlConnection", "read charge %1 of order %2")
                        .arg(consumeId)
                        .arg(order.id));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<PricedCharge>();
    SqlRowReader r(q.value(), QStringLiteral("DF_CONSUMING_HISTORY"),
                   QStringLiteral("ID %1, ORDER_ID %2, CONSUME_ID %3")
                       .arg(order.id)
                       .arg(order.orderId)
                       .arg(consumeId));
    PricedCharge ch;
    ch.consumeId = consumeId;
    ch.time = r.time(0, "CONSUME_TIME");
    ch.deadline = r.time(1, "DEADLINE_TIME");
    ch.consuming = r.money(2, "CONSUMING").units();
    ch.planHistoryId = r.integer(3, "PLAN_HISTORY_ID");
    if (r.error)
        return *r.error;
    return std::optional<PricedCharge>(ch);
}

Result<PricingInput> SqlQuoteInput::read(SqlConnection &c, const QuoteRequest &request)
{
    PricingInput in;
    in.ns = request.ns;
    in.region = request.region;
    in.planId = request.planId;
    in.resourceName = request.resourceName;
    in.now = request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
    in.serviceZone = request.serviceZone;
    if (request.region.isEmpty() || request.planId.isEmpty())
        return in; // the engine answers the service's 3307

    auto plan = SqlPlanQueries::active(c, request.planId, request.region);
    if (!plan)
        return plan.error();
    in.plan = plan.value();
    if (!in.plan)
        return in;

    // The service replaces the consuming order whose ORDER_ID is
    // "<namespace>-resources" in the region (SPEC §4.3).
    auto q = c.exec(
        QStringLiteral("SELECT %1 FROM DF_PURCHASE_ORDER WHERE ORDER_ID = ? AND "
                       "REGION = ? AND STATUS = 5 ORDER BY ID DESC LIMIT 1")
            .arg(SqlOrderQueries::columns()),
        {request.ns + QStringLiteral("-resources"), request.region},
        QCoreApplication::translate("SqlConnection", "read the namespace's resources order"));
    if (!q)
        return q.error();
    if (q.value().next()) {
        ReplaceableOrder current;
        auto order = SqlOrderQueries::read(q.value());
        if (!order)
            return order.error();
        current.order = order.value();
        if (current.order.lastConsumeId) {
            const int last = *current.order.lastConsumeId;
            auto l = charge(c, current.order, last);
            if (!l)
                return l.error();
            current.last = l.value();
            auto b = charge(c, current.order, last - 1);
            if (!b)
                return b.error();
            current.beforeLast = b.value();
        }
        in.current = current;
    }

    if (!request.resourceName.isEmpty()) {
        auto names = c.exec(
            QStringLiteral("SELECT RESOURCE_NAME FROM DF_PURCHASE_ORDER WHERE "
                           "ACCOUNT_ID = ? AND REGION = ? AND STATUS = 5 AND "
                           "LOWER(PLAN_TYPE) = ? AND RESOURCE_NAME = ?"),
            {request.ns, request.region, planTypeName(in.plan->type), request.resourceName},
            QCoreApplication::translate("SqlConnection", "look for duplicated resource names"));
        if (!names)
            return names.error();
        while (names.value().next())
            in.liveResourceNames.append(names.value().value(0).toString());
    }
    return in;
}
