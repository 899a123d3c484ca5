#pragma once

#include <QString>
#include <QStringList>

#include <tuple>

// A saved connection: what the profile switcher lists. Secrets (database
// password, API token) are never part of it: they live in the keychain
// under secretKey().
struct Profile
{
    enum class Kind { Sqlite, Mysql, Rest };

    QString id; // stable, generated
    QString name;
    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 3306;
    QString user;
    QString database;
    QString planDatabase;
    QString usageApiUrl; // e.g. https://host/usageapi/v1
    QString planApiUrl;  // e.g. https://host/charge/v1
    QStringList namespaces;
    QString caFile; // REST: a CA added to the system's
    // MySQL over TLS: the address's ?tls=required&ca=&cert=&key=
    // (ConnectionSpec), with the same meaning. The files count only when
    // mysqlTls is on; an empty CA file is the system's CAs.
    bool mysqlTls = false;
    QString mysqlCaFile;
    QString mysqlCertFile; // a client certificate, with its key
    QString mysqlKeyFile;
    bool readOnly = false;
    bool useCache = true;
    QString serviceZone = QStringLiteral("Asia/Shanghai");
    // Deadlines, in seconds (docs/reliability.md). REST: one request, end to
    // end. MySQL: connecting, and the silence of the socket while reading or
    // writing (an answer the server computes for longer is cut off too).
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 86400;
    int requestTimeoutSeconds = DefaultTimeoutSeconds;
    int connectTimeoutSeconds = DefaultTimeoutSeconds;
    int readTimeoutSeconds = DefaultTimeoutSeconds;
    int writeTimeoutSeconds = DefaultTimeoutSeconds;

    bool needsSecret() const { return kind != Kind::Sqlite; }
    bool isDirectDatabase() const { return kind != Kind::Rest; }
    QString secretKey() const { return QStringLiteral("profile/") + id; }

    // Every field: what a form compares to tell an edit from what is saved.
    auto fields() const
    {
        return std::tie(id, name, kind, sqlitePath, host, port, user, database, planDatabase,
                        usageApiUrl, planApiUrl, namespaces, caFile, mysqlTls, mysqlCaFile,
                        mysqlCertFile, mysqlKeyFile, readOnly, useCache, serviceZone,
                        requestTimeoutSeconds, connectTimeoutSeconds, readTimeoutSeconds,
                        writeTimeoutSeconds);
    }
    friend bool operator==(const Profile &a, const Profile &b) { return a.fields() == b.fields(); }
    friend bool operator!=(const Profile &a, const Profile &b) { return !(a == b); }
};
