#pragma once

#include "core/audit.h"
#include "core/result.h"

class SqlConnection;

// The ledger audit on the billing database: both tables read whole, once,
// in primary-key order (pages of a keyset on ID, which every database
// serves from its primary key without a sort or a secondary index), and
// merged by order key in LedgerAuditor. Runs on SqlBackend's worker.
class SqlLedgerAudit
{
public:
    // Rows per page: memory stays flat (the MySQL driver keeps a whole result
    // in memory), and a page costs one seek on the primary key.
    static constexpr int PageRows = 20000;

    static Result<AuditReport> run(SqlConnection &c, const AuditFilter &filter,
                                   int pageRows = PageRows);
};
