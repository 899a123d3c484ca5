#include "auditcommand.h"

#include "clicontext.h"
#include "recordformat.h"

#include <QJsonObject>
#include <QLocale>

namespace {

QStringList headers()
{
    return {QStringLiteral("KIND"),      QStringLiteral("ORDER"),  QStringLiteral("ORDER_ID"),
            QStringLiteral("NAMESPACE"), QStringLiteral("REGION"), QStringLiteral("CONSUME_ID"),
            QStringLiteral("DETAIL")};
}

QJsonObject json(const AuditFinding &f, const QTimeZone &zone)
{
    return {{QStringLiteral("kind"), auditKindName(f.kind)},
            {QStringLiteral("order"), f.orderKey},
            {QStringLiteral("order_id"), f.orderId},
            {QStringLiteral("namespace"), f.ns},
            {QStringLiteral("region"), f.region},
            {QStringLiteral("consume_id"), f.consumeId ? QJsonValue(*f.consumeId) : QJsonValue()},
            {QStringLiteral("detail"), f.detail(zone)}};
}

// What was read and found, what could not be checked: on stderr, so that
// stdout stays the findings alone.
void summarize(CliContext &ctx, const AuditReport &r)
{
    const QLocale c = QLocale::c();
    QString what = QStringLiteral("%1 orders and %2 charges")
                       .arg(c.toString(r.ordersMatched), c.toString(r.chargesMatched));
    if (r.ordersMatched != r.ordersRead || r.chargesMatched != r.chargesRead)
        what += QStringLiteral(" (of %1 and %2 read)")
                    .arg(c.toString(r.ordersRead), c.toString(r.chargesRead));
    ctx.err << "usagectl: audited " << what << " at " << RecordFormat::timeText(r.now, ctx.zone)
            << ": "
            << (r.total() == 0
                    ? QStringLiteral("no findings")
                    : QStringLiteral("%1 finding(s): %2").arg(c.toString(r.total()), r.summary()))
            << '\n';
    if (r.total() > r.findings.size())
        ctx.err << "usagectl: only the first " << c.toString(qint64(r.findings.size()))
                << " findings are listed\n";
    for (const auto &[kind, why] : r.unchecked)
        ctx.err << "usagectl: not checked over this connection: " << auditKindName(kind) << " ("
                << why << ")\n";
    if (!r.scope.isEmpty())
        ctx.err << "usagectl: " << r.scope << '\n';
}

} // namespace

int AuditCommand::run(CliContext &ctx)
{
    AuditFilter filter;
    filter.region = ctx.args.value(QStringLiteral("region"));
    filter.namespaces = ctx.args.list(QStringLiteral("namespace"));
    const QString error = ctx.instant(QStringLiteral("at"), false, &filter.now);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    const auto report = CliContext::wait(ctx.backend->audit(filter));
    if (!report)
        return ctx.fail(report.error(), Trouble);
    const AuditReport &r = report.value();
    const bool filtered = !filter.region.isEmpty() || !filter.namespaces.isEmpty();
    if (filtered && r.unchecked.isEmpty() && r.ordersMatched == 0 && r.chargesMatched == 0)
        return ctx.fail(QStringLiteral("no order or charge is in %1: nothing was audited (see "
                                       "usagectl regions list, namespaces list)")
                            .arg(filter.region.isEmpty()
                                     ? QStringLiteral("the namespaces given")
                                     : QStringLiteral("region %1").arg(filter.region)),
                        Trouble);
    // Over the API the namespaces asked may have no paid order at all (the
    // token's own user, when none is named): that is no clean result.
    if (!r.unchecked.isEmpty() && r.ordersRead == 0 && r.chargesRead == 0)
        return ctx.fail(filter.namespaces.isEmpty()
                            ? QStringLiteral("nothing was audited: the API gave no paid order of "
                                             "the namespace it read (without --namespace, the "
                                             "token's own); name the namespaces with --namespace")
                            : QStringLiteral("nothing was audited: the API gave no paid order of "
                                             "%1")
                                  .arg(filter.namespaces.join(QStringLiteral(", "))),
                        Trouble);
    OutputWriter writer(ctx.out, ctx.format, headers());
    for (const AuditFinding &f : r.findings)
        writer.addRow({auditKindName(f.kind), QString::number(f.orderKey), f.orderId, f.ns,
                       f.region, f.consumeId ? QString::number(*f.consumeId) : QString(),
                       f.detail(ctx.zone)},
                      json(f, ctx.zone));
    writer.finish();
    summarize(ctx, r);
    return r.total() > 0 ? Findings : CliContext::Ok;
}
