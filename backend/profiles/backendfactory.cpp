#include "profiles/backendfactory.h"

#include "rest/restbackend.h"
#include "sql/sqlbackend.h"

#include <QCoreApplication>

namespace {

Result<std::shared_ptr<Backend>> createRest(const Profile &profile, const QString &token)
{
    RestConfig config;
    config.usageApi = QUrl(profile.usageApiUrl.trimmed(), QUrl::StrictMode);
    config.planApi = QUrl(profile.planApiUrl.trimmed(), QUrl::StrictMode);
    if (profile.planApiUrl.trimmed().isEmpty() && config.usageApi.isValid()) {
        config.planApi = config.usageApi;
        config.planApi.setPath(QStringLiteral("/charge/v1"));
    }
    for (const QUrl &url : {config.usageApi, config.planApi}) {
        if (!url.isValid() || url.host().isEmpty() ||
            !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return BackendError(BackendError::Category::InvalidInput,
                                QCoreApplication::translate(
                                    "BackendFactory",
                                    "A REST profile needs http(s) addresses such as "
                                    "https://host/usageapi/v1 and https://host/charge/v1."));
    }
    if (token.isEmpty())
        return BackendError(
            BackendError::Category::Auth,
            QCoreApplication::translate("BackendFactory", "A REST profile needs an API token."));
    config.token = token;
    config.namespaces = profile.namespaces;
    config.caFile = profile.caFile;
    config.readOnly = profile.readOnly;
    config.serviceZone = QTimeZone(profile.serviceZone.toUtf8());
    return std::shared_ptr<Backend>(std::make_shared<RestBackend>(config));
}

} // namespace

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
    RollupCoordinator::BackendMaker second = [inner] {
        return inner;
    };
    if (auto *sql = qobject_cast<SqlBackend *>(inner.get())) {
        const ConnectionSpec spec = sql->spec();
        second = [spec] {
            return std::make_shared<SqlBackend>(spec);
        };
    }
    return std::make_unique<CachingBackend>(std::move(inner), RollupCache::defaultPath(), second);
}

Result<std::shared_ptr<Backend>> BackendFactory::createDirect(const Profile &profile,
                                                              const QString &secret)
{
    ConnectionSpec spec;
    spec.readOnly = profile.readOnly;
    switch (profile.kind) {
    case Profile::Kind::Sqlite:
        if (profile.sqlitePath.trimmed().isEmpty())
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate("BackendFactory", "No SQLite file is given."));
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = profile.sqlitePath;
        break;
    case Profile::Kind::Mysql:
        if (profile.host.trimmed().isEmpty() || profile.database.trimmed().isEmpty())
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate("BackendFactory",
                                            "A MySQL profile needs a host and a database."));
        spec.kind = ConnectionSpec::Kind::Mysql;
        spec.host = profile.host.trimmed();
        spec.port = profile.port;
        spec.user = profile.user;
        spec.database = profile.database.trimmed();
        spec.planDatabase = profile.planDatabase.trimmed();
        spec.password = secret;
        // Database names go into SQL as identifiers (they cannot be bound).
        if (!isSafeIdentifier(spec.database) ||
            (!spec.planDatabase.isEmpty() && !isSafeIdentifier(spec.planDatabase)))
            return BackendError(
                BackendError::Category::InvalidInput,
                QCoreApplication::translate(
                    "BackendFactory", "The database names may hold letters, digits and '_' only."));
        break;
    case Profile::Kind::Rest:
        return createRest(profile, secret);
    }
    return std::shared_ptr<Backend>(std::make_shared<SqlBackend>(spec));
}
