#include "rest/restbackend.h"

#include "rest/restjob.h"
#include "rest/restrefusal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using Category = BackendError::Category;
using namespace RestDetail;

// Cancelling an order (SPEC §5): the service decides what can be cancelled.
// It releases the resource (quota to zero, volume or BSI deleted; a BSI takes
// over 5 s), then ends the order.

QFuture<Result<CancelOutcome>> RestBackend::cancel(qint64 id, const QString &ns)
{
    if (m_config.readOnly) {
        // Refuse before any request is made.
        return ready<CancelOutcome>(BackendError(
            Category::Permission,
            QCoreApplication::translate(
                "RestBackend", "this connection is read-only: cancelling is not allowed")));
    }
    const int timeout = qMax(m_config.timeoutMs, MinCancelTimeoutMs);
    return post<CancelOutcome>(
        m_worker, [id, ns, timeout](RestWorker *w, JobPtr<CancelOutcome> job) {
            QUrlQuery q;
            if (!ns.isEmpty())
                q.addQueryItem(QStringLiteral("namespace"), ns);
            // The order as it is now, for the outcome (the service returns it
            // only while it is consuming: nothing to cancel otherwise).
            w->fetch<std::optional<Order>>(
                RestRequest{"GET", w->usageUrl(QStringLiteral("/orders/%1").arg(id), q), {}, 0},
                &RestJson::orderGet, [w, job, id, ns, timeout](Result<std::optional<Order>> r) {
                    if (!r)
                        return job->resolve(RestRefusal::explain(r.error(), id, ns));
                    if (!r.value())
                        return job->resolve(RestRefusal::explain(
                            BackendError(Category::NotFound,
                                         QCoreApplication::translate(
                                             "RestBackend", "the service has no consuming order %1")
                                             .arg(id),
                                         {}, 3318),
                            id, ns));
                    Order before = *r.value();
                    before.status = OrderStatus::Consuming;
                    before.renewRetries = std::nullopt;
                    QJsonObject body{{QStringLiteral("action"), QStringLiteral("cancel")}};
                    if (!ns.isEmpty())
                        body.insert(QStringLiteral("namespace"), ns);
                    w->fetch<Done>(
                        RestRequest{"PUT", w->usageUrl(QStringLiteral("/orders/%1").arg(id), {}),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact), timeout},
                        &RestJson::plainOk, [w, job, before, id, ns](Result<Done> r2) {
                            w->renewals.forget(); // what was listed may have changed
                            if (!r2)
                                return job->resolve(RestRefusal::explain(r2.error(), id, ns));
                            // The service says neither when (by its clock) it
                            // ended the order nor which end row it wrote.
                            CancelOutcome out;
                            out.order = before;
                            out.resourceReleased = true;
                            job->resolve(out);
                        });
                });
        });
}
