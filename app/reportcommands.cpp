#include "reportcommands.h"

#include "clicontext.h"
#include "core/timezonename.h"
#include "profiles/backendfactory.h"
#include "profiles/profilestore.h"
#include "profiles/reportstore.h"
#include "profiles/secretstore.h"
#include "usagectl.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>

namespace {

// The command that shows what the report's tab shows, on `today`.
QStringList commandOf(const SavedReport &r, const QDate &today)
{
    QStringList a;
    const auto add = [&a](const QString &option, const QString &value) {
        if (value.startsWith(QLatin1String("--"))) // else it could read as an option
            a << QStringLiteral("--%1=%2").arg(option, value);
        else if (!value.isEmpty())
            a << QStringLiteral("--") + option << value;
    };
    switch (r.tab) {
    case SavedReport::Tab::Usages:
        a << QStringLiteral("usages") << QStringLiteral("list");
        add(QStringLiteral("order"), r.orderId);
        break;
    case SavedReport::Tab::Orders:
        a << QStringLiteral("orders") << QStringLiteral("list");
        add(QStringLiteral("status"), statusFilterName(r.status));
        add(QStringLiteral("resource-name"), r.resourceName);
        break;
    case SavedReport::Tab::Plans:
        a << QStringLiteral("plans") << QStringLiteral("list");
        if (r.planType != PlanType::Unknown)
            add(QStringLiteral("type"), planTypeName(r.planType));
        if (r.allVersions)
            a << QStringLiteral("--all-versions");
        break;
    case SavedReport::Tab::Spend:
        a << QStringLiteral("spend");
        break;
    }
    add(QStringLiteral("region"), r.region);
    if (r.tab != SavedReport::Tab::Plans)
        add(QStringLiteral("namespace"), r.namespaces.join(QLatin1Char(',')));
    if (r.tab == SavedReport::Tab::Usages || r.tab == SavedReport::Tab::Spend) {
        const auto [first, last] = r.days(today);
        add(QStringLiteral("from"), first.isValid() ? first.toString(Qt::ISODate) : QString());
        add(QStringLiteral("to"), last.isValid() ? last.toString(Qt::ISODate) : QString());
    }
    return a;
}

QString shellQuoted(const QStringList &args)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,=+-]+$"));
    QStringList out;
    for (QString a : args) {
        if (!plain.match(a).hasMatch())
            a = QLatin1Char('\'') + a.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                QLatin1Char('\'');
        out << a;
    }
    return out.join(QLatin1Char(' '));
}

// The profile's password or token: the environment first (scripts, cron),
// then the keychain the window stored it in.
Result<QString> secretOf(const Profile &profile)
{
    if (!profile.needsSecret())
        return QString();
    const QString variable = profile.kind == Profile::Kind::Rest
                                 ? QStringLiteral("USAGECTL_TOKEN")
                                 : QStringLiteral("USAGECTL_DB_PASSWORD");
    const QString fromEnv = QProcessEnvironment::systemEnvironment().value(variable);
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (const auto secret = SecretStore::readNow(profile.secretKey(), 20000))
        return *secret;
    return BackendError(BackendError::Category::Auth,
                        QStringLiteral("profile \"%1\" needs its %2: it is not in the keychain "
                                       "here; set %3")
                            .arg(profile.name,
                                 profile.kind == Profile::Kind::Rest
                                     ? QStringLiteral("API token")
                                     : QStringLiteral("database password"),
                                 variable));
}

QJsonObject reportJson(const SavedReport &r, const std::optional<Profile> &profile)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("profile_id"), r.profileId},
            {QStringLiteral("profile"), profile ? QJsonValue(profile->name) : QJsonValue()},
            {QStringLiteral("tab"), SavedReport::tabName(r.tab)},
            {QStringLiteral("zone"), r.zoneId},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("namespaces"), QJsonArray::fromStringList(r.namespaces)},
            {QStringLiteral("period"), SavedReport::periodName(r.period)},
            {QStringLiteral("from"),
             r.from.isValid() ? QJsonValue(r.from.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("to"),
             r.to.isValid() ? QJsonValue(r.to.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("command"), shellQuoted(commandOf(r, r.today()))}};
}

} // namespace

int ReportCommands::list(CliContext &ctx)
{
    const auto settings = ProfileStore::windowSettings();
    ProfileStore profiles(settings.get());
    OutputWriter writer(ctx.out, ctx.format,
                        {QStringLiteral("NAME"), QStringLiteral("PROFILE"), QStringLiteral("TAB"),
                         QStringLiteral("DATES"), QStringLiteral("ZONE"),
                         QStringLiteral("COMMAND")});
    for (const SavedReport &r : ReportStore(settings.get()).reports()) {
        const std::optional<Profile> profile = profiles.profile(r.profileId);
        writer.addRow({r.name,
                       profile ? profile->name : QStringLiteral("(deleted: %1)").arg(r.profileId),
                       SavedReport::tabName(r.tab), r.periodText(), r.zoneId,
                       shellQuoted(commandOf(r, r.today()))},
                      reportJson(r, profile));
    }
    return CliContext::Ok;
}

int ReportCommands::run(CliContext &ctx)
{
    const QStringList &pos = ctx.args.positional();
    if (pos.size() != 3)
        return ctx.fail(QStringLiteral("usage: usagectl report run NAME [--format F] (usagectl "
                                       "report list shows the names)"),
                        CliContext::Usage);
    if (ctx.args.isSet(QStringLiteral("db")) || ctx.args.isSet(QStringLiteral("api")))
        return ctx.fail(QStringLiteral("a report runs on the profile it was saved with: drop "
                                       "--db and --api"),
                        CliContext::Usage);
    const auto settings = ProfileStore::windowSettings();
    const auto report = ReportStore(settings.get()).findByName(pos[2]);
    if (!report)
        return ctx.fail(QStringLiteral("no report is named \"%1\" (usagectl report list shows "
                                       "them)")
                            .arg(pos[2]),
                        CliContext::Usage);
    const std::optional<Profile> profile = ProfileStore(settings.get()).profile(report->profileId);
    if (!profile)
        return ctx.fail(QStringLiteral("report \"%1\" was saved on a profile that no longer "
                                       "exists (id %2): it is not run on another connection")
                            .arg(report->name, report->profileId));
    const auto secret = secretOf(*profile);
    if (!secret)
        return ctx.fail(secret.error());
    Profile used = *profile;
    used.readOnly = used.readOnly || ctx.args.isSet(QStringLiteral("read-only"));
    auto backend = BackendFactory::createDirect(used, secret.value());
    if (!backend)
        return ctx.fail(backend.error());
    if (!report->region.isEmpty()) {
        const auto regions = CliContext::wait(backend.value()->listRegions());
        if (!regions)
            return ctx.fail(regions.error());
        const bool known =
            std::any_of(regions.value().cbegin(), regions.value().cend(),
                        [&](const Region &r) { return r.identification == report->region; });
        if (!known)
            return ctx.fail(QStringLiteral("report \"%1\" is on region %2, which profile \"%3\" "
                                           "no longer has: it is not run")
                                .arg(report->name, report->region, profile->name));
    }
    // The report's zone (its months and days), unless --tz says otherwise.
    const QString zone = ctx.args.value(QStringLiteral("tz"), report->zoneId);
    QStringList args{QStringLiteral("--service-tz"), profile->serviceZone};
    if (!zone.isEmpty())
        args << QStringLiteral("--tz") << zone;
    if (ctx.args.isSet(QStringLiteral("format")))
        args << QStringLiteral("--format") << ctx.args.value(QStringLiteral("format"));
    const QTimeZone z = TimeZoneName::zone(zone);
    const QDate today =
        z.isValid() ? QDateTime::currentDateTimeUtc().toTimeZone(z).date() : report->today();
    const QStringList command = commandOf(*report, today);
    ctx.err << "usagectl: report \"" << report->name << "\" on profile \"" << profile->name
            << "\": " << shellQuoted(args + command) << '\n';
    ctx.err.flush();
    UsageCtl sub(ctx.out, ctx.err, ctx.in);
    sub.useBackend(backend.value(), profile->useCache);
    return sub.run(args + command);
}
