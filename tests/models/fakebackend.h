#pragma once

// A Backend for model and widget tests: canned rows, paged by offset
// cursors; every call recorded; answers delivered on the next event loop
// turn, or held until release() in manual mode; a queued error answers the
// next call instead.

#include "core/backend.h"

#include <QPromise>
#include <QTimer>

#include <functional>
#include <memory>

class FakeBackend : public Backend
{
public:
    struct UsageCall
    {
        UsageFilter filter;
        PageRequest page;
    };
    struct OrderCall
    {
        OrderFilter filter;
        PageRequest page;
    };

    QList<Usage> usages;
    QList<Order> orders;
    QList<Plan> plans;
    QStringList namespaces{QStringLiteral("ns-a"), QStringLiteral("ns-b")};
    QList<Region> regions;
    bool readOnly = false;
    bool manual = false;
    std::optional<BackendError> failNext;

    QList<UsageCall> usageCalls;
    QList<UsageFilter> totalCalls;
    QList<OrderCall> orderCalls;
    QList<PlanFilter> planCalls;
    QList<std::pair<qint64, QString>> cancelCalls;
    bool releasesResource = false; // cancel() as the service does it (REST)
    QList<QFuture<void>> futures;

    FakeBackend()
    {
        Region r1;
        r1.identification = QStringLiteral("cn-north-1");
        r1.name = r1.identification;
        Region r2 = r1;
        r2.identification = r2.name = QStringLiteral("cn-north-2");
        regions = {r1, r2};
    }

    // Answers every held call, oldest first.
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &answer : held)
            answer();
    }
    int heldCount() const { return int(m_held.size()); }

    static QList<Usage> makeUsages(int count, const QString &ns = QStringLiteral("ns-a"))
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

    static QList<Order> makeOrders(int count, const QString &ns = QStringLiteral("ns-a"))
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

    QString describe() const override { return QStringLiteral("fake"); }
    bool isReadOnly() const override { return readOnly; }

    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                            const PageRequest &page) override
    {
        orderCalls.append({filter, page});
        QList<Order> matching;
        for (const Order &o : orders) {
            if (filter.namespaces.isEmpty() || filter.namespaces.contains(o.ns))
                matching.append(o);
        }
        return answer<Page<Order>>(slice(matching, page));
    }
    QFuture<Result<Order>> getOrder(qint64 id, const QString &) override
    {
        for (const Order &o : orders) {
            if (o.id == id)
                return answer<Order>(o);
        }
        return answer<Order>(BackendError(BackendError::Category::NotFound, QStringLiteral("no")));
    }
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                            const PageRequest &page) override
    {
        usageCalls.append({filter, page});
        return answer<Page<Usage>>(slice(matchingUsages(filter), page));
    }
    QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &filter) override
    {
        totalCalls.append(filter);
        UsageTotal total;
        for (const Usage &u : matchingUsages(filter)) {
            total.amount += u.amount;
            ++total.charges;
        }
        return answer<UsageTotal>(total);
    }
    QFuture<Result<QList<SpendCell>>> spendByNamespaceAndMonth(const UsageFilter &,
                                                               const QList<MonthSpan> &) override
    {
        return answer<QList<SpendCell>>(QList<SpendCell>());
    }
    QFuture<Result<std::pair<QDateTime, QDateTime>>> usageTimeRange(const UsageFilter &) override
    {
        return answer<std::pair<QDateTime, QDateTime>>(std::pair<QDateTime, QDateTime>());
    }
    QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &filter) override
    {
        planCalls.append(filter);
        return answer<QList<Plan>>(plans);
    }
    QFuture<Result<QList<Region>>> listRegions() override { return answer<QList<Region>>(regions); }
    QFuture<Result<QStringList>> listNamespaces(const QString &) override
    {
        return answer<QStringList>(namespaces);
    }
    QFuture<Result<Quote>> quote(const QuoteRequest &) override
    {
        return answer<Quote>(
            BackendError(BackendError::Category::InvalidInput, QStringLiteral("no quotes")));
    }
    QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) override
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
        return answer<CancelOutcome>(outcome);
    }

private:
    QList<Usage> matchingUsages(const UsageFilter &filter) const
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
    static Page<T> slice(const QList<T> &all, const PageRequest &request)
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

    template<typename T>
    QFuture<Result<T>> answer(Result<T> result)
    {
        if (failNext)
            result = *std::exchange(failNext, std::nullopt);
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        futures.append(QFuture<void>(future));
        auto deliver = [promise, result] {
            promise->addResult(result);
            promise->finish();
        };
        if (manual)
            m_held.append(deliver);
        else
            QTimer::singleShot(0, this, deliver);
        return future;
    }

    QList<std::function<void()>> m_held;
};
