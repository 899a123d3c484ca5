#include "spendexporter.h"

#include "core/csvwriter.h"

#include "spendtablemodel.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

bool SpendExporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool SpendExporter::writePng(const QImage &image, const QString &path, QString *error)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Could not encode the chart as PNG.");
        return false;
    }
    return writeFile(path, data, error);
}

bool SpendExporter::writeSvg(QChartView *view, const QString &path, const QString &title,
                             QString *error)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSize size = view->viewport()->size();
    if (size.width() < 200 || size.height() < 150)
        size = QSize(1200, 700);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Spend per month, exported by Usage Console"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not render the chart as SVG.");
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    view->render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return writeFile(path, data, error);
}

QByteArray SpendExporter::csv(const SpendTableModel &model)
{
    QStringList lines;
    QStringList header{tr("Month")};
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(model.headerData(c, Qt::Horizontal).toString());
    lines.append(CsvWriter::record(header));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields{model.headerData(r, Qt::Vertical).toString()};
        for (int c = 0; c < model.columnCount(); ++c) {
            // From the exact amount, never from the locale-formatted text.
            const qint64 units = model.index(r, c).data(SpendTableModel::AmountRole).toLongLong();
            fields.append(Money::fromUnits(units).toString2());
        }
        lines.append(CsvWriter::record(fields));
    }
    const QString lineEnd = QString::fromLatin1(CsvWriter::lineEnd);
    return QByteArray("\xEF\xBB\xBF") + (lines.join(lineEnd) + lineEnd).toUtf8();
}

bool SpendExporter::writeCsv(const SpendTableModel &model, const QString &path, QString *error)
{
    return writeFile(path, csv(model), error);
}
