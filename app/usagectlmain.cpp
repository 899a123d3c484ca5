#include "usagectlmain.h"

#include "outputfailure.h"
#include "profiles/profilestore.h"
#include "usagectl.h"

#include <QCoreApplication>
#include <QTextStream>

int UsagectlMain::run(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setApplicationName(QStringLiteral("usagectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UC_VERSION));
    QCoreApplication::setOrganizationName(ProfileStore::organizationName());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    UsageCtl ctl(out, err, in);
    // run() drops the backend before it returns, and every backend joins its
    // worker threads when it goes: no thread is left to race exit().
    return OutputFailure::finish(out, ctl.run(QCoreApplication::arguments().mid(1)));
}
