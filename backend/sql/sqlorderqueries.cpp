#include "sql/sqlorderqueries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlpaging.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

SqlWhere whereFor(const OrderFilter &filter)
{
    // The service lists only orders that were ever paid (SPEC §2).
    SqlWhere w;
    w.add(QStringLiteral("EVER_PAYED = 1"));
    if (!filter.region.isEmpty())
        w.add(QStringLiteral("REGION = ?"), {filter.region});
    w.addIn(QStringLiteral("ACCOUNT_ID"), filter.namespaces);
    switch (filter.status) {
    case StatusFilter::Any:
        break;
    case StatusFilter::Pending:
        w.add(QStringLiteral("STATUS = 0"));
        break;
    case StatusFilter::Consuming:
        w.add(QStringLiteral("STATUS = 5"));
        break;
    case StatusFilter::Ended:
        w.add(QStringLiteral("STATUS = 15"));
        break;
    case StatusFilter::RenewFailed:
        w.add(QStringLiteral("STATUS = 5 AND RENEW_RETRIES > 0"));
        break;
    }
    if (!filter.resourceName.isEmpty())
        w.add(QStringLiteral("RESOURCE_NAME = ?"), {filter.resourceName});
    if (filter.type != PlanType::Unknown)
        w.add(QStringLiteral("LOWER(PLAN_TYPE) = ?"), {planTypeName(filter.type)});
    return w;
}

OrderStatus statusFrom(qint64 status)
{
    switch (status) {
    case 0:
        return OrderStatus::Pending;
    case 5:
        return OrderStatus::Consuming;
    case 15:
        return OrderStatus::Ended;
    default:
        return OrderStatus::Unknown;
    }
}

// Newest start first by default; the service has no tie-break, we add the key.
SqlPaging::SortKey orderSort(const ListSort &sort)
{
    SqlPaging::SortKey key{
        QStringLiteral("START_TIME"), QStringLiteral("ID"), {}, true, sort.ascending};
    if (sort.field == ListSort::Field::Namespace || sort.field == ListSort::Field::Region) {
        key.column = sort.field == ListSort::Field::Namespace ? QStringLiteral("ACCOUNT_ID")
                                                              : QStringLiteral("REGION");
        key.isTime = false;
    }
    return key;
}

QVariant sortValue(const Order &o, ListSort::Field field)
{
    switch (field) {
    case ListSort::Field::Namespace:
        return o.ns;
    case ListSort::Field::Region:
        return o.region;
    default:
        return o.startTime;
    }
}

} // namespace

QString SqlOrderQueries::columns()
{
    return QStringLiteral("ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, "
                          "END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, RENEW_RETRIES, STATUS, "
                          "CREATOR, RESOURCE_NAME");
}

Result<Order> SqlOrderQueries::read(const QSqlQuery &q)
{
    static const SqlRowReader::RowKey key{{QStringLiteral("ID"), QStringLiteral("ORDER_ID")},
                                          {0, 1}};
    SqlRowReader r(q, QStringLiteral("DF_PURCHASE_ORDER"), key);
    Order o;
    o.id = r.integer(0, "ID");
    o.orderId = q.value(1).toString();
    o.ns = q.value(2).toString();
    o.region = q.value(3).toString();
    o.planId = q.value(4).toString();
    o.planType = planTypeFromString(q.value(5).toString());
    o.startTime = r.time(6, "START_TIME");
    o.endTime = r.time(7, "END_TIME");
    o.deadline = r.time(8, "DEADLINE_TIME");
    if (const auto last = r.optionalInteger(9, "LAST_CONSUME_ID"))
        o.lastConsumeId = int(*last);
    o.renewRetries = q.value(10).toInt();
    o.status = statusFrom(r.integer(11, "STATUS"));
    o.creator = q.value(12).toString();
    o.resourceName = q.value(13).toString();
    if (r.error)
        return *r.error;
    return o;
}

Result<Page<Order>> SqlOrderQueries::list(SqlConnection &c, const OrderFilter &filter,
                                          const PageRequest &page)
{
    if (filter.sort.field == ListSort::Field::Amount)
        return BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate("SqlOrderQueries", "Orders have no amount to sort by."));
    const SqlPaging::SortKey key = orderSort(filter.sort);
    const ListSort::Field field = filter.sort.field;
    std::optional<BackendError> damaged;
    auto result = SqlPaging::fetch<Order>(
        c, QStringLiteral("DF_PURCHASE_ORDER"), columns(), whereFor(filter), key, page,
        [&damaged](const QSqlQuery &q) {
            auto o = read(q);
            if (!o && !damaged)
                damaged = o.error();
            return o ? o.value() : Order();
        },
        [key, field](const Order &o) {
            return SqlPaging::cursorAt(key, sortValue(o, field), o.id, 0);
        },
        QCoreApplication::translate("SqlConnection", "list orders"));
    if (damaged)
        return *damaged;
    return result;
}

Result<Order> SqlOrderQueries::get(SqlConnection &c, qint64 id, const QString &ns)
{
    SqlWhere w;
    w.add(QStringLiteral("ID = ?"), {id});
    if (!ns.isEmpty())
        w.add(QStringLiteral("ACCOUNT_ID = ?"), {ns});
    auto q =
        c.exec(QStringLiteral("SELECT %1 FROM DF_PURCHASE_ORDER%2").arg(columns(), w.sql()),
               w.values(), QCoreApplication::translate("SqlConnection", "read order %1").arg(id));
    if (!q)
        return q.error();
    if (!q.value().next())
        return BackendError(
            BackendError::Category::NotFound,
            ns.isEmpty()
                ? QCoreApplication::translate("SqlOrderQueries", "order %1 does not exist").arg(id)
                : QCoreApplication::translate("SqlOrderQueries",
                                              "order %1 does not exist in namespace %2")
                      .arg(id)
                      .arg(ns));
    return read(q.value());
}

Result<QStringList> SqlOrderQueries::namespaces(SqlConnection &c, const QString &region)
{
    SqlWhere w;
    w.add(QStringLiteral("EVER_PAYED = 1"));
    if (!region.isEmpty())
        w.add(QStringLiteral("REGION = ?"), {region});
    auto q = c.exec(QStringLiteral("SELECT DISTINCT ACCOUNT_ID FROM DF_PURCHASE_ORDER%1 "
                                   "ORDER BY ACCOUNT_ID")
                        .arg(w.sql()),
                    w.values(), QCoreApplication::translate("SqlConnection", "list namespaces"));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out.append(q.value().value(0).toString());
    return out;
}
