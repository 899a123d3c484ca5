#pragma once

#include "core/backend.h"

#include <QMap>

#include <functional>
#include <optional>

// The one Backend for model and widget tests: canned data, every call
// recorded, and the answer's timing chosen by the test.
//
// Data: orders and usages are filtered by namespace (usages by order id too)
// and paged by offset cursors; spend answers `spendCells` of the months
// asked; plans are filtered by region (a plan without one is everywhere);
// quotes answer `quoteAnswer`.
//
// Timing: by default an answer is delivered on the next event-loop turn, as
// a real backend's would be. `atOnce` answers with a future that is already
// finished (as a cache hit does: in Qt 6.4 a continuation then runs inside
// the call). Calls of the kinds in `held` (every kind when `manual`) wait
// for release().
//
// Failures: `failNext` answers the next call of any kind; `failing` every
// call of one kind.
class FakeBackend : public Backend
{
public:
    enum class Call {
        ListOrders,
        GetOrder,
        ListUsages,
        UsageTotal,
        Spend,
        TimeRange,
        ListPlans,
        ListRegions,
        ListNamespaces,
        Quote,
        Cancel,
    };
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
    struct SpendCall
    {
        UsageFilter filter;
        QList<MonthSpan> months;
    };

    // What it answers.
    QList<Usage> usages;
    QList<Order> orders;
    QList<Plan> plans;
    QList<SpendCell> spendCells;
    std::pair<QDateTime, QDateTime> timeRange; // invalid: no charges
    QStringList namespaces{QStringLiteral("ns-a"), QStringLiteral("ns-b")};
    QList<Region> regions;                                          // cn-north-1 and cn-north-2
    std::function<Result<Quote>(const QuoteRequest &)> quoteAnswer; // unset: an error
    bool readOnly = false;

    // How it answers.
    bool atOnce = false;
    bool manual = false;
    QList<Call> held;
    std::optional<BackendError> failNext;
    QMap<Call, BackendError> failing;

    // What it was asked, in order.
    QList<UsageCall> usageCalls;
    QList<UsageFilter> totalCalls;
    QList<OrderCall> orderCalls;
    QList<SpendCall> spendCalls;
    QList<PlanFilter> planCalls;
    QList<QuoteRequest> quoteCalls;
    QList<std::pair<qint64, QString>> cancelCalls;
    bool releasesResource = false; // cancel() as the service does it (REST)
    QList<QFuture<void>> futures;  // of every call, in order

    FakeBackend();

    // Answers every held call, oldest first.
    void release();
    int heldCount() const { return int(m_held.size()); }
    // Progress on every held call, as a long fill reports it.
    void reportHeldProgress(int value, int maximum);

    // `count` charges of namespace `ns`, an hour apart, newest first, from
    // 2026-01-01 00:00 UTC down; amounts 12.3456, 12.3457, ...
    static QList<Usage> makeUsages(int count, const QString &ns = QStringLiteral("ns-a"));
    // `count` consuming volume orders of `ns`, started a day apart.
    static QList<Order> makeOrders(int count, const QString &ns = QStringLiteral("ns-a"));

    QString describe() const override { return QStringLiteral("fake"); }
    bool isReadOnly() const override { return readOnly; }
    QFuture<Result<Page<Order>>> listOrders(const OrderFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<Order>> getOrder(qint64 id, const QString &ns) override;
    QFuture<Result<Page<Usage>>> listUsages(const UsageFilter &filter,
                                            const PageRequest &page) override;
    QFuture<Result<UsageTotal>> usageTotal(const UsageFilter &filter) override;
    QFuture<Result<QList<SpendCell>>>
    spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months) override;
    QFuture<Result<std::pair<QDateTime, QDateTime>>>
    usageTimeRange(const UsageFilter &filter) override;
    QFuture<Result<QList<Plan>>> listPlans(const PlanFilter &filter) override;
    QFuture<Result<QList<Region>>> listRegions() override;
    QFuture<Result<QStringList>> listNamespaces(const QString &region) override;
    QFuture<Result<Quote>> quote(const QuoteRequest &request) override;
    QFuture<Result<CancelOutcome>> cancel(qint64 id, const QString &ns) override;

private:
    struct Held
    {
        std::function<void()> deliver;
        std::function<void(int, int)> progress;
    };

    QList<Usage> matchingUsages(const UsageFilter &filter) const;
    template<typename T>
    QFuture<Result<T>> answer(Call call, Result<T> result);

    QList<Held> m_held;
};
