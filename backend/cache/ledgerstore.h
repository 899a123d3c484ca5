#pragma once

#include "cache/namespacenames.h"
#include "core/orderprogress.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// The charge ledger's tables in the roll-up cache file (see ChargeLedger):
// per source, region and display zone, the cells of every charge by month,
// what was read of each bucket of orders, and which orders may still be
// charged with how many of their charges the cells hold.
class LedgerStore
{
public:
    struct Header
    {
        qint64 id = 0;
        QString source;
        QString region; // "" = every region
        QString zone;   // the IANA id of the months' zone
        QList<QDateTime> boundaries;
        qint64 maxId = 0;   // the highest order ID read so far
        QDateTime syncedAt; // when last made or changed
    };
    // A bucket of orders as last read: its signature, and each order that
    // may still be charged with the number of its charges the cells hold.
    // `dirty`: an order has charges that were not visible yet.
    struct Bucket
    {
        OrderBucket signature;
        bool dirty = false;
        QHash<qint64, qint64> absorbed; // order ID -> charges held
    };

    explicit LedgerStore(QSqlDatabase db);

    static QStringList schema();
    // Whether `error` says that what the file holds cannot be read as cells
    // or orders (a torn write, a foreign edit): the ledger is to be made
    // again, where any other error of the file is the cache's to report.
    static bool isDamage(const BackendError &error);

    // A damage error (isDamage) when its month boundaries are not
    // increasing times: the caller drops it (dropKey) in its transaction.
    Result<std::optional<Header>> find(const QString &source, const QString &region,
                                       const QString &zone);
    // Every ledger of a source (of one region when given), but the damaged.
    Result<QList<Header>> all(const QString &source,
                              const std::optional<QString> &region = std::nullopt);
    // Replaces the ledger of the header's key; resolves to its new id.
    Result<qint64> create(const Header &header);
    Result<Done> update(const Header &header);
    Result<Done> drop(qint64 id);
    // Drops the ledger of a key, if any (one whose header cannot be read too).
    Result<Done> dropKey(const QString &source, const QString &region, const QString &zone);

    // Signatures (without the orders) of every bucket of a ledger.
    Result<QHash<qint64, Bucket>> signatures(qint64 ledger);
    Result<QHash<qint64, qint64>> absorbed(qint64 ledger, qint64 bucket);
    Result<Done> storeBucket(qint64 ledger, const Bucket &bucket);
    Result<Done> dropBucket(qint64 ledger, qint64 bucket);

    // The cells of the given buckets (every bucket when empty).
    Result<QHash<int, QList<LedgerCell>>> cells(qint64 ledger, const QList<int> &buckets = {});
    Result<Done> storeCells(qint64 ledger, int bucket, const QList<LedgerCell> &cells);

    // One write transaction; BEGIN IMMEDIATE, so that two processes never
    // read the same ledger state and both add the same charges.
    Result<Done> begin();
    Result<Done> commit();
    void rollback();

private:
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    NamespaceNames m_names;
};
