#include "rest/restworker.h"

#include <QCoreApplication>

using Category = BackendError::Category;

namespace RestDetail {

BackendError needsRegion()
{
    return BackendError(Category::InvalidInput,
                        QCoreApplication::translate("RestBackend", "the REST API needs a region"),
                        QStringLiteral("The usage service scopes every list to one region."));
}

BackendError unsupportedSort(const ListSort &sort)
{
    return BackendError(
        Category::InvalidInput,
        QCoreApplication::translate("RestBackend", "The service lists only newest first."),
        QStringLiteral("sort %1").arg(sort.toString()));
}

BackendError inconsistent(const QString &ns, const QString &what)
{
    return BackendError(
        Category::Server,
        QCoreApplication::translate("RestBackend",
                                    "The service's paging is inconsistent%1: %2. Paging "
                                    "stopped; reload to try again.")
            .arg(ns.isEmpty() ? QString() : QStringLiteral(" (namespace %1)").arg(ns), what));
}

QUrl join(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

bool newerOrder(const Order &a, const Order &b)
{
    if (a.startTime != b.startTime) {
        if (!a.startTime.isValid())
            return false;
        if (!b.startTime.isValid())
            return true;
        return a.startTime > b.startTime;
    }
    return a.id > b.id;
}

bool newerUsage(const Usage &a, const Usage &b)
{
    if (!a.time.isValid())
        return false;
    if (!b.time.isValid())
        return true;
    return a.time > b.time;
}

bool inRange(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    if (!t.isValid())
        return !from.isValid() && !to.isValid();
    if (from.isValid() && t < from)
        return false;
    if (to.isValid() && t >= to)
        return false;
    return true;
}

QStringList streamNames(const QStringList &namespaces)
{
    QStringList out;
    for (const QString &n : namespaces) {
        if (!out.contains(n))
            out.append(n);
    }
    if (out.isEmpty())
        out.append(QString()); // the token's own user
    return out;
}

} // namespace RestDetail

void RestWorker::withPlans(const QString &region, std::function<void()> then)
{
    auto it = plans.find(region);
    if ((it != plans.end() && it->age.isValid() && it->age.elapsed() < 300000) ||
        !config.planApi.isValid() || config.planApi.isEmpty()) {
        then();
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("region"), region);
    fetch<RestJson::List<Plan>>(RestRequest{"GET", planUrl(QStringLiteral("/plans"), q), {}, 0},
                                &RestJson::planList,
                                [this, region, then](Result<RestJson::List<Plan>> r) {
                                    PlanCache c;
                                    c.age.start();
                                    if (r) {
                                        for (const Plan &p : std::as_const(r.value().items)) {
                                            c.types.insert(p.planId, p.type);
                                            c.names.insert(p.id, p.name);
                                        }
                                    }
                                    plans.insert(region, c);
                                    then();
                                });
}
