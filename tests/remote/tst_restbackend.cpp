// RestBackend against a tiny HTTP server of the test's own (a QTcpServer on
// its own thread), serving fixture bodies, synthetic lists and faults.
#include "rest/restbackend.h"
#include "rest/restscan.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>
#include <QtTest>

#include <functional>

namespace {

struct Req
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

struct Resp
{
    QByteArray raw;    // the whole HTTP response
    int dripMs = 0;    // > 0: one byte every dripMs
    int delayMs = 0;   // wait before answering
    bool hang = false; // never answer
};

QByteArray http(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extra + "\r\n" + body;
}

QByteArray fixtureBody(const QString &name, int *status = nullptr)
{
    QFile f(TestDatabases::fixturesDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(name));
    const QByteArray all = f.readAll();
    if (status)
        *status = all.mid(9, 3).toInt();
    return all.mid(all.indexOf("\n\n") + 2);
}

class Server : public QObject
{
public:
    using Handler = std::function<Resp(const Req &)>;
    explicit Server(Handler h)
        : m_handler(std::move(h))
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost, 0);
                connect(m_server, &QTcpServer::newConnection, this, &Server::accept);
            },
            Qt::BlockingQueuedConnection);
    }
    ~Server() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_server->serverPort(); }
    QList<Req> requests() const
    {
        QMutexLocker l(&m_mutex);
        return m_requests;
    }
    QUrl base(const char *path = "/usageapi/v1") const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(QLatin1String(path)));
    }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            auto buf = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, this, [this, s, buf] {
                *buf += s->readAll();
                const qsizetype end = buf->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Req r;
                const QList<QByteArray> lines = buf->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.url = QUrl(QString::fromLatin1(first.value(1)));
                qint64 length = 0;
                for (int i = 1; i < lines.size(); ++i) {
                    const qsizetype c = lines[i].indexOf(':');
                    if (c > 0)
                        r.headers.insert(lines[i].left(c).trimmed().toLower(),
                                         lines[i].mid(c + 1).trimmed());
                }
                length = r.headers.value("content-length").toLongLong();
                if (buf->size() < end + 4 + length)
                    return;
                s->disconnect(this);
                {
                    QMutexLocker l(&m_mutex);
                    m_requests.append(r);
                }
                const Resp resp = m_handler(r);
                if (resp.hang)
                    return;
                auto send = [s, resp] {
                    if (resp.dripMs <= 0) {
                        s->write(resp.raw);
                        s->disconnectFromHost();
                        return;
                    }
                    auto *t = new QTimer(s);
                    auto pos = std::make_shared<qsizetype>(0);
                    QObject::connect(t, &QTimer::timeout, s, [s, t, pos, resp] {
                        if (*pos >= resp.raw.size()) {
                            t->stop();
                            s->disconnectFromHost();
                            return;
                        }
                        s->write(resp.raw.mid((*pos)++, 1));
                    });
                    t->start(resp.dripMs);
                };
                if (resp.delayMs > 0)
                    QTimer::singleShot(resp.delayMs, s, send);
                else
                    send();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    Handler m_handler;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QList<Req> m_requests;
};

// A synthetic usage list of `total` rows, paged as the service pages.
QByteArray usagePage(int total, int page, int size, const QString &ns = QStringLiteral("local"),
                     int nsOffsetSecs = 0)
{
    page = qMax(page, 1);
    size = qBound(1, size, 100);
    qint64 offset = qint64(page - 1) * size;
    if (offset > 0 && offset >= total)
        offset = qMax<qint64>(total - size, 0);
    QByteArray rows;
    const QDateTime top(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (qint64 i = offset; i < qMin<qint64>(total, offset + size); ++i) {
        if (!rows.isEmpty())
            rows += ',';
        const QDateTime t = top.addSecs(-3600 * i - nsOffsetSecs);
        rows +=
            QStringLiteral("{\"order_id\":\"o%1\",\"money\":%2,\"time\":\"%3\",\"project\":\"%4\","
                           "\"region\":\"cn-north-1\",\"plan_id\":\"p\",\"plan_history_id\":1}")
                .arg(i)
                .arg(i + 1)
                .arg(t.toString(Qt::ISODate), ns)
                .toUtf8();
    }
    return "{\"code\":0,\"msg\":\"OK\",\"data\":{\"total\":" + QByteArray::number(total) +
           ",\"results\":[" + rows + "]}}";
}

int qInt(const Req &r, const char *key, int dflt)
{
    bool ok = false;
    const int v = QUrlQuery(r.url).queryItemValue(QLatin1String(key)).toInt(&ok);
    return ok ? v : dflt;
}

RestConfig configFor(const Server &s)
{
    RestConfig c;
    c.usageApi = s.base("/usageapi/v1");
    c.planApi = s.base("/charge/v1");
    c.token = QStringLiteral("s3cret-token");
    c.timeoutMs = 5000;
    return c;
}

template<typename T>
Result<T> wait(QFuture<Result<T>> f)
{
    f.waitForFinished();
    return f.result();
}

UsageFilter usagesIn(const QStringList &ns = {})
{
    UsageFilter f;
    f.region = QStringLiteral("cn-north-1");
    f.namespaces = ns;
    return f;
}

} // namespace

class TestRestBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixturesThroughBackend()
    {
        Server s([](const Req &r) {
            int st = 200;
            const QString p = r.url.path();
            if (p.endsWith(QLatin1String("/orders")))
                return Resp{http(200, fixtureBody(QStringLiteral("orders-all.http")))};
            if (p.endsWith(QLatin1String("/orders/1")))
                return Resp{http(200, fixtureBody(QStringLiteral("order-get-consuming.http")))};
            if (p.endsWith(QLatin1String("/orders/3")))
                return Resp{http(200, fixtureBody(QStringLiteral("order-get-ended.http")))};
            if (p.endsWith(QLatin1String("/usages")))
                return Resp{http(200, fixtureBody(QStringLiteral("usages-all.http")))};
            return Resp{http(404, fixtureBody(QStringLiteral("unknown-url.http"), &st))};
        });
        RestBackend b(configFor(s));
        OrderFilter of;
        of.region = QStringLiteral("cn-north-1");
        const auto orders = wait(b.listOrders(of, PageRequest::first(30)));
        QVERIFY2(orders.ok(), orders.ok() ? "" : qPrintable(orders.error().message()));
        QCOMPARE(orders.value().total, 3);
        QCOMPARE(orders.value().items.size(), 3);
        QCOMPARE(orders.value().items.at(2).status, OrderStatus::Ended);
        QVERIFY(!orders.value().next.has_value());
        const auto one = wait(b.getOrder(1, QString()));
        QVERIFY(one.ok());
        QCOMPARE(one.value().status, OrderStatus::Consuming); // by construction (SPEC §3)
        const auto gone = wait(b.getOrder(3, QString()));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().category(), BackendError::Category::NotFound);
        const auto total = wait(b.usageTotal(usagesIn()));
        QVERIFY(total.ok());
        QCOMPARE(total.value().charges, 8);
        QCOMPARE(total.value().amount.units(), 300000 * 3 + 99000 * 2 + 1234567 * 2);
        // Every request carried the token as a Bearer token.
        for (const Req &r : s.requests())
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer s3cret-token"));
    }

    void pagingByTotal_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0 << 30;
        QTest::newRow("one") << 1 << 30;
        QTest::newRow("exact") << 90 << 30;
        QTest::newRow("overlap") << 100 << 30;
        QTest::newRow("big") << 250 << 100;
    }
    void pagingByTotal()
    {
        QFETCH(int, total);
        QFETCH(int, size);
        Server s([total](const Req &r) {
            if (!r.url.path().endsWith(QLatin1String("/usages")))
                return Resp{http(404, "{\"code\":3303,\"msg\":\"unsupported url\"}")};
            return Resp{http(200, usagePage(total, qInt(r, "page", 1), qInt(r, "size", 30)))};
        });
        RestBackend b(configFor(s));
        QStringList seen;
        auto page = wait(b.listUsages(usagesIn(), PageRequest::first(size)));
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, total);
        int guard = 0;
        while (true) {
            for (const Usage &u : page.value().items)
                seen.append(u.orderId);
            if (!page.value().next || ++guard > 100)
                break;
            page =
                wait(b.listUsages(usagesIn(), PageRequest::continueFrom(*page.value().next, size)));
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        }
        QCOMPARE(seen.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(seen.at(i), QStringLiteral("o%1").arg(i));
        // The past-the-end page is the service's: the last `size` rows.
        if (total > 0) {
            const auto past =
                wait(b.listUsages(usagesIn(), {total / size + 3, size, std::nullopt, true}));
            QVERIFY(past.ok());
            QCOMPARE(past.value().items.size(), qMin(total, size));
            QCOMPARE(past.value().items.constLast().orderId, QStringLiteral("o%1").arg(total - 1));
        }
        const auto sum = wait(b.usageTotal(usagesIn()));
        QVERIFY(sum.ok());
        QCOMPARE(sum.value().charges, total);
        QCOMPARE(sum.value().amount.units(), qint64(total) * (total + 1) / 2 * 10000);
    }

    void inconsistentServer_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("empty early") << "empty";
        QTest::newRow("same page") << "same";
        QTest::newRow("jumping total") << "jump";
    }
    void inconsistentServer()
    {
        QFETCH(QString, mode);
        auto counter = std::make_shared<QAtomicInt>(0);
        Server s([mode, counter](const Req &r) {
            const int n = counter->fetchAndAddRelaxed(1);
            const int page = qInt(r, "page", 1), size = qInt(r, "size", 30);
            if (mode == QLatin1String("empty") && page >= 2)
                return Resp{http(
                    200, "{\"code\":0,\"msg\":\"OK\",\"data\":{\"total\":1000,\"results\":[]}}")};
            if (mode == QLatin1String("same"))
                return Resp{http(200, usagePage(1000, 1, size))};
            if (mode == QLatin1String("jump"))
                return Resp{http(200, usagePage(1000 + n, page, size))};
            return Resp{http(200, usagePage(1000, page, size))};
        });
        RestBackend b(configFor(s));
        const auto total = wait(b.usageTotal(usagesIn()));
        QVERIFY(!total.ok());
        QCOMPARE(total.error().category(), BackendError::Category::Server);
        QVERIFY2(total.error().message().contains(QLatin1String("inconsistent")),
                 qPrintable(total.error().message()));
        QVERIFY2(s.requests().size() <= 1 + RestDetail::Scan::Parallel + 1,
                 qPrintable(QString::number(s.requests().size())));
        // Continuation paging stops too.
        const auto first = wait(b.listUsages(usagesIn(), PageRequest::first(30)));
        if (first.ok() && first.value().next) {
            const auto second =
                wait(b.listUsages(usagesIn(), PageRequest::continueFrom(*first.value().next, 30)));
            QVERIFY(!second.ok());
            QCOMPARE(second.error().category(), BackendError::Category::Server);
        }
    }

    void faults_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("mentions");
        using C = BackendError::Category;
        QTest::newRow("drip") << "drip" << int(C::Timeout) << "within";
        QTest::newRow("hang") << "hang" << int(C::Timeout) << "within";
        QTest::newRow("html 503") << "html" << int(C::Server) << "HTML";
        QTest::newRow("over cap") << "big" << int(C::Server) << "limit";
        QTest::newRow("over cap chunked") << "bigchunked" << int(C::Server) << "limit";
        QTest::newRow("truncated") << "truncated" << int(C::Server) << "cut off";
        QTest::newRow("dropped") << "dropped" << int(C::Server) << "closed the connection";
        QTest::newRow("401") << "401" << int(C::Auth) << "auth failed";
        QTest::newRow("3305 multi-line")
            << "3305" << int(C::Auth) << "auth failed (user noud found @ region (x).)";
        QTest::newRow("3306") << "3306" << int(C::Permission) << "permission denied";
        QTest::newRow("token echoed") << "echo" << int(C::Auth) << "***";
    }
    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(int, category);
        QFETCH(QString, mentions);
        Server s([mode](const Req &r) {
            if (mode == QLatin1String("drip"))
                return Resp{http(200, usagePage(100, 1, 100)), 200};
            if (mode == QLatin1String("hang"))
                return Resp{{}, 0, 0, true};
            if (mode == QLatin1String("html"))
                return Resp{
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nConnection: "
                    "close\r\n\r\n<html><body>Timeout</body></html>"};
            if (mode == QLatin1String("big"))
                return Resp{http(200, QByteArray(5000, ' ') + usagePage(1, 1, 1))};
            if (mode == QLatin1String("bigchunked"))
                return Resp{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                            "close\r\n\r\n" +
                            QByteArray(5000, ' ')};
            if (mode == QLatin1String("truncated"))
                return Resp{http(200, usagePage(3, 1, 30)).chopped(40)};
            if (mode == QLatin1String("dropped"))
                return Resp{QByteArray()};
            if (mode == QLatin1String("401"))
                return Resp{http(401, fixtureBody(QStringLiteral("no-auth.http")))};
            if (mode == QLatin1String("3305"))
                return Resp{http(401, "{\"code\":3305,\"msg\":\"auth failed (user noud found @ "
                                      "region (x).)\\n{\\\"kind\\\":\\\"Status\\\"}\"}")};
            if (mode == QLatin1String("3306"))
                return Resp{http(400, fixtureBody(QStringLiteral("order-get-foreign.http")))};
            // echo the token back in the message
            return Resp{http(401, "{\"code\":3305,\"msg\":\"auth failed for " +
                                      r.headers.value("authorization") + "\"}")};
        });
        RestConfig c = configFor(s);
        c.timeoutMs = 1500;
        c.maxBodyBytes = 1000;
        RestBackend b(c);
        QElapsedTimer t;
        t.start();
        const auto r = wait(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY(!r.ok());
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(int(r.error().category()), category);
        QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
        QVERIFY(!r.error().message().contains(QLatin1String("s3cret")));
        QVERIFY(!r.error().details().contains(QLatin1String("s3cret")));
        if (mode == QLatin1String("3305")) {
            QCOMPARE(r.error().message(), mentions);
            QVERIFY(r.error().details().contains(QLatin1String("Status")));
        }
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        RestConfig c;
        c.usageApi = QUrl(QStringLiteral("http://127.0.0.1:%1/usageapi/v1").arg(port));
        c.token = QStringLiteral("s3cret-token");
        RestBackend b(c);
        const auto r = wait(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category(), BackendError::Category::Connection);
        QVERIFY(!r.error().message().contains(QLatin1String("s3cret")));
    }

    void redirectToAnotherPort_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
    }
    void redirectToAnotherPort()
    {
        QFETCH(int, status);
        Server other([](const Req &) { return Resp{http(200, usagePage(1, 1, 1))}; });
        const QByteArray target = other.base().toString().toUtf8() + "/usages?region=cn-north-1";
        Server s([target, status](const Req &) {
            return Resp{http(status, "{}", "Location: " + target + "\r\n")};
        });
        RestBackend b(configFor(s));
        const auto r = wait(b.listUsages(usagesIn(), PageRequest::first(30)));
        QTest::qWait(300); // let any follow-up request arrive
        for (const Req &req : other.requests())
            QVERIFY2(!req.headers.contains("authorization"), "the token reached another origin");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category(), BackendError::Category::Server);
        QVERIFY2(r.error().message().contains(QLatin1String("another origin")),
                 qPrintable(r.error().message()));
        QCOMPARE(other.requests().size(), 0);
    }

    void sameOriginRedirectFollowed()
    {
        Server s([](const Req &r) {
            if (r.url.path().endsWith(QLatin1String("/moved")))
                return Resp{http(200, usagePage(2, 1, 30))};
            return Resp{http(302, "{}", "Location: /usageapi/v1/moved\r\n")};
        });
        RestBackend b(configFor(s));
        const auto r = wait(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r.value().items.size(), 2);
        QCOMPARE(s.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer s3cret-token"));
    }

    void cancelTotalsMidway()
    {
        Server s([](const Req &r) {
            return Resp{http(200, usagePage(5000, qInt(r, "page", 1), qInt(r, "size", 30))), 0, 60};
        });
        RestBackend b(configFor(s));
        auto f = b.usageTotal(usagesIn());
        QTRY_VERIFY_WITH_TIMEOUT(f.progressValue() >= 3, 10000);
        QVERIFY(f.progressMaximum() >= 50);
        f.cancel();
        f.waitForFinished();
        QVERIFY(f.isCanceled());
        const int after = int(s.requests().size());
        QTest::qWait(500);
        QVERIFY(s.requests().size() <= after + RestDetail::Scan::Parallel);
        QVERIFY(s.requests().size() < 50);
    }

    void multiNamespaceMerge()
    {
        Server s([](const Req &r) {
            const QString ns = QUrlQuery(r.url).queryItemValue(QStringLiteral("namespace"));
            // a: 5 rows on the hour; b: 4 rows on the half hour.
            if (ns == QLatin1String("a"))
                return Resp{
                    http(200, usagePage(5, qInt(r, "page", 1), qInt(r, "size", 30), ns, 0))};
            return Resp{http(200, usagePage(4, qInt(r, "page", 1), qInt(r, "size", 30), ns, 1800))};
        });
        RestBackend b(configFor(s));
        const QStringList ns{QStringLiteral("a"), QStringLiteral("b")};
        QStringList got;
        QList<QDateTime> times;
        auto page = wait(b.listUsages(usagesIn(ns), PageRequest::first(4)));
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 9);
        while (true) {
            for (const Usage &u : page.value().items) {
                got.append(u.ns + u.orderId);
                times.append(u.time);
            }
            if (!page.value().next)
                break;
            page =
                wait(b.listUsages(usagesIn(ns), PageRequest::continueFrom(*page.value().next, 4)));
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        }
        QCOMPARE(got, QStringList({"ao0", "bo0", "ao1", "bo1", "ao2", "bo2", "ao3", "bo3", "ao4"}));
        for (int i = 1; i < times.size(); ++i)
            QVERIFY(times.at(i - 1) >= times.at(i));
        // An explicit second page of the merge.
        const auto p2 = wait(b.listUsages(usagesIn(ns), {2, 4, std::nullopt, true}));
        QVERIFY(p2.ok());
        QStringList second;
        for (const Usage &u : p2.value().items)
            second.append(u.ns + u.orderId);
        QCOMPARE(second, QStringList({"ao2", "bo2", "ao3", "bo3"}));
        const auto sum = wait(b.usageTotal(usagesIn(ns)));
        QCOMPARE(sum.value().charges, 9);
    }

    void readOnlyCancelSendsNothing()
    {
        Server s([](const Req &) { return Resp{http(200, "{\"code\":0,\"msg\":\"OK\"}")}; });
        RestConfig c = configFor(s);
        c.readOnly = true;
        RestBackend b(c);
        const auto r = wait(b.cancel(1, QStringLiteral("local")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category(), BackendError::Category::Permission);
        QTest::qWait(200);
        QCOMPARE(s.requests().size(), 0);
    }

    void cancelOrder_data()
    {
        QTest::addColumn<QString>("putFixture");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("category");
        QTest::newRow("ok") << "" << true << 0;
        QTest::newRow("ended") << "cancel-ended.http" << false
                               << int(BackendError::Category::Conflict);
        QTest::newRow("bad action")
            << "cancel-unknown-action.http" << false << int(BackendError::Category::InvalidInput);
    }
    void cancelOrder()
    {
        QFETCH(QString, putFixture);
        QFETCH(bool, ok);
        QFETCH(int, category);
        Server s([putFixture](const Req &r) {
            if (r.method == "GET")
                return Resp{http(200, fixtureBody(QStringLiteral("order-get-consuming.http")))};
            if (putFixture.isEmpty())
                return Resp{http(200, "{\"code\":0,\"msg\":\"OK\"}")};
            return Resp{http(400, fixtureBody(putFixture))};
        });
        RestBackend b(configFor(s));
        const auto r = wait(b.cancel(1, QStringLiteral("local")));
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r.value().order.orderId, QStringLiteral("local-resources"));
        } else {
            QCOMPARE(int(r.error().category()), category);
        }
        const auto reqs = s.requests();
        QCOMPARE(reqs.constLast().method, QByteArray("PUT"));
    }

    void quoteSwitch()
    {
        Server s([](const Req &r) {
            const QString p = r.url.path();
            if (r.method == "POST")
                return Resp{http(200, fixtureBody(QStringLiteral("quote-switch.http")))};
            if (p.contains(QLatin1String("/charge/v1/plans/")))
                return Resp{http(
                    200, "{\"code\":0,\"msg\":\"OK\",\"data\":{\"id\":123,\"plan_id\":\"p-big\","
                         "\"plan_type\":\"resources\",\"price\":12.3,\"cycle\":\"m\"}}")};
            if (p.endsWith(QLatin1String("/orders")))
                return Resp{http(200, fixtureBody(QStringLiteral("orders-consuming.http")))};
            return Resp{http(404, "{\"code\":3303,\"msg\":\"unsupported url\"}")};
        });
        RestBackend b(configFor(s));
        QuoteRequest q;
        q.ns = QStringLiteral("local");
        q.region = QStringLiteral("cn-north-1");
        q.planId = QStringLiteral("p-big");
        q.now = QDateTime(QDate(2026, 11, 24), QTime(23, 10, 12), Qt::UTC);
        const auto r = wait(b.quote(q));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r.value().dueText, QStringLiteral("7.30"));
        QCOMPARE(r.value().due.units(), 73000);
        QCOMPARE(r.value().planPrice.units(), 123000);
        QCOMPARE(r.value().credit.units(), 50000);
        QVERIFY(r.value().replaces.has_value());
        QCOMPARE(r.value().replaces->id, 1);
        QVERIFY(r.value().periodEnd.isValid());
    }

    void destroyWithRequestsInFlight()
    {
        Server s([](const Req &) { return Resp{{}, 0, 0, true}; });
        QFuture<Result<UsageTotal>> f;
        {
            RestBackend b(configFor(s));
            f = b.usageTotal(usagesIn());
            QTest::qWait(100);
        }
        QVERIFY(f.isFinished());
    }
};

QTEST_GUILESS_MAIN(TestRestBackend)
#include "tst_restbackend.moc"
