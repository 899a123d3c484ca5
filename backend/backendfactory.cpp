#include "backendfactory.h"

#include "sqlbackend.h"

Result<std::shared_ptr<Backend>> BackendFactory::create(const Profile &profile,
                                                        const QString &secret)
{
    ConnectionSpec spec;
    spec.readOnly = profile.readOnly;
    switch (profile.kind) {
    case Profile::Kind::Sqlite:
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = profile.sqlitePath;
        break;
    case Profile::Kind::Mysql:
        spec.kind = ConnectionSpec::Kind::Mysql;
        spec.host = profile.host;
        spec.port = profile.port;
        spec.user = profile.user;
        spec.database = profile.database;
        spec.planDatabase = profile.planDatabase;
        spec.password = secret;
        if (!isSafeIdentifier(spec.database)
            || (!spec.planDatabase.isEmpty() && !isSafeIdentifier(spec.planDatabase)))
            return BackendError(BackendError::Category::InvalidInput,
                                QStringLiteral("the database names may hold letters, digits and "
                                               "'_' only"));
        break;
    case Profile::Kind::Rest:
        return BackendError(BackendError::Category::InvalidInput,
                            QStringLiteral("REST profiles are not supported yet"));
    }
    return std::shared_ptr<Backend>(std::make_shared<SqlBackend>(spec));
}
