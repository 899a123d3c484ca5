#include "simplancatalog.h"

#include <QSqlQuery>

QString SimPlanCatalog::select() const
{
    return QStringLiteral("SELECT p.ID, p.PLAN_ID, p.PLAN_NAME, p.PLAN_TYPE, p.BELONG, "
                          "p.PLAN_LEVEL, p.SPECIFICATION1, p.SPECIFICATION2, p.DESCRIPTION, "
                          "p.PRICE, p.CYCLE, p.CREATE_TIME, p.STATUS, r.IDENTIFICATION, "
                          "r.REGION_DESCRIBE FROM %1 p JOIN %2 r ON r.ID = p.REGION_ID")
        .arg(m_store.planTable(QStringLiteral("DF_PLAN")),
             m_store.planTable(QStringLiteral("DF_PLAN_REGION")));
}

QString SimPlanCatalog::where(const QString &region, const QString &type,
                              QVariantList *values) const
{
    QString w = QStringLiteral(" WHERE p.STATUS = 'A'");
    if (!region.isEmpty()) {
        w += QStringLiteral(" AND r.IDENTIFICATION = ?");
        *values << region;
    }
    if (!type.isEmpty()) {
        w += QStringLiteral(" AND p.PLAN_TYPE = ?");
        *values << type;
    }
    return w;
}

SimPlanRow SimPlanCatalog::read(const QSqlQuery &q)
{
    SimPlanRow p;
    p.id = q.value(0).toLongLong();
    p.planId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.type = q.value(3).toString();
    p.belong = q.value(4).toString();
    p.level = q.value(5).toInt();
    p.spec1 = q.value(6).toString();
    p.spec2 = q.value(7).toString();
    p.description = q.value(8).toString();
    p.price = q.value(9).toDouble();
    p.cycle = q.value(10).toString();
    p.created = SimStore::toUtc(q.value(11));
    p.status = q.value(12).toString();
    p.region = q.value(13).toString();
    p.regionDescribe = q.value(14).toString();
    return p;
}

Result<bool> SimPlanCatalog::regionKnown(const QString &identification)
{
    auto q = m_store.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE IDENTIFICATION = ?")
                              .arg(m_store.planTable(QStringLiteral("DF_PLAN_REGION"))),
                          {identification});
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toLongLong() > 0;
}

Result<QList<SimRegionRow>> SimPlanCatalog::regions()
{
    auto q = m_store.exec(
        QStringLiteral("SELECT REGION, REGION_DESCRIBE, IDENTIFICATION FROM %1 ORDER BY ID")
            .arg(m_store.planTable(QStringLiteral("DF_PLAN_REGION"))),
        {});
    if (!q)
        return q.error();
    QList<SimRegionRow> rows;
    while (q.value().next())
        rows.append({q.value().value(0).toString(), q.value().value(1).toString(),
                     q.value().value(2).toString()});
    return rows;
}

Result<qint64> SimPlanCatalog::countPlans(const QString &region, const QString &type)
{
    QVariantList values;
    const QString w = where(region, type, &values);
    auto q =
        m_store.exec(QStringLiteral("SELECT COUNT(*) FROM %1 p JOIN %2 r ON r.ID = p.REGION_ID")
                             .arg(m_store.planTable(QStringLiteral("DF_PLAN")),
                                  m_store.planTable(QStringLiteral("DF_PLAN_REGION"))) +
                         w,
                     values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<SimPlanRow>> SimPlanCatalog::plans(const QString &region, const QString &type,
                                                qint64 offset, qint64 limit)
{
    QVariantList values;
    const QString w = where(region, type, &values);
    values << limit << offset;
    auto q = m_store.exec(
        select() + w + QStringLiteral(" ORDER BY p.CREATE_TIME DESC, p.ID DESC LIMIT ? OFFSET ?"),
        values);
    if (!q)
        return q.error();
    QList<SimPlanRow> rows;
    while (q.value().next())
        rows.append(read(q.value()));
    return rows;
}

Result<std::optional<SimPlanRow>> SimPlanCatalog::activePlan(const QString &planId,
                                                             const QString &region)
{
    QVariantList values{planId};
    const QString w = QStringLiteral(" WHERE p.PLAN_ID = ?") +
                      where(region, {}, &values).mid(6).prepend(QStringLiteral(" AND"));
    auto q = m_store.exec(select() + w + QStringLiteral(" ORDER BY p.ID LIMIT 1"), values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SimPlanRow>();
    return std::optional<SimPlanRow>(read(q.value()));
}
