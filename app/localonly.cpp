// What usagectl links instead of the parts that need Qt Network or the
// keychain: loading them (and the 20 libraries they bring) was half of its
// start, about 3 ms of every command. main_usagectl.cpp hands the commands
// that use them (--api, a database address with tls=required, `report run`)
// to usagectl-network, so none of these is meant to be reached; each fails
// in words if one is. Each real one is alone in its file of its wing's
// archive, which the linker then never pulls; were that file needed for
// anything else, the link would fail on a duplicate definition.

#include "profiles/backendfactory.h"
#include "profiles/secretstore.h"
#include "sql/sqltlsprobe.h"

#include <cstdio>

namespace {

const char *const Elsewhere = "usagectl itself cannot reach a server over HTTP or TLS or read "
                              "the keychain: this command should have run in usagectl-network "
                              "(a bug)";

BackendError elsewhere()
{
    return BackendError(BackendError::Category::InvalidInput, QString::fromLatin1(Elsewhere));
}

} // namespace

Result<std::shared_ptr<Backend>> BackendFactory::makeRest(const RestConfig &)
{
    return elsewhere();
}

Result<SqlTlsProbe::Outcome> SqlTlsProbe::check(const ConnectionSpec &)
{
    return elsewhere();
}

std::optional<QString> SecretStore::readNow(const QString &, int)
{
    std::fprintf(stderr, "usagectl: %s\n", Elsewhere); // the caller then names the variable
    return std::nullopt;
}
