#pragma once

#include "outputwriter.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

// The one result of a command (a quote, a cancel, a cache step) in the
// chosen format: FIELD/VALUE rows for a table or CSV, one JSON object.
class ResultRecord
{
public:
    // `text` for the table and CSV row named `field`; `value` under `key`
    // in JSON.
    void add(const QString &field, const QString &text, const QString &key,
             const QJsonValue &value);
    // A value only JSON carries (a table says it otherwise, or not at all).
    void addJson(const QString &key, const QJsonValue &value) { m_json.insert(key, value); }
    void print(QTextStream &out, OutputWriter::Format format) const;

private:
    QList<QStringList> m_rows;
    QJsonObject m_json;
};
