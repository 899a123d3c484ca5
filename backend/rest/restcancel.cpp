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

// Cancelling an order (SPEC §5).

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
    return post<CancelOutcome>(m_worker, [id, ns, timeout](RestWorker *w,
                                                           JobPtr<CancelOutcome> job) {
        auto notConsuming = [id](const BackendError &e) {
            return BackendError(Category::Conflict,
                                QCoreApplication::translate(
                                    "RestBackend", "order %1 is not consuming (it has ended or was "
                                                   "never paid)")
                                    .arg(id),
                                e.message() + QStringLiteral("\n") + e.details(), e.serviceCode());
        };
        QUrlQuery q;
        if (!ns.isEmpty())
            q.addQueryItem(QStringLiteral("namespace"), ns);
        // The order as it is now (the service only returns consuming ones).
        w->fetch<std::optional<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders/%1").arg(id), q), {}, 0},
            &RestJson::orderGet,
            [w, job, id, ns, timeout, notConsuming](Result<std::optional<Order>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (!r.value())
                    return job->resolve(notConsuming(
                        BackendError(Category::NotFound,
                                     QCoreApplication::translate(
                                         "RestBackend", "the service has no consuming order %1")
                                         .arg(id))));
                Order before = *r.value();
                before.status = OrderStatus::Consuming;
                QJsonObject body{{QStringLiteral("action"), QStringLiteral("cancel")}};
                if (!ns.isEmpty())
                    body.insert(QStringLiteral("namespace"), ns);
                w->fetch<Done>(
                    RestRequest{"PUT", w->usageUrl(QStringLiteral("/orders/%1").arg(id), {}),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), timeout},
                    &RestJson::plainOk, [job, before, notConsuming](Result<Done> r2) {
                        if (!r2) {
                            const int code = r2.error().serviceCode();
                            if (code == 3318 || code == 3309)
                                return job->resolve(notConsuming(r2.error()));
                            return job->resolve(r2.error());
                        }
                        CancelOutcome out;
                        out.order = before;
                        out.endConsumeId = 0; // not reported by the service
                        const QDateTime now = QDateTime::currentDateTimeUtc();
                        out.endTime =
                            QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
                        job->resolve(out);
                    });
            });
    });
}
