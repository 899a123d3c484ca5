#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

// How RestBackend reaches the usage service (SPEC §3) and the plan service.
struct RestConfig
{
    QUrl usageApi; // e.g. http://127.0.0.1:8080/usageapi/v1
    QUrl planApi;  // e.g. http://127.0.0.1:8080/charge/v1
    QString token; // sent as "Authorization: Bearer <token>", never logged
    // The namespaces this profile works with. Empty = the token's own user:
    // requests then omit `namespace` and the service defaults it (SPEC §3).
    QStringList namespaces;
    // A deadline for the WHOLE of one request (connect, send, headers, body).
    // A cancel always gets at least RestBackend::MinCancelTimeoutMs (SPEC §5).
    int timeoutMs = 30000;
    QString caFile;                 // an extra CA certificate (PEM), added to the system CAs
    qint64 maxBodyBytes = 16 << 20; // an answer larger than this is aborted
    bool readOnly = false;          // no cancel at all
    QTimeZone serviceZone;          // deadlines (quote period end); invalid = Asia/Shanghai
};
