#pragma once

#include <QString>

#include <functional>

class CliContext;
struct Statement;

// `usagectl statement`: a namespace's monthly statement, as a PDF (--out),
// or its lines as a table, CSV or (all of it) JSON.
class StatementCommand
{
public:
    // What draws the PDF: Qt Gui's, which only the program that draws
    // documents links (main_usagectl_documents.cpp); none elsewhere.
    using PdfWriter =
        std::function<bool(const Statement &statement, const QString &path, QString *error)>;
    static void setPdfWriter(PdfWriter writer);

    static int run(CliContext &ctx);
};
