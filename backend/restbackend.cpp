#include "restbackend.h"

#include "billingcalendar.h"
#include "restclient.h"
#include "restjson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <limits>
#include <memory>

using Category = BackendError::Category;

namespace {

// One call's promise, resolved exactly once on the worker thread.
template<typename T>
struct Job
{
    // QFutureInterface rather than QPromise: scans report progress through
    // a QFutureInterfaceBase that shares this state.
    QFutureInterface<Result<T>> promise;
    bool done = false;

    void resolve(Result<T> r)
    {
        if (done)
            return;
        done = true;
        promise.reportResult(std::move(r));
        promise.reportFinished();
    }
    bool canceled() const { return promise.isCanceled(); }
    void cancelled()
    {
        if (done)
            return;
        done = true;
        promise.reportFinished();
    }
    ~Job()
    {
        if (!done) {
            promise.cancel();
            promise.reportFinished();
        }
    }
};
template<typename T>
using JobPtr = std::shared_ptr<Job<T>>;

BackendError needsRegion()
{
    return BackendError(Category::InvalidInput, QStringLiteral("the REST API needs a region"),
                        QStringLiteral("The usage service scopes every list to one region."));
}

BackendError inconsistent(const QString &ns, const QString &what)
{
    return BackendError(Category::Server,
                        QStringLiteral("The service's paging is inconsistent%1: %2. Paging "
                                       "stopped; reload to try again.")
                            .arg(ns.isEmpty() ? QString()
                                              : QStringLiteral(" (namespace %1)").arg(ns),
                                 what));
}

QUrl join(const QUrl &base, const QString &path, const QUrlQuery &query = {})
{
    QUrl u = base;
    QString p = u.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    u.setPath(p + path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

bool newerOrder(const Order &a, const Order &b)
{
    if (a.startTime != b.startTime) {
        if (!a.startTime.isValid())
            return false;
        if (!b.startTime.isValid())
            return true;
        return a.startTime > b.startTime;
    }
    return a.id > b.id;
}

bool newerUsage(const Usage &a, const Usage &b)
{
    if (!a.time.isValid())
        return false;
    if (!b.time.isValid())
        return true;
    return a.time > b.time;
}

bool inRange(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    if (!t.isValid())
        return !from.isValid() && !to.isValid();
    if (from.isValid() && t < from)
        return false;
    if (to.isValid() && t >= to)
        return false;
    return true;
}

QStringList streamNames(const QStringList &namespaces)
{
    QStringList out;
    for (const QString &n : namespaces) {
        if (!out.contains(n))
            out.append(n);
    }
    if (out.isEmpty())
        out.append(QString()); // the token's own user
    return out;
}

} // namespace

// ---------------------------------------------------------------------------
// The worker: owns the client; every method runs on the worker thread.

class RestWorker : public QObject
{
public:
    explicit RestWorker(const RestConfig &config)
        : config(config)
    {}

    RestConfig config;
    RestClient *client = nullptr;
    bool closing = false;
    QString knownUser;

    struct PlanCache
    {
        QHash<QString, PlanType> types; // plan_id -> type
        QHash<qint64, QString> names;   // version id -> plan_name
        QElapsedTimer age;
    };
    QHash<QString, PlanCache> plans; // by region

    void init() { client = new RestClient(config, this); }
    void shutdown()
    {
        closing = true;
        if (client)
            client->abortAll(QStringLiteral("The connection was closed."));
        delete client;
        client = nullptr;
    }

    BackendError clean(const BackendError &e) const
    {
        if (config.token.isEmpty())
            return e;
        QString m = e.message(), d = e.details();
        m.replace(config.token, QStringLiteral("***"));
        d.replace(config.token, QStringLiteral("***"));
        return BackendError(e.category(), m, d, e.serviceCode());
    }

    // Sends; the callback gets the parsed result (token scrubbed from errors).
    template<typename T, typename Parse>
    quint64 fetch(const RestRequest &request, Parse parse, std::function<void(Result<T>)> done)
    {
        if (closing || !client) {
            QMetaObject::invokeMethod(
                this,
                [done] {
                    done(BackendError(Category::Connection,
                                      QStringLiteral("The connection was closed.")));
                },
                Qt::QueuedConnection);
            return 0;
        }
        return client->send(request, [this, parse, done](const RestReply &reply) {
            if (reply.error) {
                done(clean(*reply.error));
                return;
            }
            Result<T> r = parse(reply.body, reply.httpStatus);
            if (!r) {
                done(clean(r.error()));
                return;
            }
            done(std::move(r));
        });
    }

    QUrl usageUrl(const QString &path, const QUrlQuery &q) const
    {
        return join(config.usageApi, path, q);
    }
    QUrl planUrl(const QString &path, const QUrlQuery &q) const
    {
        return join(config.planApi, path, q);
    }

    // The plan types and names of a region (cached 5 minutes); failures
    // leave them unknown.
    void withPlans(const QString &region, std::function<void()> then)
    {
        auto it = plans.find(region);
        if ((it != plans.end() && it->age.isValid() && it->age.elapsed() < 300000)
            || !config.planApi.isValid() || config.planApi.isEmpty()) {
            then();
            return;
        }
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), region);
        fetch<RestJson::List<Plan>>(
            RestRequest{"GET", planUrl(QStringLiteral("/plans"), q), {}, 0},
            &RestJson::planList, [this, region, then](Result<RestJson::List<Plan>> r) {
                PlanCache c;
                c.age.start();
                if (r) {
                    for (const Plan &p : std::as_const(r.value().items)) {
                        c.types.insert(p.planId, p.type);
                        c.names.insert(p.id, p.name);
                    }
                }
                plans.insert(region, c);
                then();
            });
    }
    PlanType planType(const QString &region, const QString &planId) const
    {
        return plans.value(region).types.value(planId, PlanType::Unknown);
    }
    QString planName(const QString &region, qint64 version) const
    {
        return plans.value(region).names.value(version);
    }
};

// ---------------------------------------------------------------------------
// Paging a list of one or several namespaces by offset, merged newest first.

namespace {

template<typename T>
struct Source
{
    std::function<QUrl(const QString &ns, int page, int size)> url;
    std::function<Result<RestJson::List<T>>(const QByteArray &, int)> parse;
    std::function<bool(const T &, const T &)> newer;
    std::function<void(T &)> fix;
    std::function<bool(const T &)> keep = [](const T &) { return true; };
    // A row older than what is wanted: nothing after it is (sorted).
    std::function<bool(const T &)> pastEnd = [](const T &) { return false; };
    bool totalsExact = true; // false when rows are filtered client-side
};

struct Stream
{
    QString ns;
    qint64 offset = 0;
    qint64 total = -1;
    QByteArray lastDigest;
    int lastPage = 0;
    int lastSize = 0;
    bool live() const { return total < 0 || offset < total; }
};

Stream streamOf(const QString &ns)
{
    Stream s;
    s.ns = ns;
    return s;
}

QByteArray saveStreams(const QList<Stream> &streams)
{
    QJsonArray a;
    for (const Stream &s : streams) {
        a.append(QJsonObject{{QStringLiteral("n"), s.ns},
                             {QStringLiteral("o"), s.offset},
                             {QStringLiteral("t"), s.total},
                             {QStringLiteral("d"), QString::fromLatin1(s.lastDigest.toHex())},
                             {QStringLiteral("p"), s.lastPage},
                             {QStringLiteral("z"), s.lastSize}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rest"), 1}, {QStringLiteral("s"), a}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<Stream>> loadStreams(const QByteArray &state, const QStringList &names)
{
    const QJsonDocument doc = QJsonDocument::fromJson(state);
    if (!doc.isObject() || doc.object().value(QStringLiteral("rest")).toInt() != 1)
        return std::nullopt;
    const QJsonArray a = doc.object().value(QStringLiteral("s")).toArray();
    if (a.size() != names.size())
        return std::nullopt;
    QList<Stream> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Stream s;
        s.ns = o.value(QStringLiteral("n")).toString();
        if (s.ns != names.at(i))
            return std::nullopt;
        s.offset = o.value(QStringLiteral("o")).toInteger(-1);
        s.total = o.value(QStringLiteral("t")).toInteger(-2);
        s.lastDigest = QByteArray::fromHex(o.value(QStringLiteral("d")).toString().toLatin1());
        s.lastPage = o.value(QStringLiteral("p")).toInt();
        s.lastSize = o.value(QStringLiteral("z")).toInt();
        if (s.offset < 0 || s.total < -1)
            return std::nullopt;
        out.append(s);
    }
    return out;
}

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
    {}

    QList<Stream> streams;

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
            RestRequest{"GET", m_src.url(streams[si].ns, page, size), {}, 0}, m_src.parse,
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
                qint64 off = qint64(page - 1) * size;
                if (off > 0 && off >= l.total)
                    off = qMax<qint64>(l.total - size, 0); // the service's past-the-end rule
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
                if (!l.items.isEmpty() && l.digest == s.lastDigest
                    && (page != s.lastPage || size != s.lastSize)) {
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
                    self->m_src.fix(item);
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
            QMetaObject::invokeMethod(m_w, [cb] { cb(Rows()); }, Qt::QueuedConnection);
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

template<typename T, typename CursorOf>
Page<T> makePage(Pager<T> &pager, QList<T> rows, bool withTotal, CursorOf cursorOf)
{
    Page<T> page;
    page.total = withTotal && pager.source().totalsExact ? pager.totalSum() : -1;
    page.items = std::move(rows);
    if (pager.anyLive()) {
        PageCursor c;
        if (!page.items.isEmpty())
            c = cursorOf(page.items.constLast());
        c.offset = 0;
        for (const Stream &s : std::as_const(pager.streams))
            c.offset += s.offset;
        c.state = saveStreams(pager.streams);
        page.next = c;
    }
    return page;
}

// The whole of a list request: explicit page or continuation, one
// namespace or several.
template<typename T, typename CursorOf>
void runList(RestWorker *w, JobPtr<Page<T>> job, Source<T> source, const QStringList &names,
             const PageRequest &req, CursorOf cursorOf)
{
    const int size = qBound(1, req.size, 100);
    QList<Stream> streams;
    if (req.after) {
        auto loaded = loadStreams(req.after->state, names);
        if (!loaded) {
            job->resolve(BackendError(Category::InvalidInput,
                                      QStringLiteral("This page cursor does not belong to this "
                                                     "query of the REST backend.")));
            return;
        }
        streams = *loaded;
    } else {
        for (const QString &n : names)
            streams.append(streamOf(n));
    }
    auto pager = std::make_shared<Pager<T>>(w, std::move(source), streams);
    const bool withTotal = req.withTotal;
    auto finishWith = [job, pager, withTotal, cursorOf](Result<QList<T>> r) {
        if (!r)
            return job->resolve(r.error());
        job->resolve(makePage<T>(*pager, r.value(), withTotal, cursorOf));
    };
    if (req.after) {
        pager->collect(size, finishWith);
        return;
    }
    const int pageNo = qMax(1, req.page);
    if (names.size() == 1 && pager->source().totalsExact) {
        // Exactly the service's page.
        pager->fetchPage(0, pageNo, size, [job, pager, withTotal, cursorOf](auto r) {
            if (!r)
                return job->resolve(r.error());
            pager->streams[0].offset = r.value().serverOffset + r.value().rows.size();
            job->resolve(makePage<T>(*pager, r.value().rows, withTotal, cursorOf));
        });
        return;
    }
    // Several namespaces (or a client-side filter): skip (page-1)*size
    // merged rows, then take a page.
    auto skipThenTake = std::make_shared<std::function<void(qint64)>>();
    std::weak_ptr<std::function<void(qint64)>> weakSkip = skipThenTake;
    *skipThenTake = [pager, size, finishWith, weakSkip](qint64 skip) {
        if (skip <= 0) {
            pager->collect(size, finishWith);
            return;
        }
        auto again = weakSkip.lock();
        const int n = int(qMin<qint64>(skip, 100));
        pager->collect(n, [pager, skip, finishWith, again](Result<QList<T>> r) {
            if (!r)
                return finishWith(r.error());
            const qint64 left = r.value().isEmpty() ? 0 : skip - r.value().size();
            if (r.value().isEmpty() || !pager->anyLive())
                return finishWith(QList<T>());
            (*again)(left);
        });
    };
    const qint64 skip = qint64(pageNo - 1) * size;
    if (skip == 0 || !pager->source().totalsExact) {
        (*skipThenTake)(skip);
        return;
    }
    // Learn the totals first (the past-the-end rule needs them).
    auto waiting = std::make_shared<int>(int(pager->streams.size()));
    auto failed = std::make_shared<bool>(false);
    for (int si = 0; si < pager->streams.size(); ++si) {
        pager->fetchPage(si, 1, 1, [pager, waiting, failed, skip, size, skipThenTake,
                                    finishWith](auto r) {
            if (*failed)
                return;
            if (!r) {
                *failed = true;
                return finishWith(r.error());
            }
            if (--*waiting > 0)
                return;
            const qint64 total = pager->totalSum();
            qint64 s = skip;
            if (s > 0 && s >= total)
                s = qMax<qint64>(total - size, 0);
            (*skipThenTake)(s);
        });
    }
}

} // namespace

// ---------------------------------------------------------------------------
// Scans: every charge of the filter, size 100, several pages in flight.

namespace {

class Scan : public std::enable_shared_from_this<Scan>
{
public:
    using RowFn = std::function<void(const Usage &)>;
    using DoneFn = std::function<void(std::optional<BackendError>)>;

    Scan(RestWorker *w, const UsageFilter &filter, QFutureInterfaceBase progress, RowFn onRow,
         DoneFn done)
        : m_w(w)
        , m_filter(filter)
        , m_progress(progress)
        , m_onRow(std::move(onRow))
        , m_done(std::move(done))
    {
        for (const QString &n : streamNames(filter.namespaces))
        {
            Ns x;
            x.ns = n;
            m_ns.append(x);
        }
    }

    void start() { pump(); }

private:
    struct Ns
    {
        QString ns;
        qint64 total = -1;
        int pages = -1;
        int nextPage = 1;
        int stopAfter = std::numeric_limits<int>::max();
        QHash<QByteArray, int> digests;
        bool firstSent = false;
    };
    struct Flight
    {
        int ns;
        int page;
    };

    QUrl url(const QString &ns, int page) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), m_filter.region);
        if (!ns.isEmpty())
            q.addQueryItem(QStringLiteral("namespace"), ns);
        if (!m_filter.orderId.isEmpty())
            q.addQueryItem(QStringLiteral("order"), m_filter.orderId);
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("size"), QString::number(RestBackend::ScanPageSize));
        return m_w->usageUrl(QStringLiteral("/usages"), q);
    }

    int lastPage(const Ns &n) const { return qMin(n.pages, n.stopAfter); }

    void pump()
    {
        if (m_finished)
            return;
        if (m_progress.isCanceled()) {
            finish(std::nullopt);
            return;
        }
        while (m_flights.size() < RestBackend::ScanParallel) {
            int pick = -1;
            for (int i = 0; i < m_ns.size() && pick < 0; ++i) {
                if (!m_ns[i].firstSent)
                    pick = i;
            }
            for (int i = 0; i < m_ns.size() && pick < 0; ++i) {
                const Ns &n = m_ns[i];
                if (n.pages >= 0 && n.nextPage <= lastPage(n))
                    pick = i;
            }
            if (pick < 0)
                break;
            Ns &n = m_ns[pick];
            const int page = n.nextPage++;
            n.firstSent = true;
            auto self = shared_from_this();
            const quint64 id = m_w->fetch<RestJson::List<Usage>>(
                RestRequest{"GET", url(n.ns, page), {}, 0}, &RestJson::usageList,
                [self, pick, page](Result<RestJson::List<Usage>> r) {
                    self->onPage(pick, page, std::move(r));
                });
            m_flights.insert(id, Flight{pick, page});
            if (id == 0)
                break;
        }
        if (m_flights.isEmpty())
            finish(std::nullopt);
    }

    void onPage(int ni, int page, Result<RestJson::List<Usage>> r)
    {
        for (auto it = m_flights.begin(); it != m_flights.end(); ++it) {
            if (it->ns == ni && it->page == page) {
                m_flights.erase(it);
                break;
            }
        }
        if (m_finished)
            return;
        if (m_progress.isCanceled())
            return finish(std::nullopt);
        Ns &n = m_ns[ni];
        if (page > lastPage(n) && n.pages >= 0)
            return pump(); // not needed any more
        if (!r)
            return finish(r.error());
        const RestJson::List<Usage> &l = r.value();
        if (n.total >= 0 && l.total != n.total)
            return finish(inconsistent(n.ns, QStringLiteral("the total changed from %1 to %2 "
                                                            "between pages")
                                                 .arg(n.total)
                                                 .arg(l.total)));
        if (n.total < 0) {
            n.total = l.total;
            n.pages = int((l.total + RestBackend::ScanPageSize - 1) / RestBackend::ScanPageSize);
            m_pagesTotal += qMax(n.pages, 1) - 1; // page 1 was counted when sent
        }
        const qint64 off = qint64(page - 1) * RestBackend::ScanPageSize;
        const qint64 expected = qBound<qint64>(0, l.total - off, qint64(RestBackend::ScanPageSize));
        if (l.items.size() != expected)
            return finish(inconsistent(n.ns, QStringLiteral("page %1 (size %2) holds %3 rows "
                                                            "where the total of %4 implies %5")
                                                 .arg(page)
                                                 .arg(RestBackend::ScanPageSize)
                                                 .arg(l.items.size())
                                                 .arg(l.total)
                                                 .arg(expected)));
        if (!l.items.isEmpty()) {
            if (n.digests.contains(l.digest))
                return finish(inconsistent(n.ns, QStringLiteral("page %1 repeats the rows of "
                                                                "page %2")
                                                     .arg(page)
                                                     .arg(n.digests.value(l.digest))));
            n.digests.insert(l.digest, page);
        }
        for (const Usage &u : l.items) {
            if (inRange(u.time, m_filter.from, m_filter.to))
                m_onRow(u);
        }
        if (m_filter.from.isValid() && !l.items.isEmpty()) {
            const QDateTime last = l.items.constLast().time;
            if (last.isValid() && last < m_filter.from && page < n.stopAfter) {
                n.stopAfter = page; // every later page is older still
                const auto ids = m_flights.keys();
                for (quint64 id : ids) {
                    const Flight f = m_flights.value(id);
                    if (f.ns == ni && f.page > page) {
                        if (m_w->client)
                            m_w->client->abort(id);
                        m_flights.remove(id);
                    }
                }
            }
        }
        ++m_pagesDone;
        int planned = 0;
        for (const Ns &x : std::as_const(m_ns))
            planned += x.pages < 0 ? 1 : qMax(1, qMin(x.pages, x.stopAfter));
        m_progress.setProgressRange(0, qMax(planned, m_pagesDone));
        m_progress.setProgressValue(m_pagesDone);
        pump();
    }

    void finish(std::optional<BackendError> error)
    {
        if (m_finished)
            return;
        m_finished = true;
        const auto ids = m_flights.keys();
        for (quint64 id : ids) {
            if (m_w->client)
                m_w->client->abort(id);
        }
        m_flights.clear();
        m_done(error);
    }

    RestWorker *m_w;
    UsageFilter m_filter;
    QFutureInterfaceBase m_progress;
    RowFn m_onRow;
    DoneFn m_done;
    QList<Ns> m_ns;
    QHash<quint64, Flight> m_flights;
    int m_pagesDone = 0;
    int m_pagesTotal = 0;
    bool m_finished = false;
};

template<typename T>
QFutureInterfaceBase progressOf(const JobPtr<T> &job)
{
    return job->promise;
}

} // namespace

// ---------------------------------------------------------------------------

RestBackend::RestBackend(const RestConfig &config, QObject *parent)
    : Backend(parent)
    , m_config(config)
{
    if (!m_config.serviceZone.isValid())
        m_config.serviceZone = BillingCalendar::defaultServiceZone();
    m_thread.setObjectName(QStringLiteral("RestBackend"));
    m_worker = new RestWorker(m_config);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->init(); }, Qt::BlockingQueuedConnection);
}

RestBackend::~RestBackend()
{
    RestWorker *w = m_worker;
    QMetaObject::invokeMethod(
        w,
        [w] {
            w->shutdown();
            delete w;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString RestBackend::describe() const
{
    return QStringLiteral("REST %1").arg(m_config.usageApi.toDisplayString(
        QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment));
}

bool RestBackend::isReadOnly() const
{
    return m_config.readOnly;
}

namespace {

template<typename T, typename F>
QFuture<Result<T>> post(RestWorker *w, F work)
{
    auto job = std::make_shared<Job<T>>();
    job->promise.reportStarted();
    QFuture<Result<T>> f = job->promise.future();
    QMetaObject::invokeMethod(
        w,
        [w, job, work] {
            if (job->canceled())
                return job->cancelled();
            work(w, job);
        },
        Qt::QueuedConnection);
    return f;
}

template<typename T>
QFuture<Result<T>> ready(Result<T> r)
{
    QPromise<Result<T>> p;
    p.start();
    p.addResult(std::move(r));
    p.finish();
    return p.future();
}

} // namespace

QFuture<Result<Page<Order>>> RestBackend::listOrders(const OrderFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.region.isEmpty())
        return ready<Page<Order>>(needsRegion());
    return post<Page<Order>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Order>> job) {
        w->withPlans(filter.region, [w, job, filter, page] {
            Source<Order> src;
            src.url = [w, filter](const QString &ns, int p, int size) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("region"), filter.region);
                if (!ns.isEmpty())
                    q.addQueryItem(QStringLiteral("namespace"), ns);
                if (filter.status != StatusFilter::Any)
                    q.addQueryItem(QStringLiteral("status"), statusFilterName(filter.status));
                if (!filter.resourceName.isEmpty())
                    q.addQueryItem(QStringLiteral("resource_name"), filter.resourceName);
                if (filter.type != PlanType::Unknown)
                    q.addQueryItem(QStringLiteral("type"), planTypeName(filter.type));
                q.addQueryItem(QStringLiteral("page"), QString::number(p));
                q.addQueryItem(QStringLiteral("size"), QString::number(size));
                return w->usageUrl(QStringLiteral("/orders"), q);
            };
            src.parse = &RestJson::orderList;
            src.newer = &newerOrder;
            src.fix = [w, filter](Order &o) {
                // renewfailed lists consuming orders whose renewal failed;
                // otherwise RENEW_RETRIES is not on the wire (0 = unknown).
                o.renewRetries = filter.status == StatusFilter::RenewFailed ? 1 : 0;
                o.planType = filter.type != PlanType::Unknown ? filter.type
                                                              : w->planType(o.region, o.planId);
            };
            runList<Order>(w, job, src, streamNames(filter.namespaces), page, [](const Order &o) {
                return PageCursor{o.startTime, o.id, 0, 0, {}};
            });
        });
    });
}

QFuture<Result<Order>> RestBackend::getOrder(qint64 id, const QString &ns)
{
    return post<Order>(m_worker, [id, ns](RestWorker *w, JobPtr<Order> job) {
        QUrlQuery q;
        if (!ns.isEmpty())
            q.addQueryItem(QStringLiteral("namespace"), ns);
        w->fetch<std::optional<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders/%1").arg(id), q), {}, 0},
            &RestJson::orderGet, [w, job, id, ns](Result<std::optional<Order>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (!r.value())
                    return job->resolve(BackendError(
                        Category::NotFound,
                        QStringLiteral("Order %1 was not found (the service returns an order "
                                       "only while it is consuming).")
                            .arg(id),
                        ns.isEmpty() ? QString() : QStringLiteral("namespace %1").arg(ns)));
                Order o = *r.value();
                o.status = OrderStatus::Unknown; // this handler never sets it
                w->withPlans(o.region, [w, job, o]() mutable {
                    o.planType = w->planType(o.region, o.planId);
                    job->resolve(o);
                });
            });
    });
}

QFuture<Result<Page<Usage>>> RestBackend::listUsages(const UsageFilter &filter,
                                                     const PageRequest &page)
{
    if (filter.region.isEmpty())
        return ready<Page<Usage>>(needsRegion());
    return post<Page<Usage>>(m_worker, [filter, page](RestWorker *w, JobPtr<Page<Usage>> job) {
        w->withPlans(filter.region, [w, job, filter, page] {
            Source<Usage> src;
            src.url = [w, filter](const QString &ns, int p, int size) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("region"), filter.region);
                if (!ns.isEmpty())
                    q.addQueryItem(QStringLiteral("namespace"), ns);
                if (!filter.orderId.isEmpty())
                    q.addQueryItem(QStringLiteral("order"), filter.orderId);
                q.addQueryItem(QStringLiteral("page"), QString::number(p));
                q.addQueryItem(QStringLiteral("size"), QString::number(size));
                return w->usageUrl(QStringLiteral("/usages"), q);
            };
            src.parse = &RestJson::usageList;
            src.newer = &newerUsage;
            src.fix = [w](Usage &u) { u.planName = w->planName(u.region, u.planHistoryId); };
            if (filter.from.isValid() || filter.to.isValid()) {
                // The API has no time filter: filter here, stop past `from`.
                const QDateTime from = filter.from, to = filter.to;
                src.keep = [from, to](const Usage &u) { return inRange(u.time, from, to); };
                src.pastEnd = [from](const Usage &u) {
                    return from.isValid() && u.time.isValid() && u.time < from;
                };
                src.totalsExact = false;
            }
            runList<Usage>(w, job, src, streamNames(filter.namespaces), page, [](const Usage &u) {
                return PageCursor{u.time, 0, 0, 0, {}};
            });
        });
    });
}

QFuture<Result<UsageTotal>> RestBackend::usageTotal(const UsageFilter &filter)
{
    if (filter.region.isEmpty())
        return ready<UsageTotal>(needsRegion());
    return post<UsageTotal>(m_worker, [filter](RestWorker *w, JobPtr<UsageTotal> job) {
        auto total = std::make_shared<UsageTotal>();
        auto scan = std::make_shared<Scan>(
            w, filter, progressOf(job),
            [total](const Usage &u) {
                total->amount += u.amount;
                ++total->charges;
            },
            [job, total](std::optional<BackendError> e) {
                if (job->canceled())
                    return job->cancelled();
                if (e)
                    return job->resolve(*e);
                job->resolve(*total);
            });
        scan->start();
    });
}

QFuture<Result<QList<SpendCell>>>
RestBackend::spendByNamespaceAndMonth(const UsageFilter &filter, const QList<MonthSpan> &months)
{
    if (filter.region.isEmpty())
        return ready<QList<SpendCell>>(needsRegion());
    if (months.isEmpty())
        return ready<QList<SpendCell>>(QList<SpendCell>());
    return post<QList<SpendCell>>(m_worker, [filter, months](RestWorker *w,
                                                             JobPtr<QList<SpendCell>> job) {
        UsageFilter bounded = filter;
        if (!bounded.from.isValid() || bounded.from < months.constFirst().startUtc)
            bounded.from = months.constFirst().startUtc;
        if (!bounded.to.isValid() || bounded.to > months.constLast().endUtc)
            bounded.to = months.constLast().endUtc;
        auto cells = std::make_shared<QMap<std::pair<int, QString>, SpendCell>>();
        auto scan = std::make_shared<Scan>(
            w, bounded, progressOf(job),
            [cells, months](const Usage &u) {
                auto it = std::upper_bound(months.begin(), months.end(), u.time,
                                           [](const QDateTime &t, const MonthSpan &m) {
                                               return t < m.startUtc;
                                           });
                if (it == months.begin())
                    return;
                --it;
                if (u.time >= it->endUtc)
                    return;
                const int index = int(it - months.begin());
                SpendCell &c = (*cells)[{index, u.ns}];
                c.ns = u.ns;
                c.month = it->month;
                c.amount += u.amount;
                ++c.charges;
            },
            [job, cells](std::optional<BackendError> e) {
                if (job->canceled())
                    return job->cancelled();
                if (e)
                    return job->resolve(*e);
                job->resolve(cells->values()); // by month index, then namespace
            });
        scan->start();
    });
}

QFuture<Result<std::pair<QDateTime, QDateTime>>>
RestBackend::usageTimeRange(const UsageFilter &filter)
{
    using Range = std::pair<QDateTime, QDateTime>;
    if (filter.region.isEmpty())
        return ready<Range>(needsRegion());
    return post<Range>(m_worker, [filter](RestWorker *w, JobPtr<Range> job) {
        auto range = std::make_shared<Range>();
        auto widen = [range](const QDateTime &t) {
            if (!t.isValid())
                return;
            if (!range->first.isValid() || t < range->first)
                range->first = t;
            if (!range->second.isValid() || t > range->second)
                range->second = t;
        };
        if (filter.from.isValid() || filter.to.isValid()) {
            auto scan = std::make_shared<Scan>(
                w, filter, progressOf(job), [widen](const Usage &u) { widen(u.time); },
                [job, range](std::optional<BackendError> e) {
                    if (job->canceled())
                        return job->cancelled();
                    if (e)
                        return job->resolve(*e);
                    job->resolve(*range);
                });
            scan->start();
            return;
        }
        // Sorted newest first: the first row of page 1 and the last row
        // (page = total, size 1) bound the range.
        Source<Usage> src;
        src.url = [w, filter](const QString &ns, int p, int size) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("region"), filter.region);
            if (!ns.isEmpty())
                q.addQueryItem(QStringLiteral("namespace"), ns);
            if (!filter.orderId.isEmpty())
                q.addQueryItem(QStringLiteral("order"), filter.orderId);
            q.addQueryItem(QStringLiteral("page"), QString::number(p));
            q.addQueryItem(QStringLiteral("size"), QString::number(size));
            return w->usageUrl(QStringLiteral("/usages"), q);
        };
        src.parse = &RestJson::usageList;
        src.newer = &newerUsage;
        src.fix = [](Usage &) {};
        QList<Stream> streams;
        for (const QString &n : streamNames(filter.namespaces))
            streams.append(streamOf(n));
        auto pager = std::make_shared<Pager<Usage>>(w, src, streams);
        auto waiting = std::make_shared<int>(int(streams.size()));
        auto failed = std::make_shared<bool>(false);
        for (int si = 0; si < streams.size(); ++si) {
            pager->fetchPage(si, 1, 1, [pager, si, job, range, widen, waiting, failed](auto r) {
                if (*failed)
                    return;
                if (!r) {
                    *failed = true;
                    return job->resolve(r.error());
                }
                if (!r.value().rows.isEmpty())
                    widen(r.value().rows.constFirst().time);
                auto last = [job, range, waiting, failed]() {
                    if (--*waiting == 0 && !*failed)
                        job->resolve(*range);
                };
                const qint64 total = pager->streams[si].total;
                if (total <= 1)
                    return last();
                pager->fetchPage(si, int(qMin<qint64>(total, std::numeric_limits<int>::max())), 1,
                                 [job, widen, last, failed](auto r2) {
                                     if (*failed)
                                         return;
                                     if (!r2) {
                                         *failed = true;
                                         return job->resolve(r2.error());
                                     }
                                     if (!r2.value().rows.isEmpty())
                                         widen(r2.value().rows.constFirst().time);
                                     last();
                                 });
            });
        }
    });
}

QFuture<Result<QList<Plan>>> RestBackend::listPlans(const PlanFilter &filter)
{
    return post<QList<Plan>>(m_worker, [filter](RestWorker *w, JobPtr<QList<Plan>> job) {
        // Active versions only: that is all the plan service lists.
        QUrlQuery q;
        if (!filter.region.isEmpty())
            q.addQueryItem(QStringLiteral("region"), filter.region);
        if (filter.type != PlanType::Unknown)
            q.addQueryItem(QStringLiteral("type"), planTypeName(filter.type));
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("100000"));
        w->fetch<RestJson::List<Plan>>(
            RestRequest{"GET", w->planUrl(QStringLiteral("/plans"), q), {}, 0}, &RestJson::planList,
            [job, filter](Result<RestJson::List<Plan>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (r.value().total != r.value().items.size())
                    return job->resolve(inconsistent(
                        QString(), QStringLiteral("the plan list holds %1 of %2 plans")
                                       .arg(r.value().items.size())
                                       .arg(r.value().total)));
                QList<Plan> plans;
                for (const Plan &p : std::as_const(r.value().items)) {
                    // The type is compared case-insensitively (SPEC §3).
                    if (filter.type == PlanType::Unknown || p.type == filter.type)
                        plans.append(p);
                }
                std::stable_sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) {
                    if (a.creationTime != b.creationTime)
                        return a.creationTime > b.creationTime;
                    return a.id > b.id;
                });
                job->resolve(plans);
            });
    });
}

QFuture<Result<QList<Region>>> RestBackend::listRegions()
{
    return post<QList<Region>>(m_worker, [](RestWorker *w, JobPtr<QList<Region>> job) {
        w->fetch<QList<Region>>(
            RestRequest{"GET", w->planUrl(QStringLiteral("/query/plans/region"), {}), {}, 0},
            &RestJson::regionList, [job](Result<QList<Region>> r) { job->resolve(r); });
    });
}

QFuture<Result<QStringList>> RestBackend::listNamespaces(const QString &region)
{
    if (!m_config.namespaces.isEmpty())
        return ready<QStringList>(streamNames(m_config.namespaces));
    return post<QStringList>(m_worker, [region](RestWorker *w, JobPtr<QStringList> job) {
        if (!w->knownUser.isEmpty() || region.isEmpty())
            return job->resolve(w->knownUser.isEmpty() ? QStringList()
                                                       : QStringList{w->knownUser});
        // The service defaults `namespace` to the token's user: the
        // namespace of anything it lists without one is that user.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), region);
        q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("size"), QStringLiteral("1"));
        w->fetch<RestJson::List<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders"), q), {}, 0},
            &RestJson::orderList, [w, job, q](Result<RestJson::List<Order>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (!r.value().items.isEmpty()) {
                    w->knownUser = r.value().items.constFirst().ns;
                    return job->resolve(QStringList{w->knownUser});
                }
                w->fetch<RestJson::List<Usage>>(
                    RestRequest{"GET", w->usageUrl(QStringLiteral("/usages"), q), {}, 0},
                    &RestJson::usageList, [w, job](Result<RestJson::List<Usage>> r2) {
                        if (!r2)
                            return job->resolve(r2.error());
                        if (r2.value().items.isEmpty())
                            return job->resolve(QStringList());
                        w->knownUser = r2.value().items.constFirst().ns;
                        job->resolve(QStringList{w->knownUser});
                    });
            });
    });
}

QFuture<Result<Quote>> RestBackend::quote(const QuoteRequest &request)
{
    if (request.region.isEmpty())
        return ready<Quote>(needsRegion());
    const QTimeZone zone = request.serviceZone.isValid() ? request.serviceZone : m_config.serviceZone;
    return post<Quote>(m_worker, [request, zone](RestWorker *w, JobPtr<Quote> job) {
        struct State
        {
            int waiting = 3;
            bool failed = false;
            std::optional<RestJson::QuoteAnswer> answer;
            std::optional<Plan> plan;
            std::optional<Order> current;
        };
        auto st = std::make_shared<State>();
        auto fail = [job, st](const BackendError &e) {
            if (st->failed)
                return;
            st->failed = true;
            job->resolve(e);
        };
        auto complete = [job, st, request, zone] {
            if (st->failed || --st->waiting > 0)
                return;
            if (!st->plan) {
                st->failed = true;
                return job->resolve(BackendError(
                    Category::Server,
                    QStringLiteral("The plan service does not know plan %1 in %2, yet the "
                                   "usage service priced it.")
                        .arg(request.planId, request.region)));
            }
            Quote q;
            const auto price = Money::fromYuanDouble(st->plan->price);
            q.planPrice = price.value_or(st->plan->priceMoney);
            q.due = st->answer->due;
            q.dueText = st->answer->dueText;
            q.credit = q.planPrice - q.due;
            if (st->plan->type == PlanType::Resources && st->current)
                q.replaces = st->current;
            const QDateTime now =
                request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc();
            q.periodEnd = BillingCalendar::nextDeadline(now, now, zone);
            job->resolve(q);
        };

        // 1. The dry run itself.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("region"), request.region);
        q.addQueryItem(QStringLiteral("drytry"), QStringLiteral("1"));
        QJsonObject body{{QStringLiteral("plan_id"), request.planId},
                         {QStringLiteral("parameters"),
                          QJsonObject{{QStringLiteral("resource_name"), request.resourceName}}}};
        if (!request.ns.isEmpty())
            body.insert(QStringLiteral("namespace"), request.ns);
        w->fetch<RestJson::QuoteAnswer>(
            RestRequest{"POST", w->usageUrl(QStringLiteral("/orders"), q),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), 0},
            &RestJson::quoteAnswer, [st, fail, complete](Result<RestJson::QuoteAnswer> r) {
                if (!r)
                    return fail(r.error());
                st->answer = r.value();
                complete();
            });

        // 2. The plan's price (credit = price - due).
        QUrlQuery pq;
        pq.addQueryItem(QStringLiteral("region"), request.region);
        w->fetch<std::optional<Plan>>(
            RestRequest{"GET",
                        w->planUrl(QStringLiteral("/plans/%1")
                                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(request.planId))),
                                   pq),
                        {}, 0},
            &RestJson::planGet, [st, fail, complete](Result<std::optional<Plan>> r) {
                if (!r)
                    return fail(r.error());
                st->plan = r.value();
                complete();
            });

        // 3. The consuming "<ns>-resources" order a resources plan replaces.
        Source<Order> src;
        src.url = [w, request](const QString &ns, int p, int size) {
            QUrlQuery oq;
            oq.addQueryItem(QStringLiteral("region"), request.region);
            if (!ns.isEmpty())
                oq.addQueryItem(QStringLiteral("namespace"), ns);
            oq.addQueryItem(QStringLiteral("status"), QStringLiteral("consuming"));
            oq.addQueryItem(QStringLiteral("type"), QStringLiteral("resources"));
            oq.addQueryItem(QStringLiteral("page"), QString::number(p));
            oq.addQueryItem(QStringLiteral("size"), QString::number(size));
            return w->usageUrl(QStringLiteral("/orders"), oq);
        };
        src.parse = &RestJson::orderList;
        src.newer = &newerOrder;
        src.fix = [](Order &o) {
            o.planType = PlanType::Resources;
            o.renewRetries = 0;
        };
        auto pager = std::make_shared<Pager<Order>>(w, src, QList<Stream>{streamOf(request.ns)});
        auto look = std::make_shared<std::function<void()>>();
        std::weak_ptr<std::function<void()>> weakLook = look;
        *look = [pager, st, fail, complete, request, weakLook] {
            auto again = weakLook.lock();
            pager->collect(100, [pager, st, fail, complete, request, again](Result<QList<Order>> r) {
                if (!r)
                    return fail(r.error());
                for (const Order &o : std::as_const(r.value())) {
                    const QString ns = request.ns.isEmpty() ? o.ns : request.ns;
                    if (o.orderId == ns + QStringLiteral("-resources")) {
                        st->current = o;
                        return complete();
                    }
                }
                if (!pager->anyLive() || r.value().isEmpty())
                    return complete();
                (*again)();
            });
        };
        (*look)();
    });
}

QFuture<Result<CancelOutcome>> RestBackend::cancel(qint64 id, const QString &ns)
{
    if (m_config.readOnly) {
        // Refuse before any request is made.
        return ready<CancelOutcome>(BackendError(
            Category::Permission,
            QStringLiteral("this connection is read-only: cancelling is not allowed")));
    }
    const int timeout = qMax(m_config.timeoutMs, MinCancelTimeoutMs);
    return post<CancelOutcome>(m_worker, [id, ns, timeout](RestWorker *w,
                                                           JobPtr<CancelOutcome> job) {
        auto notConsuming = [id](const BackendError &e) {
            return BackendError(Category::Conflict,
                                QStringLiteral("order %1 is not consuming (it has ended or was "
                                               "never paid)")
                                    .arg(id),
                                e.message() + QStringLiteral("\n") + e.details(), e.serviceCode());
        };
        QUrlQuery q;
        if (!ns.isEmpty())
            q.addQueryItem(QStringLiteral("namespace"), ns);
        // The order as it is now (the service only returns consuming ones).
        w->fetch<std::optional<Order>>(
            RestRequest{"GET", w->usageUrl(QStringLiteral("/orders/%1").arg(id), q), {}, 0},
            &RestJson::orderGet,
            [w, job, id, ns, timeout, notConsuming](Result<std::optional<Order>> r) {
                if (!r)
                    return job->resolve(r.error());
                if (!r.value())
                    return job->resolve(notConsuming(BackendError(
                        Category::NotFound, QStringLiteral("the service has no consuming order %1")
                                                .arg(id))));
                Order before = *r.value();
                before.status = OrderStatus::Consuming;
                QJsonObject body{{QStringLiteral("action"), QStringLiteral("cancel")}};
                if (!ns.isEmpty())
                    body.insert(QStringLiteral("namespace"), ns);
                w->fetch<Done>(
                    RestRequest{"PUT", w->usageUrl(QStringLiteral("/orders/%1").arg(id), {}),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), timeout},
                    &RestJson::plainOk, [job, before, notConsuming](Result<Done> r2) {
                        if (!r2) {
                            const int code = r2.error().serviceCode();
                            if (code == 3318 || code == 3309)
                                return job->resolve(notConsuming(r2.error()));
                            return job->resolve(r2.error());
                        }
                        CancelOutcome out;
                        out.order = before;
                        out.endConsumeId = 0; // not reported by the service
                        const QDateTime now = QDateTime::currentDateTimeUtc();
                        out.endTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
                        job->resolve(out);
                    });
            });
    });
}
