#include "simusageapi.h"

#include "simpaging.h"
#include "simquote.h"
#include "simwire.h"

namespace {

const QString Prefix = QStringLiteral("/usageapi/v1");

std::optional<qint64> parseId(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text)
        return std::nullopt;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return id;
}

QString scanError(const QString &column)
{
    return QStringLiteral("sql: Scan error on column \"%1\": converting NULL is unsupported")
        .arg(column);
}

} // namespace

SimUsageApi::SimUsageApi(const SimOptions &options, SimStore &store, SimPlanCatalog &plans)
    : m_options(options)
    , m_store(store)
    , m_plans(plans)
{
}

QDateTime SimUsageApi::now() const
{
    return m_options.now ? *m_options.now : QDateTime::currentDateTimeUtc();
}

std::optional<SimResponse> SimUsageApi::handle(const SimRequest &r)
{
    const QString path = r.path();
    if (!path.startsWith(Prefix + QLatin1Char('/')))
        return std::nullopt;
    const QString rest = path.mid(Prefix.size());
    using M = SimRequest::Method;
    if (rest == QLatin1String("/orders")) {
        if (r.method() == M::Get)
            return listOrders(r);
        if (r.method() == M::Post)
            return createOrder(r);
    } else if (rest.startsWith(QLatin1String("/orders/")) && rest.count(QLatin1Char('/')) == 2 &&
               rest.size() > 8) {
        const QString id = rest.mid(8);
        if (r.method() == M::Get)
            return getOrder(r, id);
        if (r.method() == M::Put)
            return cancelOrder(r, id);
    } else if (rest == QLatin1String("/usages") && r.method() == M::Get) {
        return listUsages(r);
    }
    return SimResponse::unsupportedUrl();
}

SimResponse SimUsageApi::serverError(int code, const QString &generic, const BackendError &e)
{
    return SimResponse::error(400, code, QStringLiteral("%1 (%2)").arg(generic, e.message()));
}

std::optional<SimResponse> SimUsageApi::authenticate(const SimRequest &r, const QString &region,
                                                     const SimToken **token)
{
    // The service keeps one auth client per region: a region it does not
    // know fails before the token is looked at.
    const auto known = m_plans.regionKnown(region);
    if (!known)
        return SimResponse::error(
            500, 3304, QStringLiteral("db not inited (%1)").arg(known.error().message()));
    if (!known.value())
        return SimResponse::error(
            401, 3305, QStringLiteral("auth failed (user noud found @ region (%1).)").arg(region));
    const auto it = m_options.tokens.constFind(r.bearerToken());
    if (r.bearerToken().isEmpty() || it == m_options.tokens.constEnd())
        return SimResponse::authFailed();
    *token = &it.value();
    return std::nullopt;
}

SimResponse SimUsageApi::listOrders(const SimRequest &r)
{
    const QString region = r.param(QStringLiteral("region"));
    if (region.isEmpty())
        return SimResponse::invalidParameters(QStringLiteral("region can't be blank"));
    const SimToken *token = nullptr;
    if (auto denied = authenticate(r, region, &token))
        return *denied;
    SimOrderQuery q;
    q.region = region;
    q.ns = r.param(QStringLiteral("namespace"));
    if (q.ns.isEmpty())
        q.ns = token->user;
    if (!token->mayActFor(q.ns))
        return SimResponse::permissionDenied();
    q.status = r.param(QStringLiteral("status"));
    static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("consuming"),
                                         QStringLiteral("ended"), QStringLiteral("renewfailed")};
    if (!q.status.isEmpty() && !statuses.contains(q.status))
        return SimResponse::invalidParameters(QStringLiteral("invalid status parameter"));
    q.resourceName = r.param(QStringLiteral("resource_name"));
    q.type = r.param(QStringLiteral("type"));

    SimPaging paging(r.param(QStringLiteral("page")), r.param(QStringLiteral("size")), 30, 100);
    const auto total = m_store.countOrders(q);
    if (!total)
        return serverError(3312, QStringLiteral("failed to query orders"), total.error());
    paging.apply(total.value());
    const auto rows = m_store.orders(q, paging.offset(), int(paging.limit()));
    if (!rows)
        return serverError(3312, QStringLiteral("failed to query orders"), rows.error());
    SimJson results = SimJson::array();
    for (const SimOrderRow &row : rows.value()) {
        if (!row.nullColumn.isEmpty())
            return SimResponse::error(
                400, 3312,
                QStringLiteral("failed to query orders (%1)").arg(scanError(row.nullColumn)));
        SimJson item = SimJson::object();
        item.add("order", SimWire::order(row, m_options.serviceZone, true));
        results.append(std::move(item));
    }
    SimJson data = SimJson::object();
    data.add("total", SimJson::integer(total.value()));
    data.add("results", std::move(results));
    return SimResponse::ok(std::move(data));
}

SimResponse SimUsageApi::getOrder(const SimRequest &r, const QString &idText)
{
    const auto id = parseId(idText);
    if (!id)
        return SimResponse::invalidParameters(QStringLiteral("id=") + idText);
    const auto order = m_store.consumingOrder(*id);
    if (!order)
        return serverError(3311, QStringLiteral("failed to get order"), order.error());
    // Not consuming (ended, pending, unknown): 200 with an empty data,
    // before any token check.
    if (!order.value())
        return SimResponse::ok(SimJson::object());
    const SimOrderRow &row = *order.value();
    if (!row.nullColumn.isEmpty())
        return SimResponse::error(
            400, 3311, QStringLiteral("failed to get order (%1)").arg(scanError(row.nullColumn)));
    const SimToken *token = nullptr;
    if (auto denied = authenticate(r, row.region, &token))
        return *denied;
    QString ns = r.param(QStringLiteral("namespace"));
    if (ns.isEmpty())
        ns = token->user;
    if (ns != row.ns || !token->mayActFor(ns))
        return SimResponse::permissionDenied();
    SimJson data = SimJson::object();
    data.add("order", SimWire::order(row, m_options.serviceZone, false));
    return SimResponse::ok(std::move(data));
}

SimResponse SimUsageApi::cancelOrder(const SimRequest &r, const QString &idText)
{
    const auto id = parseId(idText);
    if (!id)
        return SimResponse::invalidParameters(QStringLiteral("id=") + idText);
    QString error;
    const auto body = r.jsonObject(&error);
    QString ns, action;
    if (body) {
        ns = SimRequest::stringField(*body, QStringLiteral("namespace"), &error);
        action = SimRequest::stringField(*body, QStringLiteral("action"), &error);
    }
    if (!error.isEmpty())
        return SimResponse::parseJsonFailed(error);
    const auto order = m_store.consumingOrder(*id);
    if (!order)
        return serverError(3311, QStringLiteral("failed to get order"), order.error());
    if (!order.value() || !order.value()->nullColumn.isEmpty())
        return SimResponse::error(400, 3318, QStringLiteral("not found"));
    const SimOrderRow row = *order.value();
    const SimToken *token = nullptr;
    if (auto denied = authenticate(r, row.region, &token))
        return *denied;
    if (ns.isEmpty())
        ns = token->user;
    if (ns != row.ns || !token->mayActFor(ns))
        return SimResponse::permissionDenied();
    if (action != QLatin1String("cancel"))
        return SimResponse::invalidParameters(QStringLiteral("unknown action: ") + action);

    auto end = [this, row]() {
        const auto ended = m_store.endOrder(row, now());
        if (!ended)
            return SimResponse::error(
                400, 3309,
                QStringLiteral("failed to cancel order (%1)").arg(ended.error().message()));
        // No row changed: someone else ended it; the service still says OK.
        return SimResponse::envelope(200, 0, QStringLiteral("OK"));
    };
    // Releasing a BSI takes the real service over 5 s.
    if (row.planType.toLower() == QLatin1String("bsi") && m_options.bsiDelayMs > 0) {
        SimResponse later;
        later.deferMs = m_options.bsiDelayMs;
        later.deferred = end;
        return later;
    }
    return end();
}

SimResponse SimUsageApi::createOrder(const SimRequest &r)
{
    SimQuote quote(m_options, m_store, m_plans);
    return quote.answer(r, now(), [this, &r](const QString &region, const SimToken **token) {
        return authenticate(r, region, token);
    });
}

SimResponse SimUsageApi::listUsages(const SimRequest &r)
{
    const QString region = r.param(QStringLiteral("region"));
    if (region.isEmpty())
        return SimResponse::invalidParameters(QStringLiteral("region can't be blank"));
    const SimToken *token = nullptr;
    if (auto denied = authenticate(r, region, &token))
        return *denied;
    QString ns = r.param(QStringLiteral("namespace"));
    if (ns.isEmpty())
        ns = token->user;
    if (!token->mayActFor(ns))
        return SimResponse::permissionDenied();
    const QString orderId = r.param(QStringLiteral("order"));

    SimPaging paging(r.param(QStringLiteral("page")), r.param(QStringLiteral("size")), 30, 100);
    const auto total = m_store.countUsages(ns, region, orderId);
    if (!total)
        return serverError(3314, QStringLiteral("failed to query consumings"), total.error());
    paging.apply(total.value());
    const auto rows = m_store.usages(ns, region, orderId, paging.offset(), int(paging.limit()));
    if (!rows)
        return serverError(3314, QStringLiteral("failed to query consumings"), rows.error());
    SimJson results = SimJson::array();
    for (const SimUsageRow &row : rows.value()) {
        if (!row.nullColumn.isEmpty())
            return SimResponse::error(
                400, 3314,
                QStringLiteral("failed to query consumings (%1)").arg(scanError(row.nullColumn)));
        results.append(SimWire::usage(row, m_options.serviceZone));
    }
    SimJson data = SimJson::object();
    data.add("total", SimJson::integer(total.value()));
    data.add("results", std::move(results));
    return SimResponse::ok(std::move(data));
}
