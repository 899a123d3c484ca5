#include "outputwriter.h"

#include "core/csvwriter.h"
#include "outputfailure.h"

#include <QIODevice>
#include <QJsonDocument>

#include <cstring>

namespace {
constexpr int tableSizingRows = 200;
constexpr qsizetype jsonChunkBytes = 256 * 1024;
} // namespace

OutputWriter::OutputWriter(QTextStream &out, Format format, QStringList headers)
    : m_out(out)
    , m_format(format)
    , m_headers(std::move(headers))
{
    if (m_format == Format::Csv) {
        m_out << CsvWriter::record(m_headers) << CsvWriter::lineEnd;
    } else if (m_format == Format::Json) {
        m_out << "[";
    }
}

OutputWriter::~OutputWriter()
{
    finish();
}

int OutputWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // East Asian wide ranges that matter here: CJK, full-width forms.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

char *OutputWriter::beginJsonRow(qsizetype maxBytes)
{
    Q_ASSERT(m_format == Format::Json);
    const qsizetype at = m_jsonRows.size();
    if (m_jsonRows.capacity() < jsonChunkBytes)
        m_jsonRows.reserve(jsonChunkBytes + 4096);
    m_jsonRows.resize(at + 4 + maxBytes); // the new bytes are left as they are
    char *p = m_jsonRows.data() + at;
    if (m_rows > 0)
        *p++ = ',';
    std::memcpy(p, "\n  ", 3);
    return p + 3;
}

void OutputWriter::endJsonRow(const char *end)
{
    m_jsonRows.resize(end - m_jsonRows.constData());
    ++m_rows;
    if (m_jsonRows.size() >= jsonChunkBytes)
        flushJsonRows();
}

void OutputWriter::flushJsonRows()
{
    if (m_jsonRows.isEmpty())
        return;
    // Straight to the device when the stream has one and writes UTF-8: no
    // round trip through UTF-16 for megabytes of ASCII.
    QIODevice *device = m_out.device();
    if (device && m_out.encoding() == QStringConverter::Utf8) {
        m_out.flush();
        if (device->write(m_jsonRows) != m_jsonRows.size())
            m_out.setStatus(QTextStream::WriteFailed);
    } else {
        m_out << QString::fromUtf8(m_jsonRows);
    }
    m_jsonRows.resize(0); // keeps its capacity
    OutputFailure::endIfFailed(m_out);
}

void OutputWriter::addRow(const QStringList &cells, const QJsonObject &object)
{
    flushJsonRows();
    switch (m_format) {
    case Format::Json:
        m_out << (m_rows == 0 ? "\n  " : ",\n  ")
              << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        break;
    case Format::Csv: {
        m_out << CsvWriter::record(cells) << CsvWriter::lineEnd;
        break;
    }
    case Format::Table:
        if (m_widths.isEmpty()) {
            m_pending.append(cells);
            if (m_pending.size() >= tableSizingRows)
                flushTable();
        } else {
            writeTableRow(cells);
        }
        break;
    }
    ++m_rows;
    OutputFailure::endIfFailed(m_out); // a reader gone or a full disk: no more pages
}

void OutputWriter::flushTable()
{
    m_widths.clear();
    for (const QString &h : std::as_const(m_headers))
        m_widths.append(displayWidth(h));
    for (const QStringList &row : std::as_const(m_pending)) {
        for (int i = 0; i < row.size() && i < m_widths.size(); ++i)
            m_widths[i] = qMax(m_widths[i], displayWidth(row[i]));
    }
    writeTableRow(m_headers);
    QStringList rule;
    for (int w : std::as_const(m_widths))
        rule.append(QString(w, QLatin1Char('-')));
    writeTableRow(rule);
    for (const QStringList &row : std::as_const(m_pending))
        writeTableRow(row);
    m_pending.clear();
}

void OutputWriter::writeTableRow(const QStringList &cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1String("  ");
        const int pad = qMax(0, m_widths.value(i) - displayWidth(cells[i]));
        line += cells[i];
        if (i + 1 < cells.size())
            line += QString(pad, QLatin1Char(' '));
    }
    m_out << line << '\n';
}

void OutputWriter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    flushJsonRows();
    if (m_format == Format::Json)
        m_out << (m_rows == 0 ? "]\n" : "\n]\n");
    else if (m_format == Format::Table && m_widths.isEmpty())
        flushTable();
    m_out.flush();
}
