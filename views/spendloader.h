#pragma once

#include "core/backend.h"

#include <QDate>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <optional>

// The requests behind SpendView: the time range (for "all months"), then
// the spend itself, with progress while a cache fills and cancel. Only the
// answer to the latest request is delivered; older ones are dropped.
class SpendLoader : public QObject
{
    Q_OBJECT
public:
    explicit SpendLoader(QObject *parent = nullptr);

    // Null = no connection. Cancels what is loading.
    void setBackend(Backend *backend);
    Backend *backend() const { return m_backend; }

    // The spend of `region` (empty = all) and `namespaces` (empty = all, or
    // those the connection is limited to) per month in `zone`: the months of
    // `range` (inclusive), or every month with charges when it is nullopt.
    void load(const QString &region, const QStringList &namespaces, const QTimeZone &zone,
              const std::optional<std::pair<QDate, QDate>> &range);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void loaded(const QList<SpendCell> &cells, const QList<QDate> &months);
    void failed(const BackendError &error);
    // Months computed so far of those the cache lacked (total 0 = unknown).
    void progressed(int done, int total);
    void canceled();
    // The backend's cache notices, for the status bar; after a correction
    // the figures shown are stale: load again.
    void cachedFiguresCorrected(const QString &message);
    void cacheUnavailable(const QString &message);

private:
    void loadMonths(quint64 generation, const UsageFilter &filter, const QList<MonthSpan> &months);
    void loadEveryMonth(quint64 generation, const UsageFilter &filter, const QTimeZone &zone);
    void finish();
    void canceledElsewhere(quint64 generation);

    QPointer<Backend> m_backend;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::function<void()> m_cancelPending = [] {
    };
    QFutureWatcher<void> m_progress; // the progress of whichever request runs
    QList<QMetaObject::Connection> m_backendConnections;
};
