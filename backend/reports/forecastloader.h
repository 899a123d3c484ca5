#pragma once

#include "reports/orderbookforecast.h"
#include "reports/reportloader.h"

// What to forecast.
struct ForecastRequest
{
    QString region;          // empty = every region
    QStringList namespaces;  // empty = every namespace the connection sees
    QList<MonthSpan> months; // in order; need not follow each other
    QTimeZone zone;          // the display zone the months are in
    QTimeZone serviceZone;   // where deadlines are computed (SPEC §4.5)
};

// Gathers the order book and the charges already written from a backend,
// region by region, and computes the forecast (OrderBookForecast). Works
// over every backend: it needs only the consuming orders (start, deadline,
// plan), the renew-failed ones (status `renewfailed` over REST, where
// RENEW_RETRIES is not on the wire), the active plans and the spend.
class ForecastLoader : public ReportLoader
{
    Q_OBJECT
public:
    using ReportLoader::ReportLoader;

    // Cancels the forecast being made, if any.
    QFuture<Result<Forecast>> load(Backend *backend, const ForecastRequest &request);

private:
    void loadRegion(quint64 generation, const ForecastRequest &request, const QString &region,
                    const std::shared_ptr<OrderBookForecast> &book,
                    const std::function<void()> &next, const Fail &fail);
};
