#include "rest/restfieldreader.h"

#include "rest/rfc3339.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("RestJson", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("RestJson", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("RestJson", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("RestJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("RestJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("RestJson", "missing");
}

} // namespace

RestFieldReader::RestFieldReader(const QJsonObject &object, const QString &where)
    : m_o(object)
    , m_where(where)
{
}

QString RestFieldReader::field(const QString &key) const
{
    return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key;
}

QString RestFieldReader::str(const QString &key)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(wrongType(field(key), v, QCoreApplication::translate("RestJson", "a string")));
        return {};
    }
    return v.toString();
}

qint64 RestFieldReader::integer(const QString &key, bool required)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(fieldError(field(key), QCoreApplication::translate("RestJson", "is missing")));
        return 0;
    }
    if (!v.isDouble()) {
        fail(wrongType(field(key), v, QCoreApplication::translate("RestJson", "an integer")));
        return 0;
    }
    const double d = v.toDouble();
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(sentinel);
    if (i == sentinel || !std::isfinite(d)) {
        fail(fieldError(field(key),
                        QCoreApplication::translate("RestJson", "is %1, expected an integer")
                            .arg(QString::number(d, 'g', 17))));
        return 0;
    }
    return i;
}

Money RestFieldReader::money(const QString &key)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined())
        return Money(); // zero amounts are omitted (SPEC §3)
    if (!v.isDouble()) {
        fail(wrongType(field(key), v, QCoreApplication::translate("RestJson", "a number of yuan")));
        return {};
    }
    const auto m = Money::fromYuanDouble(v.toDouble());
    if (!m) {
        fail(fieldError(field(key),
                        QCoreApplication::translate("RestJson", "is %1, not a representable amount")
                            .arg(QString::number(v.toDouble(), 'g', 17))));
        return {};
    }
    return *m;
}

double RestFieldReader::number(const QString &key)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined())
        return 0;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(wrongType(field(key), v, QCoreApplication::translate("RestJson", "a number")));
        return 0;
    }
    return v.toDouble();
}

QDateTime RestFieldReader::time(const QString &key, bool required)
{
    const QJsonValue v = m_o.value(key);
    if (v.isUndefined()) {
        if (required)
            fail(fieldError(field(key), QCoreApplication::translate("RestJson", "is missing")));
        return {};
    }
    if (!v.isString()) {
        fail(wrongType(field(key), v, QCoreApplication::translate("RestJson", "an RFC 3339 time")));
        return {};
    }
    const QDateTime t = Rfc3339::parse(v.toString());
    if (!t.isValid())
        fail(fieldError(field(key),
                        QCoreApplication::translate("RestJson", "is %1, not an RFC 3339 time")
                            .arg(quoted(v.toString()))));
    return t;
}

void RestFieldReader::fail(const BackendError &e)
{
    if (!error)
        error = e;
}

BackendError RestFieldReader::fieldError(const QString &field, const QString &problem)
{
    return BackendError(BackendError::Category::Server,
                        QCoreApplication::translate(
                            "RestJson", "The service sent an invalid answer: field `%1` %2.")
                            .arg(field, problem));
}

BackendError RestFieldReader::wrongType(const QString &field, const QJsonValue &v,
                                        const QString &expected)
{
    return fieldError(
        field,
        QCoreApplication::translate("RestJson", "is %1, expected %2").arg(typeName(v), expected));
}

QString RestFieldReader::quoted(const QString &text)
{
    QString t = text;
    if (t.size() > 60)
        t = t.left(60) + QStringLiteral("…");
    return QLatin1Char('"') + t + QLatin1Char('"');
}
