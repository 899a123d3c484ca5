#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QChartView;
class QImage;
class SpendTableModel;

// Writes what the spend view shows to files. Every writer is atomic (a
// failed write leaves no half file behind) and returns false with a message
// a person can act on.
class SpendExporter
{
    Q_DECLARE_TR_FUNCTIONS(SpendExporter)
public:
    static bool writePng(const QImage &image, const QString &path, QString *error);
    // The chart as vector graphics, at the view's current size.
    static bool writeSvg(QChartView *view, const QString &path, const QString &title,
                         QString *error);
    // UTF-8 with a byte order mark, so that spreadsheet programs on any
    // locale read CJK namespace names correctly; amounts as plain "1234.56".
    static bool writeCsv(const SpendTableModel &model, const QString &path, QString *error);
    static QByteArray csv(const SpendTableModel &model);

private:
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
};
