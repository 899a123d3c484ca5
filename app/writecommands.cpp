#include "writecommands.h"

#include "clicontext.h"
#include "recordformat.h"
#include "resultrecord.h"

#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

namespace {

QString refusal(const BackendError &e)
{
    if (e.serviceCode() > 0)
        return QStringLiteral("refused (%1): %2").arg(e.serviceCode()).arg(e.message());
    return e.message();
}

} // namespace

int WriteCommands::quote(CliContext &ctx)
{
    QuoteRequest request;
    request.region = ctx.args.value(QStringLiteral("region"));
    if (const QString error = ctx.oneNamespace(QStringLiteral("quote"), &request.ns);
        !error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    request.planId = ctx.args.value(QStringLiteral("plan"));
    request.resourceName = ctx.args.value(QStringLiteral("resource-name"));
    request.serviceZone = ctx.serviceZone;
    if (request.region.isEmpty() || request.ns.isEmpty() || request.planId.isEmpty())
        return ctx.fail(QStringLiteral("usage: usagectl quote --region R --namespace N --plan "
                                       "PLAN_ID [--resource-name X] [--at TIME]"),
                        CliContext::Usage);
    if (ctx.args.isSet(QStringLiteral("at"))) {
        const QString error = ctx.instant(QStringLiteral("at"), false, &request.now);
        if (!error.isEmpty())
            return ctx.fail(error, CliContext::Usage);
        if (ctx.args.isSet(QStringLiteral("api")))
            ctx.err << "usagectl: warning: the service prices at its own clock; --at only sets "
                       "the period end shown\n";
    } else {
        request.now = QDateTime::currentDateTimeUtc();
    }
    auto result = CliContext::wait(ctx.backend->quote(request));
    if (!result)
        return ctx.fail(refusal(result.error()));
    const Quote &q = result.value();
    for (const QString &w : q.warnings)
        ctx.err << "usagectl: " << w << '\n';
    const QString replaces = q.replaces ? q.replaces->orderId : QString();
    ResultRecord r;
    r.add(QStringLiteral("plan price"), q.planPrice.toString2(), QStringLiteral("plan_price"),
          q.planPrice.toString2());
    r.add(QStringLiteral("credit"), q.credit.toString2(), QStringLiteral("credit"),
          q.credit.toString2());
    r.add(QStringLiteral("due"), q.dueText, QStringLiteral("due"), q.dueText);
    r.add(QStringLiteral("replaces order"),
          q.replaces ? QStringLiteral("%1 (id %2)").arg(replaces).arg(q.replaces->id)
                     : QStringLiteral("none"),
          QStringLiteral("replaces_order"),
          q.replaces ? QJsonValue(replaces) : QJsonValue(QJsonValue::Null));
    r.add(QStringLiteral("period end"), RecordFormat::timeText(q.periodEnd, ctx.zone),
          QStringLiteral("period_end"), RecordFormat::timeJson(q.periodEnd, ctx.zone));
    r.addJson(QStringLiteral("warnings"), // a table has them on stderr, above
              QJsonArray::fromStringList(q.warnings));
    r.print(ctx.out, ctx.format);
    return CliContext::Ok;
}

int WriteCommands::cancel(CliContext &ctx)
{
    const QStringList &pos = ctx.args.positional();
    bool ok = false;
    const qint64 id = pos.value(2).toLongLong(&ok);
    if (pos.size() != 3 || !ok || id <= 0)
        return ctx.fail(QStringLiteral("usage: usagectl orders cancel ID [--namespace N] [--yes]"),
                        CliContext::Usage);
    // Refuse before the database is touched.
    if (ctx.backend->isReadOnly())
        return ctx.fail(QStringLiteral("--read-only: orders cancel ends an order; refused"),
                        CliContext::Refused);
    // Over --api the service decides what can be cancelled, and it releases
    // the resource itself; over --db only the billing tables change.
    const bool service = ctx.args.isSet(QStringLiteral("api"));
    QString ns;
    if (const QString error = ctx.oneNamespace(QStringLiteral("orders cancel"), &ns);
        !error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    auto order = CliContext::wait(ctx.backend->getOrder(id, ns));
    if (!order) {
        // The service shows an order only while it is consuming.
        // Nothing to cancel is exit 3 either way, as for an ended order.
        if (order.error().category() == BackendError::Category::NotFound)
            return ctx.fail(
                service ? QStringLiteral("order %1 is not consuming or does not "
                                         "exist: nothing to cancel")
                              .arg(id)
                        : QStringLiteral("%1: nothing to cancel").arg(order.error().message()),
                CliContext::Refused);
        return ctx.fail(order.error());
    }
    const Order &o = order.value();
    if (o.status != OrderStatus::Consuming)
        return ctx.fail(QStringLiteral("order %1 is %2, not consuming: nothing to cancel")
                            .arg(id)
                            .arg(statusName(o.status)),
                        CliContext::Refused);
    ctx.err << "Order " << o.id << " (" << o.orderId << ") of namespace " << o.ns << " in "
            << o.region << ": plan " << o.planId << " (" << planTypeName(o.planType) << ")"
            << (o.resourceName.isEmpty() ? QString()
                                         : QStringLiteral(", resource ") + o.resourceName)
            << ", paid until " << RecordFormat::timeText(o.deadline, ctx.zone) << ".\n";
    if (service) {
        ctx.err << "The service releases the resource (the namespace's quota set to zero, the "
                   "volume or the BSI deleted), then ends the order. This cannot be undone.\n";
        if (o.planType == PlanType::Bsi)
            ctx.err << "Releasing a BSI takes the service more than 5 seconds.\n";
    } else {
        ctx.err << "This is a direct-database cancel: it ends the order in the billing tables "
                   "only. The resource itself (quota, volume or BSI) is NOT released; release "
                   "it in the platform.\n";
    }
    ctx.err.flush();
    if (!ctx.args.isSet(QStringLiteral("yes"))) {
        if (!isatty(fileno(stdin)))
            return ctx.fail(QStringLiteral("no terminal to confirm on: pass --yes to cancel "
                                           "without asking"),
                            CliContext::Refused);
        ctx.err << "Type yes to end order " << o.id << ": ";
        ctx.err.flush();
        const QString answer = ctx.in.readLine().trimmed();
        if (answer != QLatin1String("yes"))
            return ctx.fail(QStringLiteral("not confirmed: nothing was changed"),
                            CliContext::Refused);
    }
    if (service) {
        ctx.err << "Cancelling order " << o.id << " through the service...\n";
        ctx.err.flush();
    }
    auto outcome = CliContext::wait(ctx.backend->cancel(o.id, o.ns));
    if (!outcome) {
        if (outcome.error().category() == BackendError::Category::Conflict)
            return ctx.fail(outcome.error().message(), CliContext::Refused);
        return ctx.fail(outcome.error());
    }
    const CancelOutcome &done = outcome.value();
    ResultRecord r;
    r.add(QStringLiteral("order"), QStringLiteral("%1 (%2)").arg(o.id).arg(o.orderId),
          QStringLiteral("id"), o.id);
    r.addJson(QStringLiteral("order_id"), o.orderId);
    r.add(QStringLiteral("namespace"), o.ns, QStringLiteral("namespace"), o.ns);
    r.add(QStringLiteral("region"), o.region, QStringLiteral("region"), o.region);
    r.add(QStringLiteral("status"), statusName(OrderStatus::Ended), QStringLiteral("status"),
          statusName(OrderStatus::Ended));
    r.add(QStringLiteral("ended at"), RecordFormat::timeText(done.endTime, ctx.zone),
          QStringLiteral("end_time"), RecordFormat::timeJson(done.endTime, ctx.zone));
    r.add(QStringLiteral("end charge"),
          done.endConsumeId > 0 ? QString::number(done.endConsumeId) : QStringLiteral("unknown"),
          QStringLiteral("end_consume_id"),
          done.endConsumeId > 0 ? QJsonValue(done.endConsumeId) : QJsonValue());
    r.add(QStringLiteral("resource released"),
          done.resourceReleased ? QStringLiteral("yes, by the service")
                                : QStringLiteral("no (direct-database cancel)"),
          QStringLiteral("resource_released"), done.resourceReleased);
    r.print(ctx.out, ctx.format);
    return CliContext::Ok;
}
