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
    // the table: MariaDB by the key's ID, where the region's baseline would
    // be cut (InnoDB keeps the rows in key order); SQLite by rowid, the
    // order it keeps them in. 0 below TotalSplitFrom charges, or where
    // there is no rowid (a WITHOUT ROWID table).
    Result<qint64> totalCut(const QString &region);
    static constexpr qint64 TotalSplitFrom = 40000;
    Result<std::pair<QDateTime, QDateTime>> timeRange(const UsageFilter &filter);
    // Whether an index leads with the filter's columns and the time: then
    // timeRange() reads the two ends of it, not every row.
    bool rangeIndexed(const UsageFilter &filter) const;

    static inline const QString historyTable = QStringLiteral("DF_CONSUMING_HISTORY");
    // historyTable, told on SQLite to read a short time range (at most
    // ShortRangeDays) from the time index that leads with the filter's columns.
    static QString historyFor(const SqlConnection &c, const UsageFilter &filter);
    static constexpr int ShortRangeDays = 45;
    // The conditions of `filter` on DF_CONSUMING_HISTORY.
    static SqlWhere whereFor(const UsageFilter &filter);
    // An exact integer from a SUM: DECIMAL text on MySQL, an integer on SQLite.
    static std::optional<qint64> exactInteger(const QVariant &v);
    static BackendError overflow();

private:
    void fillPlanNames(QList<Usage> &usages);

    SqlConnection &m_c;
    SqlMoneyCheck m_money;
    // Plan versions never change once written: their names are cached.
    QHash<qint64, QString> m_planNames;
};
