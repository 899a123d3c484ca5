// BackendFactory::makeRest, in a file of its own: the one reference to the
// rest wing, so that a program can link the factory without Qt Network
// (usagectl's own commands: see app/localonly.cpp).

#include "profiles/backendfactory.h"

#include "rest/restbackend.h"

Result<std::shared_ptr<Backend>> BackendFactory::makeRest(const RestConfig &config)
{
    return std::shared_ptr<Backend>(std::make_shared<RestBackend>(config));
}
