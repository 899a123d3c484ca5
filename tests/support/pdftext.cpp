#include "pdftext.h"

#include <QProcess>
#include <QRegularExpression>

namespace PdfText {

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s failed (install poppler-utils): %s", qPrintable(program),
               p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

QString bare(QString text)
{
    // NFKC: Qt's PDF writer maps a glyph that Noto CJK shares between an
    // ideograph and its Kangxi radical (高 and ⾼) back to the radical, so
    // pdftotext reads the radical; both fold to the ideograph.
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

QString read(const QString &path)
{
    return bare(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
}

QString fonts(const QString &path)
{
    return run(QStringLiteral("pdffonts"), {path});
}

} // namespace PdfText
