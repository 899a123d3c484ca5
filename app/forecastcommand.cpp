#include "forecastcommand.h"

#include "clicontext.h"
#include "core/monthcalendar.h"
#include "reports/forecastloader.h"

#include <QJsonObject>

namespace {

// What the forecast could not count: said, never guessed.
void warnAbout(CliContext &ctx, const Forecast &f)
{
    if (f.ordersWithoutTimes > 0)
        ctx.err << "usagectl: warning: " << f.ordersWithoutTimes
                << " consuming order(s) left out: their start or deadline is unknown\n";
    for (auto it = f.ordersWithoutPrice.cbegin(); it != f.ordersWithoutPrice.cend(); ++it)
        ctx.err << "usagectl: warning: " << it.value() << " consuming order(s) left out: plan "
                << it.key().section(QLatin1Char(' '), 1) << " has no active version in region "
                << it.key().section(QLatin1Char(' '), 0, 0) << '\n';
}

} // namespace

int ForecastCommand::run(CliContext &ctx)
{
    QList<QDate> months;
    const QString error = ctx.months(&months);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);
    if (months.isEmpty()) {
        // This month and the next, in the display zone.
        const QDate now = MonthCalendar::monthOf(QDateTime::currentDateTimeUtc(), ctx.zone);
        months = {now, now.addMonths(1)};
    }
    ForecastRequest request;
    request.region = ctx.args.value(QStringLiteral("region"));
    request.namespaces = ctx.args.list(QStringLiteral("namespace"));
    for (const QDate &m : std::as_const(months))
        request.months.append(MonthCalendar::months(m, m, ctx.zone).constFirst());
    request.zone = ctx.zone;
    request.serviceZone = ctx.serviceZone;
    ForecastLoader loader;
    const auto made = CliContext::waitRunning(loader.load(ctx.backend.get(), request));
    if (!made)
        return ctx.fail(made.error());
    const Forecast &f = made.value();

    OutputWriter writer(ctx.out, ctx.format,
                        {QStringLiteral("MONTH"), QStringLiteral("NAMESPACE"),
                         QStringLiteral("WRITTEN"), QStringLiteral("RENEWALS"),
                         QStringLiteral("AMOUNT"), QStringLiteral("AT RISK")});
    const bool json = ctx.format == OutputWriter::Format::Json;
    for (const MonthSpan &month : std::as_const(f.months)) {
        ForecastCell total;
        for (const ForecastCell &c : f.cells) {
            if (c.month != month.month)
                continue;
            total.written += c.written;
            total.renewals += c.renewals;
            total.atRisk += c.atRisk;
            const QJsonObject cell{{QStringLiteral("namespace"), c.ns},
                                   {QStringLiteral("month"), month.key()},
                                   {QStringLiteral("written"), c.written.toString4()},
                                   {QStringLiteral("renewals"), c.renewals.toString4()},
                                   {QStringLiteral("amount"), c.amount().toString4()},
                                   {QStringLiteral("at_risk"), c.atRisk.toString4()}};
            writer.addRow({month.key(), c.ns, c.written.toString2(), c.renewals.toString2(),
                           c.amount().toString2(), c.atRisk.toString2()},
                          cell);
        }
        // JSON stays the cells alone; a reader adds them up.
        if (!json)
            writer.addRow({month.key(), QStringLiteral("TOTAL"), total.written.toString2(),
                           total.renewals.toString2(), total.amount().toString2(),
                           total.atRisk.toString2()},
                          {});
    }
    writer.finish();
    warnAbout(ctx, f);
    UsageFilter shown;
    shown.region = request.region;
    shown.namespaces = request.namespaces;
    ctx.warnUnmatched(shown, f.cells.isEmpty());
    return CliContext::Ok;
}
