#include "clicommands.h"

#include "auditcommand.h"
#include "cachecommands.h"
#include "dbcommands.h"
#include "forecastcommand.h"
#include "listcommands.h"
#include "reportcommands.h"
#include "spendcommand.h"
#include "statementcommand.h"
#include "writecommands.h"

#include <QHash>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What each option means, for the commands' own help.
const QHash<QString, QString> &optionHelp()
{
    static const QHash<QString, QString> help = {
        {s("region"), s("--region R           a region id, e.g. cn-north-1 (`regions list`)")},
        {s("namespace"), s("--namespace N,...    namespaces (repeat, or comma-separated)")},
        {s("namespace:one"), s("--namespace N        the namespace (one)")},
        {s("status"), s("--status S           pending, consuming, ended or renewfailed")},
        {s("resource-name"), s("--resource-name X    the volume or backing-service instance name")},
        {s("type"), s("--type T             resources, volume or bsi")},
        {s("order"),
         s("--order ORDER_ID     the order id string (e.g. ns-0009-resources), not the key")},
        {s("from"), s("--from D             from this day (YYYY-MM-DD, display zone) or instant")},
        {s("to"), s("--to D               up to and including this day, or before this instant")},
        {s("sort"),
         s("--sort FIELD[:asc|desc]\n"
           "                       time (default: newest first), amount (charges only),\n"
           "                       namespace or region, then the key; --api: time only")},
        {s("limit"), s("--limit N            at most N rows")},
        {s("page"), s("--page P             page P (from 1), as the service pages")},
        {s("size"), s("--size S             rows per page with --page (1 to 100, default 30)")},
        {s("no-cache"), s("--no-cache           ask the data for every month, not the cache")},
        {s("all"), s("--all                every connection's cached months")},
        {s("all-versions"), s("--all-versions       old plan versions too")},
        {s("yes"), s("--yes                do not ask (needed without a terminal)")},
        {s("plan"), s("--plan PLAN_ID       the plan to order or switch to")},
        {s("at"), s("--at TIME            price or audit at this instant (default: now)")},
        {s("namespaces"), s("--namespaces N       how many namespaces (default 40)")},
        {s("months"), s("--months M           how many months of history (default 24)")},
        {s("seed"), s("--seed S             the random seed (default 1)")},
        {s("until"), s("--until DATE         the data ends on this day (default today, UTC)")},
        {s("orders-per-namespace"),
         s("--orders-per-namespace X\n"
           "                       order lines per namespace on average (default 10)")},
        {s("force"), s("--force              replace FILE if it exists")},
        {s("share"),
         s("--share              each namespace's percent of its month (table and CSV: of\n"
           "                       the whole period too), adding up to 100.00 per month")},
        {s("month"), s("--month YYYY-MM      a month in the display zone (forecast: repeatable)")},
        {s("out"), s("--out FILE.pdf       write the statement as a PDF (A4)")},
        {s("steady"),
         s("--steady             no cancels, failed renewals, switches or price changes:\n"
           "                       what the order book forecasts is what gets charged")},
    };
    return help;
}

QStringList paging()
{
    return {s("limit"), s("page"), s("size")};
}

} // namespace

namespace CliCommands {

const QStringList &globalOptions()
{
    static const QStringList options = {s("db"),   s("api"),        s("plan-api"), s("timeout"),
                                        s("tz"),   s("service-tz"), s("format"),   s("read-only"),
                                        s("help"), s("verbose"),    s("ca-file"),  s("version")};
    return options;
}

const QStringList &flagOptions()
{
    static const QStringList flags = {s("read-only"),    s("help"),     s("yes"),    s("force"),
                                      s("all-versions"), s("no-cache"), s("all"),    s("verbose"),
                                      s("share"),        s("steady"),   s("version")};
    return flags;
}

const QList<CliCommand> &all()
{
    static const QList<CliCommand> table = [] {
        const QStringList orderFilters = {s("region"), s("namespace"), s("status"),
                                          s("resource-name"), s("type")};
        const QStringList usageFilters = {s("region"), s("namespace"), s("order"), s("from"),
                                          s("to")};
        const QStringList sort = {s("sort")};
        return QList<CliCommand>{
            {s("orders list"),
             &ListCommands::ordersList,
             orderFilters + sort + paging(),
             true,
             false,
             {},
             s("[--region R] [--namespace N,...] [--status S] [--resource-name X] [--type T]\n"
               "            [--sort FIELD[:asc|desc]] [--limit N | --page P --size S]"),
             s("List orders that were ever paid, newest start first."),
             {s("Over --api without --region every region is listed, merged newest first, "
                "and without --namespace the token's own user.")}},
            {s("orders show"),
             &ListCommands::ordersShow,
             {s("namespace")},
             true,
             false,
             s("ID"),
             s("ID [--namespace N]"),
             s("Show one order by its integer key."),
             {s("Over --api the service shows only consuming orders.")}},
            {s("orders cancel"),
             &WriteCommands::cancel,
             {s("namespace"), s("yes")},
             true,
             false,
             s("ID"),
             s("ID [--namespace N] [--yes]"),
             s("End a consuming order (asks first on a terminal)."),
             {s("--api: the service releases the resource. --db: a direct-database cancel "
                "writes what the service writes but does not release the resource itself.")}},
            {s("quote"),
             &WriteCommands::quote,
             {s("region"), s("namespace"), s("plan"), s("resource-name"), s("at")},
             true,
             false,
             {},
             s("--region R --namespace N --plan PLAN_ID [--resource-name X] [--at TIME]"),
             s("The service's dry-run price of a new order or plan switch, to the cent."),
             {}},
            {s("usages list"),
             &ListCommands::usagesList,
             usageFilters + sort + paging(),
             true,
             false,
             {},
             s("[--region R] [--namespace N,...] [--order ORDER_ID] [--from D] [--to D]\n"
               "            [--sort FIELD[:asc|desc]] [--limit N | --page P --size S]"),
             s("List charges, newest first."),
             {s("A filter that matches nothing prints the empty list and a warning naming the "
                "namespace or order that has no order and no charge.")}},
            {s("usages total"),
             &ListCommands::usagesTotal,
             usageFilters + QStringList{s("no-cache")},
             true,
             true,
             {},
             s("[same filters as usages list] [--no-cache]"),
             s("The total and count of the same charges."),
             {}},
            {s("spend"),
             &SpendCommand::run,
             usageFilters + QStringList{s("no-cache"), s("share")},
             true,
             true,
             {},
             s("[--region R] [--namespace N,...] [--order ORDER_ID] [--from D] [--to D]\n"
               "            [--no-cache] [--share]"),
             s("Spend per month (in the display zone) and namespace."),
             {s("--share adds each cell's percent of its month's total over the namespaces "
                "selected (JSON: \"share\", a string with two decimals; null when the month "
                "adds up to zero).")}},
            {s("statement"),
             &StatementCommand::run,
             {s("namespace"), s("month"), s("region"), s("out")},
             true,
             false,
             {},
             s("--namespace NS --month YYYY-MM [--region R] [--out FILE.pdf]"),
             s("A namespace's monthly statement: one line per order, a subtotal per region, "
               "the total."),
             {s("With --out a PDF (in the language of LANG); otherwise the lines as a table "
                "or CSV, and --format json gives all of it. The total is what spend gives for "
                "the namespace and month, to the 1/10000 yuan."),
              s("Over --api a charge does not name its order's key: the resources orders of "
                "a namespace share one line per plan.")}},
            {s("forecast"),
             &ForecastCommand::run,
             {s("region"), s("namespace"), s("month"), s("no-cache")},
             true,
             true,
             {},
             s("[--region R] [--namespace N,...] [--month YYYY-MM,...] [--no-cache]"),
             s("Next bills from the order book: charges written plus renewals still to come."),
             {s("Per namespace and month: written (the charges already in it), renewals (every "
                "renewal the consuming orders will still write in it, at their plans' active "
                "prices), amount (their sum) and at_risk (the renewals of orders whose last "
                "renewal failed). Default: this month and the next, in the display zone."),
              s("Cancels and failed renewals to come cannot be known. Over --api without "
                "--namespace: the token's own namespace.")}},
            {s("cache clear"),
             &CacheCommands::clear,
             {s("all")},
             true,
             true,
             {},
             s("[--all]"),
             s("Drop the cached monthly roll-ups of this connection (of every connection)."),
             {}},
            {s("cache verify"),
             &CacheCommands::verify,
             {s("region")},
             true,
             true,
             {},
             s("[--region R]"),
             s("Check every cached month against the data; exit 1 if one did not match (that "
               "connection's cache is then dropped)."),
             {}},
            {s("plans list"),
             &ListCommands::plansList,
             {s("region"), s("type"), s("all-versions")},
             true,
             false,
             {},
             s("[--region R] [--type T] [--all-versions]"),
             s("List plans."),
             {}},
            {s("namespaces list"),
             &ListCommands::namespacesList,
             {s("region")},
             true,
             false,
             {},
             s("[--region R]"),
             s("List the namespaces the filters can take."),
             {}},
            {s("regions list"),
             &ListCommands::regionsList,
             {},
             true,
             false,
             {},
             {},
             s("List the regions."),
             {}},
            {s("db advise-indexes"),
             &DbCommands::adviseIndexes,
             {},
             false,
             false,
             {},
             {},
             s("Print the indexes that make the queries fast (CREATE INDEX statements)."),
             {}},
            {s("db check"),
             &DbCommands::check,
             {},
             true,
             false,
             {},
             {},
             s("Check the database: tables, advised indexes."),
             {}},
            {s("audit"),
             &AuditCommand::run,
             {s("region"), s("namespace"), s("at")},
             true,
             false,
             {},
             s("[--region R] [--namespace N,...] [--at TIME]"),
             s("The ledger audit; exit 0 none, 1 findings, 2 the audit could not run."),
             {s("Finds stalled renewals, deadlines and charge counts out of step, orphan "
                "charges, NULLs the service cannot read, amounts the REST API rounds and "
                "unpaid consuming orders.")},
             2},
            {s("report list"),
             &ReportCommands::list,
             {},
             false,
             false,
             {},
             {},
             s("The reports saved in the window."),
             {}},
            {s("report run"),
             &ReportCommands::run,
             {},
             false,
             false,
             s("NAME"),
             s("NAME"),
             s("Run a saved report's filters on its own profile."),
             {s("The password or token comes from the keychain, USAGECTL_DB_PASSWORD or "
                "USAGECTL_TOKEN; --format as for the other commands.")}},
            {s("demo-db create"),
             &DbCommands::demoCreate,
             {s("namespaces"), s("months"), s("seed"), s("until"), s("orders-per-namespace"),
              s("force"), s("steady")},
             false,
             false,
             s("FILE"),
             s("FILE [--namespaces N] [--months M] [--seed S] [--until DATE] [--steady]\n"
               "            [--orders-per-namespace X] [--force]"),
             s("Write a SQLite database of realistic demo data."),
             {}},
        };
    }();
    return table;
}

const CliCommand *find(const QStringList &positional)
{
    for (const CliCommand &c : all()) {
        const QStringList words = c.words.split(QLatin1Char(' '));
        if (positional.mid(0, words.size()) == words)
            return &c;
    }
    return nullptr;
}

QList<const CliCommand *> group(const QString &group)
{
    QList<const CliCommand *> out;
    for (const CliCommand &c : all()) {
        if (c.words.section(QLatin1Char(' '), 0, 0) == group && c.words.contains(QLatin1Char(' ')))
            out.append(&c);
    }
    return out;
}

QList<CliArguments::OptionSpec> optionSpecs()
{
    QStringList names = globalOptions();
    for (const CliCommand &c : all())
        names.append(c.options);
    names.removeDuplicates();
    QList<CliArguments::OptionSpec> specs;
    for (const QString &n : std::as_const(names))
        specs.append({n, !flagOptions().contains(n)});
    return specs;
}

QString overview()
{
    QString text =
        s("usage: usagectl [global options] COMMAND [options]\n"
          "       usagectl help [COMMAND]\n"
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
          "  --read-only          refuse every command that writes to the billing data\n"
          "                       (orders cancel), and open the database read-only\n"
          "  --verbose            also write Qt's and the database driver's log to stderr\n"
          "  -h, --help           this help; COMMAND --help: that command's\n"
          "  --version            the version of usagectl\n"
          "\n"
          "Commands:\n");
    for (const CliCommand &c : all())
        text += QStringLiteral("  %1  %2\n").arg(c.words.leftJustified(18), c.summary);
    text += s("\n"
              "Dates (--from, --to) are days in the display zone; --to is inclusive; months\n"
              "(--month) are months of the display zone.\n"
              "spend and usages total keep sums per namespace and month in a local cache\n"
              "($XDG_CACHE_HOME/usage-console/rollups.sqlite): over a database every month,\n"
              "brought up to date from what changed; over --api the months that ended more\n"
              "than 8 days ago. --no-cache asks the data for everything.\n"
              "`usagectl help COMMAND` tells more.\n");
    return text;
}

QString help(const CliCommand &command)
{
    QString usage = QStringLiteral("usage: usagectl [global options] %1").arg(command.words);
    if (!command.synopsis.isEmpty())
        usage += QLatin1Char(' ') + command.synopsis;
    QString text = usage + QStringLiteral("\n\n") + command.summary + QLatin1Char('\n');
    for (const QString &note : command.notes)
        text += note + QLatin1Char('\n');
    if (!command.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        // These act for one namespace (CliContext::oneNamespace).
        static const QStringList oneNamespace = {s("quote"), s("orders show"), s("orders cancel")};
        for (const QString &o : command.options) {
            const QString key =
                o == QLatin1String("namespace") && oneNamespace.contains(command.words)
                    ? s("namespace:one")
                    : o;
            text += QStringLiteral("  ") + optionHelp().value(key, QStringLiteral("--") + o) +
                    QLatin1Char('\n');
        }
    }
    text += QStringLiteral("\nGlobal options (--db, --api, --tz, --format ...): usagectl --help\n");
    return text;
}

QString groupHelp(const QString &name)
{
    QString text =
        QStringLiteral("usage: usagectl [global options] %1 SUBCOMMAND [options]\n\n").arg(name);
    for (const CliCommand *c : group(name))
        text += QStringLiteral("  %1  %2\n").arg(c->words.leftJustified(18), c->summary);
    text += QStringLiteral("\n`usagectl help %1 SUBCOMMAND` tells more.\n").arg(name);
    return text;
}

} // namespace CliCommands
