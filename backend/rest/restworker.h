#pragma once

// The REST backend's worker (it owns the client; every method runs on the
// backend's worker thread) and the small helpers its parts share.

#include "core/backend.h"
#include "rest/restclient.h"
#include "rest/restconfig.h"
#include "rest/restjson.h"
#include "rest/restrenewals.h"

#include <QElapsedTimer>
#include <QHash>
#include <QUrlQuery>

#include <functional>

namespace RestDetail {

BackendError needsRegion();
BackendError unsupportedSort(const ListSort &sort);
BackendError inconsistent(const QString &ns, const QString &what);
QUrl join(const QUrl &base, const QString &path, const QUrlQuery &query = {});
bool newerOrder(const Order &a, const Order &b);
bool newerUsage(const Usage &a, const Usage &b);
bool inRange(const QDateTime &t, const QDateTime &from, const QDateTime &to);
QStringList streamNames(const QStringList &namespaces);
// A broken answer (no service error code) named by its endpoint: "GET
// /usageapi/v1/usages: field `data` is null…"; other errors as they are.
BackendError atEndpoint(const BackendError &e, const RestRequest &request);

// What one list request of the API covers: one region, one namespace
// ("" = the token's own user).
struct StreamKey
{
    QString region;
    QString ns;
    bool operator==(const StreamKey &o) const { return region == o.region && ns == o.ns; }
};
// Every region with every namespace, region by region.
QList<StreamKey> streamKeys(const QStringList &regions, const QStringList &namespaces);
// region, namespace (when not the token's own), page and size of a list.
QUrlQuery pageQuery(const StreamKey &key, int page, int size);

} // namespace RestDetail

class RestWorker : public QObject
{
public:
    explicit RestWorker(const RestConfig &config)
        : config(config)
    {
    }

    RestConfig config;
    RestClient *client = nullptr;
    bool closing = false;
    QString knownUser;

    struct PlanCache
    {
        QHash<QString, PlanType> types; // plan_id -> type
        QHash<qint64, QString> names;   // version id -> plan_name
        QElapsedTimer age;
    };
    QHash<QString, PlanCache> plans; // by region
    QStringList regions;             // as the plan service lists them
    QElapsedTimer regionsAge;
    RenewalMarks renewals;

    void init() { client = new RestClient(config, this); }
    void shutdown()
    {
        closing = true;
        if (client)
            client->abortAll(QStringLiteral("The connection was closed."));
        delete client;
        client = nullptr;
    }

    BackendError clean(const BackendError &e) const
    {
        if (config.token.isEmpty())
            return e;
        return BackendError(e.category(), RestClient::redact(e.message(), config.token),
                            RestClient::redact(e.details(), config.token), e.serviceCode());
    }

    // Sends; the callback gets the parsed result (token scrubbed from errors).
    template<typename T, typename Parse>
    quint64 fetch(const RestRequest &request, Parse parse, std::function<void(Result<T>)> done)
    {
        if (closing || !client) {
            QMetaObject::invokeMethod(
                this,
                [done] {
                    done(BackendError(BackendError::Category::Connection,
                                      QStringLiteral("The connection was closed.")));
                },
                Qt::QueuedConnection);
            return 0;
        }
        return client->send(request, [this, request, parse, done](const RestReply &reply) {
            if (reply.error) {
                done(clean(*reply.error));
                return;
            }
            Result<T> r = parse(reply.body, reply.httpStatus);
            if (!r) {
                done(clean(RestDetail::atEndpoint(r.error(), request)));
                return;
            }
            done(std::move(r));
        });
    }

    QUrl usageUrl(const QString &path, const QUrlQuery &q) const
    {
        return RestDetail::join(config.usageApi, path, q);
    }
    QUrl planUrl(const QString &path, const QUrlQuery &q) const
    {
        return RestDetail::join(config.planApi, path, q);
    }

    // `region`, or when it is empty every region the plan service lists
    // (GET /charge/v1/query/plans/region, cached 5 minutes): what a filter
    // without a region covers, as over the database.
    void withRegions(const QString &region, std::function<void(Result<QStringList>)> then);
    // The plan types and names of these regions (cached 5 minutes), then
    // `then`. A plan service that fails leaves them unknown, except when it
    // times out: then `job` is resolved with that error and nothing more is
    // sent for it (one deadline per call, not one per request). The failure
    // is cached too, so the next call goes on without types at once.
    template<typename JobPtr>
    void withPlans(const QStringList &regions, const JobPtr &job, std::function<void()> then)
    {
        withPlans(regions, std::move(then), [job](const BackendError &e) { job->resolve(e); });
    }
    void withPlans(const QStringList &regions, std::function<void()> then,
                   std::function<void(const BackendError &)> timedOut);
    PlanType planType(const QString &region, const QString &planId) const
    {
        return plans.value(region).types.value(planId, PlanType::Unknown);
    }
    QString planName(const QString &region, qint64 version) const
    {
        return plans.value(region).names.value(version);
    }
};
