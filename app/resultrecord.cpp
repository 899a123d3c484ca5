#include "resultrecord.h"

#include <QJsonDocument>

void ResultRecord::add(const QString &field, const QString &text, const QString &key,
                       const QJsonValue &value)
{
    m_rows.append({field, text});
    m_json.insert(key, value);
}

void ResultRecord::print(QTextStream &out, OutputWriter::Format format) const
{
    if (format == OutputWriter::Format::Json) {
        out << QJsonDocument(m_json).toJson(QJsonDocument::Compact) << '\n';
        return;
    }
    OutputWriter writer(out, format, {QStringLiteral("FIELD"), QStringLiteral("VALUE")});
    for (const QStringList &row : m_rows)
        writer.addRow(row, {});
}
