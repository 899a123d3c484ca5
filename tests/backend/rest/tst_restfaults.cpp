// RestBackend against a misbehaving server (SPEC §6, issue 16): one that
// never answers, drips, sends a body without end (chunked or not), `data`
// null/missing/of the wrong type, an HTML 503. Each call must fail within
// its deadline with one clear error, send nothing after a timeout, and keep
// the process's memory bounded; a real empty list stays an empty list.

#include "core/awaitresult.h"
#include "faultyhttpserver.h"
#include "rest/restbackend.h"
#include "testbuild.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using Behaviour = FaultyHttpServer::Behaviour;
using Category = BackendError::Category;

namespace {

RestConfig configFor(const FaultyHttpServer &server, int timeoutMs)
{
    RestConfig c;
    c.usageApi = server.usageApi();
    c.planApi = QUrl(QStringLiteral("http://127.0.0.1:%1/charge/v1").arg(server.port()));
    c.token = QStringLiteral("s3cret-token");
    c.namespaces = {QStringLiteral("ns-a")};
    c.timeoutMs = timeoutMs;
    return c;
}

UsageFilter usages()
{
    UsageFilter f;
    f.region = QStringLiteral("cn-north-1");
    f.namespaces = {QStringLiteral("ns-a")};
    return f;
}

// The peak resident set of this process so far (VmHWM), in KiB.
qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The largest buffer the kernel gives a TCP socket for `which` ("tcp_rmem",
// "tcp_wmem": min, default, max in /proc/sys/net/ipv4/), in bytes.
qint64 kernelBufferMax(const char *which)
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/") + QLatin1String(which));
    if (!f.open(QIODevice::ReadOnly))
        return 32 * 1024 * 1024;
    return f.readAll().simplified().split(' ').value(2).toLongLong();
}

// One call of `operation` ("usages", "orders", "total", "regions", "plans").
Result<qint64> call(RestBackend &b, const QString &operation)
{
    if (operation == QLatin1String("usages")) {
        const auto r = awaitResult(b.listUsages(usages(), PageRequest::first(30)));
        return r ? Result<qint64>(r.value().items.size()) : Result<qint64>(r.error());
    }
    if (operation == QLatin1String("orders")) {
        OrderFilter f;
        f.region = QStringLiteral("cn-north-1");
        f.namespaces = {QStringLiteral("ns-a")};
        const auto r = awaitResult(b.listOrders(f, PageRequest::first(30)));
        return r ? Result<qint64>(r.value().items.size()) : Result<qint64>(r.error());
    }
    if (operation == QLatin1String("total")) {
        const auto r = awaitResult(b.usageTotal(usages()));
        return r ? Result<qint64>(r.value().charges) : Result<qint64>(r.error());
    }
    if (operation == QLatin1String("regions")) {
        const auto r = awaitResult(b.listRegions());
        return r ? Result<qint64>(r.value().size()) : Result<qint64>(r.error());
    }
    PlanFilter f;
    f.region = QStringLiteral("cn-north-1");
    const auto r = awaitResult(b.listPlans(f));
    return r ? Result<qint64>(r.value().size()) : Result<qint64>(r.error());
}

} // namespace

class TestRestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A server that accepts and never answers, or drips: the call fails
    // after one timeout, not two, and sends nothing after it.
    void oneDeadline_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("operation");
        QTest::newRow("silent, usages") << int(Behaviour::Silent) << "usages";
        QTest::newRow("silent, orders") << int(Behaviour::Silent) << "orders";
        QTest::newRow("silent, total") << int(Behaviour::Silent) << "total";
        QTest::newRow("drip, usages") << int(Behaviour::Drip) << "usages";
        QTest::newRow("drip, regions") << int(Behaviour::Drip) << "regions";
    }
    void oneDeadline()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, operation);
        FaultyHttpServer server{Behaviour(behaviour)};
        server.setDripIntervalMs(200); // the empty list would take ~20 s
        QVERIFY(server.start());
        constexpr int timeoutMs = 2000;
        QElapsedTimer t;
        t.start();
        {
            RestBackend b(configFor(server, timeoutMs));
            const auto r = call(b, operation);
            const qint64 elapsed = t.elapsed();
            QVERIFY(!r);
            QCOMPARE(int(r.error().category()), int(Category::Timeout));
            QVERIFY2(r.error().message().contains(QLatin1String("within 2 s")),
                     qPrintable(r.error().message()));
            // Two timeouts would be 4 s: one and a margin is the promise.
            QVERIFY2(elapsed >= timeoutMs && elapsed < timeoutMs + 1500,
                     qPrintable(QString::number(elapsed)));
        }
        // The backend is gone (anything in flight aborted); a request sent
        // after the timeout would have reached the server by now.
        QTest::qWait(300);
        QCOMPARE(server.requests().size(), 1);
    }

    // A body without end stops at the limit as it streams, and says so.
    void endlessBody_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::newRow("chunked") << int(Behaviour::EndlessChunked);
        QTest::newRow("unsized") << int(Behaviour::EndlessUnsized);
    }
    void endlessBody()
    {
        QFETCH(int, behaviour);
        FaultyHttpServer server{Behaviour(behaviour)};
        QVERIFY(server.start());
        RestBackend b(configFor(server, 30000));
        QElapsedTimer t;
        t.start();
        const auto r = call(b, QStringLiteral("usages"));
        QVERIFY(!r);
        QCOMPARE(int(r.error().category()), int(Category::Server));
        QVERIFY2(r.error().message().contains(QLatin1String("limit of 16 MiB")),
                 qPrintable(r.error().message()));
        QVERIFY2(t.elapsed() < 15000, qPrintable(QString::number(t.elapsed())));
        // Read as it came, not buffered by Qt ahead of the check: the server
        // gets ahead of the limit by no more than the kernel buffers both
        // sockets (up to tcp_rmem's and tcp_wmem's maximum: 32 and 4 MiB on
        // our machines) and a margin. Qt reading without back-pressure
        // sends the server gigabytes ahead in the same time.
        const qint64 kernel = kernelBufferMax("tcp_rmem") + kernelBufferMax("tcp_wmem");
        const qint64 bound = 16 * 1024 * 1024 + kernel + 64 * 1024 * 1024;
        QVERIFY2(
            server.bytesSent() < bound,
            qPrintable(QStringLiteral("the server sent %1 bytes, more than %2 (kernel buffers %3)")
                           .arg(server.bytesSent())
                           .arg(bound)
                           .arg(kernel)));
        // Peak memory is measured by bench/faults.sh, not asserted here:
        // this process's peak includes the server's own send buffers.
        if (TestBuild::memoryIsMeasurable)
            qInfo("peak RSS of this process: %lld KiB", peakRssKiB());
    }

    // `data` that a list or a region list always sends, broken: an error
    // naming the endpoint and the field, never an empty result.
    void strictEnvelope_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("problem");
        const QString usagesPath = QStringLiteral("GET /usageapi/v1/usages");
        const QString ordersPath = QStringLiteral("GET /usageapi/v1/orders");
        QTest::newRow("null, usages")
            << int(Behaviour::DataNull) << "usages" << usagesPath << "`data` is null";
        QTest::newRow("missing, usages")
            << int(Behaviour::DataMissing) << "usages" << usagesPath << "`data` is missing";
        QTest::newRow("string, usages")
            << int(Behaviour::DataWrongType) << "usages" << usagesPath << "`data` is a string";
        QTest::newRow("null, orders")
            << int(Behaviour::DataNull) << "orders" << ordersPath << "`data` is null";
        QTest::newRow("null, total")
            << int(Behaviour::DataNull) << "total" << usagesPath << "`data` is null";
        QTest::newRow("null, regions") << int(Behaviour::DataNull) << "regions"
                                       << "GET /charge/v1/query/plans/region"
                                       << "`data` is null";
        QTest::newRow("missing, plans") << int(Behaviour::DataMissing) << "plans"
                                        << "GET /charge/v1/plans"
                                        << "`data` is missing";
    }
    void strictEnvelope()
    {
        QFETCH(int, behaviour);
        QFETCH(QString, operation);
        QFETCH(QString, endpoint);
        QFETCH(QString, problem);
        FaultyHttpServer server{Behaviour(behaviour)};
        QVERIFY(server.start());
        RestBackend b(configFor(server, 5000));
        const auto r = call(b, operation);
        QVERIFY2(!r, "an empty result the server never sent");
        QCOMPARE(int(r.error().category()), int(Category::Server));
        const QString m = r.error().message();
        QVERIFY2(m.startsWith(endpoint + QLatin1Char(':')), qPrintable(m));
        QVERIFY2(m.contains(problem), qPrintable(m));
    }

    void realEmptyList_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("usages") << "usages";
        QTest::newRow("orders") << "orders";
        QTest::newRow("total") << "total";
    }
    void realEmptyList()
    {
        QFETCH(QString, operation);
        FaultyHttpServer server{Behaviour::EmptyList};
        QVERIFY(server.start());
        RestBackend b(configFor(server, 5000));
        const auto r = call(b, operation);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        QCOMPARE(r.value(), qint64(0));
    }

    // An HTML error page: its status and <title>, no markup anywhere.
    void htmlPage()
    {
        FaultyHttpServer server{Behaviour::Html503};
        QVERIFY(server.start());
        RestBackend b(configFor(server, 5000));
        const auto r = call(b, QStringLiteral("usages"));
        QVERIFY(!r);
        QCOMPARE(int(r.error().category()), int(Category::Server));
        const QString m = r.error().message();
        QVERIFY2(m.contains(QLatin1String("HTTP 503")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("“503 Service Temporarily Unavailable”")),
                 qPrintable(m));
        for (const QString &text : {m, r.error().details()}) {
            QVERIFY2(!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('\n')),
                     qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestRestFaults)
#include "tst_restfaults.moc"
