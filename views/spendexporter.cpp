#include "spendexporter.h"

#include "spendtablemodel.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {

QString csvField(QString text)
{
    // A leading = + @ makes spreadsheets evaluate text as a formula.
    if (!text.isEmpty() && (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('+') ||
                            text.front() == QLatin1Char('@')))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

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
    QStringList header{csvField(tr("Month"))};
    for (int c = 0; c < model.columnCount(); ++c)
        header.append(csvField(model.headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(QLatin1Char(',')));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields{csvField(model.headerData(r, Qt::Vertical).toString())};
        for (int c = 0; c < model.columnCount(); ++c) {
            // From the exact amount, never from the locale-formatted text.
            const qint64 units = model.index(r, c).data(SpendTableModel::AmountRole).toLongLong();
            fields.append(Money::fromUnits(units).toString2());
        }
        lines.append(fields.join(QLatin1Char(',')));
    }
    // RFC 4180 line ends, as spreadsheet programs expect.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

bool SpendExporter::writeCsv(const SpendTableModel &model, const QString &path, QString *error)
{
    return writeFile(path, csv(model), error);
}
