#include "cliarguments.h"
#include "clicommands.h"
#include "climessagehandler.h"
#include "sql/connectionspec.h"
#include "sql/sqlitelibrary.h"
#include "usagectlmain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// The program that runs a command line when this one does not. `statement`
// may draw a PDF, which needs Qt Gui (fonts); --api, a database address with
// tls=required and `report run` (a saved profile: REST, TLS or the keychain)
// need Qt Network or QtKeychain. This program links none of them (see
// localonly.cpp): without Qt Gui, usagectl --version went 6 -> 5 ms, and
// 7 -> 4 ms without Qt Network, QtKeychain and what they pull in.
// Empty: run here, as does a command line that does not parse, where the
// error is reported. (Any command with a tls=required address goes, also
// one that opens no connection: harmless.)
QString helperFor(const QStringList &arguments)
{
    CliArguments args;
    if (!args.parse(arguments, CliCommands::optionSpecs()).isEmpty())
        return {};
    const QStringList &words = args.positional();
    if (words.value(0) == QLatin1String("statement"))
        return QStringLiteral("usagectl-documents");
    const auto tls = [&args] {
        const auto spec = ConnectionSpec::parse(args.value(QStringLiteral("db")));
        return spec && spec.value().tls == ConnectionSpec::Tls::Required;
    };
    if (args.isSet(QStringLiteral("api")) || (args.isSet(QStringLiteral("db")) && tls()) ||
        (words.value(0) == QLatin1String("report") && words.value(1) == QLatin1String("run")))
        return QStringLiteral("usagectl-network");
    return {};
}

// Beside usagectl in the build tree; where the install put it otherwise
// (UC_HELPERS_DIR: relative to usagectl's directory).
QString helperProgram(const QString &name)
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &path :
         {here.filePath(name), here.filePath(QStringLiteral(UC_HELPERS_DIR "/") + name)}) {
        if (QFileInfo(path).isExecutable())
            return QDir::cleanPath(path);
    }
    return here.filePath(name);
}

// A namespace's total reads its SQLite index through a map of the file
// (SqlConnection::setMappedReads): a file cut short under it (copied over,
// truncated) is a SIGBUS there (BUS_ADRERR), where read() would have
// returned an error. The same end as that error: one line, exit 1. Any
// other SIGBUS (a bug) ends the process as before, with its core.
void onBusError(int signal, siginfo_t *info, void *)
{
    if (info->si_code != BUS_ADRERR && info->si_code != SI_USER) {
        ::signal(signal, SIG_DFL);
        ::raise(signal);
        return;
    }
    static const char message[] = "usagectl: a file was cut short while it was read (SIGBUS); "
                                  "was the database replaced or truncated?\n";
    [[maybe_unused]] const ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
    _exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything can log: driver chatter must not reach stderr.
    CliMessageHandler::install();
    QCoreApplication app(argc, argv);
    if (const QString helper = helperFor(QCoreApplication::arguments().mid(1)); !helper.isEmpty()) {
        const QByteArray program = helperProgram(helper).toLocal8Bit();
        argv[0] = const_cast<char *>(program.constData());
        execv(program.constData(), argv);
        const int error = errno;
        std::fprintf(stderr, "usagectl: cannot start %s (%s)\n", program.constData(),
                     std::strerror(error));
        // As a shell says it (not found, or not runnable): 1 and 2 are
        // answers of some commands (audit: findings, cache verify: a month
        // that did not match).
        return error == ENOENT ? 127 : 126;
    }
    struct sigaction bus = {};
    bus.sa_sigaction = onBusError;
    bus.sa_flags = SA_SIGINFO;
    sigaction(SIGBUS, &bus, nullptr);
    SqliteLibrary::setMappedReadsAllowed(true);
    return UsagectlMain::run(app);
}
