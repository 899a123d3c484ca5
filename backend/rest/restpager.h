#pragma once

// Paging a list of one or several streams (a region and a namespace each)
// by offset, merged newest first (a k-way merge of the service's pages).

#include "rest/restworker.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace RestDetail {

template<typename T>
struct Source
{
    std::function<QUrl(const StreamKey &key, int page, int size)> url;
    std::function<Result<RestJson::List<T>>(const QByteArray &, int)> parse;
    std::function<bool(const T &, const T &)> newer;
    // Completes a row with what the client knows beside the wire (plan type,
    // renewal marks of the stream it came from).
    std::function<void(T &, const StreamKey &)> fix;
    std::function<bool(const T &)> keep = [](const T &) {
        return true;
    };
    // A row older than what is wanted: nothing after it is (sorted).
    std::function<bool(const T &)> pastEnd = [](const T &) {
        return false;
    };
    bool totalsExact = true; // false when rows are filtered client-side
};

struct Stream
{
    QString region;
    QString ns;
    qint64 offset = 0;
    qint64 total = -1;
    QByteArray lastDigest;
    int lastPage = 0;
    int lastSize = 0;
    bool live() const { return total < 0 || offset < total; }
    StreamKey key() const { return StreamKey{region, ns}; }
};

QList<Stream> streamsOf(const QList<StreamKey> &keys);
QByteArray saveStreams(const QList<Stream> &streams);
std::optional<QList<Stream>> loadStreams(const QByteArray &state, const QList<StreamKey> &keys);

template<typename T>
class Pager : public std::enable_shared_from_this<Pager<T>>
{
public:
    using Rows = QList<T>;
    using RowsCb = std::function<void(Result<Rows>)>;

    Pager(RestWorker *w, Source<T> source, QList<Stream> list)
        : streams(std::move(list))
        , m_w(w)
        , m_src(std::move(source))
    {
    }

    QList<Stream> streams;

    // Where the service starts page `page` of size `size`: a page past the
    // end answers the last `size` rows (SPEC §3).
    static qint64 serverOffset(int page, int size, qint64 total)
    {
        qint64 off = qint64(page - 1) * size;
        if (off > 0 && off >= total)
            off = qMax<qint64>(total - size, 0);
        return off;
    }

    struct Fetched
    {
        Rows rows;
        qint64 serverOffset = 0;
    };

    // One service page, checked against what is known of the stream.
    void fetchPage(int si, int page, int size, std::function<void(Result<Fetched>)> cb)
    {
        auto self = this->shared_from_this();
        m_w->fetch<RestJson::List<T>>(
            RestRequest{"GET", m_src.url(streams[si].key(), page, size), {}, 0}, m_src.parse,
            [self, si, page, size, cb](Result<RestJson::List<T>> r) {
                if (!r) {
                    cb(r.error());
                    return;
                }
                Stream &s = self->streams[si];
                RestJson::List<T> &l = r.value();
                if (s.total >= 0 && l.total != s.total) {
                    cb(inconsistent(s.ns, QStringLiteral("the total changed from %1 to %2 "
                                                         "between pages")
                                              .arg(s.total)
                                              .arg(l.total)));
                    return;
                }
                const qint64 off = serverOffset(page, size, l.total);
                const qint64 expected = qBound<qint64>(0, l.total - off, qint64(size));
                if (l.items.size() != expected) {
                    cb(inconsistent(s.ns, QStringLiteral("page %1 (size %2) holds %3 rows where "
                                                         "the total of %4 implies %5")
                                              .arg(page)
                                              .arg(size)
                                              .arg(l.items.size())
                                              .arg(l.total)
                                              .arg(expected)));
                    return;
                }
                // The same rows again are right only from the same offset (a
                // window asked again with another size, cut by the total).
                if (!l.items.isEmpty() && l.digest == s.lastDigest && s.lastPage > 0 &&
                    off != serverOffset(s.lastPage, s.lastSize, l.total)) {
                    cb(inconsistent(s.ns, QStringLiteral("page %1 repeats the rows of page %2")
                                              .arg(page)
                                              .arg(s.lastPage)));
                    return;
                }
                s.total = l.total;
                s.lastDigest = l.digest;
                s.lastPage = page;
                s.lastSize = size;
                for (T &item : l.items)
                    self->m_src.fix(item, s.key());
                cb(Fetched{std::move(l.items), off});
            });
    }

    // Rows [offset, offset + count) of stream si, in one request when a page
    // size fits, else two.
    void fetchRange(int si, qint64 offset, int count, RowsCb cb)
    {
        int size = 0;
        if (offset % count == 0) {
            size = count;
        } else {
            for (int s = count; s <= 100; ++s) {
                if (offset % s + count <= s) {
                    size = s;
                    break;
                }
            }
        }
        auto self = this->shared_from_this();
        auto slice = [offset, count](const Fetched &f, Rows &into, qint64 *end) -> bool {
            const qint64 from = offset + into.size() - f.serverOffset;
            if (from < 0)
                return false;
            for (qint64 i = from; i < f.rows.size() && into.size() < count; ++i)
                into.append(f.rows.at(i));
            *end = f.serverOffset + f.rows.size();
            return true;
        };
        if (size > 0) {
            fetchPage(si, int(offset / size) + 1, size, [self, si, slice, cb](Result<Fetched> r) {
                if (!r)
                    return cb(r.error());
                Rows rows;
                qint64 end = 0;
                if (!slice(r.value(), rows, &end))
                    return cb(inconsistent(self->streams[si].ns,
                                           QStringLiteral("a page starts after the offset asked")));
                cb(rows);
            });
            return;
        }
        const int first = int(offset / count) + 1;
        fetchPage(si, first, count, [self, si, first, count, slice, cb](Result<Fetched> r) {
            if (!r)
                return cb(r.error());
            auto rows = std::make_shared<Rows>();
            qint64 end = 0;
            if (!slice(r.value(), *rows, &end))
                return cb(inconsistent(self->streams[si].ns,
                                       QStringLiteral("a page starts after the offset asked")));
            if (rows->size() >= count || end >= self->streams[si].total)
                return cb(*rows);
            self->fetchPage(si, first + 1, count, [self, si, rows, slice, cb](Result<Fetched> r2) {
                if (!r2)
                    return cb(r2.error());
                qint64 end2 = 0;
                if (!slice(r2.value(), *rows, &end2))
                    return cb(inconsistent(self->streams[si].ns,
                                           QStringLiteral("a page starts after the offset asked")));
                cb(*rows);
            });
        });
    }

    // One merge round: a window of up to n rows from each live stream, then
    // rows newest first while every live stream still has a window row.
    void round(int n, RowsCb cb)
    {
        auto self = this->shared_from_this();
        struct State
        {
            QList<Rows> windows;
            int waiting = 0;
            bool failed = false;
        };
        auto st = std::make_shared<State>();
        st->windows.resize(streams.size());
        QList<int> live;
        for (int i = 0; i < streams.size(); ++i) {
            if (streams[i].live())
                live.append(i);
        }
        if (live.isEmpty()) {
            QMetaObject::invokeMethod(
                m_w, [cb] { cb(Rows()); }, Qt::QueuedConnection);
            return;
        }
        st->waiting = int(live.size());
        for (int si : std::as_const(live)) {
            const Stream &s = streams[si];
            const int count = s.total < 0 ? n : int(qMin<qint64>(n, s.total - s.offset));
            fetchRange(si, s.offset, count, [self, st, si, n, cb](Result<Rows> r) {
                if (st->failed)
                    return;
                if (!r) {
                    st->failed = true;
                    return cb(r.error());
                }
                st->windows[si] = r.value();
                if (--st->waiting == 0)
                    cb(self->merge(st->windows, n));
            });
        }
    }

    Rows merge(QList<Rows> &windows, int n)
    {
        Rows out;
        QList<int> head(windows.size(), 0);
        while (out.size() < n) {
            int best = -1;
            bool blocked = false;
            for (int i = 0; i < streams.size(); ++i) {
                if (!streams[i].live())
                    continue;
                if (head[i] >= windows[i].size()) {
                    blocked = true; // more rows upstream, none in hand
                    break;
                }
                if (best < 0 || m_src.newer(windows[i].at(head[i]), windows[best].at(head[best])))
                    best = i;
            }
            if (blocked || best < 0)
                break;
            const T &row = windows[best].at(head[best]);
            if (m_src.pastEnd(row)) {
                streams[best].offset = streams[best].total; // nothing after it is wanted
                continue;
            }
            ++head[best];
            ++streams[best].offset;
            if (m_src.keep(row))
                out.append(row);
        }
        return out;
    }

    // Rounds until n rows are collected or every stream is done.
    void collect(int n, RowsCb cb, std::shared_ptr<Rows> acc = nullptr, int rounds = 0)
    {
        if (!acc)
            acc = std::make_shared<Rows>();
        auto self = this->shared_from_this();
        round(n - int(acc->size()), [self, n, cb, acc, rounds](Result<Rows> r) {
            if (!r)
                return cb(r.error());
            acc->append(r.value());
            bool anyLive = false;
            for (const Stream &s : std::as_const(self->streams))
                anyLive = anyLive || s.live();
            if (acc->size() >= n || !anyLive)
                return cb(*acc);
            self->collect(n, cb, acc, rounds + 1);
        });
    }

    qint64 totalSum() const
    {
        qint64 t = 0;
        for (const Stream &s : streams)
            t += qMax<qint64>(s.total, 0);
        return t;
    }
    bool anyLive() const
    {
        for (const Stream &s : streams) {
            if (s.live())
                return true;
        }
        return false;
    }

    Source<T> &source() { return m_src; }

private:
    RestWorker *m_w;
    Source<T> m_src;
};

} // namespace RestDetail
