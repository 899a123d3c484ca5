#include "climessagehandler.h"

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace CliMessageHandler {

namespace {

std::atomic<bool> s_verbose{false};
QtMessageHandler s_previous = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg) {
        if (s_previous)
            s_previous(type, context, message);
        return;
    }
    if (!s_verbose.load(std::memory_order_relaxed))
        return;
    // One line per message, whatever thread logs it (fprintf locks stderr).
    const QByteArray line = message.simplified().toLocal8Bit();
    const char *category = context.category ? context.category : "default";
    std::fprintf(stderr, "usagectl: log: [%s] %s\n", category, line.constData());
}

} // namespace

void install()
{
    s_previous = qInstallMessageHandler(&handle);
}

void setVerbose(bool verbose)
{
    s_verbose.store(verbose, std::memory_order_relaxed);
}

} // namespace CliMessageHandler
