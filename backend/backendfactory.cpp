#include "backendfactory.h"

#include "sqlbackend.h"

#include <QCoreApplication>

Result<std::shared_ptr<Backend>> BackendFactory::create(const Profile &profile,
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
        // TODO(RestBackend): create the REST backend here once it exists:
        //   return std::shared_ptr<Backend>(std::make_shared<RestBackend>(
        //       profile.usageApiUrl, profile.planApiUrl, secret /* token */,
        //       profile.namespaces, profile.caFile, profile.readOnly));
        return BackendError(BackendError::Category::InvalidInput,
                            QCoreApplication::translate(
                                "BackendFactory",
                                "REST profiles are not supported yet in this version. Use a "
                                "SQLite or MySQL profile for now."));
    }
    return std::shared_ptr<Backend>(std::make_shared<SqlBackend>(spec));
}
