// RestBackend against a tiny HTTP server of the test's own (a QTcpServer on
// its own thread), serving fixture bodies, synthetic lists and faults.
#include "recordedresponse.h"
#include "rest/restbackend.h"
#include "rest/restscan.h"
#include "stubhttpserver.h"
#include "testfutures.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <functional>

namespace {

using Request = StubHttpServer::Request;
using Response = StubHttpServer::Response;
using TestFutures::resultOf;

QByteArray http(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return StubHttpServer::http(status, body, extra);
}

QByteArray fixtureBody(const QString &name)
{
    return RecordedResponse::load(name).body;
}

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

int qInt(const Request &r, const char *key, int dflt)
{
    bool ok = false;
    const int v = QUrlQuery(r.url).queryItemValue(QLatin1String(key)).toInt(&ok);
    return ok ? v : dflt;
}

RestConfig configFor(const StubHttpServer &s)
{
    RestConfig c;
    c.usageApi = s.url("/usageapi/v1");
    c.planApi = s.url("/charge/v1");
    c.token = QStringLiteral("s3cret-token");
    c.timeoutMs = 5000;
    return c;
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
        StubHttpServer s([](const Request &r) {
            const QString p = r.url.path();
            if (p.endsWith(QLatin1String("/orders")))
                return Response{http(200, fixtureBody(QStringLiteral("orders-all.http")))};
            if (p.endsWith(QLatin1String("/orders/1")))
                return Response{http(200, fixtureBody(QStringLiteral("order-get-consuming.http")))};
            if (p.endsWith(QLatin1String("/orders/3")))
                return Response{http(200, fixtureBody(QStringLiteral("order-get-ended.http")))};
            if (p.endsWith(QLatin1String("/usages")))
                return Response{http(200, fixtureBody(QStringLiteral("usages-all.http")))};
            return Response{http(404, fixtureBody(QStringLiteral("unknown-url.http")))};
        });
        RestBackend b(configFor(s));
        OrderFilter of;
        of.region = QStringLiteral("cn-north-1");
        const auto orders = resultOf(b.listOrders(of, PageRequest::first(30)));
        QVERIFY2(orders.ok(), orders.ok() ? "" : qPrintable(orders.error().message()));
        QCOMPARE(orders.value().total, 3);
        QCOMPARE(orders.value().items.size(), 3);
        QCOMPARE(orders.value().items.at(2).status, OrderStatus::Ended);
        QVERIFY(!orders.value().next.has_value());
        const auto one = resultOf(b.getOrder(1, QString()));
        QVERIFY(one.ok());
        QCOMPARE(one.value().status, OrderStatus::Consuming); // by construction (SPEC §3)
        const auto gone = resultOf(b.getOrder(3, QString()));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().category(), BackendError::Category::NotFound);
        const auto total = resultOf(b.usageTotal(usagesIn()));
        QVERIFY(total.ok());
        QCOMPARE(total.value().charges, 8);
        QCOMPARE(total.value().amount.units(), 300000 * 3 + 99000 * 2 + 1234567 * 2);
        // Every request carried the token as a Bearer token.
        for (const Request &r : s.requests())
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
        StubHttpServer s([total](const Request &r) {
            if (!r.url.path().endsWith(QLatin1String("/usages")))
                return Response{http(404, "{\"code\":3303,\"msg\":\"unsupported url\"}")};
            return Response{http(200, usagePage(total, qInt(r, "page", 1), qInt(r, "size", 30)))};
        });
        RestBackend b(configFor(s));
        QStringList seen;
        auto page = resultOf(b.listUsages(usagesIn(), PageRequest::first(size)));
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, total);
        int guard = 0;
        while (true) {
            for (const Usage &u : page.value().items)
                seen.append(u.orderId);
            if (!page.value().next || ++guard > 100)
                break;
            page = resultOf(
                b.listUsages(usagesIn(), PageRequest::continueFrom(*page.value().next, size)));
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        }
        QCOMPARE(seen.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(seen.at(i), QStringLiteral("o%1").arg(i));
        // The past-the-end page is the service's: the last `size` rows.
        if (total > 0) {
            const auto past =
                resultOf(b.listUsages(usagesIn(), {total / size + 3, size, std::nullopt, true}));
            QVERIFY(past.ok());
            QCOMPARE(past.value().items.size(), qMin(total, size));
            QCOMPARE(past.value().items.constLast().orderId, QStringLiteral("o%1").arg(total - 1));
        }
        const auto sum = resultOf(b.usageTotal(usagesIn()));
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
        StubHttpServer s([mode, counter](const Request &r) {
            const int n = counter->fetchAndAddRelaxed(1);
            const int page = qInt(r, "page", 1), size = qInt(r, "size", 30);
            if (mode == QLatin1String("empty") && page >= 2)
                return Response{http(
                    200, "{\"code\":0,\"msg\":\"OK\",\"data\":{\"total\":1000,\"results\":[]}}")};
            if (mode == QLatin1String("same"))
                return Response{http(200, usagePage(1000, 1, size))};
            if (mode == QLatin1String("jump"))
                return Response{http(200, usagePage(1000 + n, page, size))};
            return Response{http(200, usagePage(1000, page, size))};
        });
        RestBackend b(configFor(s));
        const auto total = resultOf(b.usageTotal(usagesIn()));
        QVERIFY(!total.ok());
        QCOMPARE(total.error().category(), BackendError::Category::Server);
        QVERIFY2(total.error().message().contains(QLatin1String("inconsistent")),
                 qPrintable(total.error().message()));
        QVERIFY2(s.requests().size() <= 1 + RestDetail::Scan::Parallel + 1,
                 qPrintable(QString::number(s.requests().size())));
        // Continuation paging stops too.
        const auto first = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
        if (first.ok() && first.value().next) {
            const auto second = resultOf(
                b.listUsages(usagesIn(), PageRequest::continueFrom(*first.value().next, 30)));
            QVERIFY(!second.ok());
            QCOMPARE(second.error().category(), BackendError::Category::Server);
        }
    }

    // A token echoed back is masked where it stands alone, and only there:
    // a short one must not mask the letters of the words around it.
    void tokenMaskedAlone_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one letter") << "a"
                                    << "auth failed for Bearer ***";
        QTest::newRow("word-like") << "fail"
                                   << "auth failed for Bearer ***";
        QTest::newRow("long") << "s3cret-token"
                              << "auth failed for Bearer ***";
    }
    void tokenMaskedAlone()
    {
        QFETCH(QString, token);
        QFETCH(QString, expected);
        StubHttpServer s([](const Request &r) {
            return Response{http(401, "{\"code\":3305,\"msg\":\"auth failed for " +
                                          r.headers.value("authorization") + "\"}")};
        });
        RestConfig c = configFor(s);
        c.token = token;
        RestBackend b(c);
        const auto r = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY(!r.ok());
        // The service's words are a detail under the plain message.
        QCOMPARE(r.error().details().section(QLatin1Char('\n'), 1), expected);
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
        QTest::newRow("3305 multi-line") << "3305" << int(C::Auth) << "refused the API token";
        QTest::newRow("3306") << "3306" << int(C::Permission) << "permission denied";
        QTest::newRow("token echoed") << "echo" << int(C::Auth) << "refused the API token";
    }
    void faults()
    {
        QFETCH(QString, mode);
        QFETCH(int, category);
        QFETCH(QString, mentions);
        StubHttpServer s([mode](const Request &r) {
            if (mode == QLatin1String("drip"))
                return Response{http(200, usagePage(100, 1, 100)), 200};
            if (mode == QLatin1String("hang"))
                return Response{{}, 0, 0, true};
            if (mode == QLatin1String("html"))
                return Response{
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nConnection: "
                    "close\r\n\r\n<html><body>Timeout</body></html>"};
            if (mode == QLatin1String("big"))
                return Response{http(200, QByteArray(5000, ' ') + usagePage(1, 1, 1))};
            if (mode == QLatin1String("bigchunked"))
                return Response{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                                "close\r\n\r\n" +
                                QByteArray(5000, ' ')};
            if (mode == QLatin1String("truncated"))
                return Response{http(200, usagePage(3, 1, 30)).chopped(40)};
            if (mode == QLatin1String("dropped"))
                return Response{QByteArray()};
            if (mode == QLatin1String("401"))
                return Response{http(401, fixtureBody(QStringLiteral("no-auth.http")))};
            if (mode == QLatin1String("3305"))
                return Response{http(401, "{\"code\":3305,\"msg\":\"auth failed (user noud found @ "
                                          "region (x).)\\n{\\\"kind\\\":\\\"Status\\\"}\"}")};
            if (mode == QLatin1String("3306"))
                return Response{http(400, fixtureBody(QStringLiteral("order-get-foreign.http")))};
            // echo the token back in the message
            return Response{http(401, "{\"code\":3305,\"msg\":\"auth failed for " +
                                          r.headers.value("authorization") + "\"}")};
        });
        RestConfig c = configFor(s);
        c.timeoutMs = 1500;
        c.maxBodyBytes = 1000;
        RestBackend b(c);
        QElapsedTimer t;
        t.start();
        const auto r = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY(!r.ok());
        QVERIFY2(t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(int(r.error().category()), category);
        QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
        QVERIFY(!r.error().message().contains(QLatin1String("s3cret")));
        QVERIFY(!r.error().details().contains(QLatin1String("s3cret")));
        if (mode == QLatin1String("echo")) // the service's words, masked
            QVERIFY2(r.error().details().contains(QLatin1String("Bearer ***")),
                     qPrintable(r.error().details()));
        if (mode == QLatin1String("3305")) {
            QVERIFY(r.error().details().contains(
                QLatin1String("auth failed (user noud found @ region (x).)")));
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
        const auto r = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
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
        StubHttpServer other(
            [](const Request &) { return Response{http(200, usagePage(1, 1, 1))}; });
        const QByteArray target = other.url().toString().toUtf8() + "/usages?region=cn-north-1";
        StubHttpServer s([target, status](const Request &) {
            return Response{http(status, "{}", "Location: " + target + "\r\n")};
        });
        RestBackend b(configFor(s));
        // The answer comes after the redirect was dealt with: a request it
        // made to `other` has arrived there by now.
        const auto r = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
        for (const Request &req : other.requests())
            QVERIFY2(!req.headers.contains("authorization"), "the token reached another origin");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category(), BackendError::Category::Server);
        QVERIFY2(r.error().message().contains(QLatin1String("another origin")),
                 qPrintable(r.error().message()));
        QCOMPARE(other.requests().size(), 0);
    }

    void sameOriginRedirectFollowed()
    {
        StubHttpServer s([](const Request &r) {
            if (r.url.path().endsWith(QLatin1String("/moved")))
                return Response{http(200, usagePage(2, 1, 30))};
            return Response{http(302, "{}", "Location: /usageapi/v1/moved\r\n")};
        });
        RestBackend b(configFor(s));
        const auto r = resultOf(b.listUsages(usagesIn(), PageRequest::first(30)));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r.value().items.size(), 2);
        QCOMPARE(s.requests().constLast().headers.value("authorization"),
                 QByteArray("Bearer s3cret-token"));
    }

    void cancelTotalsMidway()
    {
        StubHttpServer s([](const Request &r) {
            return Response{http(200, usagePage(5000, qInt(r, "page", 1), qInt(r, "size", 30))), 0,
                            60};
        });
        RestBackend b(configFor(s));
        auto f = b.usageTotal(usagesIn());
        QTRY_VERIFY_WITH_TIMEOUT(f.progressValue() >= 3, 10000);
        QVERIFY(f.progressMaximum() >= 50);
        f.cancel();
        QVERIFY(TestFutures::waitFor(f));
        QVERIFY(f.isCanceled());
        const int after = int(s.requests().size());
        // A barrier, not a sleep: a request of its own after the cancel. While
        // it is answered (as late as every page), the pages in flight are
        // answered too, and a scan that went on would ask for more.
        const auto probe =
            resultOf(b.listUsages(usagesIn({QStringLiteral("probe")}), PageRequest::first(1)));
        QVERIFY(probe.ok());
        int scanRequests = 0;
        for (const Request &r : s.requests())
            scanRequests += QUrlQuery(r.url).queryItemValue(QStringLiteral("namespace")) !=
                            QLatin1String("probe");
        QVERIFY2(scanRequests <= after + RestDetail::Scan::Parallel,
                 qPrintable(
                     QStringLiteral("%1 requests, %2 at the cancel").arg(scanRequests).arg(after)));
        QVERIFY(scanRequests < 50);
    }

    void multiNamespaceMerge()
    {
        StubHttpServer s([](const Request &r) {
            const QString ns = QUrlQuery(r.url).queryItemValue(QStringLiteral("namespace"));
            // a: 5 rows on the hour; b: 4 rows on the half hour.
            if (ns == QLatin1String("a"))
                return Response{
                    http(200, usagePage(5, qInt(r, "page", 1), qInt(r, "size", 30), ns, 0))};
            return Response{
                http(200, usagePage(4, qInt(r, "page", 1), qInt(r, "size", 30), ns, 1800))};
        });
        RestBackend b(configFor(s));
        const QStringList ns{QStringLiteral("a"), QStringLiteral("b")};
        QStringList got;
        QList<QDateTime> times;
        auto page = resultOf(b.listUsages(usagesIn(ns), PageRequest::first(4)));
        QVERIFY(page.ok());
        QCOMPARE(page.value().total, 9);
        while (true) {
            for (const Usage &u : page.value().items) {
                got.append(u.ns + u.orderId);
                times.append(u.time);
            }
            if (!page.value().next)
                break;
            page = resultOf(
                b.listUsages(usagesIn(ns), PageRequest::continueFrom(*page.value().next, 4)));
            QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        }
        QCOMPARE(got, QStringList({"ao0", "bo0", "ao1", "bo1", "ao2", "bo2", "ao3", "bo3", "ao4"}));
        for (int i = 1; i < times.size(); ++i)
            QVERIFY(times.at(i - 1) >= times.at(i));
        // An explicit second page of the merge.
        const auto p2 = resultOf(b.listUsages(usagesIn(ns), {2, 4, std::nullopt, true}));
        QVERIFY(p2.ok());
        QStringList second;
        for (const Usage &u : p2.value().items)
            second.append(u.ns + u.orderId);
        QCOMPARE(second, QStringList({"ao2", "bo2", "ao3", "bo3"}));
        const auto sum = resultOf(b.usageTotal(usagesIn(ns)));
        QCOMPARE(sum.value().charges, 9);
    }

    void readOnlyCancelSendsNothing()
    {
        StubHttpServer s([](const Request &r) {
            if (r.method == "GET")
                return Response{http(200, usagePage(2, 1, 30))};
            return Response{http(200, "{\"code\":0,\"msg\":\"OK\"}")};
        });
        RestConfig c = configFor(s);
        c.readOnly = true;
        RestBackend b(c);
        const auto r = resultOf(b.cancel(1, QStringLiteral("local")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().category(), BackendError::Category::Permission);
        // A barrier, not a sleep: a read sent after the refusal. Once it is
        // answered, it must be the only request the server ever saw.
        const auto total = resultOf(b.usageTotal(usagesIn()));
        QVERIFY(total.ok());
        QCOMPARE(total.value().charges, 2);
        const auto requests = s.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().method, QByteArray("GET"));
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
        StubHttpServer s([putFixture](const Request &r) {
            if (r.method == "GET")
                return Response{http(200, fixtureBody(QStringLiteral("order-get-consuming.http")))};
            if (putFixture.isEmpty())
                return Response{http(200, "{\"code\":0,\"msg\":\"OK\"}")};
            return Response{http(400, fixtureBody(putFixture))};
        });
        RestBackend b(configFor(s));
        const auto r = resultOf(b.cancel(1, QStringLiteral("local")));
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r.value().order.orderId, QStringLiteral("local-resources"));
        } else {
            QCOMPARE(int(r.error().category()), category);
        }
        const auto reqs = s.requests();
        QCOMPARE(reqs.constLast().method, QByteArray("PUT"));
    }

    void destroyWithRequestsInFlight()
    {
        StubHttpServer s([](const Request &) { return Response{{}, 0, 0, true}; });
        QFuture<Result<UsageTotal>> f;
        {
            RestBackend b(configFor(s));
            f = b.usageTotal(usagesIn());
            QTRY_VERIFY(!s.requests().isEmpty()); // in flight: the server has it
        }
        QVERIFY(f.isFinished());
    }
};

QTEST_GUILESS_MAIN(TestRestBackend)
#include "tst_restbackend.moc"
