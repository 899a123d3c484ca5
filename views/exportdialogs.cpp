#include "exportdialogs.h"

#include "csvexporter.h"

#include <QFileDialog>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

void ExportDialogs::askForFile(QWidget *parent, const QString &title, const QString &fileName,
                               const QString &filters,
                               std::function<void(const QString &, const QString &)> chosen)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, title, dir + QLatin1Char('/') + fileName, filters);
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QFileInfo(fileName).suffix());
    // A name typed without a suffix gets the one of the format chosen.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &f) {
        static const QRegularExpression suffix(QStringLiteral("\\*\\.(\\w+)"));
        const QString wanted = suffix.match(f).captured(1);
        if (!wanted.isEmpty())
            dialog->setDefaultSuffix(wanted);
    });
    QObject::connect(
        dialog, &QFileDialog::fileSelected, dialog,
        [dialog, chosen](const QString &path) { chosen(path, dialog->selectedNameFilter()); });
    dialog->open();
}

void ExportDialogs::run(CsvExporter *exporter, Rows rows, const QString &path, QWidget *parent,
                        std::function<void(const QString &)> message,
                        std::function<void(const BackendError &)> failed)
{
    exporter->setParent(parent);
    const bool charges = rows == Rows::Charges;
    auto *progress = new QProgressDialog(charges ? tr("Exporting charges to %1…").arg(path)
                                                 : tr("Exporting orders to %1…").arg(path),
                                         tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, exporter, &CsvExporter::cancel);
    QObject::connect(
        exporter, &CsvExporter::progressChanged, progress,
        [progress, charges](qint64 done, qint64 all) {
            // QProgressDialog counts in int: show per mille of big exports.
            if (all > 0) {
                progress->setMaximum(1000);
                progress->setValue(int(qMin<qint64>(1000, done * 1000 / qMax<qint64>(1, all))));
            }
            const QString of = all >= 0 ? QLocale().toString(all) : tr("?");
            progress->setLabelText(
                charges ? tr("Exported %1 of %2 charges…").arg(QLocale().toString(done), of)
                        : tr("Exported %1 of %2 orders…").arg(QLocale().toString(done), of));
        });
    auto done = [exporter, progress] {
        progress->deleteLater();
        exporter->deleteLater();
    };
    QObject::connect(exporter, &CsvExporter::finished, parent,
                     [done, message, charges](qint64 count, const QString &file) {
                         done();
                         const QString n = QLocale().toString(count);
                         message(charges ? tr("Exported %1 charges to %2.").arg(n, file)
                                         : tr("Exported %1 orders to %2.").arg(n, file));
                     });
    QObject::connect(exporter, &CsvExporter::canceled, parent, done);
    QObject::connect(exporter, &CsvExporter::failed, parent,
                     [done, failed](const BackendError &error) {
                         done();
                         failed(error);
                     });
    exporter->start(path);
}
