#include "rest/restrenewals.h"

#include "rest/restworker.h"

#include <memory>

using namespace RestDetail;

QString RenewalMarks::keyText(const StreamKey &key)
{
    return key.region + QLatin1Char('\n') + key.ns;
}

bool RenewalMarks::fresh(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    return it != m_entries.cend() && it->age.isValid() && it->age.elapsed() < MaxAgeMs;
}

std::optional<bool> RenewalMarks::failed(const StreamKey &key, qint64 id) const
{
    const auto it = m_entries.constFind(keyText(key));
    if (it == m_entries.cend())
        return std::nullopt;
    return it->ids.contains(id);
}

void RenewalMarks::load(RestWorker *w, const QList<StreamKey> &keys, Done done)
{
    QList<StreamKey> wanted;
    for (const StreamKey &k : keys) {
        if (!fresh(keyText(k)) && !wanted.contains(k))
            wanted.append(k);
    }
    if (wanted.isEmpty()) {
        done(std::nullopt);
        return;
    }
    struct State
    {
        int waiting = 0;
        std::optional<BackendError> error;
    };
    auto st = std::make_shared<State>();
    st->waiting = int(wanted.size());
    for (const StreamKey &k : std::as_const(wanted)) {
        fetch(w, k, 1, std::make_shared<Entry>(), [st, done](std::optional<BackendError> e) {
            if (e && !st->error)
                st->error = e;
            if (--st->waiting == 0)
                done(st->error);
        });
    }
}

void RenewalMarks::fetch(RestWorker *w, const StreamKey &key, int page, std::shared_ptr<Entry> into,
                         Done done)
{
    constexpr int Size = 100; // the service's largest page
    QUrlQuery q = pageQuery(key, page, Size);
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("renewfailed"));
    w->fetch<RestJson::List<Order>>(
        RestRequest{"GET", w->usageUrl(QStringLiteral("/orders"), q), {}, 0}, &RestJson::orderList,
        [this, w, key, page, into, done](Result<RestJson::List<Order>> r) {
            if (!r)
                return done(r.error());
            for (const Order &o : std::as_const(r.value().items))
                into->ids.insert(o.id);
            // Paged by the total (a page past the end repeats the last rows).
            if (qint64(page) * Size < r.value().total && page < 1000)
                return fetch(w, key, page + 1, into, done);
            into->age.start();
            m_entries.insert(keyText(key), *into);
            done(std::nullopt);
        });
}
