// usagectl's `statement`, started by usagectl: the one command that may
// draw a document (a PDF needs fonts, and fonts need a QGuiApplication).

#include "climessagehandler.h"
#include "reports/statementdocument.h"
#include "statementcommand.h"
#include "usagectlmain.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    CliMessageHandler::install();
    // A command line tool must not need a display: it draws offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The statement in the user's language (LANG), as the window shows it.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("usageconsole"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    StatementCommand::setPdfWriter([](const Statement &s, const QString &path, QString *error) {
        return StatementDocument::writePdf(s, path, error);
    });
    return UsagectlMain::run(app);
}
