// CsvWriter, through OutputWriter with Format::Csv and on its own.
//
// Input: split into rows at 0x1E and cells at 0x1F (so cells may contain
// commas, quotes, CR and LF freely); the first row is the header.
//
// Invariants:
//  1. The written text, read back with an independent RFC 4180 reader (below,
//     not sharing code with the writer), gives exactly the cells written:
//     same row count, same cell count per row, same text.
//  2. Rows are terminated by CRLF.
//  3. CsvWriter::field(x) read back as a single field is x, or 'x when x
//     would run as a spreadsheet formula (see guarded() below).
//  4. No cell read back starts a formula.
#include "core/csvwriter.h"
#include "fuzz_common.h"
#include "outputwriter.h"

#include <QRegularExpression>

#include <QJsonObject>
#include <QTextStream>

namespace {

// RFC 4180: records end with CRLF; a field is either unquoted (no comma,
// quote, CR or LF) or quoted, with "" for a quote inside. Returns false on
// malformed input.
bool readCsv(const QString &text, QList<QStringList> *rows)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QStringList row;
        for (;;) {
            QString field;
            if (i < n && text[i] == QLatin1Char('"')) {
                ++i;
                for (;;) {
                    if (i >= n)
                        return false; // unterminated quote
                    if (text[i] == QLatin1Char('"')) {
                        if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text[i++];
                }
            } else {
                while (i < n && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r')) {
                    if (text[i] == QLatin1Char('"') || text[i] == QLatin1Char('\n'))
                        return false; // not allowed unquoted
                    field += text[i++];
                }
            }
            row.append(field);
            if (i < n && text[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            if (i + 1 < n && text[i] == QLatin1Char('\r') && text[i + 1] == QLatin1Char('\n')) {
                i += 2;
                break;
            }
            return false; // field not followed by , or CRLF (incl. missing final CRLF)
        }
        rows->append(row);
    }
    return true;
}

// The formula guard, written apart from the product's: text that starts
// with = + - @ TAB or CR and is not a plain decimal number gets a leading '.
QString guarded(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("\\A-?[0-9]+(\\.[0-9]+)?\\z"));
    static const QString starts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && starts.contains(cell.front()) && !number.match(cell).hasMatch())
        return QLatin1Char('\'') + cell;
    return cell;
}

QString describe(const QList<QStringList> &rows)
{
    QStringList out;
    for (const QStringList &r : rows)
        out.append(QLatin1Char('[') + r.join(QLatin1Char('|')) + QLatin1Char(']'));
    return out.join(QLatin1Char(' '));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> rows;
    for (const QString &line : input.split(QChar(0x1E)))
        rows.append(line.split(QChar(0x1F)));

    QString written;
    {
        QTextStream out(&written);
        OutputWriter w(out, OutputWriter::Format::Csv, rows.first());
        for (qsizetype r = 1; r < rows.size(); ++r)
            w.addRow(rows[r], QJsonObject());
        w.finish();
    }

    // A row of one empty cell is written as an empty line: RFC 4180 readers
    // see it as a record with one empty field, which is what we wrote.
    QList<QStringList> back;
    FUZZ_CHECK_MSG(readCsv(written, &back), "malformed CSV: %s",
                   qPrintable(QString(written)
                                  .replace(QLatin1Char('\r'), QLatin1String("\\r"))
                                  .replace(QLatin1Char('\n'), QLatin1String("\\n"))));
    QList<QStringList> expected = rows;
    for (QStringList &row : expected) {
        for (QString &cell : row)
            cell = guarded(cell);
    }
    FUZZ_CHECK_MSG(back == expected, "wrote %s, read %s", qPrintable(describe(expected)),
                   qPrintable(describe(back)));
    for (const QStringList &row : std::as_const(back)) {
        for (const QString &cell : row)
            FUZZ_CHECK(guarded(cell) == cell);
    }
    FUZZ_CHECK(written.endsWith(QLatin1String("\r\n")));

    // CsvWriter::field on the whole input as one cell.
    QList<QStringList> one;
    const QString field = CsvWriter::field(input) + QLatin1String("\r\n");
    FUZZ_CHECK(readCsv(field, &one));
    FUZZ_CHECK(one.size() == 1 && one[0].size() == 1 && one[0][0] == guarded(input));
    return 0;
}
