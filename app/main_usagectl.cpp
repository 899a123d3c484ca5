#include "climessagehandler.h"
#include "profiles/profilestore.h"
#include "usagectl.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

// `statement` may draw a PDF: fonts need a QGuiApplication, and a command
// line tool must not need a display, so it draws offscreen.
bool drawsDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "statement") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log: driver chatter must not reach stderr.
    CliMessageHandler::install();
    std::unique_ptr<QCoreApplication> app;
    QTranslator translator;
    if (drawsDocuments(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        // The statement in the user's language (LANG), as the window shows it.
        if (translator.load(QLocale(), QStringLiteral("usageconsole"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&translator);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("usagectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UC_VERSION));
    QCoreApplication::setOrganizationName(ProfileStore::organizationName());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    UsageCtl ctl(out, err, in);
    // run() drops the backend before it returns, and every backend joins its
    // worker threads when it goes: no thread is left to race exit().
    return ctl.run(QCoreApplication::arguments().mid(1));
}
