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

QList<StreamKey> streamKeys(const QStringList &regions, const QStringList &namespaces)
{
    QList<StreamKey> keys;
    for (const QString &region : regions) {
        for (const QString &ns : streamNames(namespaces))
            keys.append(StreamKey{region, ns});
    }
    return keys;
}

QUrlQuery pageQuery(const StreamKey &key, int page, int size)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("region"), key.region);
    if (!key.ns.isEmpty())
        q.addQueryItem(QStringLiteral("namespace"), key.ns);
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("size"), QString::number(size));
    return q;
}

BackendError atEndpoint(const BackendError &e, const RestRequest &request)
{
    if (e.serviceCode() != 0)
        return e;
    return BackendError(
        e.category(),
        QCoreApplication::translate("RestWorker", "%1 %2: %3")
            .arg(QString::fromLatin1(request.method), request.url.path(), e.message()),
        e.details(), e.serviceCode());
}

} // namespace RestDetail

namespace {

constexpr qint64 CatalogMaxAgeMs = 300000; // regions and plans change rarely

} // namespace

void RestWorker::withRegions(const QString &region, std::function<void(Result<QStringList>)> then)
{
    if (!region.isEmpty()) {
        then(QStringList{region});
        return;
    }
    if (regionsAge.isValid() && regionsAge.elapsed() < CatalogMaxAgeMs) {
        then(regions);
        return;
    }
    fetch<QList<Region>>(
        RestRequest{"GET", planUrl(QStringLiteral("/query/plans/region"), {}), {}, 0},
        &RestJson::regionList, [this, then](Result<QList<Region>> r) {
            if (!r)
                return then(r.error());
            QStringList names;
            for (const Region &region : std::as_const(r.value())) {
                if (!region.identification.isEmpty() && !names.contains(region.identification))
                    names.append(region.identification);
            }
            regions = names;
            regionsAge.start();
            then(names);
        });
}

void RestWorker::withPlans(const QStringList &wanted, std::function<void()> then,
                           std::function<void(const BackendError &)> timedOut)
{
    QStringList missing;
    for (const QString &region : wanted) {
        const auto it = plans.constFind(region);
        if (it == plans.cend() || !it->age.isValid() || it->age.elapsed() >= CatalogMaxAgeMs)
            missing.append(region);
    }
    if (missing.isEmpty() || !config.planApi.isValid() || config.planApi.isEmpty()) {
        then();
        return;
    }
    // One region by name; several in one list of every region's plans.
    QUrlQuery q;
    if (missing.size() == 1)
        q.addQueryItem(QStringLiteral("region"), missing.constFirst());
    q.addQueryItem(QStringLiteral("size"), QStringLiteral("100000"));
    fetch<RestJson::List<Plan>>(
        RestRequest{"GET", planUrl(QStringLiteral("/plans"), q), {}, 0}, &RestJson::planList,
        [this, missing, then, timedOut](Result<RestJson::List<Plan>> r) {
            QHash<QString, PlanCache> fresh;
            for (const QString &region : missing)
                fresh[region].age.start();
            if (r) {
                for (const Plan &p : std::as_const(r.value().items)) {
                    const QString region = missing.size() == 1 ? missing.constFirst() : p.region;
                    if (!fresh.contains(region))
                        continue;
                    fresh[region].types.insert(p.planId, p.type);
                    fresh[region].names.insert(p.id, p.name);
                }
            }
            for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
                plans.insert(it.key(), it.value());
            if (!r && r.error().category() == Category::Timeout)
                return timedOut(r.error());
            then();
        });
}
