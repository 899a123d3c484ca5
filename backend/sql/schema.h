#pragma once

#include <QStringList>

// The usage-service and plan-service tables of SPEC §2, as DDL for each
// dialect, and the secondary indexes that make the app's queries fast.
namespace Schema {

enum class Dialect { Sqlite, Mysql };

// CREATE TABLE statements for the usage-service tables.
QStringList usageTables(Dialect dialect);
// CREATE TABLE statements for the plan-service tables.
QStringList planTables(Dialect dialect);

struct IndexAdvice
{
    QString table;
    QString name;
    QStringList columns;
    QString why;
};

// The indexes `usagectl db advise-indexes` recommends (see PERF.md).
QList<IndexAdvice> advisedIndexes();
QString createIndexStatement(const IndexAdvice &index, Dialect dialect,
                             const QString &qualifiedTable = {});

} // namespace Schema
