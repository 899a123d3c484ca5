#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/usage.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimeZone>

#include <memory>
#include <optional>

class Backend;
struct CsvSink;

// Exports every charge of a filter — not just the rows a view has loaded —
// to a CSV file (UTF-8 with BOM so spreadsheet programs read the Chinese
// right, a header row, money with two decimals). Pages are asked one after
// the other; formatting and writing run on a worker thread; the file is
// written under a temporary name and appears only when complete.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 1000;

    CsvExporter(Backend *backend, const UsageFilter &filter, const QTimeZone &zone,
                QObject *parent = nullptr);
    ~CsvExporter() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }

    // The first line, and one row (both without the line end).
    static QString headerLine(const QTimeZone &zone);
    static QString rowLine(const Usage &usage, const QTimeZone &zone);

Q_SIGNALS:
    // total = -1 while the count is not known yet.
    void progressChanged(qint64 written, qint64 total);
    void finished(qint64 rows, const QString &path);
    void failed(const BackendError &error);
    void canceled();

private:
    void requestPage(const PageRequest &page);
    void pageArrived(const QList<Usage> &rows, const std::optional<PageCursor> &next);
    void fail(const BackendError &error);
    void abort();

    Backend *m_backend;
    UsageFilter m_filter;
    QTimeZone m_zone;
    QString m_path;
    QThreadPool m_pool; // one thread: writes happen in order
    std::shared_ptr<CsvSink> m_sink;
    QFuture<void> m_pending;
    qint64 m_written = 0;
    qint64 m_total = -1;
    bool m_running = false;
};
