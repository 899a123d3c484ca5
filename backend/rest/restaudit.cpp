#include "rest/restbackend.h"

#include "rest/restjob.h"
#include "rest/restlist.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using Category = BackendError::Category;
using namespace RestDetail;

// The ledger audit over the REST API: only what the API shows can be
// checked. It lists paid orders only and consuming ones by status, with
// their deadlines, so a stalled renewal is visible; everything else needs
// the tables (docs/audit.md).

namespace {

QList<std::pair<AuditKind, QString>> uncheckedOverApi()
{
    // Marked for lupdate here, translated when the report is made.
    const auto why = [](const char *text) {
        return QCoreApplication::translate("RestAudit", text);
    };
    return {
        {AuditKind::DeadlineMismatch,
         why(QT_TRANSLATE_NOOP("RestAudit",
                               "the API sends neither LAST_CONSUME_ID nor a charge's CONSUME_ID"))},
        {AuditKind::ChargeCountMismatch,
         why(QT_TRANSLATE_NOOP("RestAudit",
                               "the API sends neither LAST_CONSUME_ID nor a charge's CONSUME_ID"))},
        {AuditKind::OrphanCharge,
         why(QT_TRANSLATE_NOOP(
             "RestAudit",
             "a charge carries only its ORDER_ID, which every resources order of a namespace "
             "shares, and the API lists paid orders only"))},
        {AuditKind::NullField,
         why(QT_TRANSLATE_NOOP(
             "RestAudit",
             "the service cannot read such a row: the list that holds it fails (3311, 3312, "
             "3314)"))},
        {AuditKind::Float32Loss,
         why(QT_TRANSLATE_NOOP(
             "RestAudit",
             "the API sends amounts already rounded to float32; the exact amount is in the "
             "database only"))},
        {AuditKind::UnpaidConsuming,
         why(QT_TRANSLATE_NOOP("RestAudit", "the API lists paid orders only"))},
        {AuditKind::DamagedField,
         why(QT_TRANSLATE_NOOP(
             "RestAudit",
             "the service cannot read such a row: the list that holds it fails (3311, 3312, "
             "3314)"))},
    };
}

// A list the service could not read: a NULL it cannot scan is the usual cause.
BackendError explained(const BackendError &e)
{
    const int code = e.serviceCode();
    if (code != 3311 && code != 3312 && code != 3314)
        return e;
    return BackendError(e.category(), e.message(),
                        QStringLiteral("The service fails a list when a row holds a NULL it "
                                       "cannot read (SPEC §2): audit over the database to find "
                                       "it (usagectl --db … audit).\n") +
                            e.details(),
                        code);
}

struct AuditRun
{
    AuditFilter filter;
    QStringList names;
    QStringList regions;
    int next = 0;
    AuditReport report;
};

void auditRegion(RestWorker *w, JobPtr<AuditReport> job, std::shared_ptr<AuditRun> run);

void collectOrders(RestWorker *w, JobPtr<AuditReport> job, std::shared_ptr<AuditRun> run,
                   std::shared_ptr<Pager<Order>> pager)
{
    pager->collect(100, [w, job, run, pager](Result<QList<Order>> r) {
        if (job->canceled())
            return job->cancelled();
        if (!r)
            return job->resolve(explained(r.error()));
        const qint64 now = run->report.now.toSecsSinceEpoch();
        for (const Order &o : std::as_const(r.value())) {
            ++run->report.ordersRead;
            ++run->report.ordersMatched;
            // Listed = paid (EVER_PAYED = 1) and, by the status asked, consuming.
            if (!o.deadline.isValid() || !AuditRules::isStalled(o.deadline.toSecsSinceEpoch(), now))
                continue;
            AuditFinding f;
            f.kind = AuditKind::StalledRenewal;
            f.orderKey = o.id;
            f.orderId = o.orderId;
            f.ns = o.ns;
            f.region = o.region;
            f.orderDeadline = o.deadline;
            f.now = run->report.now;
            ++run->report.counts[size_t(f.kind)];
            if (run->report.findings.size() < run->filter.maxFindings)
                run->report.findings.append(f);
        }
        if (pager->anyLive())
            return collectOrders(w, job, run, pager);
        auditRegion(w, job, run);
    });
}

void auditRegion(RestWorker *w, JobPtr<AuditReport> job, std::shared_ptr<AuditRun> run)
{
    if (run->next >= run->regions.size()) {
        std::stable_sort(
            run->report.findings.begin(), run->report.findings.end(),
            [](const AuditFinding &a, const AuditFinding &b) { return a.orderKey < b.orderKey; });
        return job->resolve(run->report);
    }
    const QString region = run->regions.at(run->next++);
    Source<Order> src;
    src.url = [w](const StreamKey &key, int p, int size) {
        QUrlQuery q = pageQuery(key, p, size);
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("consuming"));
        return w->usageUrl(QStringLiteral("/orders"), q);
    };
    src.parse = &RestJson::orderList;
    src.newer = &newerOrder;
    src.fix = [](Order &, const StreamKey &) {
    };
    QList<StreamKey> keys;
    for (const QString &n : std::as_const(run->names))
        keys.append(StreamKey{region, n});
    collectOrders(w, job, run, std::make_shared<Pager<Order>>(w, src, streamsOf(keys)));
}

} // namespace

QFuture<Result<AuditReport>> RestBackend::audit(const AuditFilter &filter)
{
    auto run = std::make_shared<AuditRun>();
    run->filter = filter;
    // The API answers one namespace at a time: the ones asked for, else the
    // profile's, else the token's own user.
    const QStringList asked =
        !filter.namespaces.isEmpty() ? filter.namespaces : m_config.namespaces;
    run->names = streamNames(asked);
    run->report.scope =
        asked.isEmpty()
            ? QCoreApplication::translate("RestAudit",
                                          "Only the token's own namespace was audited: the API "
                                          "lists one namespace at a time.")
            : QCoreApplication::translate("RestAudit", "Namespaces audited: %1.")
                  .arg(run->names.join(QStringLiteral(", ")));
    run->report.now = (filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()).toUTC();
    run->report.unchecked = uncheckedOverApi();
    return post<AuditReport>(m_worker, [run](RestWorker *w, JobPtr<AuditReport> job) {
        if (!run->filter.region.isEmpty()) {
            run->regions = {run->filter.region};
            return auditRegion(w, job, run);
        }
        w->fetch<QList<Region>>(
            RestRequest{"GET", w->planUrl(QStringLiteral("/query/plans/region"), {}), {}, 0},
            &RestJson::regionList, [w, job, run](Result<QList<Region>> r) {
                if (!r)
                    return job->resolve(r.error());
                for (const Region &region : std::as_const(r.value()))
                    run->regions.append(region.identification);
                auditRegion(w, job, run);
            });
    });
}
