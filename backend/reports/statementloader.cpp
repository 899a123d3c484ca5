#include "reports/statementloader.h"

#include "reports/statementbuilder.h"

QFuture<Result<Statement>> StatementLoader::load(Backend *backend, const StatementRequest &request)
{
    auto builder = std::make_shared<StatementBuilder>(request.ns, request.month, request.zone);
    return byRegion<Statement>(
        backend, request.region,
        [this, builder, request](quint64 generation, const QString &region,
                                 const std::function<void()> &next, const Fail &fail) {
            loadRegion(generation, request, region, builder, next, fail);
        },
        [builder] { return builder->build(QDateTime::currentDateTimeUtc()); },
        request.ns.isEmpty()
            ? std::optional(BackendError(BackendError::Category::InvalidInput,
                                         QStringLiteral("A statement is for one namespace.")))
            : std::nullopt);
}

void StatementLoader::loadRegion(quint64 generation, const StatementRequest &request,
                                 const QString &region,
                                 const std::shared_ptr<StatementBuilder> &builder,
                                 const std::function<void()> &next, const Fail &fail)
{
    builder->addRegion(region);
    UsageFilter charges;
    charges.region = region;
    charges.namespaces = {request.ns};
    charges.from = request.month.startUtc;
    charges.to = request.month.endUtc;
    OrderFilter orders;
    orders.region = region;
    orders.namespaces = {request.ns};
    PlanFilter plans;
    plans.region = region;

    // The charges, then the orders (resource names), then the plans (names
    // of plans whose charged version is gone).
    const auto named = [this, generation, builder, plans, next, fail] {
        ask<QList<Plan>>(
            generation, backend()->listPlans(plans),
            [builder, next](const QList<Plan> &list) {
                builder->addPlans(list);
                next();
            },
            fail);
    };
    const auto resources = [this, generation, builder, orders, named, fail] {
        walk<Order>(
            generation,
            [orders](Backend *b, const PageRequest &p) { return b->listOrders(orders, p); },
            [builder](const QList<Order> &page) { builder->addOrders(page); }, named, fail);
    };
    walk<Usage>(
        generation,
        [charges](Backend *b, const PageRequest &p) { return b->listUsages(charges, p); },
        [builder](const QList<Usage> &page) { builder->addCharges(page); }, resources, fail);
}
