#pragma once

#include "sql/connectionspec.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// One --token TOKEN=USER[:NS,NS...|*]: the user the token stands for and the
// namespaces (projects) it may act for besides its own name.
struct SimToken
{
    QString user;
    QStringList namespaces;
    bool allNamespaces = false;

    bool mayActFor(const QString &ns) const
    {
        return ns == user || allNamespaces || namespaces.contains(ns);
    }
};

// The command line of usage-service-sim.
struct SimOptions
{
    ConnectionSpec db;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QHash<QString, SimToken> tokens;
    std::optional<QDateTime> now; // fixed clock; unset = the system clock
    QTimeZone serviceZone;
    int delayMs = 2000;    // for --fault delay
    int bsiDelayMs = 5000; // the real service waits 5 s after deleting a BSI
    QString fault;         // empty = none
    // HTTPS: the server's certificate (chain) and private key, PEM files.
    // Both empty = plain HTTP.
    QString tlsCert;
    QString tlsKey;

    bool tls() const { return !tlsCert.isEmpty(); }

    static QStringList faultKinds();
    // The options, or a message for stderr.
    static std::optional<SimOptions> parse(const QStringList &arguments, QString *error);
    static std::optional<SimToken> parseTokenValue(const QString &value, QString *token);
    static QDateTime parseInstant(const QString &text);
};
