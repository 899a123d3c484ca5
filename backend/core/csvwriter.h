#pragma once

#include <QString>
#include <QStringList>

// RFC 4180 CSV, the one way every CSV of the product is written (usagectl's
// --format csv and the window's exports). Records end with CRLF, as
// spreadsheet programs expect.
class CsvWriter
{
public:
    static constexpr const char *lineEnd = "\r\n";

    // One field. Quoted when it holds a comma, a quote, CR or LF. Text that a
    // spreadsheet would run as a formula (a leading =, +, -, @, tab or CR)
    // gets a leading ' unless it is a plain number such as -12.50, so a
    // namespace called "=HYPERLINK(...)" stays text.
    static QString field(const QString &text);
    // The fields joined by commas, without the line end.
    static QString record(const QStringList &fields);
};
