#pragma once

#include "core/result.h"

#include <QString>

// Where a local backend's data lives, parsed from `sqlite:PATH` or
// `mysql://USER@HOST:PORT/DB[?plans=PLANDB]`. The password is never part of
// the string: it comes from the keychain or the environment.
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
    // MySQL client timeouts. The read timeout must outlast the slowest query
    // (a spend over 10M charges takes tens of seconds, silently); the client
    // library retries a read twice, so the effective bound is 3x.
    int connectTimeoutSeconds = 10;
    int readTimeoutSeconds = 600;

    static Result<ConnectionSpec> parse(const QString &text);
    // Without the password, for messages and logs.
    QString toDisplayString() const;
};

// A MySQL database name we put into SQL as an identifier (it cannot be
// bound): letters, digits, '_' and '$' only.
bool isSafeIdentifier(const QString &name);
