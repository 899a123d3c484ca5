#include "spendcommand.h"

#include "clicontext.h"
#include "core/monthcalendar.h"
#include "core/percentshares.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <numeric>
#include <optional>

namespace {

constexpr qint64 NoShare = std::numeric_limits<qint64>::min(); // the month adds up to zero

// Each cell's share of its month (over the namespaces selected), in basis
// points, in the order of `cells`.
QList<qint64> monthShares(const QList<SpendCell> &cells)
{
    QHash<QDate, QList<int>> byMonth;
    for (int i = 0; i < cells.size(); ++i)
        byMonth[cells.at(i).month].append(i);
    QList<qint64> shares(cells.size(), NoShare);
    for (QList<int> &indexes : byMonth) {
        // By namespace: the tie-break must not depend on the backend's order.
        std::sort(indexes.begin(), indexes.end(),
                  [&](int a, int b) { return cells.at(a).ns < cells.at(b).ns; });
        QList<Money> amounts;
        for (int i : std::as_const(indexes))
            amounts.append(cells.at(i).amount);
        const auto bp = PercentShares::basisPoints(amounts);
        for (int k = 0; bp && k < indexes.size(); ++k)
            shares[indexes.at(k)] = bp->at(k);
    }
    return shares;
}

// Numbers the namespaces of a table's cells 0, 1, 2... in the order first
// seen. The roll-up cache hands out one shared string per namespace: found
// by its address first, as Qt 6.4 hashes text with SipHash (slow beside the
// rest of a row). The entry keeps the string, so the address cannot be
// reused for another name meanwhile; the size tells apart raw strings over
// one buffer.
class NamespaceIndex
{
public:
    int operator()(const QString &ns)
    {
        const auto shared = m_byAddress.constFind(ns.constData());
        if (shared != m_byAddress.cend() && shared->first.size() == ns.size())
            return shared->second;
        auto it = m_byName.constFind(ns);
        if (it == m_byName.cend()) {
            it = m_byName.insert(ns, int(m_names.size()));
            m_names.append(ns);
        }
        if (m_byAddress.size() < MaxAddresses)
            m_byAddress.insert(ns.constData(), {ns, *it});
        return *it;
    }
    const QStringList &names() const { return m_names; }

private:
    // Strings not shared (read row by row) each have their own address.
    static constexpr qsizetype MaxAddresses = 20000;
    QHash<QString, int> m_byName;
    QHash<const QChar *, std::pair<QString, int>> m_byAddress;
    QStringList m_names;
};

void printTable(CliContext &ctx, const QList<SpendCell> &cells, const QList<MonthSpan> &months,
                bool share)
{
    // Rows are months, columns namespaces (sorted), with row and column
    // totals. Each cell is given its column and its row once: a region's
    // table has ~250,000 cells, and a map keyed by month and name cost
    // more than the query.
    NamespaceIndex index;
    QList<int> columnOf(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        columnOf[i] = index(cells.at(i).ns);
    const QStringList &names = index.names();
    QList<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&names](int a, int b) { return names[a] < names[b]; });
    QHash<QDate, int> rowOf;
    for (int r = 0; r < months.size(); ++r)
        rowOf.insert(months[r].month, r);
    QList<QList<qsizetype>> cellsOfRow(months.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const auto row = rowOf.constFind(cells.at(i).month);
        if (row != rowOf.cend())
            cellsOfRow[*row].append(i);
    }

    QStringList headers{QStringLiteral("MONTH")};
    for (int column : std::as_const(order)) {
        headers.append(names[column]);
        if (share)
            headers.append(names[column] + QStringLiteral(" %"));
    }
    headers.append(QStringLiteral("TOTAL"));
    // A namespace's share of its month (of the whole period on the TOTAL row).
    const auto shares = [](const QList<Money> &amounts, QStringList *row) {
        const auto bp = PercentShares::basisPoints(amounts);
        for (int i = 0; i < amounts.size(); ++i)
            row->insert(2 + 2 * i, bp ? PercentShares::text(bp->at(i)) : QString());
    };
    OutputWriter writer(ctx.out, ctx.format, headers);
    QList<Money> columnTotals(names.size());
    QList<Money> amounts(names.size());
    QList<bool> present(names.size());
    Money grand;
    for (int r = 0; r < months.size(); ++r) {
        std::fill(amounts.begin(), amounts.end(), Money());
        std::fill(present.begin(), present.end(), false);
        for (qsizetype i : std::as_const(cellsOfRow[r])) {
            amounts[columnOf[i]] += cells.at(i).amount;
            present[columnOf[i]] = true;
        }
        QStringList row{months[r].key()};
        Money rowTotal;
        QList<Money> rowAmounts;
        for (int column : std::as_const(order)) {
            rowAmounts.append(amounts[column]);
            if (!present[column]) {
                row.append(QString());
                continue;
            }
            row.append(amounts[column].toString2());
            rowTotal += amounts[column];
            columnTotals[column] += amounts[column];
        }
        if (share)
            shares(rowAmounts, &row);
        row.append(rowTotal.toString2());
        grand += rowTotal;
        writer.addRow(row, {});
    }
    QStringList totals{QStringLiteral("TOTAL")};
    QList<Money> totalAmounts;
    for (int column : std::as_const(order)) {
        totals.append(columnTotals[column].toString2());
        totalAmounts.append(columnTotals[column]);
    }
    if (share)
        shares(totalAmounts, &totals);
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
    // Valid until the next call.
    const QByteArray &operator[](const QString &ns)
    {
        const int i = m_index(ns);
        if (i == m_utf8.size()) {
            QByteArray text = ns.toUtf8();
            if (!plainJsonText(ns)) {
                text = QJsonDocument(QJsonArray{ns}).toJson(QJsonDocument::Compact);
                text = text.mid(2, text.size() - 4); // [" and "]
            }
            m_utf8.append(text);
        }
        return m_utf8.at(i);
    }

private:
    NamespaceIndex m_index;
    QList<QByteArray> m_utf8;
};

template<size_t N>
char *put(char *p, const char (&text)[N])
{
    std::memcpy(p, text, N - 1);
    return p + N - 1;
}

char *put(char *p, const QByteArray &text)
{
    std::memcpy(p, text.constData(), size_t(text.size()));
    return p + text.size();
}

// What QJsonDocument::toJson(Compact) writes for the cell (keys sorted),
// written in place into the output: a region's table has ~250,000 cells,
// and a QJsonObject or a string per cell costs more than the query.
// `share`: none without --share; NoShare is written as null (the month adds
// up to zero, so no cell has a share of it).
void writeJsonCell(OutputWriter &writer, const SpendCell &c, const QByteArray &month,
                   JsonNames &names, std::optional<qint64> share)
{
    const QByteArray &name = names[c.ns];
    const QByteArray shareText = !share ? QByteArray()
                                 : *share == NoShare
                                     ? QByteArray("null")
                                     : '"' + PercentShares::text(*share).toLatin1() + '"';
    // The literals (59 bytes), an amount (toChars4 wants room for 32) and a
    // count (20 at most): 128 is room enough.
    char *p = writer.beginJsonRow(128 + month.size() + name.size() + shareText.size());
    p = put(p, "{\"amount\":\"");
    p += c.amount.toChars4(p);
    p = put(p, "\",\"charges\":");
    p = std::to_chars(p, p + 21, c.charges).ptr;
    p = put(p, ",\"month\":\"");
    p = put(p, month);
    p = put(p, "\",\"namespace\":\"");
    p = put(p, name);
    *p++ = '"';
    if (share) {
        p = put(p, ",\"share\":");
        p = put(p, shareText);
    }
    *p++ = '}';
    writer.endJsonRow(p);
}

} // namespace

int SpendCommand::run(CliContext &ctx)
{
    UsageFilter filter;
    const QString error = ctx.usageFilter(&filter);
    if (!error.isEmpty())
        return ctx.fail(error, CliContext::Usage);

    // Without --from/--to the table covers every month that has charges.
    QList<MonthSpan> months;
    QList<SpendCell> cells;
    if (!filter.from.isValid() && !filter.to.isValid() && ctx.backend->spendsEveryMonthAtOnce()) {
        auto spend = CliContext::wait(ctx.backend->spendOfEveryMonth(filter, ctx.zone));
        if (!spend)
            return ctx.fail(spend.error());
        months = spend.value().months;
        cells = spend.value().cells;
    } else {
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
        months = MonthCalendar::monthsCovering(first, last, ctx.zone);
        if (!months.isEmpty()) {
            auto spend = CliContext::wait(ctx.backend->spendByNamespaceAndMonth(filter, months));
            if (!spend)
                return ctx.fail(spend.error());
            cells = spend.value();
        }
    }
    const bool share = ctx.args.isSet(QStringLiteral("share"));
    if (ctx.format != OutputWriter::Format::Json) {
        printTable(ctx, cells, months, share);
        ctx.warnUnmatched(filter, cells.isEmpty());
        return CliContext::Ok;
    }
    OutputWriter writer(ctx.out, ctx.format, {});
    QDate month;
    QByteArray monthText;
    JsonNames names;
    const QList<qint64> shares = share ? monthShares(cells) : QList<qint64>();
    for (int i = 0; i < cells.size(); ++i) {
        const SpendCell &c = cells.at(i);
        if (c.month != month) {
            month = c.month;
            monthText = month.toString(QStringLiteral("yyyy-MM")).toUtf8();
        }
        writeJsonCell(writer, c, monthText, names,
                      share ? std::optional<qint64>(shares.at(i)) : std::nullopt);
    }
    writer.finish();
    ctx.warnUnmatched(filter, cells.isEmpty());
    return CliContext::Ok;
}
