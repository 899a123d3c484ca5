#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;

// What a handler needs of one HTTP request, copied out of the server's
// request object (which the server reuses for the connection's next request).
class SimRequest
{
public:
    enum class Method { Get, Post, Put, Delete, Other };

    SimRequest() = default;
    explicit SimRequest(const QHttpServerRequest &request);

    Method method() const { return m_method; }
    QString path() const { return m_path; }
    QByteArray body() const { return m_body; }
    // The first value of a query parameter, decoded like Go's FormValue
    // ('+' is a space); empty when absent.
    QString param(const QString &name) const;
    bool hasParam(const QString &name) const;
    // The token of `Authorization: Bearer <token>`; empty when there is none.
    QString bearerToken() const;

    // The body as the Go handler's json.Unmarshal into a struct sees it: an
    // object (null -> empty), or the error text it answers after
    // "parse json failed (…)".
    std::optional<QJsonObject> jsonObject(QString *error) const;
    // A string field, matched case-insensitively like encoding/json does;
    // a non-string value sets *error.
    static QString stringField(const QJsonObject &object, const QString &key, QString *error);
    static QJsonObject objectField(const QJsonObject &object, const QString &key, QString *error);

    // For tests of the handlers without a socket.
    static SimRequest make(Method method, const QString &pathAndQuery, const QByteArray &body = {},
                           const QByteArray &authorization = {});

private:
    void setUrl(const QString &pathAndQuery);

    Method m_method = Method::Other;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_authorization;
};
