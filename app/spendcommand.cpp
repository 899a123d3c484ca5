#include "spendcommand.h"

#include "clicontext.h"
#include "core/monthcalendar.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <charconv>

namespace {

void printTable(CliContext &ctx, const QList<SpendCell> &cells, const QList<MonthSpan> &months)
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
    writer.finish();
}

bool plainJsonText(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    }
    return true;
}

// A namespace as JSON string content, in UTF-8, made once per namespace.
class JsonNames
{
public:
    const QByteArray &operator[](const QString &ns)
    {
        auto it = m_utf8.constFind(ns);
        if (it != m_utf8.cend())
            return *it;
        QByteArray text = ns.toUtf8();
        if (!plainJsonText(ns)) {
            text = QJsonDocument(QJsonArray{ns}).toJson(QJsonDocument::Compact);
            text = text.mid(2, text.size() - 4); // [" and "]
        }
        return *m_utf8.insert(ns, text);
    }

private:
    QHash<QString, QByteArray> m_utf8;
};

// What QJsonDocument::toJson(Compact) writes for the cell (keys sorted),
// written directly into `row`: a region's table has ~250,000 cells, and a
// QJsonObject or a new string per cell costs more than the query.
void writeJsonCell(QByteArray &row, const SpendCell &c, const QByteArray &month, JsonNames &names)
{
    char number[32];
    row.resize(0); // keeps its capacity
    row.append("{\"amount\":\"");
    row.append(number, c.amount.toChars4(number));
    row.append("\",\"charges\":");
    row.append(number, std::to_chars(number, number + sizeof number, c.charges).ptr - number);
    row.append(",\"month\":\"");
    row.append(month);
    row.append("\",\"namespace\":\"");
    row.append(names[c.ns]);
    row.append("\"}");
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
    if (ctx.format != OutputWriter::Format::Json) {
        printTable(ctx, cells, months);
        ctx.warnUnmatched(filter, cells.isEmpty());
        return CliContext::Ok;
    }
    OutputWriter writer(ctx.out, ctx.format, {});
    QDate month;
    QByteArray monthText;
    QByteArray row;
    JsonNames names;
    for (const SpendCell &c : std::as_const(cells)) {
        if (c.month != month) {
            month = c.month;
            monthText = month.toString(QStringLiteral("yyyy-MM")).toUtf8();
        }
        writeJsonCell(row, c, monthText, names);
        writer.addJsonRow(row);
    }
    writer.finish();
    ctx.warnUnmatched(filter, cells.isEmpty());
    return CliContext::Ok;
}
