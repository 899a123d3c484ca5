#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// Where DemoDataGenerator streams its rows: a SQL connection (SQLite or
// MySQL/MariaDB, multi-row INSERTs with every value bound) or tab-separated
// files for MariaDB's LOAD DATA. Rows come in one at a time and are never
// kept beyond the current batch. Times are UTC seconds since the epoch and are
// written as 'YYYY-MM-DD HH:MM:SS'.

struct DemoRegionRow
{
    int id = 0;
    QString region;
    QString describe;
    QString identification;
};

struct DemoPlanRow
{
    qint64 id = 0;
    QString planId;
    QString name;
    QString type;
    QString belong;
    int level = 0;
    QString specification1;
    QString specification2;
    QString description;
    double price = 0;
    QString cycle;
    qint64 createTime = 0;
    int regionId = 0;
    QString status;
};

struct DemoOrderRow
{
    qint64 id = 0;
    QString orderId;
    QString ns;
    QString region;
    QString planId;
    QString planType;
    qint64 startTime = 0;
    qint64 endTime = 0;
    qint64 deadline = 0;
    int lastConsumeId = 0;
    int everPayed = 0;
    int renewRetries = 0;
    int status = 0;
    QString resourceName;
};

struct DemoChargeRow
{
    qint64 id = 0;
    QString orderId;
    int consumeId = 0;
    qint64 consuming = 0;
    qint64 consumeTime = 0;
    qint64 deadline = 0;
    QString ns;
    QString region;
    QString planId;
    qint64 planHistoryId = 0;
    int extraInfo = 0;
};

// 'YYYY-MM-DD HH:MM:SS' of a UTC instant, without QDateTime (fast).
QString demoFormatUtc(qint64 secsSinceEpoch);
// The same into `out` (19 chars, no terminator), without allocating.
void demoFormatUtc(qint64 secsSinceEpoch, char out[19]);

class DemoRowSink
{
public:
    virtual ~DemoRowSink();

    // Creates the tables and starts the first transaction.
    virtual bool begin() = 0;
    virtual bool addRegion(const DemoRegionRow &row) = 0;
    virtual bool addPlan(const DemoPlanRow &row) = 0;
    virtual bool addOrder(const DemoOrderRow &row) = 0;
    virtual bool addCharge(const DemoChargeRow &row) = 0;
    // Between namespaces: a sink may commit here.
    virtual bool checkpoint() = 0;
    virtual bool finish() = 0;
    virtual void abort() = 0;

    QString errorMessage() const { return m_error; }
    QString errorDetails() const { return m_details; }

protected:
    bool fail(const QString &message, const QString &details = {});

private:
    QString m_error;
    QString m_details;
};

// `planDatabase` (MySQL only, may be empty): the database for the plan tables.
std::unique_ptr<DemoRowSink> makeSqlDemoSink(QSqlDatabase db, const QString &planDatabase);
std::unique_ptr<DemoRowSink> makeLoadDataDemoSink(const QString &dir);
