#include "climessagehandler.h"
#include "profiles/profilestore.h"
#include "usagectl.h"

#include <QCoreApplication>

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
    // run() drops the backend before it returns, and every backend joins its
    // worker threads when it goes: no thread is left to race exit().
    return ctl.run(app.arguments().mid(1));
}
