#pragma once

#include "core/filters.h"
#include "core/order.h"
#include "core/page.h"
#include "core/result.h"

class SqlConnection;

// The DF_PURCHASE_ORDER queries of SqlBackend; run on its worker thread.
class SqlOrderQueries
{
public:
    static Result<Page<Order>> list(SqlConnection &c, const OrderFilter &filter,
                                    const PageRequest &page);
    static Result<Order> get(SqlConnection &c, qint64 id, const QString &ns);
    static Result<QStringList> namespaces(SqlConnection &c, const QString &region);

    // The column list and row reader shared with other queries. The reader
    // type-checks keys and times (SqlRowReader): a damaged row is an error.
    static QString columns();
    static Result<Order> read(const class QSqlQuery &query);
};
