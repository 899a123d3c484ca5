#include "cachecommands.h"

#include "cache/cachingbackend.h"
#include "clicontext.h"
#include "resultrecord.h"

#include <QJsonArray>

namespace {

CachingBackend *cacheOf(CliContext &ctx)
{
    return qobject_cast<CachingBackend *>(ctx.backend.get());
}

} // namespace

int CacheCommands::clear(CliContext &ctx)
{
    CachingBackend *cache = cacheOf(ctx);
    if (!cache)
        return ctx.fail(QStringLiteral("cache clear cannot be used with --no-cache"),
                        CliContext::Usage);
    const bool all = ctx.args.isSet(QStringLiteral("all"));
    const auto dropped = CliContext::wait(cache->clear(all));
    if (!dropped)
        return ctx.fail(dropped.error());
    const QString of = all ? QStringLiteral("every connection") : cache->describe();
    if (ctx.format != OutputWriter::Format::Table) {
        ResultRecord r;
        r.add(QStringLiteral("dropped months"), QString::number(dropped.value()),
              QStringLiteral("dropped_months"), dropped.value());
        r.add(QStringLiteral("of"), of, QStringLiteral("of"), of);
        r.print(ctx.out, ctx.format);
        return CliContext::Ok;
    }
    ctx.out << QStringLiteral("Dropped %1 cached month(s) of %2.\n").arg(dropped.value()).arg(of);
    return CliContext::Ok;
}

int CacheCommands::verify(CliContext &ctx)
{
    CachingBackend *cache = cacheOf(ctx);
    if (!cache)
        return ctx.fail(QStringLiteral("cache verify cannot be used with --no-cache"),
                        CliContext::Usage);
    std::optional<QString> region;
    if (ctx.args.isSet(QStringLiteral("region")))
        region = ctx.args.value(QStringLiteral("region"));
    const auto report = CliContext::wait(cache->verify(region));
    if (!report)
        return ctx.fail(report.error());
    for (const QString &line : report.value().mismatches)
        ctx.err << "usagectl: mismatch: " << line << '\n';
    const qsizetype mismatched = report.value().mismatches.size();
    if (ctx.format != OutputWriter::Format::Table) {
        ResultRecord r;
        r.add(QStringLiteral("checked months"), QString::number(report.value().checked),
              QStringLiteral("checked_months"), report.value().checked);
        r.add(QStringLiteral("of"), cache->describe(), QStringLiteral("of"), cache->describe());
        r.add(QStringLiteral("mismatched months"), QString::number(mismatched),
              QStringLiteral("mismatched_months"), mismatched);
        r.addJson(QStringLiteral("mismatches"),
                  QJsonArray::fromStringList(report.value().mismatches));
        r.print(ctx.out, ctx.format);
    } else {
        ctx.out << QStringLiteral("Checked %1 cached month(s) of %2: %3.\n")
                       .arg(report.value().checked)
                       .arg(cache->describe())
                       .arg(mismatched == 0 ? QStringLiteral("all match")
                                            : QStringLiteral("%1 did not match; this "
                                                             "connection's cache was dropped")
                                                  .arg(mismatched));
    }
    // Scripts learn of a correction from the exit code.
    return report.value().mismatches.isEmpty() ? CliContext::Ok : CliContext::Failed;
}
