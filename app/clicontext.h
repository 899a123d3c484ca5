#pragma once

#include "cliarguments.h"
#include "core/awaitresult.h"
#include "core/backend.h"
#include "outputwriter.h"
#include "sql/connectionspec.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QTextStream>
#include <QTimeZone>

#include <memory>

// What every usagectl command works with: the parsed arguments, the output
// streams and format, the display zone and (once opened) the backend.
class CliContext
{
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2, Refused = 3 };

    CliContext(QTextStream &out, QTextStream &err, QTextStream &in);

    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    CliArguments args;
    OutputWriter::Format format = OutputWriter::Format::Table;
    QTimeZone zone;
    QTimeZone serviceZone;
    ConnectionSpec spec;
    bool hasDatabase = false;
    std::shared_ptr<Backend> backend;

    static constexpr int MaxErrorLines = 3;

    // Prints "usagectl: MESSAGE" on stderr (at most MaxErrorLines lines)
    // and returns `code`.
    int fail(const QString &message, int code = Failed);
    int fail(const BackendError &error, int code = Failed);

    // Blocks this (non-GUI) thread until the backend answers; on a terminal
    // the progress a long request reports (pages of charges read, months of
    // the cache filled) is shown on stderr meanwhile.
    template<typename T>
    static Result<T> wait(QFuture<Result<T>> future)
    {
        showProgress(QFuture<void>(future));
        return awaitResult(std::move(future));
    }
    static void showProgress(QFuture<void> future);
    // Waits for a future whose work goes on on this thread (a report loader
    // continues each of its steps here): runs the event loop meanwhile.
    template<typename T>
    static Result<T> waitRunning(QFuture<Result<T>> future)
    {
        if (!future.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<Result<T>> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return awaitResult(std::move(future));
    }

    // Months of --month (YYYY-MM, repeatable, comma-separated), in order
    // and without repeats; "" or an error.
    QString months(QList<QDate> *out) const;

    // The one namespace of --namespace ("" when not given), or an error:
    // quote, orders show and orders cancel act for a single namespace.
    QString oneNamespace(const QString &command, QString *out) const;

    // The filters shared by usages list/total and spend; "" or an error.
    QString usageFilter(UsageFilter *filter) const;
    QString orderFilter(OrderFilter *filter) const;

    // A --region the backend does not list is a typo: an error naming the
    // regions it has (exit 2). Ok when it is known, or the backend cannot
    // list its regions.
    int checkRegion(int troubleExit);
    // After an answer: a warning on stderr for each namespace or order id
    // of the filter that matches no order and no charge at all. Asked when
    // the answer was `empty`, or when one of several namespaces could have
    // dropped out of it unseen. Over the service's API without namespaces,
    // first a note that one namespace was read (noteOneNamespace).
    void warnUnmatched(const UsageFilter &filter, bool empty);
    void warnUnmatched(const OrderFilter &filter, bool empty);
    void noteOneNamespace(const QStringList &namespaces);
    // A date (YYYY-MM-DD, in the display zone) or an RFC 3339 instant.
    // `endOfDay` turns a date into the start of the following day.
    QString instant(const QString &option, bool endOfDay, QDateTime *out) const;
};
