#include "spendcommand.h"

#include "clicontext.h"
#include "monthcalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QStringBuilder>

namespace {

int printTable(CliContext &ctx, const QList<SpendCell> &cells, const QList<MonthSpan> &months)
{
    // Rows are months, columns namespaces, with row and column totals.
    QStringList namespaces;
    QSet<QString> seen;
    QMap<std::pair<QDate, QString>, Money> amounts;
    for (const SpendCell &c : cells) {
        if (!seen.contains(c.ns)) {
            seen.insert(c.ns);
            namespaces.append(c.ns);
        }
        amounts[{c.month, c.ns}] += c.amount;
    }
    namespaces.sort();
    QStringList headers{QStringLiteral("MONTH")};
    headers.append(namespaces);
    headers.append(QStringLiteral("TOTAL"));
    OutputWriter writer(ctx.out, ctx.format, headers);
    QMap<QString, Money> columnTotals;
    Money grand;
    for (const MonthSpan &m : months) {
        QStringList row{m.key()};
        Money rowTotal;
        for (const QString &ns : std::as_const(namespaces)) {
            const auto it = amounts.constFind({m.month, ns});
            if (it == amounts.cend()) {
                row.append(QString());
                continue;
            }
            row.append(it->toString2());
            rowTotal += *it;
            columnTotals[ns] += *it;
        }
        row.append(rowTotal.toString2());
        grand += rowTotal;
        writer.addRow(row, {});
    }
    QStringList totals{QStringLiteral("TOTAL")};
    for (const QString &ns : std::as_const(namespaces))
        totals.append(columnTotals.value(ns).toString2());
    totals.append(grand.toString2());
    writer.addRow(totals, {});
    return CliContext::Ok;
}

bool plainJsonText(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

// What QJsonDocument::toJson(Compact) writes for the cell (keys sorted),
// written directly: a region's table has ~250,000 cells.
QString jsonCell(const SpendCell &c, const QString &month)
{
    QString ns = c.ns;
    if (!plainJsonText(ns)) {
        ns = QString::fromUtf8(QJsonDocument(QJsonArray{c.ns}).toJson(QJsonDocument::Compact));
        ns = ns.mid(2, ns.size() - 4); // [" and "]
    }
    return QLatin1String("{\"amount\":\"") % c.amount.toString4() %
           QLatin1String("\",\"charges\":") % QString::number(c.charges) %
           QLatin1String(",\"month\":\"") % month % QLatin1String("\",\"namespace\":\"") % ns %
           QLatin1String("\"}");
}

} // namespace

int SpendCommand::run(CliContext &ctx)
{
    UsageFilter filter;
    const QString error = ctx.usageFilter(&filter);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);

    // Without --from/--to the table covers every month that has charges.
    QDateTime first = filter.from;
    QDateTime last = filter.to.isValid() ? filter.to.addSecs(-1) : QDateTime();
    if (!first.isValid() || !last.isValid()) {
        auto range = CliContext::wait(ctx.backend->usageTimeRange(filter));
        if (!range)
            return ctx.fail(range.error());
        if (!first.isValid())
            first = range.value().first;
        if (!last.isValid())
            last = range.value().second;
    }
    const QList<MonthSpan> months = MonthCalendar::monthsCovering(first, last, ctx.zone);
    QList<SpendCell> cells;
    if (!months.isEmpty()) {
        auto spend = CliContext::wait(ctx.backend->spendByNamespaceAndMonth(filter, months));
        if (!spend)
            return ctx.fail(spend.error());
        cells = spend.value();
    }
    if (ctx.format != OutputWriter::Format::Json)
        return printTable(ctx, cells, months);
    OutputWriter writer(ctx.out, ctx.format, {});
    QDate month;
    QString monthText;
    for (const SpendCell &c : std::as_const(cells)) {
        if (c.month != month) {
            month = c.month;
            monthText = month.toString(QStringLiteral("yyyy-MM"));
        }
        writer.addJsonRow(jsonCell(c, monthText));
    }
    return CliContext::Ok;
}
