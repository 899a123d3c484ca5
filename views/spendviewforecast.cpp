// SpendView's shares and forecast: the options, and the forecast of this
// month and the next that follows each spend (SpendForecaster).

#include "spendforecaster.h"
#include "spendtablemodel.h"
#include "spendview.h"

#include <QCheckBox>
#include <QPushButton>

void SpendView::setServiceZone(const QTimeZone &zone)
{
    if (zone == m_forecaster->serviceZone())
        return;
    m_forecaster->setServiceZone(zone);
    scheduleRefresh(); // deadlines move with it
}

void SpendView::setForecastShown(bool shown)
{
    m_forecastBox->setChecked(shown); // reloads when it changes
}

bool SpendView::isForecastShown() const
{
    return m_forecastBox->isChecked();
}

void SpendView::setForecastAt(const QDateTime &at)
{
    m_forecaster->setAt(at);
    scheduleRefresh();
}

void SpendView::setSharesShown(bool shown)
{
    m_sharesBox->setChecked(shown);
}

void SpendView::connectForecaster()
{
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_forecaster->isBusy())
            return;
        // The spend is in: show it without the forecast.
        m_forecaster->cancel();
        showLoaded();
        Q_EMIT statusMessage(tr("Canceled."));
    });
    connect(m_forecaster, &SpendForecaster::loaded, this,
            [this](const QList<ForecastCell> &cells, const QString &summary) {
                m_forecastCells = cells;
                showLoaded();
                Q_EMIT statusMessage(summary);
            });
    connect(m_forecaster, &SpendForecaster::failed, this, [this](const QString &message) {
        showLoaded();
        Q_EMIT statusMessage(message);
    });
}
