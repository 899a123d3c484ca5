#include "clicontext.h"

#include "core/filterprobe.h"
#include "core/monthcalendar.h"

#include <QThread>

#include <algorithm>

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

namespace {

// --sort, checked against the sorts the backend can page by.
QString sortOption(const CliArguments &args, const Backend *backend,
                   const QList<ListSort> &supported, ListSort *sort)
{
    if (!args.isSet(QStringLiteral("sort")))
        return {};
    const QString text = args.value(QStringLiteral("sort"));
    const auto parsed = ListSort::fromString(text);
    if (!parsed)
        return QStringLiteral("--sort must be time, amount, namespace or region, optionally "
                              "followed by :asc or :desc (not \"%1\")")
            .arg(text);
    if (backend && !supported.contains(*parsed)) {
        QStringList names;
        for (const ListSort &s : supported)
            names.append(s.toString());
        return QStringLiteral("this connection cannot sort by %1; it sorts by %2")
            .arg(parsed->toString(), names.join(QStringLiteral(", ")));
    }
    *sort = *parsed;
    return {};
}

void printWarnings(QTextStream &out, QTextStream &err, const QList<FilterProbe::Miss> &misses)
{
    out.flush(); // the (empty) answer first, then why it is empty
    for (const FilterProbe::Miss &miss : misses) {
        err << "usagectl: warning: ";
        if (miss.kind != FilterProbe::Miss::Kind::Namespace)
            err << "--order takes the order id. ";
        err << FilterProbe::sentence(miss) << '\n';
    }
    err.flush();
}

} // namespace

int CliContext::checkRegion(int troubleExit)
{
    const QString region = args.value(QStringLiteral("region"));
    if (region.isEmpty())
        return Ok;
    auto regions = wait(backend->listRegions());
    if (!regions) {
        // The command would ask the same server again: one deadline, one
        // message (a stalled or unreachable server ends the command here).
        const BackendError::Category c = regions.error().category();
        if (c == BackendError::Category::Timeout || c == BackendError::Category::Connection)
            return fail(regions.error(), troubleExit);
        return Ok; // no plan tables, say: the query itself will tell
    }
    if (regions.value().isEmpty())
        return Ok;
    QStringList known;
    for (const Region &r : std::as_const(regions.value())) {
        if (r.identification == region)
            return Ok;
        known.append(r.identification);
    }
    return fail(QStringLiteral("unknown region \"%1\"; the regions are: %2")
                    .arg(region, known.join(QStringLiteral(", "))),
                Usage);
}

void CliContext::noteOneNamespace(const QStringList &namespaces)
{
    if (!namespaces.isEmpty() || backend->readsEveryNamespace())
        return;
    // Else a total of 0.00 reads as the region's. (Naming the user would
    // cost the service more requests after the answer.)
    out.flush();
    err << "usagectl: note: the service's API reads one namespace, the token's user's; "
           "name others with --namespace.\n";
    err.flush();
}

void CliContext::warnUnmatched(const UsageFilter &filter, bool empty)
{
    noteOneNamespace(filter.namespaces);
    if (!empty && filter.namespaces.size() < 2)
        return;
    // Over the API without --namespace only the token's user was read: an
    // order id of another namespace is not a typo.
    if (filter.namespaces.isEmpty() && !backend->readsEveryNamespace()) {
        if (!filter.orderId.isEmpty())
            err << "usagectl: warning: the token's user has no charge with the order id \""
                << filter.orderId << "\"; for another namespace's order, add --namespace.\n";
        err.flush();
        return;
    }
    auto probe = FilterProbe::unmatched(backend.get(), filter);
    probe.waitForFinished();
    if (probe.resultCount() > 0)
        printWarnings(out, err, probe.result());
}

void CliContext::warnUnmatched(const OrderFilter &filter, bool empty)
{
    noteOneNamespace(filter.namespaces);
    if (!empty && filter.namespaces.size() < 2)
        return;
    auto probe = FilterProbe::unmatched(backend.get(), filter);
    probe.waitForFinished();
    if (probe.resultCount() > 0)
        printWarnings(out, err, probe.result());
}

QString CliContext::usageFilter(UsageFilter *filter) const
{
    filter->region = args.value(QStringLiteral("region"));
    filter->namespaces = args.list(QStringLiteral("namespace"));
    filter->orderId = args.value(QStringLiteral("order"));
    QString error = sortOption(args, backend.get(),
                               backend ? backend->usageSorts() : QList<ListSort>(), &filter->sort);
    if (error.isEmpty())
        error = instant(QStringLiteral("from"), false, &filter->from);
    if (error.isEmpty())
        error = instant(QStringLiteral("to"), true, &filter->to);
    if (error.isEmpty() && filter->from.isValid() && filter->to.isValid() &&
        filter->to <= filter->from)
        error = filter->to < filter->from ? QStringLiteral("--to is before --from")
                                          : QStringLiteral("--to is --from: the range is empty");
    return error;
}

QString CliContext::orderFilter(OrderFilter *filter) const
{
    filter->region = args.value(QStringLiteral("region"));
    filter->namespaces = args.list(QStringLiteral("namespace"));
    filter->resourceName = args.value(QStringLiteral("resource-name"));
    if (const QString error =
            sortOption(args, backend.get(), backend ? backend->orderSorts() : QList<ListSort>(),
                       &filter->sort);
        !error.isEmpty())
        return error;
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

QString CliContext::oneNamespace(const QString &command, QString *out) const
{
    const QStringList namespaces = args.list(QStringLiteral("namespace"));
    if (namespaces.size() > 1)
        return QStringLiteral("%1 takes one --namespace, not %2")
            .arg(command, namespaces.join(QLatin1Char(',')));
    *out = namespaces.value(0);
    return {};
}

QString CliContext::months(QList<QDate> *out) const
{
    out->clear();
    for (const QString &text : args.list(QStringLiteral("month"))) {
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
        if (text.size() != 7 || !month.isValid())
            return QStringLiteral("--month must be a month as YYYY-MM, not \"%1\"").arg(text);
        if (!out->contains(month))
            out->append(month);
    }
    std::sort(out->begin(), out->end());
    return {};
}
