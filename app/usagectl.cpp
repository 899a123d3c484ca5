#include "usagectl.h"

#include "core/timezonename.h"
#include "profiles/backendfactory.h"

#include "clicommands.h"
#include "clicontext.h"
#include "climessagehandler.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace {

// The REST connection of --api/--plan-api/--timeout, with the token from
// USAGECTL_TOKEN (never a flag: flags end up in shell histories).
Result<RestConfig> restConfig(const CliContext &ctx)
{
    RestConfig config;
    config.usageApi = QUrl(ctx.args.value(QStringLiteral("api")), QUrl::StrictMode);
    if (!config.usageApi.isValid() || config.usageApi.host().isEmpty() ||
        !(config.usageApi.scheme() == QLatin1String("http") ||
          config.usageApi.scheme() == QLatin1String("https")))
        return BackendError(BackendError::Category::InvalidInput,
                            QStringLiteral("--api must be an http(s) URL such as "
                                           "https://host/usageapi/v1"));
    if (ctx.args.isSet(QStringLiteral("plan-api"))) {
        config.planApi = QUrl(ctx.args.value(QStringLiteral("plan-api")), QUrl::StrictMode);
        if (!config.planApi.isValid() || config.planApi.host().isEmpty())
            return BackendError(BackendError::Category::InvalidInput,
                                QStringLiteral("--plan-api must be an http(s) URL such as "
                                               "https://host/charge/v1"));
    }
    config.token = QProcessEnvironment::systemEnvironment().value(QStringLiteral("USAGECTL_TOKEN"));
    if (config.token.isEmpty())
        return BackendError(BackendError::Category::InvalidInput,
                            QStringLiteral("--api needs a token: set USAGECTL_TOKEN"));
    int seconds = 30;
    const QString error = ctx.args.intValue(QStringLiteral("timeout"), 1, 3600, 30, &seconds);
    if (!error.isEmpty())
        return BackendError(BackendError::Category::InvalidInput, error);
    config.timeoutMs = seconds * 1000;
    if (ctx.args.isSet(QStringLiteral("ca-file"))) {
        // Added to the system's CAs; verification itself cannot be turned off.
        config.caFile = ctx.args.value(QStringLiteral("ca-file"));
        const QFileInfo file(config.caFile);
        if (!file.isFile() || !file.isReadable())
            return BackendError(
                BackendError::Category::InvalidInput,
                QStringLiteral("--ca-file %1 is not a readable file").arg(config.caFile));
    }
    config.namespaces = ctx.args.list(QStringLiteral("namespace"));
    config.readOnly = ctx.args.isSet(QStringLiteral("read-only"));
    config.serviceZone = ctx.serviceZone;
    return config;
}

// Puts the roll-up cache in front of the backend. Its warnings go to stderr
// (the main thread is blocked in wait() while the cache thread writes them).
void useCache(CliContext &ctx)
{
    auto cached = BackendFactory::withCache(std::move(ctx.backend));
    cached->setVerifyInBackground(false); // usagectl exits at once: `cache verify` does it
    cached->setCalendarZone(ctx.zone);
    QTextStream &err = ctx.err;
    QObject::connect(
        cached.get(), &Backend::cacheUnavailable, cached.get(),
        [&err](const QString &message) { err << "usagectl: warning: " << message << '\n'; },
        Qt::DirectConnection);
    ctx.backend = std::move(cached);
}

} // namespace

UsageCtl::UsageCtl(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
}

QString UsageCtl::helpText()
{
    return CliCommands::overview();
}

void UsageCtl::useBackend(std::shared_ptr<Backend> backend, bool cacheAllowed)
{
    m_backend = std::move(backend);
    m_cacheAllowed = cacheAllowed;
}

int UsageCtl::run(const QStringList &arguments)
{
    CliContext ctx(m_out, m_err, m_in);
    const int code = runCommand(ctx, arguments);
    m_out.flush();
    m_err.flush();
    return code;
}

int UsageCtl::usageError(CliContext &ctx, const QString &message, const QString &usage)
{
    ctx.fail(message);
    m_err << '\n' << usage;
    return CliContext::Usage;
}

int UsageCtl::runCommand(CliContext &ctx, const QStringList &arguments)
{
    // -h is --help (only before "--": after it, "-h" is an argument).
    QStringList args = arguments;
    for (QString &a : args) {
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("-h"))
            a = QStringLiteral("--help");
    }
    const QString parseError = ctx.args.parse(args, CliCommands::optionSpecs());
    if (!parseError.isEmpty())
        return ctx.fail(parseError + QStringLiteral(" (see usagectl --help)"), CliContext::Usage);
    CliMessageHandler::setVerbose(ctx.args.isSet(QStringLiteral("verbose")));
    // Only the lists repeat; a second --db or --tz would silently win.
    for (const CliArguments::OptionSpec &o : CliCommands::optionSpecs()) {
        if (o.takesValue && ctx.args.count(o.name) > 1 && o.name != QLatin1String("namespace") &&
            o.name != QLatin1String("month"))
            return ctx.fail(QStringLiteral("option --%1 is given %2 times; give it once")
                                .arg(o.name)
                                .arg(ctx.args.count(o.name)),
                            CliContext::Usage);
    }
    if (ctx.args.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("usagectl %1\n").arg(QCoreApplication::applicationVersion());
        return CliContext::Ok;
    }
    const bool wantsHelp = ctx.args.isSet(QStringLiteral("help"));
    const QStringList &pos = ctx.args.positional();
    if (pos.isEmpty()) {
        if (wantsHelp) {
            m_out << CliCommands::overview();
            return CliContext::Ok;
        }
        return usageError(ctx, QStringLiteral("no command given"), CliCommands::overview());
    }
    if (pos.first() == QLatin1String("help"))
        return helpFor(ctx, pos.mid(1));
    const CliCommand *command = CliCommands::find(pos);
    if (!command) {
        if (!CliCommands::group(pos.first()).isEmpty()) {
            if (wantsHelp && pos.size() == 1) {
                m_out << CliCommands::groupHelp(pos.first());
                return CliContext::Ok;
            }
            const QString message =
                pos.size() == 1 ? QStringLiteral("\"%1\" needs a subcommand").arg(pos.first())
                                : QStringLiteral("unknown command \"%1\"")
                                      .arg(pos.mid(0, 2).join(QLatin1Char(' ')));
            return usageError(ctx, message, CliCommands::groupHelp(pos.first()));
        }
        return usageError(ctx, QStringLiteral("unknown command \"%1\"").arg(pos.first()),
                          CliCommands::overview());
    }
    if (wantsHelp) {
        m_out << CliCommands::help(*command);
        return CliContext::Ok;
    }
    for (const CliArguments::OptionSpec &o : CliCommands::optionSpecs()) {
        if (ctx.args.isSet(o.name) && !CliCommands::globalOptions().contains(o.name) &&
            !command->options.contains(o.name))
            return ctx.fail(QStringLiteral("%1 does not take --%2").arg(command->words, o.name),
                            CliContext::Usage);
    }
    const int expectedPositionals = int(command->words.count(QLatin1Char(' '))) + 1;
    if (pos.size() > expectedPositionals + (command->argument.isEmpty() ? 0 : 1))
        return ctx.fail(QStringLiteral("unexpected argument \"%1\"").arg(pos.constLast()),
                        CliContext::Usage);

    const QString format = ctx.args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("table"))
        ctx.format = OutputWriter::Format::Table;
    else if (format == QLatin1String("csv"))
        ctx.format = OutputWriter::Format::Csv;
    else if (format == QLatin1String("json"))
        ctx.format = OutputWriter::Format::Json;
    else
        return ctx.fail(QStringLiteral("--format must be table, csv or json"), CliContext::Usage);

    // Not QTimeZone(id).isValid(): Qt takes "Shanghai" or "CST" as a POSIX
    // rule, UTC under that name, and the months would silently be UTC's.
    if (ctx.args.isSet(QStringLiteral("tz"))) {
        const QString id = ctx.args.value(QStringLiteral("tz"));
        ctx.zone = TimeZoneName::zone(id);
        if (!ctx.zone.isValid())
            return ctx.fail(QStringLiteral("unknown time zone \"%1\" (use an IANA name such as "
                                           "Asia/Shanghai, or UTC or UTC+8)")
                                .arg(id),
                            CliContext::Usage);
    } else {
        ctx.zone = QTimeZone::systemTimeZone();
    }
    const QString serviceZone =
        ctx.args.value(QStringLiteral("service-tz"), QStringLiteral("Asia/Shanghai"));
    ctx.serviceZone = TimeZoneName::zone(serviceZone);
    if (!ctx.serviceZone.isValid())
        return ctx.fail(QStringLiteral("unknown service time zone \"%1\" (use an IANA name such "
                                       "as Asia/Shanghai)")
                            .arg(serviceZone),
                        CliContext::Usage);

    if (ctx.args.isSet(QStringLiteral("db")) && ctx.args.isSet(QStringLiteral("api")))
        return ctx.fail(QStringLiteral("give either --db or --api, not both"), CliContext::Usage);
    if (ctx.args.isSet(QStringLiteral("ca-file")) && !ctx.args.isSet(QStringLiteral("api")))
        return ctx.fail(QStringLiteral("--ca-file is for --api; a database's CA goes in its "
                                       "address (mysql://...?tls=required&ca=PEM)"),
                        CliContext::Usage);
    if (ctx.args.isSet(QStringLiteral("db"))) {
        auto spec = ConnectionSpec::parse(ctx.args.value(QStringLiteral("db")));
        if (!spec)
            return ctx.fail(spec.error().message(), CliContext::Usage);
        ctx.spec = spec.value();
        ctx.spec.password =
            QProcessEnvironment::systemEnvironment().value(QStringLiteral("USAGECTL_DB_PASSWORD"));
        ctx.spec.readOnly = ctx.args.isSet(QStringLiteral("read-only"));
        ctx.hasDatabase = true;
    }
    if (command->needsDatabase) {
        if (m_backend) {
            ctx.backend = m_backend;
        } else if (ctx.args.isSet(QStringLiteral("api"))) {
            auto config = restConfig(ctx);
            if (!config)
                return ctx.fail(config.error().message(), CliContext::Usage);
            auto made = BackendFactory::createRest(config.value());
            if (!made)
                return ctx.fail(made.error().message(), CliContext::Usage);
            ctx.backend = made.value();
        } else if (ctx.hasDatabase) {
            auto made = BackendFactory::createSql(ctx.spec);
            if (!made)
                return ctx.fail(made.error().message(), CliContext::Usage);
            ctx.backend = made.value();
        } else {
            return ctx.fail(QStringLiteral("%1 needs a database or an API: --db sqlite:PATH, "
                                           "--db mysql://USER@HOST:PORT/DB or --api URL")
                                .arg(command->words),
                            CliContext::Usage);
        }
    }
    if (ctx.backend && command->options.contains(QStringLiteral("region"))) {
        if (const int code = ctx.checkRegion(command->troubleExit); code != CliContext::Ok)
            return code;
    }
    if (command->cached && !ctx.args.isSet(QStringLiteral("no-cache")) &&
        (!m_backend || m_cacheAllowed))
        useCache(ctx);
    return command->handler(ctx);
}

int UsageCtl::helpFor(CliContext &ctx, const QStringList &words)
{
    if (words.isEmpty()) {
        m_out << CliCommands::overview();
        return CliContext::Ok;
    }
    const CliCommand *command = CliCommands::find(words);
    if (command && words.size() == command->words.count(QLatin1Char(' ')) + 1) {
        m_out << CliCommands::help(*command);
        return CliContext::Ok;
    }
    if (words.size() == 1 && !CliCommands::group(words.first()).isEmpty()) {
        m_out << CliCommands::groupHelp(words.first());
        return CliContext::Ok;
    }
    return usageError(
        ctx,
        QStringLiteral("no help for \"%1\": no such command").arg(words.join(QLatin1Char(' '))),
        CliCommands::overview());
}
