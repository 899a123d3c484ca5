#pragma once

#include <QString>

// Reading a PDF back, with poppler-utils (pdftotext, pdffonts).
namespace PdfText {

// Its text in drawing order, without white space (a table cell may wrap a
// name over two lines). Fatal when pdftotext fails or is missing.
QString read(const QString &path);
// Text without white space, NFKC-normalized, to look for in read()'s.
QString bare(QString text);
// pdffonts' table of the fonts the file uses.
QString fonts(const QString &path);

} // namespace PdfText
