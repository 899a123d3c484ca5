#include "usagectl.h"

#include "profiles/backendfactory.h"

#include "auditcommand.h"
#include "cachecommands.h"
#include "clicontext.h"
#include "climessagehandler.h"
#include "dbcommands.h"
#include "listcommands.h"
#include "reportcommands.h"
#include "spendcommand.h"
#include "writecommands.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace {

using Handler = int (*)(CliContext &);

struct Command
{
    QString words; // "orders list"
    Handler handler;
    QStringList options;
    bool needsDatabase = true;
    bool cached = false; // goes through the roll-up cache unless --no-cache
};

const QStringList globalOptions = {
    QStringLiteral("db"),         QStringLiteral("api"),     QStringLiteral("plan-api"),
    QStringLiteral("timeout"),    QStringLiteral("ca-file"), QStringLiteral("tz"),
    QStringLiteral("service-tz"), QStringLiteral("format"),  QStringLiteral("read-only"),
    QStringLiteral("help"),       QStringLiteral("verbose")};
const QStringList flagOptions = {QStringLiteral("read-only"), QStringLiteral("verbose"),
                                 QStringLiteral("help"),      QStringLiteral("yes"),
                                 QStringLiteral("force"),     QStringLiteral("all-versions"),
                                 QStringLiteral("no-cache"),  QStringLiteral("all")};

QList<Command> commands()
{
    const QStringList orderFilters = {QStringLiteral("region"), QStringLiteral("namespace"),
                                      QStringLiteral("status"), QStringLiteral("resource-name"),
                                      QStringLiteral("type")};
    const QStringList usageFilters = {QStringLiteral("region"), QStringLiteral("namespace"),
                                      QStringLiteral("order"), QStringLiteral("from"),
                                      QStringLiteral("to")};
    const QStringList paging = {QStringLiteral("limit"), QStringLiteral("page"),
                                QStringLiteral("size")};
    return {
        {QStringLiteral("orders list"), &ListCommands::ordersList, orderFilters + paging},
        {QStringLiteral("orders show"), &ListCommands::ordersShow, {QStringLiteral("namespace")}},
        {QStringLiteral("usages list"), &ListCommands::usagesList, usageFilters + paging},
        {QStringLiteral("usages total"), &ListCommands::usagesTotal,
         usageFilters + QStringList{QStringLiteral("no-cache")}, true, true},
        {QStringLiteral("spend"), &SpendCommand::run,
         usageFilters + QStringList{QStringLiteral("no-cache")}, true, true},
        {QStringLiteral("cache clear"), &CacheCommands::clear, {QStringLiteral("all")}, true, true},
        {QStringLiteral("cache verify"),
         &CacheCommands::verify,
         {QStringLiteral("region")},
         true,
         true},
        {QStringLiteral("plans list"),
         &ListCommands::plansList,
         {QStringLiteral("region"), QStringLiteral("type"), QStringLiteral("all-versions")}},
        {QStringLiteral("namespaces list"),
         &ListCommands::namespacesList,
         {QStringLiteral("region")}},
        {QStringLiteral("regions list"), &ListCommands::regionsList, {}},
        {QStringLiteral("orders cancel"),
         &WriteCommands::cancel,
         {QStringLiteral("namespace"), QStringLiteral("yes")}},
        {QStringLiteral("quote"),
         &WriteCommands::quote,
         {QStringLiteral("region"), QStringLiteral("namespace"), QStringLiteral("plan"),
          QStringLiteral("resource-name"), QStringLiteral("at")}},
        {QStringLiteral("db advise-indexes"), &DbCommands::adviseIndexes, {}, false},
        {QStringLiteral("db check"), &DbCommands::check, {}},
        {QStringLiteral("audit"),
         &AuditCommand::run,
         {QStringLiteral("region"), QStringLiteral("namespace"), QStringLiteral("at")}},
        {QStringLiteral("report list"), &ReportCommands::list, {}, false},
        {QStringLiteral("report run"), &ReportCommands::run, {}, false},
        {QStringLiteral("demo-db create"),
         &DbCommands::demoCreate,
         {QStringLiteral("namespaces"), QStringLiteral("months"), QStringLiteral("seed"),
          QStringLiteral("until"), QStringLiteral("orders-per-namespace"), QStringLiteral("force")},
         false},
    };
}

QList<CliArguments::OptionSpec> allOptionSpecs()
{
    QStringList names = globalOptions;
    for (const Command &c : commands())
        names.append(c.options);
    names.removeDuplicates();
    QList<CliArguments::OptionSpec> specs;
    for (const QString &n : std::as_const(names))
        specs.append({n, !flagOptions.contains(n)});
    return specs;
}

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
    return QStringLiteral(
        "usage: usagectl [global options] COMMAND [options]\n"
        "\n"
        "Global options:\n"
        "  --db sqlite:PATH | mysql://USER@HOST:PORT/DB[?plans=PLANDB]\n"
        "                       the database (password from USAGECTL_DB_PASSWORD);\n"
        "                       &tls=required[&ca=PEM][&cert=PEM&key=PEM]: TLS, verified\n"
        "  --api URL            the usage service's REST API instead, e.g. https://host\n"
        "                       (= https://host/usageapi/v1; token from USAGECTL_TOKEN)\n"
        "  --plan-api URL       the plan service (default: /charge/v1 on the --api host)\n"
        "  --timeout SECONDS    per-request deadline for --api (default 30)\n"
        "  --ca-file PEM        for an https --api: trust this CA too (a company CA), besides\n"
        "                       the system's; a certificate that does not verify is refused\n"
        "  --tz ZONE            display time zone (IANA name; default: the system's)\n"
        "  --service-tz ZONE    the service's own zone for deadlines (default Asia/Shanghai)\n"
        "  --format table|csv|json\n"
        "  --read-only          refuse every command that writes\n"
        "  --verbose            also write Qt's and the database driver's log to stderr\n"
        "\n"
        "Commands:\n"
        "  orders list [--region R] [--namespace N,...] [--status S] [--resource-name X]\n"
        "              [--type T] [--limit N | --page P --size S]\n"
        "  orders show ID [--namespace N]\n"
        "  orders cancel ID [--namespace N] [--yes]   (--api: the service releases the\n"
        "                       resource; --db: the resource is not released)\n"
        "  quote --region R --namespace N --plan PLAN_ID [--resource-name X] [--at TIME]\n"
        "  usages list [--region R] [--namespace N,...] [--order ORDER_ID] [--from D] [--to D]\n"
        "              [--limit N | --page P --size S]\n"
        "  usages total [same filters]\n"
        "  spend [--region R] [--namespace N,...] [--from D] [--to D] [--no-cache]\n"
        "  cache clear [--all]  drop the cached monthly roll-ups of this connection (of all)\n"
        "  cache verify         check every cached month against the data; exit 1 if one\n"
        "                       did not match (the connection's cache is then dropped)\n"
        "  plans list [--region R] [--type T] [--all-versions]\n"
        "  namespaces list [--region R]\n"
        "  regions list\n"
        "  db advise-indexes | db check\n"
        "  audit [--region R] [--namespace N,...] [--at TIME]\n"
        "                       the ledger audit: stalled renewals, deadlines and charge\n"
        "                       counts out of step, orphan charges, NULLs the service cannot\n"
        "                       read, amounts the REST API rounds, unpaid consuming orders;\n"
        "                       exit 0 none, 1 findings, 2 the audit could not run\n"
        "  report list          the reports saved in the window\n"
        "  report run NAME      a saved report's filters on its own profile (password or\n"
        "                       token from the keychain, USAGECTL_DB_PASSWORD or\n"
        "                       USAGECTL_TOKEN); --format as for the other commands\n"
        "  demo-db create FILE [--namespaces N] [--months M] [--seed S] [--until DATE]\n"
        "\n"
        "Dates (--from, --to) are days in the display zone; --to is inclusive.\n"
        "spend and usages total keep the sums of months that ended more than 8 days ago\n"
        "in a local cache ($XDG_CACHE_HOME/usage-console/rollups.sqlite); --no-cache\n"
        "asks the data for everything.\n");
}

void UsageCtl::useBackend(std::shared_ptr<Backend> backend, bool cacheAllowed)
{
    m_backend = std::move(backend);
    m_cacheAllowed = cacheAllowed;
}

int UsageCtl::run(const QStringList &arguments)
{
    CliContext ctx(m_out, m_err, m_in);
    const QString parseError = ctx.args.parse(arguments, allOptionSpecs());
    if (!parseError.isEmpty())
        return ctx.fail(parseError + QStringLiteral(" (see usagectl --help)"), CliContext::Usage);
    CliMessageHandler::setVerbose(ctx.args.isSet(QStringLiteral("verbose")));
    if (ctx.args.isSet(QStringLiteral("help")) || ctx.args.positional().isEmpty()) {
        // Flushed here: main() leaves with _Exit, which flushes no QTextStream.
        m_out << helpText();
        m_out.flush();
        return ctx.args.isSet(QStringLiteral("help")) ? CliContext::Ok : CliContext::Usage;
    }

    const QStringList &pos = ctx.args.positional();
    const QList<Command> all = commands();
    const Command *command = nullptr;
    for (const Command &c : all) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (pos.mid(0, words.size()) == words) {
            command = &c;
            break;
        }
    }
    if (!command)
        return ctx.fail(QStringLiteral("unknown command \"%1\" (see usagectl --help)")
                            .arg(pos.mid(0, 2).join(QLatin1Char(' '))),
                        CliContext::Usage);
    for (const CliArguments::OptionSpec &o : allOptionSpecs()) {
        if (ctx.args.isSet(o.name) && !globalOptions.contains(o.name) &&
            !command->options.contains(o.name))
            return ctx.fail(QStringLiteral("%1 does not take --%2").arg(command->words, o.name),
                            CliContext::Usage);
    }
    const int expectedPositionals = int(command->words.count(QLatin1Char(' '))) + 1;
    const bool takesArgument = command->words == QLatin1String("orders show") ||
                               command->words == QLatin1String("orders cancel") ||
                               command->words == QLatin1String("demo-db create") ||
                               command->words == QLatin1String("report run");
    if (pos.size() > expectedPositionals + (takesArgument ? 1 : 0))
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

    ctx.zone = QTimeZone::systemTimeZone();
    if (ctx.args.isSet(QStringLiteral("tz"))) {
        const QByteArray id = ctx.args.value(QStringLiteral("tz")).toUtf8();
        ctx.zone = QTimeZone(id);
        if (!ctx.zone.isValid())
            return ctx.fail(QStringLiteral("unknown time zone \"%1\" (use an IANA name such as "
                                           "Asia/Shanghai or UTC)")
                                .arg(QString::fromUtf8(id)),
                            CliContext::Usage);
    }
    ctx.serviceZone = QTimeZone(
        ctx.args.value(QStringLiteral("service-tz"), QStringLiteral("Asia/Shanghai")).toUtf8());
    if (!ctx.serviceZone.isValid())
        return ctx.fail(QStringLiteral("unknown service time zone \"%1\"")
                            .arg(ctx.args.value(QStringLiteral("service-tz"))),
                        CliContext::Usage);

    if (ctx.args.isSet(QStringLiteral("db")) && ctx.args.isSet(QStringLiteral("api")))
        return ctx.fail(QStringLiteral("give either --db or --api, not both"), CliContext::Usage);
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
    if (command->cached && !ctx.args.isSet(QStringLiteral("no-cache")) &&
        (!m_backend || m_cacheAllowed))
        useCache(ctx);
    const int code = command->handler(ctx);
    m_out.flush();
    m_err.flush();
    return code;
}
