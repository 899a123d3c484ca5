// The desktop application. On the first run (no profile yet) it creates the
// demo database off the GUI thread and connects to it, so the window shows
// real data at once. `--demo` opens the demo database; `--profile NAME`
// opens a saved profile by name.

#include "demo/demodatabase.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Writes the demo database on a worker thread; the connection lives there.
QFuture<QString> createDemoDatabase(const QString &path)
{
    return QtConcurrent::run([path]() -> QString {
        const auto stats = DemoDatabase::create(path, DemoOptions{});
        return stats ? QString() : stats.error().message();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/usage-console.svg")));
    QApplication::setOrganizationName(ProfileStore::organizationName());
    QApplication::setApplicationName(ProfileStore::windowApplicationName());
    QApplication::setApplicationVersion(QStringLiteral(UC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Billing data browser"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Open the demo database."));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Open the profile NAME."),
        QStringLiteral("NAME"));
    parser.addOption(demoOption);
    parser.addOption(profileOption);
    parser.process(app);

    ProfileStore profiles;
    SecretStore secrets;
    MainWindow window(&profiles, &secrets);
    window.show();

    std::optional<Profile> wanted;
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        const QList<Profile> list = profiles.profiles();
        for (const Profile &p : list) {
            if (p.name == name || p.id == name)
                wanted = p;
        }
        if (!wanted)
            qWarning("usage-console: no profile named %s", qPrintable(name));
    } else if (!parser.isSet(demoOption)) {
        wanted = profiles.profile(profiles.currentId());
        if (!wanted && !profiles.profiles().isEmpty())
            wanted = profiles.profiles().first();
    }
    if (wanted) {
        window.openProfile(*wanted);
        return app.exec();
    }

    // First run, or --demo: the demo database, created if missing.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/demo.db");
    Profile demo = ProfileStore::demoProfile(path);
    if (!profiles.profile(demo.id))
        profiles.save(demo);
    if (QFileInfo::exists(path)) {
        window.openProfile(demo);
        return app.exec();
    }
    auto *progress = new QProgressDialog(
        QApplication::translate("main", "Creating the demo database…"), QString(), 0, 0, &window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    auto *watcher = new QFutureWatcher<QString>(&window);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, &window, [&, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            window.errorBanner()->showMessage(
                QApplication::translate("main", "The demo database could not be created."), error);
            return;
        }
        window.openProfile(demo);
    });
    watcher->setFuture(createDemoDatabase(path));
    return app.exec();
}
