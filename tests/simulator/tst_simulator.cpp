// usage-service-sim against the real service's captured responses
// (fixtures/*.http, byte for byte), its cancel (SPEC §5) and its fault
// switches, through the real binary and QNetworkAccessManager.
#include "fakeservice.h"
#include "pricing/floatpricing.h"
#include "recordedresponse.h"
#include "simjson.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testtime.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime Now = TestTime::utc("2026-11-24T23:10:12Z");

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool timedOut = false;
};

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fixtures_data();
    void fixtures();
    void quoteSwitch();
    void otherRoutes();
    void cancelEndsTheOrder();
    void faults_data();
    void faults();
    void faultAtStart();
    void goNumbersAndTimes_data();
    void goNumbersAndTimes();

private:
    std::unique_ptr<FakeService> service(const QStringList &extra = {}) const;
    Reply fetch(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QByteArray &token = "tok", int timeoutMs = 20000, quint16 port = 0);
    QSqlQuery sql(const QString &statement);

    QTemporaryDir m_dir;
    ConnectionSpec m_db;
    std::unique_ptr<FakeService> m_sim;
    QNetworkAccessManager m_nam;
};

QSqlQuery TestSimulator::sql(const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("tst_simulator")));
    if (!q.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    return q;
}

std::unique_ptr<FakeService> TestSimulator::service(const QStringList &extra) const
{
    return std::make_unique<FakeService>(
        m_db.path, QStringList{QStringLiteral("tok=local"), QStringLiteral("ops=ops:other")}, Now,
        extra);
}

void TestSimulator::initTestCase()
{
    m_db.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("sim.db"));
    TestData::writeRecordedRows(m_db);
    TestDatabases::openRaw(m_db, QStringLiteral("tst_simulator"));
    m_sim = service();
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestSimulator::cleanupTestCase()
{
    m_sim.reset();
    QSqlDatabase::database(QStringLiteral("tst_simulator")).close();
}

Reply TestSimulator::fetch(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &token, int timeoutMs, quint16 port)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port ? port : m_sim->port()).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    Reply r;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        r.timedOut = true;
        reply->abort();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.error = reply->error();
    reply->deleteLater();
    return r;
}

void TestSimulator::fixtures_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("token");

    const QString o = QStringLiteral("/usageapi/v1/orders");
    const QString u = QStringLiteral("/usageapi/v1/usages");
    const QString q = o + QStringLiteral("?region=cn-north-1&drytry=1");
    const QByteArray get = "GET";
    const QByteArray tok = "tok";
    QTest::newRow("orders-all") << get << o + "?region=cn-north-1" << QByteArray() << tok;
    QTest::newRow("orders-consuming")
        << get << o + "?region=cn-north-1&status=consuming" << QByteArray() << tok;
    QTest::newRow("orders-ended") << get << o + "?region=cn-north-1&status=ended" << QByteArray()
                                  << tok;
    QTest::newRow("orders-renewfailed")
        << get << o + "?region=cn-north-1&status=renewfailed" << QByteArray() << tok;
    QTest::newRow("orders-page-past-end")
        << get << o + "?region=cn-north-1&page=5&size=2" << QByteArray() << tok;
    QTest::newRow("orders-badstatus")
        << get << o + "?region=cn-north-1&status=renewalfailed" << QByteArray() << tok;
    QTest::newRow("orders-noregion") << get << o << QByteArray() << tok;
    QTest::newRow("order-get-consuming") << get << o + "/1" << QByteArray() << tok;
    QTest::newRow("order-get-ended") << get << o + "/3" << QByteArray() << tok;
    QTest::newRow("order-get-unknown") << get << o + "/999" << QByteArray() << tok;
    QTest::newRow("order-get-badid") << get << o + "/abc" << QByteArray() << tok;
    QTest::newRow("order-get-foreign") << get << o + "/4" << QByteArray() << tok;
    QTest::newRow("usages-all") << get << u + "?region=cn-north-1" << QByteArray() << tok;
    QTest::newRow("usages-by-order")
        << get << u + "?region=cn-north-1&order=local-resources" << QByteArray() << tok;
    QTest::newRow("usages-page2") << get << u + "?region=cn-north-1&page=2&size=3" << QByteArray()
                                  << tok;
    QTest::newRow("usages-page-past-end")
        << get << u + "?region=cn-north-1&page=7&size=3" << QByteArray() << tok;
    QTest::newRow("unknown-url") << get << QStringLiteral("/usageapi/v1/nothing") << QByteArray()
                                 << tok;
    QTest::newRow("no-auth") << get << o + "?region=cn-north-1" << QByteArray() << QByteArray();
    QTest::newRow("quote-bad-json") << QByteArray("POST") << q << QByteArray("") << tok;
    QTest::newRow("quote-bad-resname")
        << QByteArray("POST") << q
        << QByteArray(R"({"plan_id":"p-big","parameters":{"resource_name":"Bad_Name"}})") << tok;
    QTest::newRow("quote-plan-not-changed")
        << QByteArray("POST") << q << QByteArray(R"({"plan_id":"p-small"})") << tok;
    QTest::newRow("quote-switch-too-much")
        << QByteArray("POST") << q << QByteArray(R"({"plan_id":"p-big"})") << tok;
    QTest::newRow("cancel-ended") << QByteArray("PUT") << o + "/3"
                                  << QByteArray(R"({"action":"cancel"})") << tok;
    QTest::newRow("cancel-unknown-action")
        << QByteArray("PUT") << o + "/1" << QByteArray(R"({"action":"pause"})") << tok;
}

void TestSimulator::fixtures()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, token);
    const RecordedResponse expected =
        RecordedResponse::load(QString::fromLatin1(QTest::currentDataTag()));
    const Reply r = fetch(method, path, body, token);
    QCOMPARE(r.status, expected.status);
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
    QCOMPARE(r.body, expected.body);
}

void TestSimulator::quoteSwitch()
{
    // fixtures/README.md: the switch asked after this UPDATE.
    sql(QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUMING=100000 WHERE ID=1 AND "
                       "CONSUME_ID=3"));
    const Reply r = fetch("POST", QStringLiteral("/usageapi/v1/orders?region=cn-north-1&drytry=1"),
                          R"({"plan_id":"p-big"})");
    sql(QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUMING=300000 WHERE ID=1 AND "
                       "CONSUME_ID=3"));
    const RecordedResponse expected = RecordedResponse::load(QStringLiteral("quote-switch"));
    QCOMPARE(r.status, expected.status);
    // start_time and deadline carry the service's clock: the same apart from them.
    QByteArray want = expected.body;
    want.replace("2026-11-25T07:10:12.372060634+08:00", "2026-11-25T07:10:12+08:00");
    QCOMPARE(r.body, want);
    QCOMPARE(json(r.body).value(QLatin1String("data")).toObject().value(QLatin1String("money")),
             QJsonValue(QStringLiteral("7.30")));
}

void TestSimulator::otherRoutes()
{
    // A region the service does not know.
    Reply r = fetch("GET", QStringLiteral("/usageapi/v1/orders?region=cn-north-9"));
    QCOMPARE(r.status, 401);
    QCOMPARE(json(r.body).value(QLatin1String("msg")).toString(),
             QStringLiteral("auth failed (user noud found @ region (cn-north-9).)"));
    r = fetch("POST", QStringLiteral("/usageapi/v1/orders?region=cn-north-9&drytry=1"),
              R"({"plan_id":"p-big"})", QByteArray());
    QCOMPARE(r.status, 400);
    QCOMPARE(json(r.body).value(QLatin1String("code")).toInt(), 3315);
    // A token for another namespace; and one that may not act for it.
    r = fetch("GET", QStringLiteral("/usageapi/v1/usages?region=cn-north-1&namespace=other"), {},
              "ops");
    QCOMPARE(r.status, 200);
    QCOMPARE(
        json(r.body).value(QLatin1String("data")).toObject().value(QLatin1String("total")).toInt(),
        2);
    r = fetch("GET", QStringLiteral("/usageapi/v1/usages?region=cn-north-1&namespace=other"));
    QCOMPARE(r.status, 400);
    QCOMPARE(json(r.body).value(QLatin1String("code")).toInt(), 3306);
    // Not a dry run.
    r = fetch("POST", QStringLiteral("/usageapi/v1/orders?region=cn-north-1"),
              R"({"plan_id":"p-vol10","parameters":{"resource_name":"disk1"}})");
    QCOMPARE(r.status, 400);
    QCOMPARE(json(r.body).value(QLatin1String("code")).toInt(), 3307);
    // A volume quote: the plan price, nothing replaced.
    r = fetch("POST", QStringLiteral("/usageapi/v1/orders?region=cn-north-1&drytry=1"),
              R"({"plan_id":"p-vol10","parameters":{"resource_name":"disk1"}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(json(r.body).value(QLatin1String("data")).toObject().value(QLatin1String("money")),
             QJsonValue(QStringLiteral("9.90")));
    // Garbage never crashes it.
    r = fetch("PUT", QStringLiteral("/usageapi/v1/orders/99999999999999999999999"), "\xff\xfe{");
    QCOMPARE(r.status, 400);
    r = fetch("PUT", QStringLiteral("/usageapi/v1/orders/1"), "\xff\xfe{");
    QCOMPARE(json(r.body).value(QLatin1String("code")).toInt(), 3302);
    r = fetch("DELETE", QStringLiteral("/usageapi/v1/orders/1"));
    QCOMPARE(r.status, 404);
    // The plan service.
    r = fetch("GET", QStringLiteral("/charge/v1/plans?region=cn-north-1"), {}, QByteArray());
    QCOMPARE(r.status, 200);
    const QJsonObject plans = json(r.body).value(QLatin1String("data")).toObject();
    QCOMPARE(plans.value(QLatin1String("total")).toInt(), 4); // active versions only
    r = fetch("GET", QStringLiteral("/charge/v1/plans/p-big?region=cn-north-1"), {}, QByteArray());
    const QJsonObject plan = json(r.body).value(QLatin1String("data")).toObject();
    QCOMPARE(plan.value(QLatin1String("price")).toDouble(), 12.3);
    QCOMPARE(plan.value(QLatin1String("region")).toString(), QStringLiteral("cn-north-1"));
    r = fetch("GET", QStringLiteral("/charge/v1/plans/nope?region=cn-north-1"), {}, QByteArray());
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("\"data\": null"));
    r = fetch("GET", QStringLiteral("/charge/v1/query/plans/region"), {}, QByteArray());
    QVERIFY(r.body.contains("\"identification\": \"cn-north-1\""));
}

void TestSimulator::cancelEndsTheOrder()
{
    const Reply r = fetch("PUT", QStringLiteral("/usageapi/v1/orders/2"),
                          R"({"action":"cancel","namespace":"local"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\n  \"code\": 0,\n  \"msg\": \"OK\"\n}"));
    QSqlQuery q = sql(QStringLiteral(
        "SELECT STATUS, END_TIME, LAST_CONSUME_ID FROM DF_PURCHASE_ORDER WHERE ID = 2"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 15);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-24 23:10:12"));
    QCOMPARE(q.value(2).toInt(), 2); // untouched
    q = sql(QStringLiteral("SELECT CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, "
                           "REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO, ORDER_ID FROM "
                           "DF_CONSUMING_HISTORY WHERE ID = 2 AND CONSUME_ID > 2"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toLongLong(), 0);
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-11-24 23:10:12"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2026-12-01 02:30:00"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("local"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("cn-north-1"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("p-vol10"));
    QCOMPARE(q.value(7).toLongLong(), 21);
    QCOMPARE(q.value(8).toInt(), 3);
    QCOMPARE(q.value(9).toString(), QStringLiteral("Vx3kQ9aB7cD2eF1g"));
    QVERIFY(!q.next());
    // Again: no longer consuming.
    const Reply again =
        fetch("PUT", QStringLiteral("/usageapi/v1/orders/2"), R"({"action":"cancel"})");
    QCOMPARE(again.status, 400);
    QCOMPARE(again.body, RecordedResponse::load(QStringLiteral("cancel-ended")).body);
    q = sql(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID = 2"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
}

void TestSimulator::faults_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *k :
         {"delay", "html503", "malformed", "truncated", "wrongtypes", "huge", "drop", "drip"})
        QTest::newRow(k) << QString::fromLatin1(k);
}

void TestSimulator::faults()
{
    QFETCH(QString, kind);
    const QString path = QStringLiteral("/usageapi/v1/orders/1");
    const QByteArray normal = RecordedResponse::load(QStringLiteral("order-get-consuming")).body;
    Reply set =
        fetch("POST", QStringLiteral("/__sim/fault?kind=%1&ms=1500").arg(kind), {}, QByteArray());
    QCOMPARE(set.status, 200);
    QElapsedTimer t;
    t.start();
    const Reply r = fetch("GET", path, {}, "tok", kind == QLatin1String("drip") ? 2500 : 20000);
    const qint64 elapsed = t.elapsed();
    set = fetch("POST", QStringLiteral("/__sim/fault?kind=none"), {}, QByteArray());
    QCOMPARE(set.status, 200);
    QCOMPARE(fetch("GET", path).body, normal); // switched off again

    if (kind == QLatin1String("delay")) {
        QVERIFY2(elapsed >= 1400, qPrintable(QString::number(elapsed)));
        QCOMPARE(r.body, normal);
    } else if (kind == QLatin1String("html503")) {
        QCOMPARE(r.status, 503);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.startsWith("<html>"));
    } else if (kind == QLatin1String("malformed")) {
        QCOMPARE(r.status, 200);
        QJsonParseError e;
        QJsonDocument::fromJson(r.body, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < normal.size(),
                 qPrintable(QString::number(r.error)));
        QVERIFY(r.body.size() < normal.size());
    } else if (kind == QLatin1String("wrongtypes")) {
        QCOMPARE(r.status, 200);
        const QJsonObject order = json(r.body)
                                      .value(QLatin1String("data"))
                                      .toObject()
                                      .value(QLatin1String("order"))
                                      .toObject();
        QCOMPARE(order.value(QLatin1String("id")), QJsonValue(QStringLiteral("1")));
    } else if (kind == QLatin1String("huge")) {
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 16 * 1024 * 1024);
        QCOMPARE(json(r.body).value(QLatin1String("code")).toInt(), 0);
    } else if (kind == QLatin1String("drop")) {
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
    } else if (kind == QLatin1String("drip")) {
        QVERIFY(r.timedOut);
        QVERIFY(r.body.size() < normal.size());
    }
}

void TestSimulator::faultAtStart()
{
    const auto faulty = service({QStringLiteral("--fault"), QStringLiteral("html503")});
    QVERIFY2(faulty->start(), qPrintable(faulty->errorString()));
    const Reply r =
        fetch("GET", QStringLiteral("/usageapi/v1/orders/1"), {}, "tok", 20000, faulty->port());
    QCOMPARE(r.status, 503);
}

void TestSimulator::goNumbersAndTimes_data()
{
    // float32 money the way the (pre-1.8 Go) service prints it (SPEC §3, §4.1).
    QTest::addColumn<qint64>("consuming");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("30") << qint64(300000) << QByteArray("30");
    QTest::newRow("9.9") << qint64(99000) << QByteArray("9.9");
    QTest::newRow("float32 of 123.4567") << qint64(1234567) << QByteArray("123.456696");
    QTest::newRow("above 2^24") << qint64(123456789) << QByteArray("12345.679");
    // float32(0.0001) * float32(12345670000) is 1234566.9 in float32.
    QTest::newRow("exponent from 1e6") << qint64(12345670000) << QByteArray("1.2345669e+06");
    QTest::newRow("exponent below 1e-4") << qint64(0) << QByteArray("0");
    QTest::newRow("negative credit") << qint64(-150000) << QByteArray("-15");
}

void TestSimulator::goNumbersAndTimes()
{
    QFETCH(qint64, consuming);
    QFETCH(QByteArray, wire);
    QCOMPARE(SimJson::goFloat(double(FloatPricing::chargeMoney(consuming)), true), wire);
    QCOMPARE(SimJson::goFloat(double(0.00005f), true), QByteArray("5e-05"));
    QCOMPARE(SimJson::goFloat(double(1234567.0f), true), QByteArray("1.234567e+06"));
    QCOMPARE(SimJson::goFloat(double(999999.0f), true), QByteArray("999999"));
    QCOMPARE(SimJson::goFloat(12.3, false), QByteArray("12.3"));
    const QDateTime t(QDate(2026, 11, 24), QTime(23, 10, 12, 370), Qt::UTC);
    QCOMPARE(SimJson::rfc3339(t, QTimeZone("Asia/Shanghai")),
             QByteArray("2026-11-25T07:10:12.37+08:00"));
    QCOMPARE(SimJson::rfc3339(t, QTimeZone::utc()), QByteArray("2026-11-24T23:10:12.37Z"));
    QCOMPARE(SimJson::quote(QStringLiteral("a<b>&\"\u2028")),
             QByteArray("\"a\\u003cb\\u003e\\u0026\\\"\\u2028\""));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
