// SpendView's exports: the chart as PNG or SVG, the table as CSV.

#include "exportdialogs.h"
#include "spendbreakdown.h"
#include "spendchart.h"
#include "spendexporter.h"
#include "spendtablemodel.h"
#include "spendview.h"

#include <QFileInfo>

bool SpendView::exportPng(const QString &path, QString *error)
{
    QSize size = m_chart->viewport()->size();
    if (!m_chart->isVisible() || size.width() < 200 || size.height() < 150)
        size = QSize(1200, 700);
    return SpendExporter::writePng(m_chart->renderImage(size), path, error);
}

bool SpendView::exportSvg(const QString &path, QString *error)
{
    return SpendExporter::writeSvg(m_chart, path, chartTitle(), error);
}

bool SpendView::exportCsv(const QString &path, QString *error)
{
    return SpendExporter::writeCsv(*m_model, path, error);
}

void SpendView::exportFile()
{
    exportInteractively({QStringLiteral("csv"), QStringLiteral("png"), QStringLiteral("svg")});
}

void SpendView::exportInteractively(const QStringList &formats)
{
    const SpendBreakdown &b = m_model->breakdown();
    if (b.isEmpty())
        return;
    const QString suggested =
        QStringLiteral("spend-%1-%2-%3.%4")
            .arg(
                m_region.isEmpty() ? QStringLiteral("all") : m_region,
                b.months().first().toString(QStringLiteral("yyyy-MM")),
                // The months of spend: those only forecast are not in the table.
                b.months().at(qMax(0, b.spendMonthCount() - 1)).toString(QStringLiteral("yyyy-MM")),
                formats.first());
    QStringList filters;
    for (const QString &format : formats)
        filters.append(format == QLatin1String("png")   ? tr("PNG images (*.png)")
                       : format == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                        : tr("CSV files (*.csv)"));
    ExportDialogs::askForFile(
        this, tr("Export spend"), suggested, filters.join(QStringLiteral(";;")),
        [this, formats, filters](const QString &path, const QString &filter) {
            // The format of the filter chosen, unless the name says another.
            QString format = formats.value(int(filters.indexOf(filter)), formats.first());
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (formats.contains(suffix))
                format = suffix;
            QString error;
            if (exportAs(format, path, &error))
                Q_EMIT statusMessage(tr("Exported to %1").arg(path));
            else
                Q_EMIT errorOccurred(BackendError(BackendError::Category::InvalidInput, error));
        });
}

bool SpendView::exportAs(const QString &format, const QString &path, QString *error)
{
    if (format == QLatin1String("png"))
        return exportPng(path, error);
    if (format == QLatin1String("svg"))
        return exportSvg(path, error);
    return exportCsv(path, error);
}
