#include "simrequest.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace {

QString goKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

QJsonValue findField(const QJsonObject &object, const QString &key)
{
    // encoding/json prefers an exact match, then a case-insensitive one.
    if (object.contains(key))
        return object.value(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

SimRequest::SimRequest(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        m_method = Method::Get;
        break;
    case QHttpServerRequest::Method::Post:
        m_method = Method::Post;
        break;
    case QHttpServerRequest::Method::Put:
        m_method = Method::Put;
        break;
    case QHttpServerRequest::Method::Delete:
        m_method = Method::Delete;
        break;
    default:
        m_method = Method::Other;
        break;
    }
    const QUrl url = request.url();
    m_path = url.path();
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    m_query = QUrlQuery(query);
    m_body = request.body();
    m_authorization = request.value(QByteArrayLiteral("Authorization"));
}

SimRequest SimRequest::make(Method method, const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &authorization)
{
    SimRequest r;
    r.m_method = method;
    r.setUrl(pathAndQuery);
    r.m_body = body;
    r.m_authorization = authorization;
    return r;
}

void SimRequest::setUrl(const QString &pathAndQuery)
{
    const QUrl url(pathAndQuery);
    m_path = url.path();
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(QLatin1Char('+'), QStringLiteral("%20"));
    m_query = QUrlQuery(query);
}

QString SimRequest::param(const QString &name) const
{
    const QStringList values = m_query.allQueryItemValues(name, QUrl::FullyDecoded);
    return values.isEmpty() ? QString() : values.first();
}

bool SimRequest::hasParam(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

QString SimRequest::bearerToken() const
{
    const QByteArray h = m_authorization.trimmed();
    if (!h.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(h.mid(7)).trimmed();
}

std::optional<QJsonObject> SimRequest::jsonObject(QString *error) const
{
    const QByteArray trimmed = m_body.trimmed();
    if (trimmed.isEmpty()) {
        *error = QStringLiteral("unexpected end of JSON input");
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int at = pe.offset;
        if (pe.error == QJsonParseError::GarbageAtEnd) {
            const char c = at < m_body.size() ? m_body.at(at) : '?';
            *error =
                QStringLiteral("invalid character '%1' after top-level value").arg(QLatin1Char(c));
        } else if (at >= m_body.trimmed().size() + (m_body.size() - m_body.trimmed().size()) ||
                   pe.error == QJsonParseError::UnterminatedObject ||
                   pe.error == QJsonParseError::UnterminatedArray ||
                   pe.error == QJsonParseError::UnterminatedString) {
            *error = QStringLiteral("unexpected end of JSON input");
        } else {
            const char c = at >= 0 && at < m_body.size() ? m_body.at(at) : '?';
            const QString shown =
                (uchar(c) < 0x20 || uchar(c) >= 0x7f)
                    ? QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'))
                    : QString(QLatin1Char(c));
            *error =
                QStringLiteral("invalid character '%1' looking for beginning of value").arg(shown);
        }
        return std::nullopt;
    }
    if (doc.isNull())
        return QJsonObject();
    if (!doc.isObject()) {
        *error = QStringLiteral("json: cannot unmarshal %1 into Go value of type main.Request")
                     .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("value"));
        return std::nullopt;
    }
    return doc.object();
}

QString SimRequest::stringField(const QJsonObject &object, const QString &key, QString *error)
{
    const QJsonValue v = findField(object, key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        if (error->isEmpty())
            *error = QStringLiteral("json: cannot unmarshal %1 into Go struct field .%2 of type "
                                    "string")
                         .arg(goKind(v), key);
        return {};
    }
    return v.toString();
}

QJsonObject SimRequest::objectField(const QJsonObject &object, const QString &key, QString *error)
{
    const QJsonValue v = findField(object, key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        if (error->isEmpty())
            *error = QStringLiteral("json: cannot unmarshal %1 into Go struct field .%2 of type "
                                    "map[string]string")
                         .arg(goKind(v), key);
        return {};
    }
    return v.toObject();
}
