#pragma once

#include "core/result.h"
#include "sql/schema.h"

class SqlConnection;

// Which of the advised indexes (Schema::advisedIndexes) a database has. An
// existing index counts when its leading columns are the advised ones.
class SqlIndexAdvisor
{
public:
    struct Status
    {
        Schema::IndexAdvice advice;
        bool present = false;
        QString existingName;
    };

    static Result<QList<Status>> check(SqlConnection &c);

private:
    // index name -> its columns in order, for one table
    static Result<QList<std::pair<QString, QStringList>>> indexesOf(SqlConnection &c,
                                                                    const QString &table);
};
