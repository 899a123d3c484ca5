#include "sql/sqlusagequeries.h"

#include "sql/sqlconnection.h"
#include "sql/sqlledgerqueries.h"
#include "sql/sqlpaging.h"
#include "sql/sqlrowreader.h"
#include "sql/sqlwhere.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace {

const QString &historyTable = SqlUsageQueries::historyTable;

SqlPaging::SortKey usageSort(const ListSort &sort)
{
    SqlPaging::SortKey key{QStringLiteral("CONSUME_TIME"), QStringLiteral("ID"),
                           QStringLiteral("CONSUME_ID"), true, sort.ascending};
    switch (sort.field) {
    case ListSort::Field::Time:
        break;
    case ListSort::Field::Amount:
        key.column = QStringLiteral("CONSUMING");
        key.isTime = false;
        break;
    case ListSort::Field::Namespace:
        key.column = QStringLiteral("ACCOUNT_ID");
        key.isTime = false;
        break;
    case ListSort::Field::Region:
        key.column = QStringLiteral("REGION");
        key.isTime = false;
        break;
    }
    return key;
}

QVariant sortValue(const Usage &u, ListSort::Field field)
{
    switch (field) {
    case ListSort::Field::Time:
        return u.time;
    case ListSort::Field::Amount:
        return u.amount.units();
    case ListSort::Field::Namespace:
        return u.ns;
    case ListSort::Field::Region:
        return u.region;
    }
    return {};
}

// The advised index that serves a page of this filter in this order when
// its leading columns are fixed by the filter; "" when none does.
QString servingIndex(const UsageFilter &filter)
{
    if (filter.region.isEmpty())
        return {};
    const bool byNamespace = !filter.namespaces.isEmpty();
    switch (filter.sort.field) {
    case ListSort::Field::Time:
        return byNamespace ? QStringLiteral("UC_HISTORY_NS_TIME")
                           : QStringLiteral("UC_HISTORY_REGION_TIME");
    case ListSort::Field::Amount:
        return byNamespace ? QStringLiteral("UC_HISTORY_NS_AMOUNT")
                           : QStringLiteral("UC_HISTORY_REGION_AMOUNT");
    case ListSort::Field::Namespace:
    case ListSort::Field::Region:
        break;
    }
    return {};
}

QString usageColumns()
{
    return QStringLiteral("ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, "
                          "ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO");
}

// One charge, its money, keys and times type-checked; the first damaged
// value goes to `damaged` (the row is then not used).
Usage readUsage(const QSqlQuery &q, std::optional<BackendError> *damaged)
{
    static const SqlRowReader::RowKey key{
        {QStringLiteral("ID"), QStringLiteral("ORDER_ID"), QStringLiteral("CONSUME_ID")},
        {0, 1, 2}};
    SqlRowReader r(q, historyTable, key);
    Usage u;
    u.orderKey = r.integer(0, "ID");
    u.orderId = q.value(1).toString();
    if (const auto id = r.optionalInteger(2, "CONSUME_ID"))
        u.consumeId = int(*id);
    u.amount = r.money(3, "CONSUMING");
    u.time = r.time(4, "CONSUME_TIME");
    u.deadline = r.time(5, "DEADLINE_TIME");
    u.ns = q.value(6).toString();
    u.region = q.value(7).toString();
    u.planId = q.value(8).toString();
    u.planHistoryId = r.integer(9, "PLAN_HISTORY_ID");
    const auto extra = r.optionalInteger(10, "EXTRA_INFO");
    u.kind = chargeKindFromInt(extra ? std::optional<int>(int(*extra)) : std::nullopt);
    if (r.error && !*damaged)
        *damaged = r.error;
    return u;
}

} // namespace

SqlUsageQueries::SqlUsageQueries(SqlConnection &connection)
    : m_c(connection)
    , m_money(connection)
{
}

Result<Page<Usage>> SqlUsageQueries::list(const UsageFilter &filter, const PageRequest &page)
{
    // MariaDB walks a keyset page by the REGION prefix alone unless told
    // which index serves the order (PERF.md).
    QString table = historyTable;
    if (const QString index = servingIndex(filter); !index.isEmpty())
        table += m_c.indexHint(index);
    const SqlPaging::SortKey key = usageSort(filter.sort);
    const ListSort::Field field = filter.sort.field;
    std::optional<BackendError> damaged;
    auto result = SqlPaging::fetch<Usage>(
        m_c, table, usageColumns(), whereFor(filter), key, page,
        [&damaged](const QSqlQuery &q) { return readUsage(q, &damaged); },
        [key, field](const Usage &u) {
            return SqlPaging::cursorAt(key, sortValue(u, field), u.orderKey,
                                       u.consumeId.value_or(0));
        },
        QCoreApplication::translate("SqlConnection", "list charges"));
    if (damaged)
        return *damaged;
    if (result)
        fillPlanNames(result.value().items);
    return result;
}

void SqlUsageQueries::fillPlanNames(QList<Usage> &usages)
{
    QSet<qint64> missing;
    for (const Usage &u : std::as_const(usages)) {
        if (!m_planNames.contains(u.planHistoryId))
            missing.insert(u.planHistoryId);
    }
    if (!missing.isEmpty()) {
        SqlWhere w;
        QStringList ids;
        for (qint64 id : std::as_const(missing))
            ids.append(QString::number(id));
        w.addIn(QStringLiteral("ID"), ids);
        // The plan tables may be missing from a usage-only database: then
        // the names stay unknown and the list still works.
        auto q =
            m_c.exec(QStringLiteral("SELECT ID, PLAN_NAME FROM %1%2")
                         .arg(m_c.planTable(QStringLiteral("DF_PLAN")), w.sql()),
                     w.values(), QCoreApplication::translate("SqlConnection", "read plan names"));
        if (q) {
            while (q.value().next())
                m_planNames.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
        }
        for (qint64 id : std::as_const(missing))
            m_planNames.insert(id, m_planNames.value(id));
    }
    for (Usage &u : usages)
        u.planName = m_planNames.value(u.planHistoryId);
}

Result<qint64> SqlUsageQueries::tableSize()
{
    // InnoDB's estimate of the rows; SQLite's largest rowid, read from the
    // end of the table's b-tree (an error: no rowid, no size).
    auto q = m_c.isMysql()
                 ? m_c.exec(QStringLiteral("SELECT TABLE_ROWS FROM information_schema.TABLES WHERE "
                                           "TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"),
                            {historyTable},
                            QCoreApplication::translate("SqlConnection", "total charges"))
                 : m_c.exec(QStringLiteral("SELECT MAX(rowid) FROM %1").arg(historyTable), {},
                            QCoreApplication::translate("SqlConnection", "total charges"));
    if (!q && m_c.isMysql())
        return q.error();
    if (!q || !q.value().next())
        return qint64(0);
    return q.value().value(0).toLongLong();
}

Result<TotalCut> SqlUsageQueries::totalCut(const UsageFilter &filter)
{
    // Both halves need the money check: read here, once, so that the second
    // connection (which shares it) does not ask too while the first half runs.
    if (const auto bad = m_money.damagedExpression(); !bad)
        return bad.error();
    const bool byTime = !filter.region.isEmpty() && rangeIndexed(filter);
    if (m_c.isMysql() && !byTime) {
        const auto split = SqlLedgerQueries::split(m_c, filter.region);
        if (!split)
            return split.error();
        return split.value().charges >= TotalSplitFrom ? TotalCut{split.value().id, {}}
                                                       : TotalCut{};
    }
    const auto size = tableSize();
    if (!size)
        return size.error();
    if (size.value() < TotalSplitFrom)
        return TotalCut{};
    if (!byTime)
        return TotalCut{size.value() / 2 + 1, {}};
    // Two index probes; halfway in time is about halfway in charges where
    // they come at a steady pace (a region's growth makes the later half
    // the bigger one).
    const auto range = timeRange(filter);
    if (!range)
        return range.error();
    const QDateTime first = range.value().first;
    const QDateTime last = range.value().second;
    if (!first.isValid() || first.secsTo(last) < 2)
        return TotalCut{};
    return TotalCut{0, first.addSecs(first.secsTo(last) / 2)};
}

Result<UsageTotal> SqlUsageQueries::total(const UsageFilter &filter,
                                          const std::optional<TotalHalf> &half)
{
    if (!half)
        return sum(filter, whereFor(filter));
    const QDateTime at = half->cut.at;
    if (!at.isValid()) {
        SqlWhere w = whereFor(filter);
        const QString key = m_c.isMysql() ? QStringLiteral("ID") : QStringLiteral("rowid");
        w.add(key + (half->upper ? QStringLiteral(" >= ?") : QStringLiteral(" < ?")),
              {half->cut.key});
        return sum(filter, w);
    }
    // Each half one range of the time index.
    UsageFilter part = filter;
    if (!half->upper) {
        if (!part.to.isValid() || part.to > at)
            part.to = at;
        return sum(part, whereFor(part));
    }
    if (!part.from.isValid() || part.from < at)
        part.from = at;
    auto timed = sum(part, whereFor(part));
    if (!timed || filter.from.isValid() || filter.to.isValid())
        return timed;
    // A total without a time bound counts the charges without a time too
    // (an OR in the range above would make SQLite gather every row's ID).
    SqlWhere w = whereFor(filter);
    w.add(QStringLiteral("CONSUME_TIME IS NULL"));
    const auto untimed = sum(filter, w);
    if (!untimed)
        return untimed;
    timed.value().amount += untimed.value().amount;
    timed.value().charges += untimed.value().charges;
    return timed;
}

Result<UsageTotal> SqlUsageQueries::sum(const UsageFilter &filter, const SqlWhere &w)
{
    const auto bad = m_money.damagedExpression();
    if (!bad)
        return bad.error();
    // SQLite reads a namespace's index range a fifth faster through a map
    // of the file (docs/performance.md). Only such a range: every page read
    // through the map counts in the process's resident memory until it is
    // unmapped, a few namespaces' share of the index, never a table (an
    // order's charges are read from the table; with many namespaces the
    // planner may scan it).
    const bool mapped = !m_c.isMysql() && !filter.namespaces.isEmpty() &&
                        filter.namespaces.size() <= MappedNamespacesAtMost &&
                        filter.orderId.isEmpty() && rangeIndexed(filter);
    if (mapped)
        m_c.setMappedReads(true);
    auto total = sumOf(filter, w, bad.value());
    if (mapped)
        m_c.setMappedReads(false);
    return total;
}

Result<UsageTotal> SqlUsageQueries::sumOf(const UsageFilter &filter, const SqlWhere &w,
                                          const QString &damaged)
{
    auto q = m_c.exec(QStringLiteral("SELECT SUM(CONSUMING), COUNT(*), %1 FROM %2%3")
                          .arg(damaged, historyFor(m_c, filter), w.sql()),
                      w.values(), QCoreApplication::translate("SqlConnection", "total charges"));
    if (!q)
        return q.error();
    UsageTotal t;
    if (q.value().next()) {
        if (q.value().value(2).toLongLong() != 0) {
            q.value().finish();
            return m_money.firstDamagedRow(w);
        }
        const auto sum = exactInteger(q.value().value(0));
        if (!sum)
            return overflow();
        t.amount = Money::fromUnits(*sum);
        t.charges = q.value().value(1).toLongLong();
    }
    return t;
}

bool SqlUsageQueries::rangeIndexed(const UsageFilter &filter) const
{
    return filter.namespaces.isEmpty()
               ? !filter.region.isEmpty() && m_c.hasIndex(QStringLiteral("UC_HISTORY_REGION_TIME"))
               : m_c.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME"));
}

Result<std::pair<QDateTime, QDateTime>> SqlUsageQueries::timeRange(const UsageFilter &filter)
{
    const SqlWhere w = whereFor(filter);
    // Two subqueries where an index leads with the filter's columns and the
    // time: each reads one end of it (SQLite scans the region for MIN and
    // MAX in one). Without one, MIN and MAX in one: one scan, not two.
    auto q = rangeIndexed(filter)
                 ? m_c.exec(QStringLiteral("SELECT (SELECT MIN(CONSUME_TIME) FROM %1%2), "
                                           "(SELECT MAX(CONSUME_TIME) FROM %1%2)")
                                .arg(historyTable, w.sql()),
                            w.values() + w.values(),
                            QCoreApplication::translate("SqlConnection",
                                                        "find the time range of the charges"))
                 : m_c.exec(QStringLiteral("SELECT MIN(CONSUME_TIME), MAX(CONSUME_TIME) FROM %1%2")
                                .arg(historyTable, w.sql()),
                            w.values(),
                            QCoreApplication::translate("SqlConnection",
                                                        "find the time range of the charges"));
    if (!q)
        return q.error();
    std::pair<QDateTime, QDateTime> range;
    if (q.value().next()) {
        // Text sorts after every time in SQLite: a damaged CONSUME_TIME is
        // the MAX, and read as unknown it would hide. Name its row.
        for (int i = 0; i < 2; ++i) {
            const QVariant v = q.value().value(i);
            if (v.isNull() || SqlConnection::readTime(v).isValid())
                continue;
            SqlWhere bad = w;
            bad.add(QStringLiteral("CONSUME_TIME = ?"), {v});
            auto row = m_c.exec(QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID FROM %1%2 LIMIT 1")
                                    .arg(historyTable, bad.sql()),
                                bad.values(), QStringLiteral("find a damaged charge"));
            const QString key =
                row && row.value().next()
                    ? SqlRowReader::keyOf({QStringLiteral("ID"), QStringLiteral("ORDER_ID"),
                                           QStringLiteral("CONSUME_ID")},
                                          row.value(), {0, 1, 2})
                    : QStringLiteral("?");
            return SqlRowReader::damaged(historyTable, QStringLiteral("CONSUME_TIME"), key,
                                         SqlRowReader::describe(v),
                                         QCoreApplication::translate("SqlRowReader", "a time"));
        }
        range = {SqlConnection::readTime(q.value().value(0)),
                 SqlConnection::readTime(q.value().value(1))};
    }
    return range;
}

QString SqlUsageQueries::historyFor(const SqlConnection &c, const UsageFilter &filter)
{
    const QString timeIndex = !filter.namespaces.isEmpty() ? QStringLiteral("UC_HISTORY_NS_TIME")
                              : !filter.region.isEmpty() ? QStringLiteral("UC_HISTORY_REGION_TIME")
                                                         : QString();
    if (timeIndex.isEmpty())
        return historyTable;
    // MariaDB sums a region's charges before or after an instant through
    // the amount index by the region alone, reading all of them (150 ms at
    // 1M for either half of 160 ms).
    if (c.isMysql())
        return filter.from.isValid() || filter.to.isValid() ? historyTable + c.indexHint(timeIndex)
                                                            : historyTable;
    // Given ANALYZE's statistics, SQLite skip-scans the namespace index over
    // a region's time range: one seek per namespace, whatever the range's
    // size. That is the faster way over most of a region (the groups come in
    // namespace order) and ten times slower over a few days of it (7 ms for
    // 882 charges at 1M, 0.5 ms read from the time index).
    if (!filter.from.isValid() || !filter.to.isValid() ||
        filter.from.secsTo(filter.to) > qint64(ShortRangeDays) * 24 * 3600)
        return historyTable;
    return historyTable + c.indexHint(timeIndex, true);
}

SqlWhere SqlUsageQueries::whereFor(const UsageFilter &filter)
{
    // Charges are not filtered by EVER_PAYED (SPEC §3). The namespace comes
    // first so that the (ACCOUNT_ID, REGION, CONSUME_TIME, ...) index is used.
    SqlWhere w;
    w.addIn(QStringLiteral("ACCOUNT_ID"), filter.namespaces);
    if (!filter.region.isEmpty())
        w.add(QStringLiteral("REGION = ?"), {filter.region});
    if (!filter.orderId.isEmpty())
        w.add(QStringLiteral("ORDER_ID = ?"), {filter.orderId});
    if (filter.from.isValid())
        w.add(QStringLiteral("CONSUME_TIME >= ?"), {SqlConnection::timeValue(filter.from)});
    if (filter.to.isValid())
        w.add(QStringLiteral("CONSUME_TIME < ?"), {SqlConnection::timeValue(filter.to)});
    return w;
}

// An exact integer from a SUM: DECIMAL text on MySQL, an integer on SQLite.
std::optional<qint64> SqlUsageQueries::exactInteger(const QVariant &v)
{
    if (v.isNull())
        return qint64(0);
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

BackendError SqlUsageQueries::overflow()
{
    return BackendError(BackendError::Category::Server,
                        QCoreApplication::translate(
                            "SqlUsageQueries", "a sum does not fit in 64 bits of 1/10000 yuan"));
}
