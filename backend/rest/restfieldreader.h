#pragma once

#include "core/backenderror.h"
#include "core/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads the fields of one JSON object of the service strictly, keeping the
// first error: a value of the wrong type is an error naming the field
// (`where.key`), never a silent 0. An omitted amount or string is the
// service's way of sending zero or empty (SPEC §3).
class RestFieldReader
{
public:
    RestFieldReader(const QJsonObject &object, const QString &where);

    // The first problem met, if any.
    std::optional<BackendError> error;

    QString field(const QString &key) const;
    bool has(const QString &key) const { return m_o.contains(key); }
    QString str(const QString &key);
    qint64 integer(const QString &key, bool required);
    Money money(const QString &key);
    double number(const QString &key);
    QDateTime time(const QString &key, bool required);
    void fail(const BackendError &e);

    // "The service sent an invalid answer: field `field` problem."
    static BackendError fieldError(const QString &field, const QString &problem);
    static BackendError wrongType(const QString &field, const QJsonValue &v,
                                  const QString &expected);
    // `text` in quotes, cut to 60 characters.
    static QString quoted(const QString &text);

private:
    const QJsonObject &m_o;
    QString m_where;
};
