#include "rest/restbackend.h"

#include "core/billingcalendar.h"
#include "rest/restjob.h"
#include "rest/restlist.h"
#include "rest/restrefusal.h"
#include "rest/restscan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

using Category = BackendError::Category;
using namespace RestDetail;

// ---------------------------------------------------------------------------

RestBackend::RestBackend(const RestConfig &config, QObject *parent)
    : Backend(parent)
    , m_config(config)
    , m_thread(QStringLiteral("RestBackend"))
{
    if (!m_config.serviceZone.isValid())
        m_config.serviceZone = BillingCalendar::defaultServiceZone();
    // Made on the worker thread, so that it and its network objects live there.
    m_thread.runBlocking([this] {
        m_worker = new RestWorker(m_config);
        m_worker->init();
    });
}

RestBackend::~RestBackend()
{
    RestWorker *w = m_worker;
    m_thread.post([w] {
        w->shutdown();
        delete w;
    });
    // Joined: OpenSSL's per-thread state is freed before this returns.
    m_thread.stop();
}

QString RestBackend::describe() const
{
    return QStringLiteral("REST %1").arg(m_config.usageApi.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

bool RestBackend::isReadOnly() const
{
    return m_config.readOnly;
}

QFuture<Result<QString>> RestBackend::security()
{
    // The token goes to both APIs: one of them in clear is what to say.
    QStringList plain;
    bool encrypted = false;
    for (const QUrl &api : {m_config.usageApi, m_config.planApi}) {
        if (api.scheme() == QLatin1String("https"))
            encrypted = true;
        if (api.scheme() != QLatin1String("http"))
            continue;
        const QString origin = api.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                            QUrl::RemoveQuery | QUrl::RemoveFragment)
                                   .toDisplayString();
        if (!plain.contains(origin))
            plain.append(origin);
    }
    if (!plain.isEmpty())
        return QtFuture::makeReadyFuture(Result<QString>(
            encrypted ? tr("not encrypted: %1").arg(plain.join(QStringLiteral(", ")))
                      : tr("not encrypted")));
    // The client and its TLS sessions live on the worker thread.
    return post<QString>(m_worker, [](RestWorker *w, JobPtr<QString> job) {
        job->resolve(w->client ? w->client->lastSecurity() : QString());
    });
}

namespace {

void listUsagesOf(RestWorker *w, JobPtr<Page<Usage>> job, const UsageFilter &filter,
                  const QList<StreamKey> &keys, const PageRequest &page)
{
    Source<Usage> src = usageSource(w, filter);
    if (filter.from.isValid() || filter.to.isValid()) {
        // The API has no time filter: filter here, stop past `from`.
        const QDateTime from = filter.from, to = filter.to;
        src.keep = [from, to](const Usage &u) {
            return inRange(u.time, from, to);
        };
        src.pastEnd = [from](const Usage &u) {
            return from.isValid() && u.time.isValid() && u.time < from;
        };
        src.totalsExact = false;
    }
    auto cursorOf = [](const Usage &u) {
        return PageCursor{u.time, 0, 0, 0, {}, {}};
    };
    if (src.totalsExact || page.after || (!page.withTotal && page.page <= 1))
        return runList<Usage>(w, job, src, keys, page, cursorOf);
    // A total, or an explicit page past the first, of a time window: count
    // the matching charges first (the service's totals count the whole
    // namespace), as usageTotal does.
    auto count = std::make_shared<qint64>(0);
    auto scan = std::make_shared<Scan>(
        w, filter, keys, progressOf(job), [count](const Usage &) { ++*count; },
        [w, job, src, keys, page, cursorOf, count](std::optional<BackendError> e) {
            if (job->canceled())
                return job->cancelled();
            if (e)
                return job->resolve(*e);
            runList<Usage>(w, job, src, keys, page, cursorOf, *count);
        });
    scan->start();
}

// The token's own user, from the first region where it has anything.
void probeUser(RestWorker *w, JobPtr<QStringList> job, const QStringList &regions, int index)
{
    if (index >= regions.size())
        return job->resolve(QStringList());
    // The service defaults `namespace` to the token's user: the namespace of
    // anything it lists without one is that user.
    const QUrlQuery q = pageQuery(StreamKey{regions.at(index), QString()}, 1, 1);
    auto found = [w, job](const QString &ns) {
        w->knownUser = ns;
        job->resolve(QStringList{ns});
    };
    w->fetch<RestJson::List<Order>>(
        RestRequest{"GET", w->usageUrl(QStringLiteral("/orders"), q), {}, 0}, &RestJson::orderList,
        [w, job, q, regions, index, found](Result<RestJson::List<Order>> r) {
            if (!r)
                return job->resolve(r.error());
            if (!r.value().items.isEmpty())
                return found(r.value().items.constFirst().ns);
            w->fetch<RestJson::List<Usage>>(
                RestRequest{"GET", w->usageUrl(QStringLiteral("/usages"), q), {}, 0},
                &RestJson::usageList,
                [w, job, regions, index, found](Result<RestJson::List<Usage>> r2) {
                    if (!r2)
                        return job->resolve(r2.error());
                    if (!r2.value().items.isEmpty())
                        return found(r2.value().items.constFirst().ns);
                    probeUser(w, job, regions, index + 1);
                });
        });
}

} // namespace

QFuture<Result<Page<Order>>> RestBackend::listOrders(const OrderFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.sort != ListSort())
        return ready<Page<Order>>(unsupportedSort(filter.sort));
    return post<Page<Order>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Order>> job) {
        withStreams(
            w, job, filter.region, filter.namespaces, true,
            [w, job, filter, page](const QList<StreamKey> &keys) {
                auto list = [w, job, filter, page, keys] {
                    Source<Order> src;
                    src.url = [w, filter](const StreamKey &key, int p, int size) {
                        QUrlQuery q = pageQuery(key, p, size);
                        if (filter.status != StatusFilter::Any)
                            q.addQueryItem(QStringLiteral("status"),
                                           statusFilterName(filter.status));
                        if (!filter.resourceName.isEmpty())
                            q.addQueryItem(QStringLiteral("resource_name"), filter.resourceName);
                        if (filter.type != PlanType::Unknown)
                            q.addQueryItem(QStringLiteral("type"), planTypeName(filter.type));
                        return w->usageUrl(QStringLiteral("/orders"), q);
                    };
                    src.parse = &RestJson::orderList;
                    src.newer = &newerOrder;
                    src.fix = [w, filter](Order &o, const StreamKey &key) {
                        o.renewRetries = std::nullopt; // never on the wire
                        o.renewFailedListed = filter.status == StatusFilter::RenewFailed
                                                  ? std::optional<bool>(true)
                                                  : w->renewals.failed(key, o.id);
                        o.planType = filter.type != PlanType::Unknown
                                         ? filter.type
                                         : w->planType(o.region, o.planId);
                    };
                    runList<Order>(w, job, src, keys, page, [](const Order &o) {
                        return PageCursor{o.startTime, o.id, 0, 0, {}, {}};
                    });
                };
                // Which consuming orders failed renewal: the service's own
                // renewfailed list, unless the status filter already says.
                if (filter.status != StatusFilter::Any && filter.status != StatusFilter::Consuming)
                    return list();
                // A failure leaves the marks unknown; the list itself goes on.
                w->renewals.load(w, keys, [job, list](std::optional<BackendError>) {
                    if (job->canceled())
                        return job->cancelled();
                    list();
                });
            });
    });
}

QFuture<Result<Order>> RestBackend::getOrder(qint64 id, const QString &ns)
{
    return post<Order>(m_worker, [id, ns](RestWorker *w, JobPtr<Order> job) {
        QUrlQuery q;
        if (!ns.isEmpty())
            q.addQueryItem(QStringLiteral("namespace"), ns);
        w->fetch<std::optional<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders/%1").arg(id), q), {}, 0},
            &RestJson::orderGet, [w, job, id, ns](Result<std::optional<Order>> r) {
                if (!r)
                    return job->resolve(RestRefusal::explain(r.error(), id, ns));
                if (!r.value())
                    return job->resolve(BackendError(
                        Category::NotFound,
                        QCoreApplication::translate(
                            "RestBackend", "Order %1 is not consuming or does not exist (the "
                                           "service returns an order only while it is consuming).")
                            .arg(id),
                        ns.isEmpty() ? QString() : QStringLiteral("namespace %1").arg(ns)));
                Order o = *r.value();
                // This handler sends no status: it answers only while the
                // order is consuming (SPEC §3).
                o.status = OrderStatus::Consuming;
                o.renewRetries = std::nullopt;
                const StreamKey key{o.region, ns};
                w->renewals.load(w, {key}, [w, job, o, key](std::optional<BackendError>) mutable {
                    o.renewFailedListed = w->renewals.failed(key, o.id);
                    w->withPlans({o.region}, job, [w, job, o]() mutable {
                        o.planType = w->planType(o.region, o.planId);
                        job->resolve(o);
                    });
                });
            });
    });
}

QFuture<Result<Page<Usage>>> RestBackend::listUsages(const UsageFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.sort != ListSort())
        return ready<Page<Usage>>(unsupportedSort(filter.sort));
    return post<Page<Usage>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Usage>> job) {
        withStreams(w, job, filter.region, filter.namespaces, true,
                    [w, job, filter, page](const QList<StreamKey> &keys) {
                        listUsagesOf(w, job, filter, keys, page);
                    });
    });
}

QFuture<Result<QList<Plan>>> RestBackend::listPlans(const PlanFilter &filter)
{
    return post<QList<Plan>>(m_worker, [filter](RestWorker *w, JobPtr<QList<Plan>> job) {
        // Active versions only: that is all the plan service lists.
        QUrlQuery q;
        if (!filter.region.isEmpty())
            q.addQueryItem(QStringLiteral("region"), filter.region);
        if (filter.type != PlanType::Unknown)
            q.addQueryItem(QStringLiteral("type"), planTypeName(filter.type));
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("100000"));
        w->fetch<RestJson::List<Plan>>(
            RestRequest{"GET", w->planUrl(QStringLiteral("/plans"), q), {}, 0}, &RestJson::planList,
            [job, filter](Result<RestJson::List<Plan>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (r.value().total != r.value().items.size())
                    return job->resolve(
                        inconsistent(QString(), QStringLiteral("the plan list holds %1 of %2 plans")
                                                    .arg(r.value().items.size())
                                                    .arg(r.value().total)));
                QList<Plan> plans;
                for (const Plan &p : std::as_const(r.value().items)) {
                    // The type is compared case-insensitively (SPEC §3).
                    if (filter.type == PlanType::Unknown || p.type == filter.type)
                        plans.append(p);
                }
                std::stable_sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) {
                    if (a.creationTime != b.creationTime)
                        return a.creationTime > b.creationTime;
                    return a.id > b.id;
                });
                job->resolve(plans);
            });
    });
}

QFuture<Result<QList<Region>>> RestBackend::listRegions()
{
    return post<QList<Region>>(m_worker, [](RestWorker *w, JobPtr<QList<Region>> job) {
        w->fetch<QList<Region>>(
            RestRequest{"GET", w->planUrl(QStringLiteral("/query/plans/region"), {}), {}, 0},
            &RestJson::regionList, [job](Result<QList<Region>> r) { job->resolve(r); });
    });
}

QFuture<Result<QStringList>> RestBackend::listNamespaces(const QString &region)
{
    if (!m_config.namespaces.isEmpty())
        return ready<QStringList>(streamNames(m_config.namespaces));
    return post<QStringList>(m_worker, [region](RestWorker *w, JobPtr<QStringList> job) {
        if (!w->knownUser.isEmpty())
            return job->resolve(QStringList{w->knownUser});
        w->withRegions(region, [w, job](Result<QStringList> regions) {
            if (!regions)
                return job->resolve(regions.error());
            probeUser(w, job, regions.value(), 0);
        });
    });
}

QFuture<Result<QString>> RestBackend::sourceIdentity()
{
    // Without namespaces the token's own user decides what is seen, and two
    // tokens on one service would share entries: such a profile is not cached.
    if (m_config.namespaces.isEmpty())
        return QtFuture::makeReadyFuture(Result<QString>(BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate(
                "RestBackend",
                "A service connection is cached only when it names its namespaces."))));
    QStringList namespaces = m_config.namespaces;
    namespaces.sort();
    return QtFuture::makeReadyFuture(Result<QString>(
        QStringLiteral("rest:%1#%2")
            .arg(m_config.usageApi.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo)
                     .toString(),
                 namespaces.join(QLatin1Char(',')))));
}
