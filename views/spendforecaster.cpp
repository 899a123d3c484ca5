#include "spendforecaster.h"

#include "core/backend.h"
#include "core/billingcalendar.h"
#include "displayformat.h"
#include "reports/forecastloader.h"

#include <numeric>

SpendForecaster::SpendForecaster(QObject *parent)
    : QObject(parent)
    , m_loader(new ForecastLoader(this))
{
}

void SpendForecaster::setServiceZone(const QTimeZone &zone)
{
    m_serviceZone = zone;
}

QList<QDate> SpendForecaster::months(const QTimeZone &zone) const
{
    const QDateTime at = m_at.isValid() ? m_at : QDateTime::currentDateTimeUtc();
    const QDate thisMonth = MonthCalendar::monthOf(at, zone);
    return {thisMonth, thisMonth.addMonths(1)};
}

void SpendForecaster::stretch(QList<QDate> *shown, const QTimeZone &zone) const
{
    const QList<QDate> ahead = months(zone);
    if (shown->isEmpty() || shown->constLast() < ahead.constFirst().addMonths(-1))
        return;
    QDate month = shown->constLast();
    while (month < ahead.constLast()) {
        month = month.addMonths(1);
        shown->append(month);
    }
}

bool SpendForecaster::isBusy() const
{
    return m_loader->isBusy();
}

void SpendForecaster::cancel()
{
    m_loader->cancel();
}

bool SpendForecaster::load(Backend *backend, const QString &region, const QStringList &namespaces,
                           const QTimeZone &zone, const QList<QDate> &shown)
{
    ForecastRequest request;
    for (const QDate &month : months(zone)) {
        if (shown.contains(month))
            request.months.append(MonthCalendar::months(month, month, zone).constFirst());
    }
    if (!backend || request.months.isEmpty())
        return false;
    request.region = region;
    // The namespaces of the filter bar; without, those the connection is
    // limited to (if any).
    request.namespaces = namespaces.isEmpty() ? backend->namespaceScope() : namespaces;
    request.zone = zone;
    request.serviceZone =
        m_serviceZone.isValid() ? m_serviceZone : BillingCalendar::defaultServiceZone();
    m_loader->load(backend, request)
        .then(this,
              [this](const Result<Forecast> &forecast) {
                  if (!forecast)
                      return Q_EMIT failed(
                          tr("The forecast could not be made: %1").arg(forecast.error().message()));
                  const Forecast &f = forecast.value();
                  Money renewals, atRisk;
                  for (const ForecastCell &c : f.cells) {
                      renewals += c.renewals;
                      atRisk += c.atRisk;
                  }
                  const qint64 left = f.ordersWithoutTimes +
                                      std::accumulate(f.ordersWithoutPrice.cbegin(),
                                                      f.ordersWithoutPrice.cend(), qint64(0));
                  QString summary =
                      tr("Forecast: %1 still to be renewed by %n order(s), %2 of it at risk.",
                         nullptr, int(f.orders))
                          .arg(DisplayFormat::money(renewals), DisplayFormat::money(atRisk));
                  if (left > 0)
                      summary += QLatin1Char(' ') +
                                 tr("%n order(s) left out: no start, deadline or active plan "
                                    "price.",
                                    nullptr, int(left));
                  Q_EMIT loaded(f.cells, summary);
              })
        .onCanceled(this, [] {}); // by cancel(): whoever cancelled set the state
    return true;
}
