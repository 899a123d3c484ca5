#include "sql/sqlplanqueries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

QString planSelect(const SqlConnection &c)
{
    return QStringLiteral("SELECT p.ID, p.PLAN_ID, p.PLAN_NAME, p.PLAN_TYPE, p.BELONG, "
                          "p.PLAN_LEVEL, p.SPECIFICATION1, p.SPECIFICATION2, p.DESCRIPTION, "
                          "p.PRICE, p.CYCLE, p.CREATE_TIME, p.STATUS, r.IDENTIFICATION, "
                          "r.REGION_DESCRIBE FROM %1 p JOIN %2 r ON r.ID = p.REGION_ID")
        .arg(c.planTable(QStringLiteral("DF_PLAN")), c.planTable(QStringLiteral("DF_PLAN_REGION")));
}

// One plan version, its key, price and time type-checked.
Result<Plan> readPlan(const QSqlQuery &q)
{
    SqlRowReader r(
        q, QStringLiteral("DF_PLAN"),
        SqlRowReader::keyOf({QStringLiteral("ID"), QStringLiteral("PLAN_ID")}, q, {0, 1}));
    Plan p;
    p.id = r.integer(0, "ID");
    p.planId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.typeText = q.value(3).toString();
    p.type = planTypeFromString(p.typeText);
    p.belong = q.value(4).toString();
    p.level = q.value(5).toInt();
    p.specification1 = q.value(6).toString();
    p.specification2 = q.value(7).toString();
    p.description = q.value(8).toString();
    p.price = r.number(9, "PRICE");
    const auto price = Money::fromYuanDouble(p.price);
    if (!price && !r.error)
        r.error = SqlRowReader::damaged(
            QStringLiteral("DF_PLAN"), QStringLiteral("PRICE"),
            SqlRowReader::keyOf({QStringLiteral("ID"), QStringLiteral("PLAN_ID")}, q, {0, 1}),
            SqlRowReader::describe(q.value(9)),
            QCoreApplication::translate("SqlRowReader", "a number of yuan"));
    p.priceMoney = price.value_or(Money());
    p.cycle = q.value(10).toString();
    p.creationTime = r.time(11, "CREATE_TIME");
    p.active =
        q.value(12).toString().trimmed().compare(QLatin1String("A"), Qt::CaseInsensitive) == 0;
    p.region = q.value(13).toString();
    p.regionDescribe = q.value(14).toString();
    if (r.error)
        return *r.error;
    return p;
}

} // namespace

Result<QList<Plan>> SqlPlanQueries::list(SqlConnection &c, const PlanFilter &filter)
{
    SqlWhere w;
    if (!filter.includeInactive)
        w.add(QStringLiteral("p.STATUS = 'A'"));
    if (!filter.region.isEmpty())
        w.add(QStringLiteral("r.IDENTIFICATION = ?"), {filter.region});
    if (filter.type != PlanType::Unknown)
        w.add(QStringLiteral("LOWER(p.PLAN_TYPE) = ?"), {planTypeName(filter.type)});
    auto q =
        c.exec(planSelect(c) + w.sql() + QStringLiteral(" ORDER BY p.CREATE_TIME DESC, p.ID DESC"),
               w.values(), QCoreApplication::translate("SqlConnection", "list plans"));
    if (!q)
        return q.error();
    QList<Plan> plans;
    while (q.value().next()) {
        auto plan = readPlan(q.value());
        if (!plan)
            return plan.error();
        plans.append(plan.value());
    }
    return plans;
}

Result<std::optional<Plan>> SqlPlanQueries::active(SqlConnection &c, const QString &planId,
                                                   const QString &region)
{
    SqlWhere w;
    w.add(QStringLiteral("p.STATUS = 'A'"));
    w.add(QStringLiteral("p.PLAN_ID = ?"), {planId});
    w.add(QStringLiteral("r.IDENTIFICATION = ?"), {region});
    auto q = c.exec(planSelect(c) + w.sql() + QStringLiteral(" ORDER BY p.ID LIMIT 1"), w.values(),
                    QCoreApplication::translate("SqlConnection", "read plan %1").arg(planId));
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Plan>();
    auto plan = readPlan(q.value());
    if (!plan)
        return plan.error();
    return std::optional<Plan>(plan.value());
}

Result<QList<Region>> SqlPlanQueries::regions(SqlConnection &c)
{
    auto q = c.exec(QStringLiteral("SELECT IDENTIFICATION, REGION, REGION_DESCRIBE FROM %1 "
                                   "ORDER BY ID")
                        .arg(c.planTable(QStringLiteral("DF_PLAN_REGION"))),
                    {}, QCoreApplication::translate("SqlConnection", "list regions"));
    QList<Region> out;
    if (q) {
        while (q.value().next())
            out.append({q.value().value(0).toString(), q.value().value(1).toString(),
                        q.value().value(2).toString()});
        return out;
    }
    // No plan tables here: the regions that orders name are still useful.
    auto fallback = c.exec(QStringLiteral("SELECT DISTINCT REGION FROM DF_PURCHASE_ORDER "
                                          "ORDER BY REGION"),
                           {}, QCoreApplication::translate("SqlConnection", "list regions"));
    if (!fallback)
        return fallback.error();
    while (fallback.value().next()) {
        const QString r = fallback.value().value(0).toString();
        out.append({r, r, QString()});
    }
    return out;
}
