#include "listcommands.h"

#include "clicontext.h"
#include "recordformat.h"

#include <QJsonDocument>
#include <climits>
#include <optional>

#include <functional>

namespace {

// Streams a list page by page (keyset continuation) so that memory stays
// flat; `--limit N` stops early, `--page P --size S` prints exactly that
// page as the service would page it. `finished(empty)` runs at the end.
template<typename T>
int streamList(CliContext &ctx, const QStringList &headers,
               const std::function<QFuture<Result<Page<T>>>(const PageRequest &)> &fetch,
               const std::function<QStringList(const T &)> &cells,
               const std::function<QJsonObject(const T &)> &json,
               const std::function<void(bool empty)> &finished)
{
    int limit = 0;
    int page = 0;
    int size = 0;
    for (const QString &e : {ctx.args.intValue(QStringLiteral("limit"), 1, INT_MAX, 0, &limit),
                             ctx.args.intValue(QStringLiteral("page"), 1, INT_MAX, 0, &page),
                             ctx.args.intValue(QStringLiteral("size"), 1, 100, 30, &size)}) {
        if (!e.isEmpty())
            return ctx.fail(e, CliContext::Usage);
    }
    // Either way of cutting the list, not both, and no half of one.
    if (limit > 0 && page > 0)
        return ctx.fail(QStringLiteral("give --limit N or --page P --size S, not both"),
                        CliContext::Usage);
    if (ctx.args.isSet(QStringLiteral("size")) && page == 0)
        return ctx.fail(
            QStringLiteral("--size goes with --page P (for the first N rows: --limit N)"),
            CliContext::Usage);
    // The writer starts only once the first page arrived, so that a failure
    // prints nothing on stdout.
    std::optional<OutputWriter> writer;
    const auto emit = [&](const QList<T> &items, qint64 max) {
        if (!writer)
            writer.emplace(ctx.out, ctx.format, headers);
        qint64 n = 0;
        for (const T &item : items) {
            if (n >= max)
                break;
            writer->addRow(cells(item), json(item));
            ++n;
        }
        return n;
    };
    if (page > 0) {
        // No total: it is not printed, and counting a region scans its index.
        auto r = CliContext::wait(fetch(PageRequest{page, size, std::nullopt, false}));
        if (!r)
            return ctx.fail(r.error());
        emit(r.value().items, r.value().items.size());
        writer->finish();
        finished(r.value().items.isEmpty());
        return CliContext::Ok;
    }
    constexpr int streamPageSize = 1000;
    qint64 written = 0;
    PageRequest request =
        PageRequest::first(limit > 0 ? qMin(limit, streamPageSize) : streamPageSize, false);
    for (;;) {
        auto r = CliContext::wait(fetch(request));
        if (!r) {
            if (writer)
                writer->finish();
            return ctx.fail(r.error());
        }
        written += emit(r.value().items, limit > 0 ? limit - written : r.value().items.size());
        if (!r.value().next || (limit > 0 && written >= limit))
            break;
        const int remaining =
            limit > 0 ? int(qMin<qint64>(limit - written, streamPageSize)) : streamPageSize;
        request = PageRequest::continueFrom(*r.value().next, remaining);
    }
    emit({}, 0); // an empty list still gets its header (or [])
    writer->finish();
    finished(written == 0);
    return CliContext::Ok;
}

} // namespace

int ListCommands::ordersList(CliContext &ctx)
{
    OrderFilter filter;
    const QString error = ctx.orderFilter(&filter);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    const QTimeZone zone = ctx.zone;
    Backend *backend = ctx.backend.get();
    return streamList<Order>(
        ctx, RecordFormat::orderHeaders(),
        [backend, filter](const PageRequest &p) { return backend->listOrders(filter, p); },
        [zone](const Order &o) { return RecordFormat::orderCells(o, zone); },
        [zone](const Order &o) { return RecordFormat::orderJson(o, zone); },
        [&ctx, filter](bool empty) { ctx.warnUnmatched(filter, empty); });
}

int ListCommands::ordersShow(CliContext &ctx)
{
    const QStringList &pos = ctx.args.positional();
    bool ok = false;
    const qint64 id = pos.value(2).toLongLong(&ok);
    if (pos.size() != 3 || !ok || id <= 0)
        return ctx.fail(QStringLiteral("usage: usagectl orders show ID (the integer order key)"),
                        CliContext::Usage);
    QString ns;
    if (const QString error = ctx.oneNamespace(QStringLiteral("orders show"), &ns);
        !error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    auto order = CliContext::wait(ctx.backend->getOrder(id, ns));
    if (!order)
        return ctx.fail(order.error());
    const Order &o = order.value();
    if (ctx.format == OutputWriter::Format::Table) {
        const QStringList headers = RecordFormat::orderHeaders();
        const QStringList cells = RecordFormat::orderCells(o, ctx.zone);
        for (int i = 0; i < headers.size(); ++i)
            ctx.out << headers[i].leftJustified(10) << ' ' << cells[i] << '\n';
        ctx.out << QStringLiteral("CHARGES").leftJustified(10) << ' '
                << (o.lastConsumeId ? QString::number(*o.lastConsumeId) : QStringLiteral("unknown"))
                << '\n';
    } else {
        OutputWriter writer(ctx.out, ctx.format, RecordFormat::orderHeaders());
        writer.addRow(RecordFormat::orderCells(o, ctx.zone), RecordFormat::orderJson(o, ctx.zone));
    }
    return CliContext::Ok;
}

int ListCommands::usagesList(CliContext &ctx)
{
    UsageFilter filter;
    const QString error = ctx.usageFilter(&filter);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    const QTimeZone zone = ctx.zone;
    Backend *backend = ctx.backend.get();
    return streamList<Usage>(
        ctx, RecordFormat::usageHeaders(),
        [backend, filter](const PageRequest &p) { return backend->listUsages(filter, p); },
        [zone](const Usage &u) { return RecordFormat::usageCells(u, zone); },
        [zone](const Usage &u) { return RecordFormat::usageJson(u, zone); },
        [&ctx, filter](bool empty) { ctx.warnUnmatched(filter, empty); });
}

int ListCommands::usagesTotal(CliContext &ctx)
{
    UsageFilter filter;
    const QString error = ctx.usageFilter(&filter);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    auto total = CliContext::wait(ctx.backend->usageTotal(filter));
    if (!total)
        return ctx.fail(total.error());
    if (ctx.format == OutputWriter::Format::Json) {
        QJsonObject j;
        j.insert(QStringLiteral("total"), total.value().amount.toString4());
        j.insert(QStringLiteral("charges"), total.value().charges);
        ctx.out << QJsonDocument(j).toJson(QJsonDocument::Compact) << '\n';
    } else {
        OutputWriter writer(ctx.out, ctx.format,
                            {QStringLiteral("TOTAL"), QStringLiteral("CHARGES")});
        writer.addRow({total.value().amount.toString2(), QString::number(total.value().charges)},
                      {});
    }
    ctx.warnUnmatched(filter, total.value().charges == 0);
    return CliContext::Ok;
}

int ListCommands::plansList(CliContext &ctx)
{
    PlanFilter filter;
    filter.region = ctx.args.value(QStringLiteral("region"));
    filter.includeInactive = ctx.args.isSet(QStringLiteral("all-versions"));
    if (ctx.args.isSet(QStringLiteral("type"))) {
        filter.type = planTypeFromString(ctx.args.value(QStringLiteral("type")));
        if (filter.type == PlanType::Unknown)
            return ctx.fail(QStringLiteral("--type must be resources, volume or bsi"),
                            CliContext::Usage);
    }
    auto plans = CliContext::wait(ctx.backend->listPlans(filter));
    if (!plans)
        return ctx.fail(plans.error());
    if (filter.includeInactive && ctx.args.isSet(QStringLiteral("api")))
        ctx.err << "usagectl: note: the plan service lists active plan versions only; old "
                   "versions need --db\n";
    OutputWriter writer(ctx.out, ctx.format, RecordFormat::planHeaders());
    for (const Plan &p : std::as_const(plans.value()))
        writer.addRow(RecordFormat::planCells(p), RecordFormat::planJson(p));
    return CliContext::Ok;
}

int ListCommands::namespacesList(CliContext &ctx)
{
    auto names =
        CliContext::wait(ctx.backend->listNamespaces(ctx.args.value(QStringLiteral("region"))));
    if (!names)
        return ctx.fail(names.error());
    {
        OutputWriter writer(ctx.out, ctx.format, {QStringLiteral("NAMESPACE")});
        for (const QString &n : std::as_const(names.value()))
            writer.addRow({n}, QJsonObject{{QStringLiteral("namespace"), n}});
    }
    if (names.value().isEmpty() && !ctx.backend->readsEveryNamespace()) {
        ctx.out.flush();
        ctx.err << "usagectl: note: the service's API cannot list namespaces: it reads one at a "
                   "time, the token's user's unless --namespace names others.\n";
    }
    return CliContext::Ok;
}

int ListCommands::regionsList(CliContext &ctx)
{
    auto regions = CliContext::wait(ctx.backend->listRegions());
    if (!regions)
        return ctx.fail(regions.error());
    OutputWriter writer(
        ctx.out, ctx.format,
        {QStringLiteral("REGION"), QStringLiteral("NAME"), QStringLiteral("DESCRIPTION")});
    for (const Region &r : std::as_const(regions.value()))
        writer.addRow({r.identification, r.name, r.description},
                      QJsonObject{{QStringLiteral("region"), r.identification},
                                  {QStringLiteral("name"), r.name},
                                  {QStringLiteral("description"), r.description}});
    return CliContext::Ok;
}
