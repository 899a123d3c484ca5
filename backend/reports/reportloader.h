#pragma once

#include "core/backend.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

// The plumbing the report loaders share: a run of several backend calls in
// a row, each continued on this object's thread (so a view can drop the
// backend between two calls), one run at a time. A new run or cancel()
// drops the running one. Needs an event loop on its thread: the window's,
// or usagectl's while it waits (CliContext::waitRunning).
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    explicit ReportLoader(QObject *parent = nullptr);
    ~ReportLoader() override;

    // Drops the running report; its future is canceled.
    void cancel();
    bool isBusy() const { return bool(m_cancelRun); }

protected:
    using Fail = std::function<void(const BackendError &)>;
    static constexpr int PageSize = 1000;

    // One report, made region by region: `region` or, when it is empty,
    // every region the backend knows (the REST API answers one region at a
    // time). `perRegion` asks what it needs of one region and calls `next`;
    // `finish` makes the report once every region is in. Cancels the report
    // being made; a report that cannot be made resolves with `invalid`.
    template<typename T>
    QFuture<Result<T>> byRegion(Backend *backend, const QString &region,
                                std::function<void(quint64 generation, const QString &region,
                                                   std::function<void()> next, const Fail &fail)>
                                    perRegion,
                                std::function<T()> finish,
                                std::optional<BackendError> invalid = std::nullopt)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        const quint64 generation = begin(backend, [promise] {
            promise->future().cancel();
            promise->finish();
        });
        const auto resolve = [this, promise, generation](Result<T> result) {
            promise->addResult(std::move(result));
            promise->finish();
            end(generation);
        };
        if (!backend)
            invalid = BackendError(BackendError::Category::InvalidInput,
                                   QStringLiteral("No connection."));
        if (invalid) {
            resolve(*invalid);
            return future;
        }
        const Fail fail = [resolve](const BackendError &e) {
            resolve(e);
        };
        regions(
            generation, region,
            [generation, perRegion, finish, resolve, fail](const QStringList &all) {
                // Region after region, then the report.
                auto step = std::make_shared<std::function<void(int)>>();
                *step = [generation, all, perRegion, finish, resolve, fail,
                         weak = std::weak_ptr(step)](int index) {
                    if (index == all.size())
                        return resolve(finish());
                    const auto self = weak.lock();
                    perRegion(
                        generation, all.at(index), [self, index] { (*self)(index + 1); }, fail);
                };
                (*step)(0);
            },
            fail);
        return future;
    }

    bool isCurrent(quint64 generation) const { return generation == m_generation && m_backend; }
    Backend *backend() const { return m_backend; }

    // `region`, or every region the backend knows when it is empty (the
    // REST API answers one region at a time).
    void regions(quint64 generation, const QString &region,
                 std::function<void(const QStringList &)> next, const Fail &fail);

    // The value of one call, continued here.
    template<typename T>
    void ask(quint64 generation, QFuture<Result<T>> future, std::function<void(const T &)> next,
             const Fail &fail)
    {
        future
            .then(this,
                  [this, generation, next, fail](const Result<T> &r) {
                      if (!isCurrent(generation))
                          return;
                      if (!r)
                          return fail(r.error());
                      next(r.value());
                  })
            .onCanceled(this, [this, generation, fail] {
                if (isCurrent(generation))
                    fail(canceled());
            });
    }

    // Every page of a list, `each` page in turn, then `next`.
    template<typename T>
    void walk(quint64 generation,
              std::function<QFuture<Result<Page<T>>>(Backend *, const PageRequest &)> fetch,
              std::function<void(const QList<T> &)> each, std::function<void()> next,
              const Fail &fail, const PageRequest &request = PageRequest::first(PageSize, false))
    {
        if (!isCurrent(generation))
            return;
        ask<Page<T>>(
            generation, fetch(m_backend, request),
            [this, generation, fetch, each, next, fail](const Page<T> &page) {
                each(page.items);
                if (!page.next)
                    return next();
                walk<T>(generation, fetch, each, next, fail,
                        PageRequest::continueFrom(*page.next, PageSize));
            },
            fail);
    }

private:
    static BackendError canceled();
    quint64 begin(Backend *backend, std::function<void()> cancelRun);
    void end(quint64 generation);

    QPointer<Backend> m_backend;
    quint64 m_generation = 0;
    std::function<void()> m_cancelRun;
};
