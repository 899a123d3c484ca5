#pragma once

#include "core/backenderror.h"
#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>

// The generation bookkeeping every model shares: each request is tagged with
// the current generation; bump() starts a new one, cancels the futures still
// running and makes their late answers vanish. Counts the requests in flight
// of the current generation for busyChanged.
class RequestTracker : public QObject
{
    Q_OBJECT
public:
    explicit RequestTracker(QObject *parent = nullptr);

    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_pending > 0; }
    // A new generation: older answers are dropped from now on.
    void bump();

    // Runs `handler` on this object's thread with the value when `future`
    // answers for the current generation; an error goes to errorOccurred.
    template<typename T>
    void track(QFuture<Result<T>> future, std::function<void(const T &)> handler,
               std::function<void(const BackendError &)> onError = {})
    {
        const quint64 gen = m_generation;
        started(QFuture<void>(future));
        future.then(this, [this, gen, handler, onError](Result<T> result) {
            if (gen != m_generation)
                return; // an answer to a filter that is no longer shown
            finished();
            if (!result.ok()) {
                if (onError)
                    onError(result.error());
                Q_EMIT errorOccurred(result.error());
                return;
            }
            handler(result.value());
        });
    }

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorOccurred(const BackendError &error);

private:
    void started(const QFuture<void> &future);
    void finished();

    quint64 m_generation = 0;
    int m_pending = 0;
    QList<QFuture<void>> m_inFlight;
};
