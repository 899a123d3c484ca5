#include "sql/schema.h"

namespace Schema {

namespace {

QString tableSuffix(Dialect dialect)
{
    return dialect == Dialect::Mysql ? QStringLiteral(" DEFAULT CHARSET=utf8mb4") : QString();
}

} // namespace

QStringList usageTables(Dialect dialect)
{
    // SQLite: INTEGER PRIMARY KEY is its AUTO_INCREMENT; DATETIME is text
    // 'YYYY-MM-DD HH:MM:SS' in UTC, which sorts and compares as instants.
    const bool my = dialect == Dialect::Mysql;
    const QString idColumn = my ? QStringLiteral("ID BIGINT NOT NULL AUTO_INCREMENT")
                                : QStringLiteral("ID INTEGER NOT NULL");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS DF_PURCHASE_ORDER (\n"
                       "  %1,\n"
                       "  ORDER_ID        VARCHAR(64) NOT NULL,\n"
                       "  ACCOUNT_ID      VARCHAR(64) NOT NULL,\n"
                       "  REGION          VARCHAR(32) NOT NULL,\n"
                       "  PLAN_ID         VARCHAR(64) NOT NULL,\n"
                       "  PLAN_TYPE       VARCHAR(16) NOT NULL,\n"
                       "  START_TIME      DATETIME,\n"
                       "  END_TIME        DATETIME,\n"
                       "  DEADLINE_TIME   DATETIME,\n"
                       "  LAST_CONSUME_ID INT DEFAULT 0,\n"
                       "  EVER_PAYED      TINYINT DEFAULT 0,\n"
                       "  RENEW_RETRIES   TINYINT DEFAULT 0,\n"
                       "  STATUS          TINYINT NOT NULL,\n"
                       "  CREATOR         VARCHAR(64) NOT NULL,\n"
                       "  RESOURCE_NAME   VARCHAR(64) NOT NULL,\n"
                       "  PRIMARY KEY (ID)\n"
                       ")%2")
            .arg(idColumn, tableSuffix(dialect)),
        QStringLiteral("CREATE TABLE IF NOT EXISTS DF_CONSUMING_HISTORY (\n"
                       "  ID              BIGINT NOT NULL,\n"
                       "  ORDER_ID        VARCHAR(64) NOT NULL,\n"
                       "  CONSUME_ID      INT,\n"
                       "  CONSUMING       BIGINT NOT NULL,\n"
                       "  CONSUME_TIME    DATETIME,\n"
                       "  DEADLINE_TIME   DATETIME,\n"
                       "  ACCOUNT_ID      VARCHAR(64) NOT NULL,\n"
                       "  REGION          VARCHAR(32) NOT NULL,\n"
                       "  PLAN_ID         VARCHAR(64) NOT NULL,\n"
                       "  PLAN_HISTORY_ID BIGINT NOT NULL,\n"
                       "  EXTRA_INFO      INT,\n"
                       "  PRIMARY KEY (ID, ORDER_ID, CONSUME_ID)\n"
                       ")%1")
            .arg(tableSuffix(dialect)),
        QStringLiteral("CREATE TABLE IF NOT EXISTS DF_ITEM_STAT (\n"
                       "  STAT_KEY   VARCHAR(255) NOT NULL,\n"
                       "  STAT_VALUE INT NOT NULL,\n"
                       "  PRIMARY KEY (STAT_KEY)\n"
                       ")%1")
            .arg(tableSuffix(dialect)),
    };
}

QStringList planTables(Dialect dialect)
{
    const bool my = dialect == Dialect::Mysql;
    const QString autoKey =
        my ? QStringLiteral("AUTO_INCREMENT PRIMARY KEY") : QStringLiteral("PRIMARY KEY");
    const QString tinyKey = my ? QStringLiteral("TINYINT") : QStringLiteral("INTEGER");
    const QString intKey = my ? QStringLiteral("INT") : QStringLiteral("INTEGER");
    const QString price = my ? QStringLiteral("DOUBLE(10,2)") : QStringLiteral("DOUBLE");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS DF_PLAN_REGION (ID %1 %2,\n"
                       "  REGION VARCHAR(30) NOT NULL, REGION_DESCRIBE VARCHAR(128) NOT NULL,\n"
                       "  IDENTIFICATION VARCHAR(128) NOT NULL)%3")
            .arg(tinyKey, autoKey, tableSuffix(dialect)),
        QStringLiteral("CREATE TABLE IF NOT EXISTS DF_PLAN (ID %1 %2,\n"
                       "  PLAN_ID VARCHAR(64) NOT NULL, PLAN_NAME VARCHAR(128) NOT NULL,\n"
                       "  PLAN_TYPE VARCHAR(128) NOT NULL, BELONG VARCHAR(128) NOT NULL,\n"
                       "  PLAN_LEVEL TINYINT NOT NULL, SPECIFICATION1 VARCHAR(128) NOT NULL,\n"
                       "  SPECIFICATION2 VARCHAR(128) NOT NULL, DESCRIPTION TEXT,\n"
                       "  PRICE %3 NOT NULL, CYCLE VARCHAR(2) NOT NULL,\n"
                       "  CREATE_TIME DATETIME, REGION_ID TINYINT NOT NULL, "
                       "STATUS VARCHAR(2) NOT NULL)%4")
            .arg(intKey, autoKey, price, tableSuffix(dialect)),
    };
}

QList<IndexAdvice> advisedIndexes()
{
    return {
        {QStringLiteral("DF_CONSUMING_HISTORY"),
         QStringLiteral("UC_HISTORY_NS_TIME"),
         {QStringLiteral("ACCOUNT_ID"), QStringLiteral("REGION"), QStringLiteral("CONSUME_TIME"),
          QStringLiteral("ID"), QStringLiteral("CONSUME_ID"), QStringLiteral("CONSUMING")},
         QStringLiteral("pages, totals and spend of chosen namespaces, newest first")},
        {QStringLiteral("DF_CONSUMING_HISTORY"),
         QStringLiteral("UC_HISTORY_REGION_TIME"),
         {QStringLiteral("REGION"), QStringLiteral("CONSUME_TIME"), QStringLiteral("ID"),
          QStringLiteral("CONSUME_ID"), QStringLiteral("ACCOUNT_ID"), QStringLiteral("CONSUMING")},
         QStringLiteral("pages, totals and the spend table of a whole region")},
        {QStringLiteral("DF_CONSUMING_HISTORY"),
         QStringLiteral("UC_HISTORY_NS_AMOUNT"),
         {QStringLiteral("ACCOUNT_ID"), QStringLiteral("REGION"), QStringLiteral("CONSUMING"),
          QStringLiteral("ID"), QStringLiteral("CONSUME_ID"), QStringLiteral("CONSUME_TIME")},
         QStringLiteral("pages of chosen namespaces sorted by amount")},
        {QStringLiteral("DF_CONSUMING_HISTORY"),
         QStringLiteral("UC_HISTORY_REGION_AMOUNT"),
         {QStringLiteral("REGION"), QStringLiteral("CONSUMING"), QStringLiteral("ID"),
          QStringLiteral("CONSUME_ID"), QStringLiteral("ACCOUNT_ID"),
          QStringLiteral("CONSUME_TIME")},
         // Covering, like the time index: a region's sums may pick either.
         QStringLiteral("pages of a whole region sorted by amount")},
        {QStringLiteral("DF_PURCHASE_ORDER"),
         QStringLiteral("UC_ORDER_REGION_STATUS"),
         {QStringLiteral("REGION"), QStringLiteral("STATUS"), QStringLiteral("EVER_PAYED"),
          QStringLiteral("START_TIME")},
         QStringLiteral("order lists by region and status, newest start first")},
    };
}

QString createIndexStatement(const IndexAdvice &index, Dialect dialect,
                             const QString &qualifiedTable)
{
    Q_UNUSED(dialect)
    return QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
        .arg(index.name, qualifiedTable.isEmpty() ? index.table : qualifiedTable,
             index.columns.join(QStringLiteral(", ")));
}

} // namespace Schema
