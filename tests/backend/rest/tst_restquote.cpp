// RestBackend::quote against the real service's recorded answers
// (tests/fixtures/quote-*.http), served as they were recorded by a server of
// the test's own: the due amount, the credit, the order replaced, and each
// refusal with its category and service code. The fake service is not used
// here: it prices with PricingEngine, which would compare the engine with
// itself.
//
// The recording (tests/fixtures/README.md): the service ran in debug mode,
// where every token is user `local` and every plan lookup answers a
// `resources` plan priced 12.3 (version id 123). The plan service's answer is
// therefore written here as that plan; the orders list is the recorded
// orders-consuming.http, which holds `local-resources` (id 1).

#include "recordedresponse.h"
#include "rest/restbackend.h"
#include "stubhttpserver.h"
#include "testfutures.h"
#include "testtime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(BackendError::Category)

using Category = BackendError::Category;
using TestFutures::resultOf;
using TestTime::utc;

namespace {

// The plan every lookup answered while the fixtures were recorded.
const QByteArray DebugModePlan =
    "{\"code\":0,\"msg\":\"OK\",\"data\":{\"id\":123,\"plan_id\":\"p-big\",\"plan_type\":"
    "\"resources\",\"price\":12.3,\"cycle\":\"m\",\"region\":\"cn-north-1\",\"description\":\"\"}}";

// The service as it was recorded: `answer` to the dry run, the debug-mode
// plan to the plan lookup, orders-consuming.http to the list of orders.
std::unique_ptr<StubHttpServer> recordedService(const RecordedResponse &answer)
{
    return std::make_unique<StubHttpServer>([answer](const StubHttpServer::Request &r) {
        const QString path = r.url.path();
        if (r.method == "POST" && path == QLatin1String("/usageapi/v1/orders"))
            return StubHttpServer::Response{answer.toHttp()};
        if (path.startsWith(QLatin1String("/charge/v1/plans/")))
            return StubHttpServer::Response{StubHttpServer::http(200, DebugModePlan)};
        if (r.method == "GET" && path == QLatin1String("/usageapi/v1/orders"))
            return StubHttpServer::Response{
                RecordedResponse::load(QStringLiteral("orders-consuming")).toHttp()};
        return StubHttpServer::Response{
            RecordedResponse::load(QStringLiteral("unknown-url")).toHttp()};
    });
}

RestConfig configFor(const StubHttpServer &server)
{
    RestConfig config;
    config.usageApi = server.url("/usageapi/v1");
    config.planApi = server.url("/charge/v1");
    config.token = QStringLiteral("tok");
    return config;
}

// The dry run for `local` in cn-north-1 when quote-switch.http was asked.
QuoteRequest quoteFor(const QString &planId, const QString &resourceName = {})
{
    QuoteRequest q;
    q.ns = QStringLiteral("local");
    q.region = QStringLiteral("cn-north-1");
    q.planId = planId;
    q.resourceName = resourceName;
    q.now = utc("2026-11-24T23:10:12Z");
    return q;
}

} // namespace

class TestRestQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedAnswers_data();
    void recordedAnswers();
    void requestAsTheServiceWantsIt();
};

void TestRestQuote::recordedAnswers_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("planId");
    QTest::addColumn<QString>("resourceName");
    // ok: the due text; refused: empty
    QTest::addColumn<QString>("dueText");
    QTest::addColumn<qint64>("creditUnits");
    QTest::addColumn<Category>("category");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    // "money": "7.30"; the plan costs 12.3, so the credit the service gave is
    // 12.30 - 7.30 = 5.00 (README: floor(15.37 days) = 15 / 30 x 10.00).
    QTest::newRow("quote-switch") << "quote-switch"
                                  << "p-big"
                                  << "" << QStringLiteral("7.30") << qint64(50000)
                                  << Category::Server << 0 << QString();
    QTest::newRow("quote-switch-too-much")
        << "quote-switch-too-much"
        << "p-big"
        << "" << QString() << qint64(0) << Category::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending)");
    QTest::newRow("quote-plan-not-changed")
        << "quote-plan-not-changed"
        << "p-small"
        << "" << QString() << qint64(0) << Category::Conflict << 3308
        << QStringLiteral("failed to create order (Plan not changed)");
    QTest::newRow("quote-bad-resname")
        << "quote-bad-resname"
        << "p-big"
        << "Bad_Name" << QString() << qint64(0) << Category::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: Bad_Name");
    QTest::newRow("quote-volume-new")
        << "quote-volume-new"
        << "p-vol10"
        << "newdisk" << QString() << qint64(0) << Category::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: newdisk");
    // The service could not parse what it got: our request's fault (3302).
    QTest::newRow("quote-bad-json")
        << "quote-bad-json"
        << "p-big"
        << "" << QString() << qint64(0) << Category::InvalidInput << 3302
        << QStringLiteral("parse json failed (unexpected end of JSON input)");
}

void TestRestQuote::recordedAnswers()
{
    QFETCH(QString, fixture);
    QFETCH(QString, planId);
    QFETCH(QString, resourceName);
    QFETCH(QString, dueText);
    QFETCH(qint64, creditUnits);
    QFETCH(Category, category);
    QFETCH(int, code);
    QFETCH(QString, message);

    const auto server = recordedService(RecordedResponse::load(fixture));
    RestBackend backend(configFor(*server));
    QuoteRequest q = quoteFor(planId, resourceName);
    q.serviceZone = QTimeZone("Asia/Shanghai");
    const Result<Quote> r = resultOf(backend.quote(q), "quote");

    if (dueText.isEmpty()) {
        QVERIFY2(!r.ok(), r.ok() ? qPrintable(r.value().dueText) : "");
        QCOMPARE(r.error().serviceCode(), code);
        QCOMPARE(r.error().category(), category);
        QCOMPARE(r.error().message(), message);
        return;
    }
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
    const Quote &quote = r.value();
    QCOMPARE(quote.dueText, dueText);
    QCOMPARE(quote.due, *Money::fromDecimalString(dueText));
    QCOMPARE(quote.planPrice.units(), qint64(123000));
    QCOMPARE(quote.credit.units(), creditUnits);
    QVERIFY(quote.replaces.has_value());
    QCOMPARE(quote.replaces->id, qint64(1));
    QCOMPARE(quote.replaces->orderId, QStringLiteral("local-resources"));
    QCOMPARE(quote.replaces->planId, QStringLiteral("p-small"));
    // 24 Nov 23:10:12 UTC is 25 Nov 07:10:12 in Shanghai; a month later there
    // is 25 Dec 07:10:12, 24 Dec 23:10:12 UTC.
    QCOMPARE(quote.periodEnd, utc("2026-12-24T23:10:12Z"));
}

void TestRestQuote::requestAsTheServiceWantsIt()
{
    // SPEC §3: POST /usageapi/v1/orders?region=R&drytry=1, the region in the
    // query, plan and resource name in the body, the token as a Bearer token.
    const auto server = recordedService(RecordedResponse::load(QStringLiteral("quote-switch")));
    RestBackend backend(configFor(*server));
    const QuoteRequest q = quoteFor(QStringLiteral("p-big"));
    QVERIFY(resultOf(backend.quote(q)).ok());

    const QList<StubHttpServer::Request> requests = server->requests();
    QList<StubHttpServer::Request> posts;
    for (const StubHttpServer::Request &r : requests) {
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer tok"));
        if (r.method == "POST")
            posts.append(r);
    }
    QCOMPARE(posts.size(), 1);
    const StubHttpServer::Request &post = posts.constFirst();
    QCOMPARE(post.url.path(), QStringLiteral("/usageapi/v1/orders"));
    const QUrlQuery query(post.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("region")), QStringLiteral("cn-north-1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("drytry")), QStringLiteral("1"));
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    QCOMPARE(body.value(QLatin1String("plan_id")).toString(), QStringLiteral("p-big"));
    QCOMPARE(body.value(QLatin1String("namespace")).toString(), QStringLiteral("local"));
    QCOMPARE(body.value(QLatin1String("parameters"))
                 .toObject()
                 .value(QLatin1String("resource_name"))
                 .toString(),
             QString());
}

QTEST_GUILESS_MAIN(TestRestQuote)
#include "tst_restquote.moc"
