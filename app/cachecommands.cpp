#include "cachecommands.h"

#include "cache/cachingbackend.h"
#include "clicontext.h"

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
    ctx.out << QStringLiteral("Dropped %1 cached month(s) of %2.\n")
                   .arg(dropped.value())
                   .arg(all ? QStringLiteral("every connection") : cache->describe());
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
    ctx.out << QStringLiteral("Checked %1 cached month(s) of %2: %3.\n")
                   .arg(report.value().checked)
                   .arg(cache->describe())
                   .arg(report.value().mismatches.isEmpty()
                            ? QStringLiteral("all match")
                            : QStringLiteral("%1 did not match; this connection's cache was "
                                             "dropped")
                                  .arg(report.value().mismatches.size()));
    // Scripts learn of a correction from the exit code.
    return report.value().mismatches.isEmpty() ? CliContext::Ok : CliContext::Failed;
}
