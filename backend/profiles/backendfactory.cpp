#include "profiles/backendfactory.h"

#include "core/timezonename.h"
#include "sql/sqlbackend.h"
#include "sql/sqlitelibrary.h"

#include <QCoreApplication>

namespace {

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

QUrl BackendFactory::defaultPlanApi(const QUrl &usageApi)
{
    QUrl plan = usageApi;
    plan.setPath(QStringLiteral("/charge/v1"));
    plan.setQuery(QString());
    plan.setFragment(QString());
    return plan;
}

QUrl BackendFactory::usageApiAt(const QUrl &address)
{
    if (!isHttpUrl(address) || (!address.path().isEmpty() && address.path() != QLatin1String("/")))
        return address;
    QUrl api = address;
    api.setPath(QStringLiteral("/usageapi/v1"));
    return api;
}

Result<std::shared_ptr<Backend>> BackendFactory::createRest(RestConfig config)
{
    config.usageApi = usageApiAt(config.usageApi);
    if (config.planApi.isEmpty() && isHttpUrl(config.usageApi))
        config.planApi = defaultPlanApi(config.usageApi);
    if (!isHttpUrl(config.usageApi) || !isHttpUrl(config.planApi))
        return BackendError(
            BackendError::Category::InvalidInput,
            QCoreApplication::translate("BackendFactory",
                                        "A REST connection needs http(s) addresses such as "
                                        "https://host/usageapi/v1 and https://host/charge/v1."));
    if (config.token.isEmpty())
        return BackendError(
            BackendError::Category::Auth,
            QCoreApplication::translate("BackendFactory", "A REST connection needs an API token."));
    return makeRest(config);
}

Result<std::shared_ptr<Backend>> BackendFactory::createSql(const ConnectionSpec &spec)
{
    SqliteLibrary::configure(); // before any SQLite file is opened
    switch (spec.kind) {
    case ConnectionSpec::Kind::Sqlite:
        if (spec.path.trimmed().isEmpty())
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate("BackendFactory", "No SQLite file is given."));
        break;
    case ConnectionSpec::Kind::Mysql:
        if (spec.host.trimmed().isEmpty() || spec.database.trimmed().isEmpty())
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate("BackendFactory",
                                            "A MySQL connection needs a host and a database."));
        // Database names go into SQL as identifiers (they cannot be bound).
        if (!isSafeIdentifier(spec.database) ||
            (!spec.planDatabase.isEmpty() && !isSafeIdentifier(spec.planDatabase)))
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate(
                    "BackendFactory", "The database names may hold letters, digits and '_' only."));
        // As the address: a client certificate without its key (or a key
        // alone) is a mistake, not a connection without one.
        if (spec.certFile.isEmpty() != spec.keyFile.isEmpty())
            return BackendError(BackendError::Category::InvalidInput,
                                QCoreApplication::translate(
                                    "BackendFactory",
                                    "A client certificate and its key go together: give both, "
                                    "or neither."));
        break;
    }
    return std::shared_ptr<Backend>(std::make_shared<SqlBackend>(spec));
}

Result<std::shared_ptr<Backend>> BackendFactory::create(const Profile &profile,
                                                        const QString &secret)
{
    auto direct = createDirect(profile, secret);
    if (!direct || !profile.useCache)
        return direct;
    return std::shared_ptr<Backend>(withCache(direct.value()));
}

std::unique_ptr<CachingBackend> BackendFactory::withCache(std::shared_ptr<Backend> inner)
{
    SqliteLibrary::configure(); // the cache file is SQLite
    RollupCoordinator::BackendMaker second = [inner] {
        return inner;
    };
    if (auto *sql = qobject_cast<SqlBackend *>(inner.get())) {
        const ConnectionSpec spec = sql->spec();
        const std::shared_ptr<SqlSourceFacts> facts = sql->facts();
        second = [spec, facts] {
            return std::make_shared<SqlBackend>(spec, facts);
        };
    }
    return std::make_unique<CachingBackend>(std::move(inner), RollupCache::defaultPath(), second);
}

Result<std::shared_ptr<Backend>> BackendFactory::createDirect(const Profile &profile,
                                                              const QString &secret)
{
    if (profile.kind == Profile::Kind::Rest) {
        RestConfig config;
        config.usageApi = QUrl(profile.usageApiUrl.trimmed(), QUrl::StrictMode);
        if (!profile.planApiUrl.trimmed().isEmpty())
            config.planApi = QUrl(profile.planApiUrl.trimmed(), QUrl::StrictMode);
        config.token = secret;
        config.namespaces = profile.namespaces;
        config.caFile = profile.caFile;
        config.readOnly = profile.readOnly;
        // Not QTimeZone(name): "Shanghai" or "CST" would be UTC, and every
        // deadline off by the service's offset. Empty: the service's default.
        if (!profile.serviceZone.trimmed().isEmpty()) {
            config.serviceZone = TimeZoneName::zone(profile.serviceZone.trimmed());
            if (!config.serviceZone.isValid())
                return BackendError(
                    BackendError::Category::InvalidInput,
                    QCoreApplication::translate(
                        "BackendFactory",
                        "The service time zone “%1” of profile “%2” is not a time zone (for "
                        "example Asia/Shanghai or UTC+8).")
                        .arg(profile.serviceZone, profile.name));
        }
        config.timeoutMs = profile.requestTimeoutSeconds * 1000;
        return createRest(config);
    }
    return createSql(connectionSpec(profile, secret));
}

ConnectionSpec BackendFactory::connectionSpec(const Profile &profile, const QString &password)
{
    ConnectionSpec spec;
    spec.readOnly = profile.readOnly;
    if (profile.kind == Profile::Kind::Sqlite) {
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = profile.sqlitePath;
        return spec;
    }
    spec.kind = ConnectionSpec::Kind::Mysql;
    spec.host = profile.host.trimmed();
    spec.port = profile.port;
    spec.user = profile.user;
    spec.database = profile.database.trimmed();
    spec.planDatabase = profile.planDatabase.trimmed();
    spec.password = password;
    spec.connectTimeoutSeconds = profile.connectTimeoutSeconds;
    spec.readTimeoutSeconds = profile.readTimeoutSeconds;
    spec.writeTimeoutSeconds = profile.writeTimeoutSeconds;
    // Files kept while TLS is off are not used: the address refuses them
    // without tls=required, and a CA nobody checks would protect nothing.
    if (profile.mysqlTls) {
        spec.tls = ConnectionSpec::Tls::Required;
        spec.caFile = profile.mysqlCaFile.trimmed();
        spec.certFile = profile.mysqlCertFile.trimmed();
        spec.keyFile = profile.mysqlKeyFile.trimmed();
    }
    return spec;
}
