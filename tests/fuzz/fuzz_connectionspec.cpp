// ConnectionSpec::parse (`sqlite:PATH`, `mysql://USER@HOST:PORT/DB?plans=X`).
//
// Invariants:
//  1. A value or a typed error, never both/neither.
//  2. Success never carries a password (parse refuses one in the address),
//     and toDisplayString() never contains a password: neither the spec's
//     (set here to a sentinel after parsing) nor any `user:secret@` part.
//  3. toDisplayString() re-parses to an equal spec.
//  4. A MySQL success has safe identifiers for both database names.
#include "fuzz_common.h"
#include "sql/connectionspec.h"

#include <QUrl>
#include <QtGlobal>

namespace {

bool sameSpec(const ConnectionSpec &a, const ConnectionSpec &b)
{
    return a.kind == b.kind && a.path == b.path && a.host == b.host && a.port == b.port &&
           a.user == b.user && a.database == b.database && a.planDatabase == b.planDatabase &&
           a.password == b.password && a.readOnly == b.readOnly &&
           a.connectTimeoutSeconds == b.connectTimeoutSeconds &&
           a.readTimeoutSeconds == b.readTimeoutSeconds &&
           a.writeTimeoutSeconds == b.writeTimeoutSeconds && a.tls == b.tls &&
           a.caFile == b.caFile && a.certFile == b.certFile && a.keyFile == b.keyFile;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = ConnectionSpec::parse(text);
    if (!fuzz::checkResult(r))
        return 0;
    ConnectionSpec spec = r.value();
    FUZZ_CHECK(spec.password.isEmpty());
    if (spec.kind == ConnectionSpec::Kind::Mysql) {
        FUZZ_CHECK(isSafeIdentifier(spec.database));
        FUZZ_CHECK(spec.planDatabase.isEmpty() || isSafeIdentifier(spec.planDatabase));
        FUZZ_CHECK(!spec.user.isEmpty() && !spec.host.isEmpty());
    } else {
        FUZZ_CHECK(!spec.path.isEmpty());
    }

    const QString display = spec.toDisplayString();
    // The password comes from elsewhere (keychain/env): it must never show.
    ConnectionSpec withSecret = spec;
    withSecret.password = QStringLiteral("S3cr3t-P4ss-\u00e9");
    FUZZ_CHECK(withSecret.toDisplayString() == display);
    FUZZ_CHECK(!display.contains(withSecret.password));
    if (spec.kind == ConnectionSpec::Kind::Mysql) {
        const QUrl url(display, QUrl::StrictMode);
        FUZZ_CHECK_MSG(url.password().isEmpty(), "\"%s\" -> \"%s\"", qPrintable(text),
                       qPrintable(display));
    }

    // Findings 1 and 2 (docs/reliability.md, regressions/fuzz_connectionspec/)
    // were an IPv6 host and a SQLite path starting "//" failing this check.
    const auto again = ConnectionSpec::parse(display);
    FUZZ_CHECK_MSG(again.ok(), "\"%s\" -> \"%s\" does not re-parse: %s", qPrintable(text),
                   qPrintable(display), again.ok() ? "" : qPrintable(again.error().message()));
    FUZZ_CHECK_MSG(sameSpec(again.value(), spec),
                   "\"%s\" -> \"%s\" re-parses differently (host \"%s\"/\"%s\" user "
                   "\"%s\"/\"%s\" path \"%s\"/\"%s\" port %d/%d)",
                   qPrintable(text), qPrintable(display), qPrintable(spec.host),
                   qPrintable(again.value().host), qPrintable(spec.user),
                   qPrintable(again.value().user), qPrintable(spec.path),
                   qPrintable(again.value().path), spec.port, again.value().port);
    return 0;
}
