#include "outputfailure.h"

#include <QFileDevice>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <unistd.h>

namespace {

// The read end of the pipe (or socket) on standard output was closed.
bool readerGone()
{
    pollfd p{STDOUT_FILENO, 0, 0};
    return poll(&p, 1, 0) == 1 && (p.revents & POLLERR) != 0;
}

[[noreturn]] void end(const QString &reason)
{
    if (readerGone()) {
        std::signal(SIGPIPE, SIG_DFL);
        std::raise(SIGPIPE);
    }
    std::fprintf(stderr, "usagectl: cannot write the output (%s)\n", qPrintable(reason));
    std::fflush(stderr);
    _exit(1);
}

QString reasonOf(const QTextStream &out, int error)
{
    if (const auto *file = qobject_cast<const QFileDevice *>(out.device());
        file && file->error() != QFileDevice::NoError)
        return file->errorString();
    return QString::fromLocal8Bit(std::strerror(error ? error : EIO));
}

} // namespace

void OutputFailure::endIfFailed(QTextStream &out)
{
    if (out.status() == QTextStream::WriteFailed)
        end(reasonOf(out, errno));
}

int OutputFailure::finish(QTextStream &out, int code)
{
    out.flush();
    endIfFailed(out);
    // What stdio still holds goes now, where a failure can be told.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int error = errno;
        if (readerGone())
            end({});
        std::fprintf(stderr, "usagectl: cannot write the output (%s)\n", std::strerror(error));
        return code == 0 ? 1 : code;
    }
    return code;
}
