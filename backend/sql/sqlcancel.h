#pragma once

#include "core/quote.h"
#include "core/result.h"

class SqlConnection;

// Ends an order directly in the database, exactly as the service does to
// its tables (SPEC §5), in one transaction. The resource itself (quota,
// volume, BSI) is not released: only the service can do that.
class SqlCancel
{
public:
    static Result<CancelOutcome> cancel(SqlConnection &c, qint64 id, const QString &ns,
                                        const QDateTime &now);

private:
    static Result<CancelOutcome> inTransaction(SqlConnection &c, qint64 id, const QString &ns,
                                               const QDateTime &now);
};
