#include "csvexporter.h"

#include "core/backend.h"
#include "core/csvwriter.h"
#include "displayformat.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

// The file and the flag the worker jobs share with the exporter.
struct CsvSink
{
    std::unique_ptr<QSaveFile> file;
    std::atomic<bool> stop{false};
};

CsvExporter::CsvExporter(Backend *backend, const UsageFilter &filter, const QTimeZone &zone,
                         QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_filter(filter)
    , m_zone(zone)
{
    m_pool.setMaxThreadCount(1);
}

CsvExporter::~CsvExporter()
{
    if (m_sink)
        m_sink->stop = true;
    m_pending.cancel();
    m_pool.waitForDone(); // at most the page being written
}

QString CsvExporter::headerLine(const QTimeZone &zone)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    const QStringList titles{tr("Time (%1)").arg(zoneName),
                             tr("Namespace"),
                             tr("Region"),
                             tr("Order"),
                             tr("Order key"),
                             tr("Charge #"),
                             tr("Plan"),
                             tr("Plan name"),
                             tr("Kind"),
                             tr("Amount (yuan)"),
                             tr("Period end (%1)").arg(zoneName)};
    return CsvWriter::record(titles);
}

QString CsvExporter::rowLine(const Usage &usage, const QTimeZone &zone)
{
    // Unknown values stay empty cells: a file must not invent a value either.
    return CsvWriter::record(
        {DisplayFormat::isoDateTime(usage.time, zone), usage.ns, usage.region, usage.orderId,
         usage.orderKey ? QString::number(usage.orderKey) : QString(),
         usage.consumeId ? QString::number(*usage.consumeId) : QString(), usage.planId,
         usage.planName,
         usage.kind == ChargeKind::Unknown ? QString() : DisplayFormat::chargeKind(usage.kind),
         usage.amount.toString2(), DisplayFormat::isoDateTime(usage.deadline, zone)});
}

void CsvExporter::start(const QString &path)
{
    if (m_running || !m_backend)
        return;
    m_running = true;
    m_path = path;
    m_written = 0;
    m_sink = std::make_shared<CsvSink>();
    auto sink = m_sink;
    const QByteArray head = "\xEF\xBB\xBF" + headerLine(m_zone).toUtf8() + CsvWriter::lineEnd;
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
        m_backend->usageTotal(m_filter).then(this, [this](const Result<UsageTotal> &total) {
            if (m_running && total.ok()) {
                m_total = total.value().charges;
                Q_EMIT progressChanged(m_written, m_total);
            }
        });
        requestPage(PageRequest::first(PageSize, false));
    });
}

void CsvExporter::requestPage(const PageRequest &page)
{
    auto future = m_backend->listUsages(m_filter, page);
    m_pending = QFuture<void>(future);
    future.then(this, [this](const Result<Page<Usage>> &result) {
        if (!m_running)
            return;
        if (!result.ok())
            return fail(result.error());
        pageArrived(result.value().items, result.value().next);
    });
}

void CsvExporter::pageArrived(const QList<Usage> &rows, const std::optional<PageCursor> &next)
{
    // Ask for the next page while this one is written.
    if (next)
        requestPage(PageRequest::continueFrom(*next, PageSize));
    auto sink = m_sink;
    const QTimeZone zone = m_zone;
    const bool last = !next;
    QtConcurrent::run(&m_pool, [sink, rows, zone, last]() -> QString {
        if (sink->stop)
            return QString();
        QByteArray chunk;
        for (const Usage &usage : rows)
            chunk += rowLine(usage, zone).toUtf8() + CsvWriter::lineEnd;
        if (sink->file->write(chunk) != chunk.size())
            return sink->file->errorString();
        if (last && !sink->file->commit())
            return sink->file->errorString();
        return QString();
    }).then(this, [this, count = rows.size(), last](const QString &error) {
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
    m_pending.cancel();
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
