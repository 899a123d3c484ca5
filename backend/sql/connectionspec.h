#pragma once

#include "core/result.h"

#include <QString>

// Where a local backend's data lives, parsed from `sqlite:PATH` or
// `mysql://USER@HOST:PORT/DB[?plans=PLANDB&read_timeout=S&tls=required&ca=PEM...]`. The
// password is never part of the string: it comes from the keychain or the
// environment.
struct ConnectionSpec
{
    enum class Kind { Sqlite, Mysql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 3306;
    QString user;
    QString database;
    QString planDatabase; // empty = the plan tables are in `database`
    QString password;
    bool readOnly = false;
    // MySQL client timeouts (MYSQL_OPT_*_TIMEOUT), in seconds; the address
    // sets them with ?connect_timeout=&read_timeout=&write_timeout=. With
    // libmariadb each bounds one wait of the socket, not a whole query:
    // connect covers the TCP connect and the server's greeting, read the
    // silence before the next bytes of an answer (a GROUP BY says nothing
    // until it is done), write a send the server does not take. The default
    // 30 s is four times the slowest query we run at 10M charges
    // (docs/reliability.md); a slower database raises read_timeout.
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 86400;
    int connectTimeoutSeconds = DefaultTimeoutSeconds;
    int readTimeoutSeconds = DefaultTimeoutSeconds;
    int writeTimeoutSeconds = DefaultTimeoutSeconds;
    // TLS (?tls=required&ca=PEM&cert=PEM&key=PEM). Required: the server's
    // certificate must chain to `caFile` (empty: the system's CAs) and name
    // `host`, and nothing (the password least of all) is sent before that
    // is checked; a server that offers no TLS is refused, never used in
    // clear. `certFile`/`keyFile`: a client certificate, for servers that
    // ask for one (REQUIRE X509).
    enum class Tls { Off, Required };
    Tls tls = Tls::Off;
    QString caFile;
    QString certFile;
    QString keyFile;

    static Result<ConnectionSpec> parse(const QString &text);
    // Without the password, for messages and logs.
    QString toDisplayString() const;
};

// A MySQL database name we put into SQL as an identifier (it cannot be
// bound): letters, digits, '_' and '$' only.
bool isSafeIdentifier(const QString &name);
