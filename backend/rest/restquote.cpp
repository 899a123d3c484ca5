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

// The dry run: the service's price, the plan's and the order it replaces.

QFuture<Result<Quote>> RestBackend::quote(const QuoteRequest &request)
{
    if (request.region.isEmpty())
        return ready<Quote>(needsRegion());
    const QTimeZone zone =
        request.serviceZone.isValid() ? request.serviceZone : m_config.serviceZone;
    return post<Quote>(m_worker, [request, zone](RestWorker *w, JobPtr<Quote> job) {
        struct State
        {
            int waiting = 3;
            bool failed = false;
            std::optional<RestJson::QuoteAnswer> answer;
            std::optional<Plan> plan;
            std::optional<Order> current;
        };
        auto st = std::make_shared<State>();
        auto fail = [job, st](const BackendError &e) {
            if (st->failed)
                return;
            st->failed = true;
            job->resolve(e);
        };
        auto complete = [job, st, request, zone] {
            if (st->failed || --st->waiting > 0)
                return;
            if (!st->plan) {
                st->failed = true;
                return job->resolve(BackendError(
                    Category::Server,
                    QCoreApplication::translate(
                        "RestBackend", "The plan service does not know plan %1 in %2, yet the "
                                       "usage service priced it.")
                        .arg(request.planId, request.region)));
            }
            Quote q;
            const auto price = Money::fromYuanDouble(st->plan->price);
            q.planPrice = price.value_or(st->plan->priceMoney);
            q.due = st->answer->due;
            q.dueText = st->answer->dueText;
            q.credit = q.planPrice - q.due;
            if (st->plan->type == PlanType::Resources && st->current)
                q.replaces = st->current;
            const QDateTime now =
                request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
            q.periodEnd = BillingCalendar::nextDeadline(now, now, zone);
            job->resolve(q);
        };

        // 1. The dry run itself.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), request.region);
        q.addQueryItem(QStringLiteral("drytry"), QStringLiteral("1"));
        QJsonObject body{{QStringLiteral("plan_id"), request.planId},
                         {QStringLiteral("parameters"),
                          QJsonObject{{QStringLiteral("resource_name"), request.resourceName}}}};
        if (!request.ns.isEmpty())
            body.insert(QStringLiteral("namespace"), request.ns);
        w->fetch<RestJson::QuoteAnswer>(
            RestRequest{"POST", w->usageUrl(QStringLiteral("/orders"), q),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), 0},
            &RestJson::quoteAnswer, [st, fail, complete](Result<RestJson::QuoteAnswer> r) {
                if (!r)
                    return fail(r.error());
                st->answer = r.value();
                complete();
            });

        // 2. The plan's price (credit = price - due).
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("region"), request.region);
        w->fetch<std::optional<Plan>>(
            RestRequest{
                "GET",
                w->planUrl(QStringLiteral("/plans/%1")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.planId))),
                           pq),
                {},
                0},
            &RestJson::planGet, [st, fail, complete](Result<std::optional<Plan>> r) {
                if (!r)
                    return fail(r.error());
                st->plan = r.value();
                complete();
            });

        // 3. The consuming "<ns>-resources" order a resources plan replaces.
        Source<Order> src;
        src.url = [w](const StreamKey &key, int p, int size) {
            QUrlQuery oq = pageQuery(key, p, size);
            oq.addQueryItem(QStringLiteral("status"), QStringLiteral("consuming"));
            oq.addQueryItem(QStringLiteral("type"), QStringLiteral("resources"));
            return w->usageUrl(QStringLiteral("/orders"), oq);
        };
        src.parse = &RestJson::orderList;
        src.newer = &newerOrder;
        src.fix = [](Order &o, const StreamKey &) {
            o.planType = PlanType::Resources;
            o.renewRetries = std::nullopt;
        };
        auto pager = std::make_shared<Pager<Order>>(
            w, src, streamsOf({StreamKey{request.region, request.ns}}));
        auto look = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakLook = look;
        *look = [pager, st, fail, complete, request, weakLook] {
            auto again = weakLook.lock();
            pager->collect(100,
                           [pager, st, fail, complete, request, again](Result<QList<Order>> r) {
                               if (!r)
                                   return fail(r.error());
                               if (st->failed)
                                   return; // the dry run failed: ask nothing more
                               for (const Order &o : std::as_const(r.value())) {
                                   const QString ns = request.ns.isEmpty() ? o.ns : request.ns;
                                   if (o.orderId == ns + QStringLiteral("-resources")) {
                                       st->current = o;
                                       return complete();
                                   }
                               }
                               if (!pager->anyLive() || r.value().isEmpty())
                                   return complete();
                               (*again)();
                           });
        };
        (*look)();
    });
}
