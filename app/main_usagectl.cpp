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
// pulls in (about 2 ms of a 7 ms start).
bool drawsDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "statement") == 0)
            return true;
    }
    return false;
}

// Beside usagectl in the build tree; in libexec once installed.
QString documentsProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &path :
         {here.filePath(QStringLiteral("usagectl-documents")),
          here.filePath(QStringLiteral("../libexec/usage-console/usagectl-documents"))}) {
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
    if (drawsDocuments(argc, argv)) {
        const QByteArray program = documentsProgram().toLocal8Bit();
        argv[0] = const_cast<char *>(program.constData());
        execv(program.constData(), argv);
        std::fprintf(stderr, "usagectl: cannot start %s to draw the statement (%s)\n",
                     program.constData(), std::strerror(errno));
        return 1;
    }
    return UsagectlMain::run(app);
}
