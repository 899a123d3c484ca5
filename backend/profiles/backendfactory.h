#pragma once

#include "core/backend.h"
#include "cache/cachingbackend.h"
#include "profiles/profile.h"
#include "core/result.h"

#include <memory>

// Makes the backend a profile describes, with its secret.
class BackendFactory
{
public:
    // With the roll-up cache in front when the profile wants it (the default).
    static Result<std::shared_ptr<Backend>> create(const Profile &profile, const QString &secret);
    // The backend alone.
    static Result<std::shared_ptr<Backend>> createDirect(const Profile &profile,
                                                         const QString &secret);
    // `inner` behind the roll-up cache, with the second connection its
    // fills and live queries use: another session of the same database, or
    // the REST backend itself (the service takes two requests at once).
    static std::unique_ptr<CachingBackend> withCache(std::shared_ptr<Backend> inner);
};
