#pragma once

#include "core/filters.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class Backend;

// Why a filter matched nothing. Asked after an empty answer: which of the
// namespaces and the order id it names match no order and no charge at all
// (in its region, at any time), so that a typo is told apart from a quiet
// month. A probe the backend cannot answer tells nothing (no miss).
class FilterProbe
{
    Q_DECLARE_TR_FUNCTIONS(FilterProbe)
public:
    struct Miss
    {
        enum class Kind {
            Namespace, // no order and no charge in the namespace
            OrderId,   // no charge with this order id
            OrderKey,  // no charge with this id, but an order has it as its key
        };
        Kind kind = Kind::Namespace;
        QString name;    // the namespace or the order id as given
        QString region;  // where it was looked for ("" = every region)
        QString orderId; // OrderKey: the id of the order with that key
    };

    // Starts the probes on the calling thread; resolves on a worker.
    static QFuture<QList<Miss>> unmatched(Backend *backend, const UsageFilter &filter);
    static QFuture<QList<Miss>> unmatched(Backend *backend, const OrderFilter &filter);

    // One sentence a person can act on; one per miss.
    static QString sentence(const Miss &miss);
    static QStringList sentences(const QList<Miss> &misses);

private:
    static QFuture<QList<Miss>> probe(Backend *backend, const QString &region,
                                      const QStringList &namespaces, const QString &orderId);
};
