#pragma once

#include "core/result.h"
#include "sql/sqlwhere.h"

#include <QString>

#include <optional>

class SqlConnection;

// The money check of a SUM(CONSUMING), done by the database in the same
// pass: a count of the rows whose amount is not an integer, next to the sum.
// SUM() takes text as 0 and skips NULL, so without it one damaged row makes
// a total silently wrong. SQLite: typeof(); MySQL types its columns, so the
// column's own type is checked once (an integer column, else an error) and
// only NULLs are counted, and only when the column allows them.
// docs/reliability.md has what it costs.
class SqlMoneyCheck
{
public:
    explicit SqlMoneyCheck(SqlConnection &connection);

    // An aggregate expression over DF_CONSUMING_HISTORY rows that counts
    // the bad ones ("0" when none can be), or an error when the column
    // cannot hold exact amounts at all.
    Result<QString> badRowCount();

    // The error for `bad` (> 0) bad rows matching `where`: the first one
    // found names the row (one more query, on the failure path only).
    BackendError firstBadRow(const SqlWhere &where, qint64 bad);

private:
    SqlConnection &m_c;
    std::optional<QString> m_mysqlCount; // read once per backend
};
