#pragma once

#include "backend.h"
#include "profile.h"
#include "result.h"

#include <memory>

// Makes the backend a profile describes, with its secret.
class BackendFactory
{
public:
    static Result<std::shared_ptr<Backend>> create(const Profile &profile, const QString &secret);
};
