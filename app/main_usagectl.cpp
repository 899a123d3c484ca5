#include "cliarguments.h"
#include "clicommands.h"
#include "climessagehandler.h"
#include "usagectlmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// `statement` may draw a PDF, which needs Qt Gui (fonts): that command runs
// in usagectl-documents, so that no other command loads Qt Gui and what it
// pulls in (about 2 ms of a 7 ms start). A command line that does not parse
// stays here, where the error is reported.
bool drawsDocuments()
{
    CliArguments args;
    return args.parse(QCoreApplication::arguments().mid(1), CliCommands::optionSpecs()).isEmpty() &&
           args.positional().value(0) == QLatin1String("statement");
}

// Beside usagectl in the build tree; where the install put it otherwise
// (UC_DOCUMENTS_DIR: relative to usagectl's directory).
QString documentsProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &path :
         {here.filePath(QStringLiteral("usagectl-documents")),
          here.filePath(QStringLiteral(UC_DOCUMENTS_DIR "/usagectl-documents"))}) {
        if (QFileInfo(path).isExecutable())
            return QDir::cleanPath(path);
    }
    return here.filePath(QStringLiteral("usagectl-documents"));
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log: driver chatter must not reach stderr.
    CliMessageHandler::install();
    QCoreApplication app(argc, argv);
    if (drawsDocuments()) {
        const QByteArray program = documentsProgram().toLocal8Bit();
        argv[0] = const_cast<char *>(program.constData());
        execv(program.constData(), argv);
        std::fprintf(stderr, "usagectl: cannot start %s to draw the statement (%s)\n",
                     program.constData(), std::strerror(errno));
        return 1;
    }
    return UsagectlMain::run(app);
}
