#include "climessagehandler.h"
#include "profiles/profilestore.h"
#include "usagectl.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    // Before anything can log: driver chatter must not reach stderr.
    CliMessageHandler::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usagectl"));
    QCoreApplication::setOrganizationName(ProfileStore::organizationName());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    UsageCtl ctl(out, err, in);
    const int code = ctl.run(app.arguments().mid(1));
    // Everything is written and closed by now (run() flushes and drops the
    // backend). Leave without the exit handlers: QThread::wait() returns
    // before a worker thread has run its thread-local destructors, and
    // OpenSSL's (libmariadb uses it) then raced libcrypto's teardown in
    // exit(): a crash after the work was done, about one run in 4,000
    // (docs/reliability.md).
    std::fflush(nullptr);
    std::_Exit(code);
}
