#pragma once

#include <QString>
#include <QStringList>

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
    QString caFile;
    bool readOnly = false;
    bool useCache = true;
    QString serviceZone = QStringLiteral("Asia/Shanghai");

    bool needsSecret() const { return kind != Kind::Sqlite; }
    bool isDirectDatabase() const { return kind != Kind::Rest; }
    QString secretKey() const { return QStringLiteral("profile/") + id; }
};
