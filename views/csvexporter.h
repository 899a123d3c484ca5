#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/result.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class Backend;
struct CsvSink;

// Exports every row of a list — not just the rows a view has loaded — to a
// CSV file (UTF-8 with BOM so spreadsheet programs read the Chinese right,
// a header row). Pages are asked one after the other, each from where the
// last one ended; turning rows into text and writing run on a worker
// thread; the file is written under a temporary name and appears only when
// complete.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 1000;

    // One page: how many rows, where the next one starts, and its CSV lines
    // (each with its line end), made on the worker thread.
    struct Chunk
    {
        qint64 rows = 0;
        std::optional<PageCursor> next;
        std::function<QByteArray()> render;
    };
    using PageSource = std::function<QFuture<Result<Chunk>>(const PageRequest &)>;
    using CountSource = std::function<QFuture<Result<qint64>>()>;

    // `header` without its line end; `count` may be empty (no progress bar).
    CsvExporter(QString header, PageSource pages, CountSource count, QObject *parent = nullptr);
    ~CsvExporter() override;

    // Every charge of `filter`, in its order; every order of `filter`.
    static CsvExporter *forUsages(Backend *backend, const UsageFilter &filter,
                                  const QTimeZone &zone, QObject *parent);
    static CsvExporter *forOrders(Backend *backend, const OrderFilter &filter,
                                  const QTimeZone &zone, QObject *parent);

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // total = -1 while the count is not known yet.
    void progressChanged(qint64 written, qint64 total);
    void finished(qint64 rows, const QString &path);
    void failed(const BackendError &error);
    void canceled();

private:
    void requestPage(const PageRequest &page);
    void pageArrived(const Chunk &chunk);
    void fail(const BackendError &error);
    void abort();

    QString m_header;
    PageSource m_pages;
    CountSource m_count;
    QString m_path;
    QThreadPool m_pool; // one thread: writes happen in order
    std::shared_ptr<CsvSink> m_sink;
    QFuture<void> m_pending;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_running = false;
};
