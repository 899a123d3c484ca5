#include "rest/restbackend.h"

#include "core/billingcalendar.h"
#include "rest/restjob.h"
#include "rest/restlist.h"
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

QFuture<Result<Page<Order>>> RestBackend::listOrders(const OrderFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.region.isEmpty())
        return ready<Page<Order>>(needsRegion());
    if (filter.sort != ListSort())
        return ready<Page<Order>>(unsupportedSort(filter.sort));
    return post<Page<Order>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Order>> job) {
        w->withPlans(filter.region, [w, job, filter, page] {
            Source<Order> src;
            src.url = [w, filter](const QString &ns, int p, int size) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("region"), filter.region);
                if (!ns.isEmpty())
                    q.addQueryItem(QStringLiteral("namespace"), ns);
                if (filter.status != StatusFilter::Any)
                    q.addQueryItem(QStringLiteral("status"), statusFilterName(filter.status));
                if (!filter.resourceName.isEmpty())
                    q.addQueryItem(QStringLiteral("resource_name"), filter.resourceName);
                if (filter.type != PlanType::Unknown)
                    q.addQueryItem(QStringLiteral("type"), planTypeName(filter.type));
                q.addQueryItem(QStringLiteral("page"), QString::number(p));
                q.addQueryItem(QStringLiteral("size"), QString::number(size));
                return w->usageUrl(QStringLiteral("/orders"), q);
            };
            src.parse = &RestJson::orderList;
            src.newer = &newerOrder;
            src.fix = [w, filter](Order &o) {
                // renewfailed lists consuming orders whose renewal failed;
                // otherwise RENEW_RETRIES is not on the wire (0 = unknown).
                o.renewRetries = filter.status == StatusFilter::RenewFailed ? 1 : 0;
                o.planType = filter.type != PlanType::Unknown ? filter.type
                                                              : w->planType(o.region, o.planId);
            };
            runList<Order>(w, job, src, streamNames(filter.namespaces), page, [](const Order &o) {
                return PageCursor{o.startTime, o.id, 0, 0, {}, {}};
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
                    return job->resolve(r.error());
                if (!r.value())
                    return job->resolve(BackendError(
                        Category::NotFound,
                        QCoreApplication::translate(
                            "RestBackend", "Order %1 was not found (the service returns an order "
                                           "only while it is consuming).")
                            .arg(id),
                        ns.isEmpty() ? QString() : QStringLiteral("namespace %1").arg(ns)));
                Order o = *r.value();
                o.status = OrderStatus::Unknown; // this handler never sets it
                w->withPlans(o.region, [w, job, o]() mutable {
                    o.planType = w->planType(o.region, o.planId);
                    job->resolve(o);
                });
            });
    });
}

QFuture<Result<Page<Usage>>> RestBackend::listUsages(const UsageFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.region.isEmpty())
        return ready<Page<Usage>>(needsRegion());
    if (filter.sort != ListSort())
        return ready<Page<Usage>>(unsupportedSort(filter.sort));
    return post<Page<Usage>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Usage>> job) {
        w->withPlans(filter.region, [w, job, filter, page] {
            Source<Usage> src;
            src.url = [w, filter](const QString &ns, int p, int size) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("region"), filter.region);
                if (!ns.isEmpty())
                    q.addQueryItem(QStringLiteral("namespace"), ns);
                if (!filter.orderId.isEmpty())
                    q.addQueryItem(QStringLiteral("order"), filter.orderId);
                q.addQueryItem(QStringLiteral("page"), QString::number(p));
                q.addQueryItem(QStringLiteral("size"), QString::number(size));
                return w->usageUrl(QStringLiteral("/usages"), q);
            };
            src.parse = &RestJson::usageList;
            src.newer = &newerUsage;
            src.fix = [w](Usage &u) {
                u.planName = w->planName(u.region, u.planHistoryId);
            };
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
            const QStringList names = streamNames(filter.namespaces);
            if (src.totalsExact || page.after || (!page.withTotal && page.page <= 1))
                return runList<Usage>(w, job, src, names, page, cursorOf);
            // A total, or an explicit page past the first, of a time window:
            // count the matching charges first (the service's totals count
            // the whole namespace), as usageTotal does.
            auto count = std::make_shared<qint64>(0);
            auto scan = std::make_shared<Scan>(
                w, filter, progressOf(job), [count](const Usage &) { ++*count; },
                [w, job, src, names, page, cursorOf, count](std::optional<BackendError> e) {
                    if (job->canceled())
                        return job->cancelled();
                    if (e)
                        return job->resolve(*e);
                    runList<Usage>(w, job, src, names, page, cursorOf, *count);
                });
            scan->start();
        });
    });
}

QFuture<Result<UsageTotal>> RestBackend::usageTotal(const UsageFilter &filter)
{
    if (filter.region.isEmpty())
        return ready<UsageTotal>(needsRegion());
    return post<UsageTotal>(m_worker, [filter](RestWorker *w, JobPtr<UsageTotal> job) {
        auto total = std::make_shared<UsageTotal>();
        auto scan = std::make_shared<Scan>(
            w, filter, progressOf(job),
            [total](const Usage &u) {
                total->amount += u.amount;
                ++total->charges;
            },
            [job, total](std::optional<BackendError> e) {
                if (job->canceled())
                    return job->cancelled();
                if (e)
                    return job->resolve(*e);
                job->resolve(*total);
            });
        scan->start();
    });
}

QFuture<Result<QList<SpendCell>>>
RestBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    if (filter.region.isEmpty())
        return ready<QList<SpendCell>>(needsRegion());
    if (months.isEmpty())
        return ready<QList<SpendCell>>(QList<SpendCell>());
    return post<QList<SpendCell>>(
        m_worker, [filter, months](RestWorker *w, JobPtr<QList<SpendCell>> job) {
            UsageFilter bounded = filter;
            if (!bounded.from.isValid() || bounded.from < months.constFirst().startUtc)
                bounded.from = months.constFirst().startUtc;
            if (!bounded.to.isValid() || bounded.to > months.constLast().endUtc)
                bounded.to = months.constLast().endUtc;
            auto cells = std::make_shared<QMap<std::pair<int, QString>, SpendCell>>();
            auto scan = std::make_shared<Scan>(
                w, bounded, progressOf(job),
                [cells, months](const Usage &u) {
                    auto it = std::upper_bound(
                        months.begin(), months.end(), u.time,
                        [](const QDateTime &t, const MonthSpan &m) { return t < m.startUtc; });
                    if (it == months.begin())
                        return;
                    --it;
                    if (u.time >= it->endUtc)
                        return;
                    const int index = int(it - months.begin());
                    SpendCell &c = (*cells)[{index, u.ns}];
                    c.ns = u.ns;
                    c.month = it->month;
                    c.amount += u.amount;
                    ++c.charges;
                },
                [job, cells](std::optional<BackendError> e) {
                    if (job->canceled())
                        return job->cancelled();
                    if (e)
                        return job->resolve(*e);
                    job->resolve(cells->values()); // by month index, then namespace
                });
            scan->start();
        });
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
RestBackend::usageTimeRange(const UsageFilter &filter)
{
    using Range = std::pair<QDateTime, QDateTime>;
    if (filter.region.isEmpty())
        return ready<Range>(needsRegion());
    return post<Range>(m_worker, [filter](RestWorker *w, JobPtr<Range> job) {
        auto range = std::make_shared<Range>();
        auto widen = [range](const QDateTime &t) {
            if (!t.isValid())
                return;
            if (!range->first.isValid() || t < range->first)
                range->first = t;
            if (!range->second.isValid() || t > range->second)
                range->second = t;
        };
        if (filter.from.isValid() || filter.to.isValid()) {
            auto scan = std::make_shared<Scan>(
                w, filter, progressOf(job), [widen](const Usage &u) { widen(u.time); },
                [job, range](std::optional<BackendError> e) {
                    if (job->canceled())
                        return job->cancelled();
                    if (e)
                        return job->resolve(*e);
                    job->resolve(*range);
                });
            scan->start();
            return;
        }
        // Sorted newest first: the first row of page 1 and the last row
        // (page = total, size 1) bound the range.
        Source<Usage> src;
        src.url = [w, filter](const QString &ns, int p, int size) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("region"), filter.region);
            if (!ns.isEmpty())
                q.addQueryItem(QStringLiteral("namespace"), ns);
            if (!filter.orderId.isEmpty())
                q.addQueryItem(QStringLiteral("order"), filter.orderId);
            q.addQueryItem(QStringLiteral("page"), QString::number(p));
            q.addQueryItem(QStringLiteral("size"), QString::number(size));
            return w->usageUrl(QStringLiteral("/usages"), q);
        };
        src.parse = &RestJson::usageList;
        src.newer = &newerUsage;
        src.fix = [](Usage &) {
        };
        QList<Stream> streams;
        for (const QString &n : streamNames(filter.namespaces))
            streams.append(streamOf(n));
        auto pager = std::make_shared<Pager<Usage>>(w, src, streams);
        auto waiting = std::make_shared<int>(int(streams.size()));
        auto failed = std::make_shared<bool>(false);
        for (int si = 0; si < streams.size(); ++si) {
            pager->fetchPage(si, 1, 1, [pager, si, job, range, widen, waiting, failed](auto r) {
                if (*failed)
                    return;
                if (!r) {
                    *failed = true;
                    return job->resolve(r.error());
                }
                if (!r.value().rows.isEmpty())
                    widen(r.value().rows.constFirst().time);
                auto last = [job, range, waiting, failed]() {
                    if (--*waiting == 0 && !*failed)
                        job->resolve(*range);
                };
                const qint64 total = pager->streams[si].total;
                if (total <= 1)
                    return last();
                pager->fetchPage(si, int(qMin<qint64>(total, std::numeric_limits<int>::max())), 1,
                                 [job, widen, last, failed](auto r2) {
                                     if (*failed)
                                         return;
                                     if (!r2) {
                                         *failed = true;
                                         return job->resolve(r2.error());
                                     }
                                     if (!r2.value().rows.isEmpty())
                                         widen(r2.value().rows.constFirst().time);
                                     last();
                                 });
            });
        }
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
        if (!w->knownUser.isEmpty() || region.isEmpty())
            return job->resolve(w->knownUser.isEmpty() ? QStringList() : QStringList{w->knownUser});
        // The service defaults `namespace` to the token's user: the
        // namespace of anything it lists without one is that user.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), region);
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
        w->fetch<RestJson::List<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders"), q), {}, 0},
            &RestJson::orderList, [w, job, q](Result<RestJson::List<Order>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (!r.value().items.isEmpty()) {
                    w->knownUser = r.value().items.constFirst().ns;
                    return job->resolve(QStringList{w->knownUser});
                }
                w->fetch<RestJson::List<Usage>>(
                    RestRequest{"GET", w->usageUrl(QStringLiteral("/usages"), q), {}, 0},
                    &RestJson::usageList, [w, job](Result<RestJson::List<Usage>> r2) {
                        if (!r2)
                            return job->resolve(r2.error());
                        if (r2.value().items.isEmpty())
                            return job->resolve(QStringList());
                        w->knownUser = r2.value().items.constFirst().ns;
                        job->resolve(QStringList{w->knownUser});
                    });
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
