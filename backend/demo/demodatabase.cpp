#include "demo/demodatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <cstdio>

namespace {

// A connection name of its own: two creations may run at once on two threads.
QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("demo-database-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<DemoStats> writeFile(const QString &file, const DemoOptions &options)
{
    const QString name = connectionName();
    Result<DemoStats> stats = BackendError();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            stats = DemoDataGenerator(options).writeTo(db);
            db.close();
        } else {
            stats = BackendError(
                BackendError::Category::Permission,
                QCoreApplication::translate("DemoDatabase", "Cannot create %1.").arg(file),
                db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return stats;
}

} // namespace

Result<DemoStats> DemoDatabase::create(const QString &path, const DemoOptions &options,
                                       bool replace)
{
    const QFileInfo target(path);
    if (target.exists() && !replace)
        return BackendError(BackendError::Category::Conflict,
                            QCoreApplication::translate("DemoDatabase", "%1 already exists.")
                                .arg(target.absoluteFilePath()));
    if (!QDir().mkpath(target.absolutePath()))
        return BackendError(
            BackendError::Category::Permission,
            QCoreApplication::translate("DemoDatabase", "Cannot create the folder %1.")
                .arg(target.absolutePath()));
    const QString part = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(part);
    Result<DemoStats> stats = writeFile(part, options);
    // rename(2) replaces the target in one step: no moment without a file.
    if (stats && std::rename(QFile::encodeName(part).constData(),
                             QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        stats = BackendError(BackendError::Category::Permission,
                             QCoreApplication::translate("DemoDatabase", "Cannot rename %1 to %2.")
                                 .arg(part, target.absoluteFilePath()));
    if (!stats)
        QFile::remove(part);
    return stats;
}
