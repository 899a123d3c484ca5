#include "fakebackend.h"

#include <QPromise>
#include <QTimer>

#include <memory>

namespace {

template<typename T>
Page<T> slice(const QList<T> &all, const PageRequest &request)
{
    const qint64 start =
        request.after ? request.after->offset : qint64(request.page - 1) * request.size;
    Page<T> page;
    page.items = all.mid(start, request.size);
    if (start + request.size < all.size()) {
        PageCursor next;
        next.offset = start + request.size;
        page.next = next;
    }
    if (request.withTotal)
        page.total = all.size();
    return page;
}

} // namespace

FakeBackend::FakeBackend()
{
    Region r1;
    r1.identification = QStringLiteral("cn-north-1");
    r1.name = r1.identification;
    Region r2 = r1;
    r2.identification = r2.name = QStringLiteral("cn-north-2");
    regions = {r1, r2};
}

void FakeBackend::release()
{
    const auto held = std::exchange(m_held, {});
    for (const Held &h : held)
        h.deliver();
}

void FakeBackend::reportHeldProgress(int value, int maximum)
{
    for (const Held &h : std::as_const(m_held))
        h.progress(value, maximum);
}

QList<Usage> FakeBackend::makeUsages(int count, const QString &ns)
{
    QList<Usage> list;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Usage u;
        u.orderKey = 1000 + i % 7;
        u.orderId = ns + QStringLiteral("-resources");
        u.consumeId = i + 1;
        u.amount = Money::fromUnits(123456 + i);
        u.time = base.addSecs(-3600LL * i);
        u.deadline = u.time.addDays(30);
        u.ns = ns;
        u.region = QStringLiteral("cn-north-1");
        u.planId = QStringLiteral("res-c4m8");
        u.planName = QStringLiteral("4 核 8 GB");
        u.kind = ChargeKind(i % 4);
        list.append(u);
    }
    return list;
}

QList<Order> FakeBackend::makeOrders(int count, const QString &ns)
{
    QList<Order> list;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Order o;
        o.id = 500 + i;
        o.orderId = ns + QStringLiteral("-vol-%1").arg(i);
        o.ns = ns;
        o.region = QStringLiteral("cn-north-1");
        o.planId = QStringLiteral("vol-10g");
        o.planType = PlanType::Volume;
        o.startTime = base.addDays(-i);
        o.endTime = o.startTime;
        o.deadline = o.startTime.addMonths(1);
        o.lastConsumeId = 1;
        o.status = OrderStatus::Consuming;
        o.creator = QStringLiteral("alice");
        o.resourceName = QStringLiteral("data-%1").arg(i);
        list.append(o);
    }
    return list;
}

QFuture<Result<Page<Order>>> FakeBackend::listOrders(const OrderFilter &filter,
                                                     const PageRequest &page)
{
    orderCalls.append({filter, page});
    QList<Order> matching;
    for (const Order &o : std::as_const(orders)) {
        if (filter.namespaces.isEmpty() || filter.namespaces.contains(o.ns))
            matching.append(o);
    }
    return answer<Page<Order>>(Call::ListOrders, slice(matching, page));
}

QFuture<Result<Order>> FakeBackend::getOrder(qint64 id, const QString &)
{
    for (const Order &o : std::as_const(orders)) {
        if (o.id == id)
            return answer<Order>(Call::GetOrder, o);
    }
    return answer<Order>(Call::GetOrder, BackendError(BackendError::Category::NotFound,
                                                      QStringLiteral("no order %1").arg(id)));
}

QFuture<Result<Page<Usage>>> FakeBackend::listUsages(const UsageFilter &filter,
                                                     const PageRequest &page)
{
    usageCalls.append({filter, page});
    return answer<Page<Usage>>(Call::ListUsages, slice(matchingUsages(filter), page));
}

QFuture<Result<UsageTotal>> FakeBackend::usageTotal(const UsageFilter &filter)
{
    totalCalls.append(filter);
    UsageTotal total;
    for (const Usage &u : matchingUsages(filter)) {
        total.amount += u.amount;
        ++total.charges;
    }
    return answer<UsageTotal>(Call::UsageTotal, total);
}

QFuture<Result<QList<SpendCell>>>
FakeBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    spendCalls.append({filter, months});
    QList<SpendCell> inRange;
    for (const SpendCell &c : std::as_const(spendCells)) {
        for (const MonthSpan &m : months) {
            if (m.month == c.month)
                inRange.append(c);
        }
    }
    return answer<QList<SpendCell>>(Call::Spend, inRange);
}

QFuture<Result<std::pair<QDateTime, QDateTime>>> FakeBackend::usageTimeRange(const UsageFilter &)
{
    return answer<std::pair<QDateTime, QDateTime>>(Call::TimeRange, timeRange);
}

QFuture<Result<QList<Plan>>> FakeBackend::listPlans(const PlanFilter &filter)
{
    planCalls.append(filter);
    QList<Plan> matching;
    for (const Plan &p : std::as_const(plans)) {
        if (filter.region.isEmpty() || p.region.isEmpty() || p.region == filter.region)
            matching.append(p);
    }
    return answer<QList<Plan>>(Call::ListPlans, matching);
}

QFuture<Result<QList<Region>>> FakeBackend::listRegions()
{
    return answer<QList<Region>>(Call::ListRegions, regions);
}

QFuture<Result<QStringList>> FakeBackend::listNamespaces(const QString &)
{
    return answer<QStringList>(Call::ListNamespaces, namespaces);
}

QFuture<Result<Quote>> FakeBackend::quote(const QuoteRequest &request)
{
    quoteCalls.append(request);
    if (!quoteAnswer)
        return answer<Quote>(Call::Quote,
                             BackendError(BackendError::Category::InvalidInput,
                                          QStringLiteral("this fake backend gives no quotes")));
    return answer<Quote>(Call::Quote, quoteAnswer(request));
}

QFuture<Result<CancelOutcome>> FakeBackend::cancel(qint64 id, const QString &ns)
{
    cancelCalls.append({id, ns});
    CancelOutcome outcome;
    outcome.endTime = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    for (Order &o : orders) {
        if (o.id == id) {
            outcome.order = o;
            o.status = OrderStatus::Ended; // as a list asked afterwards shows it
            o.endTime = outcome.endTime;
        }
    }
    outcome.order.status = OrderStatus::Ended;
    outcome.endConsumeId = releasesResource ? 0 : 2;
    outcome.resourceReleased = releasesResource;
    return answer<CancelOutcome>(Call::Cancel, outcome);
}

QList<Usage> FakeBackend::matchingUsages(const UsageFilter &filter) const
{
    QList<Usage> matching;
    for (const Usage &u : usages) {
        if ((filter.namespaces.isEmpty() || filter.namespaces.contains(u.ns)) &&
            (filter.orderId.isEmpty() || filter.orderId == u.orderId))
            matching.append(u);
    }
    return matching;
}

template<typename T>
QFuture<Result<T>> FakeBackend::answer(Call call, Result<T> result)
{
    if (failNext)
        result = *std::exchange(failNext, std::nullopt);
    else if (failing.contains(call))
        result = failing.value(call);
    const bool hold = manual || held.contains(call);
    if (atOnce && !hold) {
        QFuture<Result<T>> ready = QtFuture::makeReadyFuture(std::move(result));
        futures.append(QFuture<void>(ready));
        return ready;
    }
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    futures.append(QFuture<void>(future));
    auto deliver = [promise, result] {
        promise->addResult(result);
        promise->finish();
    };
    if (hold) {
        m_held.append({deliver, [promise](int value, int maximum) {
                           promise->setProgressRange(0, maximum);
                           promise->setProgressValue(value);
                       }});
    } else {
        QTimer::singleShot(0, this, deliver);
    }
    return future;
}
