// usagectl's commands that reach a server over HTTP or TLS, or read the
// keychain, started by usagectl (main_usagectl.cpp says which): this one
// links Qt Network and QtKeychain, usagectl does not.

#include "climessagehandler.h"
#include "usagectlmain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    CliMessageHandler::install();
    QCoreApplication app(argc, argv);
    return UsagectlMain::run(app);
}
