#pragma once

// What the charge ledger's tests share: an oracle that reads every charge
// with its own SQL and adds them up in C++ by the zone's months, the
// service's way of writing a charge, a database of their own per test row,
// and a counted source behind the cache.

#include "cache/cachingbackend.h"
#include "countingbackend.h"
#include "sql/connectionspec.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

class LedgerFixture
{
public:
    static const QDateTime Now; // the clock of every cache made here

    // What the oracle reads: every charge, as the database holds it.
    struct Charge
    {
        QString ns;
        QString region;
        QDateTime time;
        qint64 units = 0;
    };
    static QList<Charge> allCharges(const ConnectionSpec &spec);
    // "ns yyyy-MM amount charges" per line, sorted: the oracle's cells...
    static QString oracleCells(const QList<Charge> &charges, const QString &region,
                               const QTimeZone &zone);
    // ...and the cache's.
    static QString cacheCells(const QList<SpendCell> &cells);
    // The spend a user asks for: the time range, then its months.
    static QString spendOf(Backend &b, const UsageFilter &filter, const QTimeZone &zone);

    // The service's way of writing: one charge, CONSUME_ID = LAST_CONSUME_ID
    // + 1, and the order's count; an end row with STATUS 15 and the count
    // unchanged.
    static void serviceCharge(QSqlDatabase &db, qint64 order, qint64 units, const QDateTime &at,
                              bool end);
    static void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // The first `count` consuming orders of `region`, by ID.
    static QList<qint64> consumingOrders(QSqlDatabase &db, const QString &region, int count);

    // Columns backend, zone and parts: each engine in two zones, and with
    // `withParts` data big enough to be made in two parts at once.
    static void addRows(bool withParts = false);

    ~LedgerFixture(); // drops the MariaDB databases made

    // A database of its own per test row: the tests write to it.
    // `parts`: 2 for data big enough to be read in two parts at once
    // (LedgerBaselineReader::SplitFrom charges in the region).
    std::optional<ConnectionSpec> freshData(const QString &backend, int parts = 1);
    std::unique_ptr<CachingBackend> cached(std::shared_ptr<CountingBackend> source,
                                           const QTimeZone &zone,
                                           RollupCoordinator::BackendMaker second = {},
                                           QString path = {});
    // The source counted, and the cache in front of it.
    // With `twoLanes`, the cache may open a second connection, counted too.
    struct Counted
    {
        std::shared_ptr<CountingBackend> source;
        std::unique_ptr<CachingBackend> cache;
        std::shared_ptr<std::shared_ptr<CountingBackend>> second;
    };
    Counted counted(const ConnectionSpec &spec, const QTimeZone &zone, bool twoLanes = false);

protected:
    QTemporaryDir m_dir;
    int m_made = 0;

private:
    QList<ConnectionSpec> m_mariadb; // dropped at the end
};
