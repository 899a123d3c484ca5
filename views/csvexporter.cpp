#include "csvexporter.h"

#include "core/backend.h"
#include "core/cancelifrunning.h"
#include "core/csvwriter.h"
#include "csvrows.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

// The file and the flag the worker jobs share with the exporter.
struct CsvSink
{
    std::unique_ptr<QSaveFile> file;
    std::atomic<bool> stop{false};
};

namespace {

// A page of typed rows as a chunk whose lines are made later, off the GUI thread.
template<typename T>
Result<CsvExporter::Chunk> chunkOf(const Result<Page<T>> &page,
                                   std::function<QString(const T &)> line)
{
    if (!page)
        return page.error();
    const QList<T> rows = page.value().items;
    return CsvExporter::Chunk{rows.size(), page.value().next, [rows, line] {
                                  QByteArray text;
                                  for (const T &row : rows)
                                      text += line(row).toUtf8() + CsvWriter::lineEnd;
                                  return text;
                              }};
}

} // namespace

CsvExporter::CsvExporter(QString header, PageSource pages, CountSource count, QObject *parent)
    : QObject(parent)
    , m_header(std::move(header))
    , m_pages(std::move(pages))
    , m_count(std::move(count))
{
    m_pool.setMaxThreadCount(1);
}

CsvExporter::~CsvExporter()
{
    if (m_sink)
        m_sink->stop = true;
    cancelIfRunning(m_pending);
    m_pool.waitForDone(); // at most the page being written
}

CsvExporter *CsvExporter::forUsages(Backend *backend, const UsageFilter &filter,
                                    const QTimeZone &zone, QObject *parent)
{
    const std::function<QString(const Usage &)> line = [zone](const Usage &u) {
        return CsvRows::usageLine(u, zone);
    };
    return new CsvExporter(
        CsvRows::usageHeader(zone),
        [backend, filter, line](const PageRequest &page) {
            return backend->listUsages(filter, page).then([line](const Result<Page<Usage>> &r) {
                return chunkOf<Usage>(r, line);
            });
        },
        [backend, filter] {
            return backend->usageTotal(filter).then([](const Result<UsageTotal> &r) {
                return r ? Result<qint64>(r.value().charges) : Result<qint64>(r.error());
            });
        },
        parent);
}

CsvExporter *CsvExporter::forOrders(Backend *backend, const OrderFilter &filter,
                                    const QTimeZone &zone, QObject *parent)
{
    const std::function<QString(const Order &)> line = [zone](const Order &o) {
        return CsvRows::orderLine(o, zone);
    };
    return new CsvExporter(
        CsvRows::orderHeader(zone),
        [backend, filter, line](const PageRequest &page) {
            return backend->listOrders(filter, page).then([line](const Result<Page<Order>> &r) {
                return chunkOf<Order>(r, line);
            });
        },
        [backend, filter] {
            // The count of a one-row page: the rows come by keyset meanwhile.
            return backend->listOrders(filter, PageRequest::first(1))
                .then([](const Result<Page<Order>> &r) {
                    return r ? Result<qint64>(r.value().total) : Result<qint64>(r.error());
                });
        },
        parent);
}

void CsvExporter::start(const QString &path)
{
    if (m_running)
        return;
    m_running = true;
    m_path = path;
    m_written = 0;
    m_sink = std::make_shared<CsvSink>();
    auto sink = m_sink;
    const QByteArray head = "\xEF\xBB\xBF" + m_header.toUtf8() + CsvWriter::lineEnd;
    QtConcurrent::run(&m_pool, [sink, path, head]() -> QString {
        sink->file = std::make_unique<QSaveFile>(path);
        if (!sink->file->open(QIODevice::WriteOnly))
            return sink->file->errorString();
        if (sink->file->write(head) != head.size())
            return sink->file->errorString();
        return QString();
    }).then(this, [this](const QString &error) {
        if (!m_running)
            return;
        if (!error.isEmpty())
            return fail(BackendError(BackendError::Category::InvalidInput,
                                     tr("Cannot write %1").arg(m_path), error));
        if (m_count) {
            m_count().then(this, [this](const Result<qint64> &total) {
                if (m_running && total.ok() && total.value() >= 0) {
                    m_total = total.value();
                    Q_EMIT progressChanged(m_written, m_total);
                }
            });
        }
        requestPage(PageRequest::first(PageSize, false));
    });
}

void CsvExporter::requestPage(const PageRequest &page)
{
    auto future = m_pages(page);
    m_pending = QFuture<void>(future);
    future.then(this, [this](const Result<Chunk> &result) {
        if (!m_running)
            return;
        if (!result.ok())
            return fail(result.error());
        pageArrived(result.value());
    });
}

void CsvExporter::pageArrived(const Chunk &chunk)
{
    // Ask for the next page while this one is written.
    if (chunk.next)
        requestPage(PageRequest::continueFrom(*chunk.next, PageSize));
    auto sink = m_sink;
    const bool last = !chunk.next;
    const std::function<QByteArray()> render = chunk.render;
    QtConcurrent::run(&m_pool, [sink, render, last]() -> QString {
        if (sink->stop)
            return QString();
        const QByteArray text = render();
        if (sink->file->write(text) != text.size())
            return sink->file->errorString();
        if (last && !sink->file->commit())
            return sink->file->errorString();
        return QString();
    }).then(this, [this, count = chunk.rows, last](const QString &error) {
        if (!m_running)
            return;
        if (!error.isEmpty())
            return fail(BackendError(BackendError::Category::InvalidInput,
                                     tr("Cannot write %1").arg(m_path), error));
        m_written += count;
        Q_EMIT progressChanged(m_written, m_total);
        if (last) {
            m_running = false;
            Q_EMIT finished(m_written, m_path);
        }
    });
}

void CsvExporter::cancel()
{
    if (!m_running)
        return;
    abort();
    Q_EMIT canceled();
}

void CsvExporter::abort()
{
    m_running = false;
    m_sink->stop = true;
    cancelIfRunning(m_pending);
    auto sink = m_sink;
    // QSaveFile discards the temporary file: no half-written export is left.
    m_pool.start([sink] {
        if (sink->file)
            sink->file->cancelWriting();
        sink->file.reset();
    });
}

void CsvExporter::fail(const BackendError &error)
{
    if (m_running)
        abort();
    Q_EMIT failed(error);
}
