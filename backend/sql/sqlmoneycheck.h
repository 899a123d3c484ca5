#pragma once

#include "core/result.h"
#include "sql/sqlwhere.h"

#include <QString>

class SqlConnection;

// The money check of a SUM(CONSUMING), done by the database in the same
// pass. SUM() takes text as 0 and skips NULL, so without it one damaged row
// makes a total silently wrong. The column is looked at once per source
// (SqlSourceFacts; again after a reconnect): on MySQL it must be an integer
// column; where it allows NULL, NULLs are counted (COUNT(*) - COUNT(CONSUMING)). On SQLite any
// text, real or blob amount turns the SUM itself into a real, so the type of the SUM gives it away
// at no cost per row (a typeof() per row cost up to 1.8x on a total; docs/reliability.md has the
// figures).
class SqlMoneyCheck
{
public:
    explicit SqlMoneyCheck(SqlConnection &connection);

    // An aggregate expression over DF_CONSUMING_HISTORY rows that is not 0
    // when a group holds a damaged amount ("0" when none can), or an error
    // when the column cannot hold exact amounts at all.
    Result<QString> damagedExpression();

    // The error for the damaged amounts among the rows matching `where`:
    // the first one names its row, with how many there are (one more query,
    // on the failure path only).
    BackendError firstDamagedRow(const SqlWhere &where);

private:
    // Reads the column's type; `known` false: not for keeping (no table).
    Result<QString> readExpression(bool &known);

    SqlConnection &m_c;
};
