#pragma once

#include "core/forecastcell.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimeZone>

class Backend;
class ForecastLoader;

// The Spend view's forecast: which months get one (this month and the
// next, in the display zone), stretching "all months" to them, the request
// to ForecastLoader, and the status line that sums the answer up.
class SpendForecaster : public QObject
{
    Q_OBJECT
public:
    explicit SpendForecaster(QObject *parent = nullptr);

    // Where the service computes deadlines (invalid = Asia/Shanghai).
    void setServiceZone(const QTimeZone &zone);
    QTimeZone serviceZone() const { return m_serviceZone; }
    // The instant "this month" is taken from (invalid = the current time).
    void setAt(const QDateTime &at) { m_at = at; }

    // This month and the next in `zone`.
    QList<QDate> months(const QTimeZone &zone) const;
    // Months with charges up to the present run on to the next month (data
    // that stopped long ago is left as it is).
    void stretch(QList<QDate> *shown, const QTimeZone &zone) const;

    // Forecasts those of this month and the next that are `shown`; false
    // (and nothing asked) when none is.
    bool load(Backend *backend, const QString &region, const QStringList &namespaces,
              const QTimeZone &zone, const QList<QDate> &shown);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void loaded(const QList<ForecastCell> &cells, const QString &summary);
    void failed(const QString &message);

private:
    ForecastLoader *m_loader;
    QTimeZone m_serviceZone;
    QDateTime m_at;
};
