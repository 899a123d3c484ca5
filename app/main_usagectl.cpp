#include "usagectl.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usagectl"));
    QCoreApplication::setOrganizationName(QStringLiteral("UsageConsole"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    UsageCtl ctl(out, err, in);
    return ctl.run(app.arguments().mid(1));
}
