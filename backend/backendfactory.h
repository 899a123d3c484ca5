#pragma once

#include "backend.h"
#include "profile.h"
#include "result.h"

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
};
