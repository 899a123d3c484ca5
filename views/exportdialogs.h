#pragma once

#include "core/backenderror.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class CsvExporter;
class QWidget;

// The dialogs around an export: where to write it, and how far it got.
// Both are asynchronous, so the window keeps working meanwhile.
class ExportDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ExportDialogs)
public:
    enum class Rows { Charges, Orders };

    // A non-native save dialog in the documents folder; `chosen` gets the
    // path and the name filter picked (of `filters`, ";;"-separated).
    static void askForFile(QWidget *parent, const QString &title, const QString &fileName,
                           const QString &filters,
                           std::function<void(const QString &path, const QString &filter)> chosen);

    // Runs `exporter` (owned from now on) into `path` behind a progress
    // dialog that can cancel it; `message` gets the outcome to show, `failed`
    // the error.
    static void run(CsvExporter *exporter, Rows rows, const QString &path, QWidget *parent,
                    std::function<void(const QString &message)> message,
                    std::function<void(const BackendError &error)> failed);
};
