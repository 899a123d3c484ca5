#pragma once

#include "reports/statement.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

class QPagedPaintDevice;
class QTextDocument;

// A statement as a document people file or send: the same HTML on screen,
// on paper and in the PDF, in the application's language, with a font that
// has the CJK glyphs (plan and region names are Chinese), so they are
// embedded into the PDF rather than lost.
class StatementDocument
{
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)
public:
    static QString html(const Statement &statement, const QLocale &locale = QLocale());
    // The document, laid out for `device` (a printer, a PDF writer) when given.
    static std::unique_ptr<QTextDocument> document(const Statement &statement,
                                                   const QLocale &locale = QLocale());
    // Prints on `device`, page numbers at the bottom of each page.
    static void print(const Statement &statement, QPagedPaintDevice *device,
                      const QLocale &locale = QLocale());
    // The statement as an A4 PDF written to `path` (atomically). False and
    // `error` set when it cannot be written.
    static bool writePdf(const Statement &statement, const QString &path, QString *error = nullptr,
                         const QLocale &locale = QLocale());
    // Its title, for windows, file names and the PDF's metadata.
    static QString title(const Statement &statement);
    // A sans-serif font whose fallback has the CJK glyphs (fonts-noto-cjk).
    static QFont font();
};
