#include "reports/forecastloader.h"

QFuture<Result<Forecast>> ForecastLoader::load(Backend *backend, const ForecastRequest &request)
{
    auto book = std::make_shared<OrderBookForecast>(request.months, request.serviceZone);
    return byRegion<Forecast>(
        backend, request.region,
        [this, book, request](quint64 generation, const QString &region,
                              const std::function<void()> &next, const Fail &fail) {
            loadRegion(generation, request, region, book, next, fail);
        },
        [book] { return book->result(); },
        request.months.isEmpty()
            ? std::optional(BackendError(BackendError::Category::InvalidInput,
                                         QStringLiteral("No month to forecast.")))
            : std::nullopt);
}

void ForecastLoader::loadRegion(quint64 generation, const ForecastRequest &request,
                                const QString &region,
                                const std::shared_ptr<OrderBookForecast> &book,
                                const std::function<void()> &next, const Fail &fail)
{
    OrderFilter orders;
    orders.region = region;
    orders.namespaces = request.namespaces;
    const auto ordersWith = [orders](StatusFilter status) {
        OrderFilter f = orders;
        f.status = status;
        return [f](Backend *b, const PageRequest &p) {
            return b->listOrders(f, p);
        };
    };
    UsageFilter spend;
    spend.region = region;
    spend.namespaces = request.namespaces;
    spend.from = request.months.constFirst().startUtc;
    spend.to = request.months.constLast().endUtc;
    PlanFilter plans;
    plans.region = region;

    // Prices first, then the failed renewals (at risk), then every other
    // consuming order, then what is written already.
    const auto written = [this, generation, request, book, spend, next, fail] {
        // Months in a row, as a spend is asked; those not asked for are dropped.
        const QList<MonthSpan> covering = MonthCalendar::months(
            request.months.constFirst().month, request.months.constLast().month, request.zone);
        ask<QList<SpendCell>>(
            generation, backend()->spendByNamespaceAndMonth(spend, covering),
            [book, next](const QList<SpendCell> &cells) {
                book->addWritten(cells);
                next();
            },
            fail);
    };
    const auto consuming = [this, generation, book, ordersWith, written, fail] {
        walk<Order>(
            generation, ordersWith(StatusFilter::Consuming),
            [book](const QList<Order> &page) {
                for (const Order &o : page)
                    book->addOrder(o, o.renewRetries > 0);
            },
            written, fail);
    };
    const auto failing = [this, generation, book, ordersWith, consuming, fail] {
        walk<Order>(
            generation, ordersWith(StatusFilter::RenewFailed),
            [book](const QList<Order> &page) {
                for (const Order &o : page)
                    book->addOrder(o, true);
            },
            consuming, fail);
    };
    ask<QList<Plan>>(
        generation, backend()->listPlans(plans),
        [book, failing](const QList<Plan> &list) {
            book->addPlans(list);
            failing();
        },
        fail);
}
