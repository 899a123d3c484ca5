#pragma once

#include "core/filters.h"
#include "core/monthcalendar.h"
#include "core/orderprogress.h"
#include "core/page.h"
#include "core/result.h"
#include "core/usage.h"
#include "sql/sqlmoneycheck.h"
#include "sql/sqlwhere.h"

#include <QHash>

#include <optional>

class SqlConnection;

// The DF_CONSUMING_HISTORY queries of SqlBackend that list, total and
// bound the charges (the grouped ones: SqlSpendQueries); run on its worker
// thread. Sums and counts are computed by the database, never by looping
// in C++.
class SqlUsageQueries
{
public:
    explicit SqlUsageQueries(SqlConnection &connection);

    Result<Page<Usage>> list(const UsageFilter &filter, const PageRequest &page);
    // Of one half of the charges (all by default).
    Result<UsageTotal> total(const UsageFilter &filter,
                             const std::optional<TotalHalf> &half = std::nullopt);
    // Where total() may be cut in two halves that each read about half of
    // the filter's charges. Where an index leads with the region (and the
    // namespaces) and the time: halfway through the filter's time range,
    // each half one index range. Else by the key the table is kept in:
    // MariaDB by the key's ID, where the region's baseline would be cut
    // (InnoDB keeps the rows in key order); SQLite by rowid. None where the
    // table has fewer than TotalSplitFrom rows (MySQL: the region's charges
    // where the cut is by key), or no rowid (a WITHOUT ROWID table).
    Result<TotalCut> totalCut(const UsageFilter &filter);
    static constexpr qint64 TotalSplitFrom = 40000;
    // The charges table's rows: an estimate on MySQL, the largest rowid on
    // SQLite (0 without one).
    Result<qint64> tableSize();
    Result<std::pair<QDateTime, QDateTime>> timeRange(const UsageFilter &filter);
    // Whether an index leads with the filter's columns and the time: then
    // timeRange() reads the two ends of it, not every row.
    bool rangeIndexed(const UsageFilter &filter) const;

    static inline const QString historyTable = QStringLiteral("DF_CONSUMING_HISTORY");
    // historyTable, told to read a time range from the time index that leads
    // with the filter's columns: any range on MySQL, a short one (at most
    // ShortRangeDays) on SQLite.
    static QString historyFor(const SqlConnection &c, const UsageFilter &filter);
    static constexpr int ShortRangeDays = 45;
    // The conditions of `filter` on DF_CONSUMING_HISTORY.
    static SqlWhere whereFor(const UsageFilter &filter);
    // An exact integer from a SUM: DECIMAL text on MySQL, an integer on SQLite.
    static std::optional<qint64> exactInteger(const QVariant &v);
    static BackendError overflow();

private:
    void fillPlanNames(QList<Usage> &usages);
    // SUM and COUNT of the rows of `w` (the conditions of `filter`, or more).
    Result<UsageTotal> sum(const UsageFilter &filter, const SqlWhere &w);
    static constexpr int MappedNamespacesAtMost = 4;
    // sum() with `damaged`, the money check's expression.
    Result<UsageTotal> sumOf(const UsageFilter &filter, const SqlWhere &w, const QString &damaged);

    SqlConnection &m_c;
    SqlMoneyCheck m_money;
    // Plan versions never change once written: their names are cached.
    QHash<qint64, QString> m_planNames;
};
