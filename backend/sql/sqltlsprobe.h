#pragma once

#include "core/result.h"
#include "sql/connectionspec.h"

#include <QString>

// The check that makes `tls=required` mean what it says with Qt 6.4's
// QMYSQL driver, which passes SSL_CA/SSL_CERT/SSL_KEY to libmariadb but has
// no option for MYSQL_OPT_SSL_VERIFY_SERVER_CERT: without it libmariadb 3.3
// checks the chain but not the host name, and falls back to plaintext when
// the server offers no TLS, the password included. So before QMYSQL
// connects, this opens a connection of its own, reads the server's greeting,
// asks for TLS (the protocol's SSLRequest, which carries no user and no
// password) and verifies the certificate with Qt: chain to the CA file (or
// the system's CAs), dates, and host name. Nothing secret is ever sent on it.
class SqlTlsProbe
{
public:
    struct Outcome
    {
        QString protocol; // "TLSv1.3"
        QString issuer;   // the server certificate's issuer, display name
    };

    // Blocks up to the spec's connect timeout; call it off the GUI thread.
    static Result<Outcome> check(const ConnectionSpec &spec);

    // The MySQL capability flag a server sets when it offers TLS.
    static constexpr quint32 ClientSsl = 0x0800;
};
