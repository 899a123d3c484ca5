#include "clicontext.h"

#include "core/monthcalendar.h"

#include <QThread>

#include <cstdio>
#include <unistd.h>

CliContext::CliContext(QTextStream &out, QTextStream &err, QTextStream &in)
    : out(out)
    , err(err)
    , in(in)
{
}

int CliContext::fail(const QString &message, int code)
{
    // One error, at most three lines: a server's multi-line text (a stack,
    // a page) stays in the details, never on the terminal.
    QStringList lines;
    for (const QString &line : message.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    if (lines.size() > MaxErrorLines) {
        lines = lines.mid(0, MaxErrorLines);
        lines.last() += QStringLiteral(" …");
    }
    out.flush();
    err << "usagectl: " << lines.join(QLatin1Char('\n')) << '\n';
    err.flush();
    return code;
}

int CliContext::fail(const BackendError &error, int code)
{
    QString message = error.message();
    const QString details = error.details().trimmed();
    if (!details.isEmpty())
        message +=
            QStringLiteral(" (") + details.section(QLatin1Char('\n'), 0, 0) + QLatin1Char(')');
    return fail(message, code);
}

QString CliContext::instant(const QString &option, bool endOfDay, QDateTime *result) const
{
    *result = QDateTime();
    if (!args.isSet(option))
        return {};
    const QString text = args.value(option).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        *result = MonthCalendar::startOfDayUtc(endOfDay ? date.addDays(1) : date, zone);
        return {};
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() != Qt::LocalTime) {
        *result = t.toUTC();
        return {};
    }
    return QStringLiteral("--%1 must be a date (YYYY-MM-DD) or an instant with an offset "
                          "(2026-03-05T08:00:00Z), not \"%2\"")
        .arg(option, text);
}

QString CliContext::usageFilter(UsageFilter *filter) const
{
    filter->region = args.value(QStringLiteral("region"));
    filter->namespaces = args.list(QStringLiteral("namespace"));
    filter->orderId = args.value(QStringLiteral("order"));
    QString error = instant(QStringLiteral("from"), false, &filter->from);
    if (error.isEmpty())
        error = instant(QStringLiteral("to"), true, &filter->to);
    if (error.isEmpty() && filter->from.isValid() && filter->to.isValid() &&
        filter->to <= filter->from)
        error = QStringLiteral("--to is before --from");
    return error;
}

QString CliContext::orderFilter(OrderFilter *filter) const
{
    filter->region = args.value(QStringLiteral("region"));
    filter->namespaces = args.list(QStringLiteral("namespace"));
    filter->resourceName = args.value(QStringLiteral("resource-name"));
    const auto status = statusFilterFromString(args.value(QStringLiteral("status")));
    if (!status)
        return QStringLiteral("--status must be pending, consuming, ended or renewfailed");
    filter->status = *status;
    if (args.isSet(QStringLiteral("type"))) {
        filter->type = planTypeFromString(args.value(QStringLiteral("type")));
        if (filter->type == PlanType::Unknown)
            return QStringLiteral("--type must be resources, volume or bsi");
    }
    return {};
}

void CliContext::showProgress(QFuture<void> future)
{
    if (!isatty(fileno(stderr)))
        return; // scripts read stderr for messages only
    int shown = -1;
    while (!future.isFinished()) {
        QThread::msleep(150);
        const int maximum = future.progressMaximum() - future.progressMinimum();
        if (maximum <= 0)
            continue;
        const int percent =
            int(100LL * (future.progressValue() - future.progressMinimum()) / maximum);
        if (percent != shown) {
            shown = percent;
            std::fprintf(stderr, "\rusagectl: working... %d%%", percent);
            std::fflush(stderr);
        }
    }
    if (shown >= 0) {
        std::fprintf(stderr, "\r\033[K"); // the line goes away again
        std::fflush(stderr);
    }
}
