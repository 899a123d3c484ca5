#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

// Writes records to stdout as an aligned table, CSV or JSON, streaming:
// rows go out as they come, so memory stays flat whatever the row count.
// A table sizes its columns from the first rows it sees and keeps them.
class OutputWriter
{
public:
    enum class Format { Table, Csv, Json };

    OutputWriter(QTextStream &out, Format format, QStringList headers);
    ~OutputWriter();

    // `cells` for table/CSV (display strings), `object` for JSON.
    void addRow(const QStringList &cells, const QJsonObject &object);
    // A JSON row written in place as compact JSON text in UTF-8
    // (Format::Json only), for outputs of hundreds of thousands of rows,
    // where a QJsonObject, or even a string, per row costs more than the
    // query: room for a row of at most `maxBytes`, to be written at the
    // pointer returned, then endJsonRow() with its end.
    char *beginJsonRow(qsizetype maxBytes);
    void endJsonRow(const char *end);
    void finish();

    // Terminal columns a string takes (CJK characters take two).
    static int displayWidth(const QString &text);

private:
    void flushTable();
    void flushJsonRows();
    void writeTableRow(const QStringList &cells);

    QTextStream &m_out;
    Format m_format;
    QStringList m_headers;
    QList<QStringList> m_pending; // table rows not yet written
    QList<int> m_widths;
    QByteArray m_jsonRows; // the rows written in place, not yet flushed
    qint64 m_rows = 0;
    bool m_finished = false;
};
