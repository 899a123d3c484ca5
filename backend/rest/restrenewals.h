#pragma once

#include "core/backenderror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class RestWorker;

namespace RestDetail {
struct StreamKey;
}

// Which consuming orders failed their last renewal. The API sends no
// RENEW_RETRIES: the only way to know is the service's own list with
// `status=renewfailed` (SPEC §3), one per region and namespace, kept 30
// seconds so that the pages of one list ask once. Lives on the worker thread.
class RenewalMarks
{
public:
    static constexpr int MaxAgeMs = 30000;

    using Done = std::function<void(std::optional<BackendError>)>;

    // Lists the renewfailed orders of every key not listed recently; `done`
    // once all have answered (the first error, if any).
    void load(RestWorker *w, const QList<RestDetail::StreamKey> &keys, Done done);
    // Whether order `id`, listed under `key`, failed its renewal: nullopt
    // when that key was not listed.
    std::optional<bool> failed(const RestDetail::StreamKey &key, qint64 id) const;
    // After a write: the next list asks again.
    void forget() { m_entries.clear(); }

private:
    struct Entry
    {
        QSet<qint64> ids;
        QElapsedTimer age;
    };
    void fetch(RestWorker *w, const RestDetail::StreamKey &key, int page,
               std::shared_ptr<Entry> into, Done done);
    static QString keyText(const RestDetail::StreamKey &key);
    bool fresh(const QString &key) const;

    QHash<QString, Entry> m_entries;
};
