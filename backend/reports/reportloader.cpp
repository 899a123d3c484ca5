#include "reports/reportloader.h"

#include "core/awaitresult.h"

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
{
}

ReportLoader::~ReportLoader()
{
    cancel();
}

void ReportLoader::cancel()
{
    ++m_generation; // whatever arrives later is dropped
    if (auto cancelRun = std::exchange(m_cancelRun, {}))
        cancelRun();
}

quint64 ReportLoader::begin(Backend *backend, std::function<void()> cancelRun)
{
    cancel();
    m_backend = backend;
    m_cancelRun = std::move(cancelRun);
    return m_generation;
}

void ReportLoader::end(quint64 generation)
{
    if (generation == m_generation)
        m_cancelRun = {};
}

BackendError ReportLoader::canceled()
{
    // The backend went away under the run (a profile switch).
    return canceledError();
}

void ReportLoader::regions(quint64 generation, const QString &region,
                           std::function<void(const QStringList &)> next, const Fail &fail)
{
    if (!region.isEmpty())
        return next({region});
    ask<QList<Region>>(
        generation, m_backend->listRegions(),
        [next](const QList<Region> &all) {
            QStringList ids;
            for (const Region &r : all)
                ids.append(r.identification);
            next(ids);
        },
        fail);
}
