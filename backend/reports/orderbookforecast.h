#pragma once

#include "core/forecastcell.h"
#include "core/monthcalendar.h"
#include "core/order.h"
#include "core/plan.h"
#include "core/usage.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimeZone>

// What the forecast found, and what it had to leave out (never guessed).
struct Forecast
{
    QList<MonthSpan> months;
    QList<ForecastCell> cells; // by month, then namespace
    qint64 orders = 0;         // consuming orders that renew in the months
    qint64 atRiskOrders = 0;   // of those, whose last renewal failed
    // Orders left out: no known start or deadline (a NULL in the database).
    qint64 ordersWithoutTimes = 0;
    // Orders left out because their plan has no active version in their
    // region, as "region plan_id" -> how many.
    QMap<QString, qint64> ordersWithoutPrice;
};

// The renewals the order book will still write (SPEC §4.5–§4.6): every
// consuming, paid order renews at its DEADLINE_TIME, then at each next
// deadline by BillingCalendar's rule in the service zone, for as long as the
// deadline falls before the end of the last month asked for. Each renewal
// charges the price of the plan's active version, int64(float32(price x
// 10000)), as the service does. A deadline that already passed without its
// renewal being written counts too, at that deadline. Orders are added
// page by page, so the book never has to fit in memory.
class OrderBookForecast
{
public:
    OrderBookForecast(const QList<MonthSpan> &months, const QTimeZone &serviceZone);

    // Active versions of plans. Where a plan has two active versions in a
    // region the lowest version id wins, as the plan service's LIMIT 1 does
    // on MariaDB (SPEC §2).
    void addPlans(const QList<Plan> &plans);
    // A consuming, paid order; `atRisk`: its last renewal failed. An order
    // added again (same key) is ignored.
    void addOrder(const Order &order, bool atRisk);
    // The charges already written, per namespace and month.
    void addWritten(const QList<SpendCell> &cells);

    Forecast result() const;

    // The full charge of a renewal at `price` (yuan, as the plan stores it).
    static Money renewalCharge(double price);

private:
    struct Price
    {
        qint64 version = 0;
        Money charge;
    };

    ForecastCell &cell(int month, const QString &ns);
    int monthIndex(const QDateTime &instant) const;

    QList<MonthSpan> m_months;
    QTimeZone m_zone;
    QHash<QString, Price> m_prices; // "region plan_id"
    QSet<qint64> m_orderKeys;
    QMap<std::pair<int, QString>, ForecastCell> m_cells;
    Forecast m_totals;
};
