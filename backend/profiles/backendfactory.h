#pragma once

#include "cache/cachingbackend.h"
#include "core/backend.h"
#include "core/result.h"
#include "profiles/profile.h"
#include "rest/restconfig.h"
#include "sql/connectionspec.h"

#include <memory>

// The one place that builds a backend: from a saved profile (the window)
// or from an address (usagectl's --db and --api). Checks the address first,
// so that a bad one is a clear error rather than a failed connection.
class BackendFactory
{
public:
    // With the roll-up cache in front when the profile wants it (the default).
    static Result<std::shared_ptr<Backend>> create(const Profile &profile, const QString &secret);
    // The backend alone.
    static Result<std::shared_ptr<Backend>> createDirect(const Profile &profile,
                                                         const QString &secret);
    // The database a SQLite or MySQL profile names, as the address
    // `usagectl --db` would (tls, ca, cert and key included).
    static ConnectionSpec connectionSpec(const Profile &profile, const QString &password);
    // A database backend; the password travels in `spec`.
    static Result<std::shared_ptr<Backend>> createSql(const ConnectionSpec &spec);
    // A REST backend. An empty plan API is the default one (defaultPlanApi).
    static Result<std::shared_ptr<Backend>> createRest(RestConfig config);

    // The plan service next to a usage service: /charge/v1 on its host.
    static QUrl defaultPlanApi(const QUrl &usageApi);
    // The usage API at an address: an address without a path is the
    // service's host, whose API is /usageapi/v1 (https://host ->
    // https://host/usageapi/v1); one with a path is taken as it is.
    static QUrl usageApiAt(const QUrl &address);

    // `inner` behind the roll-up cache, with the second connection its
    // fills and live queries use: another session of the same database, or
    // the REST backend itself (the service takes two requests at once).
    static std::unique_ptr<CachingBackend> withCache(std::shared_ptr<Backend> inner);

private:
    // The REST backend of a checked configuration (backendfactoryrest.cpp).
    static Result<std::shared_ptr<Backend>> makeRest(const RestConfig &config);
};
