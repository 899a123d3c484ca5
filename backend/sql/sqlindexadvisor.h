#pragma once

#include "core/result.h"
#include "sql/schema.h"

#include <QSqlDatabase>

// Which of the advised indexes (Schema::advisedIndexes) a database has. An
// existing index counts when its leading columns are the advised ones. Reads
// the catalogue through the open handle it is given, on the caller's thread.
class SqlIndexAdvisor
{
public:
    struct Status
    {
        Schema::IndexAdvice advice;
        bool present = false;
        QString existingName;
    };

    static Result<QList<Status>> check(const QSqlDatabase &db, Schema::Dialect dialect);

private:
    // index name -> its columns in order, for one table
    static Result<QList<std::pair<QString, QStringList>>>
    indexesOf(const QSqlDatabase &db, Schema::Dialect dialect, const QString &table);
};
