#include "spendloader.h"

#include "core/backend.h"
#include "core/cancelifrunning.h"
#include "core/monthcalendar.h"

SpendLoader::SpendLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_progress, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progressed(value, m_progress.progressMaximum()); });
}

void SpendLoader::setBackend(Backend *backend)
{
    cancel();
    for (const auto &c : std::as_const(m_backendConnections))
        disconnect(c);
    m_backendConnections.clear();
    m_backend = backend;
    if (!backend)
        return;
    m_backendConnections = {
        connect(backend, &Backend::cachedFiguresCorrected, this,
                &SpendLoader::cachedFiguresCorrected),
        connect(backend, &Backend::cacheUnavailable, this, &SpendLoader::cacheUnavailable),
    };
}

void SpendLoader::cancel()
{
    ++m_generation; // whatever arrives later is dropped
    m_cancelPending();
    m_cancelPending = [] {
    };
    m_progress.setFuture({});
    if (m_busy) {
        m_busy = false;
        Q_EMIT canceled();
    }
}

void SpendLoader::finish()
{
    m_busy = false;
    m_cancelPending = [] {
    };
    m_progress.setFuture({});
}

void SpendLoader::load(const QString &region, const QStringList &namespaces, const QTimeZone &zone,
                       const std::optional<std::pair<QDate, QDate>> &range)
{
    ++m_generation;
    m_cancelPending();
    const quint64 generation = m_generation;
    if (!m_backend)
        return;
    m_busy = true;
    UsageFilter filter;
    filter.region = region;
    // A connection limited to some namespaces charts those, not the token's own.
    filter.namespaces = namespaces.isEmpty() ? m_backend->namespaceScope() : namespaces;
    if (range) {
        loadMonths(generation, filter, MonthCalendar::months(range->first, range->second, zone));
        return;
    }
    if (m_backend->spendsEveryMonthAtOnce()) {
        loadEveryMonth(generation, filter, zone);
        return;
    }
    auto future = m_backend->usageTimeRange(filter);
    m_cancelPending = [future]() mutable {
        cancelIfRunning(future);
    };
    m_progress.setFuture(QFuture<void>(future));
    future
        .then(this,
              [this, generation, filter, zone](const Result<std::pair<QDateTime, QDateTime>> &r) {
                  if (generation != m_generation)
                      return;
                  if (!r) {
                      finish();
                      return Q_EMIT failed(r.error());
                  }
                  const auto &[first, last] = r.value();
                  if (!first.isValid() || !last.isValid()) {
                      finish();
                      return Q_EMIT loaded({}, {});
                  }
                  loadMonths(generation, filter, MonthCalendar::monthsCovering(first, last, zone));
              })
        .onCanceled(this, [this, generation] { canceledElsewhere(generation); });
}

void SpendLoader::canceledElsewhere(quint64 generation)
{
    // Not by cancel() (that moved the generation on): the backend went away.
    if (generation != m_generation)
        return;
    finish();
    Q_EMIT canceled();
}

void SpendLoader::loadEveryMonth(quint64 generation, const UsageFilter &filter,
                                 const QTimeZone &zone)
{
    // One pass where the backend finds the months and groups them at once
    // (a database without the cache): no scan for the time range first.
    auto future = m_backend->spendOfEveryMonth(filter, zone);
    m_cancelPending = [future]() mutable {
        cancelIfRunning(future);
    };
    m_progress.setFuture(QFuture<void>(future));
    future
        .then(this,
              [this, generation](const Result<MonthlySpend> &r) {
                  if (generation != m_generation)
                      return;
                  finish();
                  if (!r)
                      return Q_EMIT failed(r.error());
                  QList<QDate> days;
                  for (const MonthSpan &span : r.value().months)
                      days.append(span.month);
                  Q_EMIT loaded(r.value().cells, days);
              })
        .onCanceled(this, [this, generation] { canceledElsewhere(generation); });
}

void SpendLoader::loadMonths(quint64 generation, const UsageFilter &rangeFilter,
                             const QList<MonthSpan> &months)
{
    if (months.isEmpty() || !m_backend) {
        finish();
        return Q_EMIT loaded({}, {});
    }
    UsageFilter filter = rangeFilter;
    filter.from = months.first().startUtc;
    filter.to = months.last().endUtc;
    QList<QDate> days;
    for (const MonthSpan &span : months)
        days.append(span.month);
    auto future = m_backend->spendByNamespaceAndMonth(filter, months);
    m_cancelPending = [future]() mutable {
        cancelIfRunning(future);
    };
    m_progress.setFuture(QFuture<void>(future));
    future
        .then(this,
              [this, generation, days](const Result<QList<SpendCell>> &cells) {
                  if (generation != m_generation)
                      return;
                  finish();
                  if (!cells)
                      return Q_EMIT failed(cells.error());
                  Q_EMIT loaded(cells.value(), days);
              })
        .onCanceled(this, [this, generation] { canceledElsewhere(generation); });
}
