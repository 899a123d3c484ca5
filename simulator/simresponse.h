#pragma once

#include "simjson.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// One answer of the simulator: status, content type and body; or, for the
// slow paths, a delay and the function that makes the real answer
// afterwards; or a dropped connection.
struct SimResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    bool drop = false; // close the connection without an answer
    int deferMs = 0;
    std::function<SimResponse()> deferred;

    // The service's envelope {"code", "msg", "data"}; data omitted when unset.
    static SimResponse envelope(int status, int code, const QString &msg,
                                std::optional<SimJson> data = std::nullopt);
    static SimResponse ok(SimJson data) { return envelope(200, 0, QStringLiteral("OK"), data); }
    static SimResponse error(int status, int code, const QString &msg)
    {
        return envelope(status, code, msg);
    }
    static SimResponse authFailed() { return error(401, 3305, QStringLiteral("auth failed")); }
    static SimResponse permissionDenied()
    {
        return error(400, 3306, QStringLiteral("permission denied"));
    }
    static SimResponse invalidParameters(const QString &detail)
    {
        return error(400, 3307, QStringLiteral("invalid parameters: ") + detail);
    }
    static SimResponse unsupportedUrl()
    {
        return error(404, 3303, QStringLiteral("unsupported url"));
    }
    static SimResponse parseJsonFailed(const QString &detail)
    {
        return error(400, 3302, QStringLiteral("parse json failed (%1)").arg(detail));
    }
};
