#include "core/filterprobe.h"

#include "core/backend.h"

#include <QFuture>

namespace {

// What one probe found: 1 a row, 0 none, -1 it could not tell.
struct Hit
{
    int found = -1;
    QString orderId;
};

template<typename T>
Hit hitOf(const Result<Page<T>> &page)
{
    if (!page)
        return {};
    return {page.value().items.isEmpty() ? 0 : 1, {}};
}

// A continuation's answer, or "could not tell" when it was canceled.
Hit valueOf(const QFuture<Hit> &f)
{
    return f.isCanceled() || f.resultCount() == 0 ? Hit() : f.result();
}

} // namespace

QFuture<QList<FilterProbe::Miss>> FilterProbe::unmatched(Backend *backend,
                                                         const UsageFilter &filter)
{
    return probe(backend, filter.region, filter.namespaces, filter.orderId);
}

QFuture<QList<FilterProbe::Miss>> FilterProbe::unmatched(Backend *backend,
                                                         const OrderFilter &filter)
{
    return probe(backend, filter.region, filter.namespaces, QString());
}

QFuture<QList<FilterProbe::Miss>> FilterProbe::probe(Backend *backend, const QString &region,
                                                     const QStringList &namespaces,
                                                     const QString &orderId)
{
    // One row is enough, and no count: a probe must cost a seek, not a scan.
    const PageRequest one = PageRequest::first(1, false);
    QList<QFuture<Hit>> probes;
    for (const QString &ns : namespaces) {
        UsageFilter usages;
        usages.region = region;
        usages.namespaces = {ns};
        probes.append(backend->listUsages(usages, one).then(&hitOf<Usage>));
        OrderFilter orders;
        orders.region = region;
        orders.namespaces = {ns};
        probes.append(backend->listOrders(orders, one).then(&hitOf<Order>));
    }
    bool numeric = false;
    const qint64 key = orderId.toLongLong(&numeric);
    if (!orderId.isEmpty()) {
        UsageFilter usages;
        usages.region = region;
        usages.namespaces = namespaces;
        usages.orderId = orderId;
        probes.append(backend->listUsages(usages, one).then(&hitOf<Usage>));
        // An order key given where the id is expected: find its id.
        if (numeric && key > 0)
            probes.append(
                backend->getOrder(key, namespaces.size() == 1 ? namespaces.first() : QString())
                    .then([](const Result<Order> &order) {
                        return order ? Hit{1, order.value().orderId} : Hit{0, {}};
                    }));
    }
    if (probes.isEmpty())
        return QtFuture::makeReadyFuture(QList<Miss>());
    return QtFuture::whenAll(probes.begin(), probes.end())
        .then([namespaces, region, orderId, numeric](const QList<QFuture<Hit>> &done) {
            QList<Miss> misses;
            int i = 0;
            for (const QString &ns : namespaces) {
                const Hit usages = valueOf(done.at(i++));
                const Hit orders = valueOf(done.at(i++));
                if (usages.found == 0 && orders.found == 0)
                    misses.append({Miss::Kind::Namespace, ns, region, {}});
            }
            if (orderId.isEmpty() || valueOf(done.at(i++)).found != 0)
                return misses;
            const Hit order = i < done.size() ? valueOf(done.at(i)) : Hit();
            if (numeric && order.found == 1)
                misses.append({Miss::Kind::OrderKey, orderId, region, order.orderId});
            else
                misses.append({Miss::Kind::OrderId, orderId, region, {}});
            return misses;
        });
}

QString FilterProbe::sentence(const Miss &miss)
{
    switch (miss.kind) {
    case Miss::Kind::Namespace:
        return miss.region.isEmpty()
                   ? tr("Namespace “%1” has no orders and no charges: is the name right?")
                         .arg(miss.name)
                   : tr("Namespace “%1” has no orders and no charges in %2: is the name right?")
                         .arg(miss.name, miss.region);
    case Miss::Kind::OrderId:
        return tr("No charge has the order id “%1”: an order id is text such as "
                  "“ns-0001-resources”, not the order's number.")
            .arg(miss.name);
    case Miss::Kind::OrderKey:
        return tr("“%1” is an order key, not an order id: the order with key %1 has the id "
                  "“%2”.")
            .arg(miss.name, miss.orderId);
    }
    return {};
}

QStringList FilterProbe::sentences(const QList<Miss> &misses)
{
    QStringList out;
    for (const Miss &miss : misses)
        out.append(sentence(miss));
    return out;
}
