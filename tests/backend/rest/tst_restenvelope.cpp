// RestJson's envelopes, strictly (issue 16): `data` that a list endpoint
// always sends, null, missing or of the wrong type, is an error naming the
// field; only a real empty list is empty; an HTML page is reported by its
// status and <title>, never by its markup.

#include "rest/restjson.h"

#include <QtTest>

using Category = BackendError::Category;

namespace {

QByteArray envelope(const QByteArray &data)
{
    return "{\"code\":0,\"msg\":\"OK\"" + (data.isNull() ? QByteArray() : ",\"data\":" + data) +
           "}";
}

// The error of every list parser for `body`, or "" when it parses.
QStringList listErrors(const QByteArray &body, int status = 200)
{
    QStringList out;
    auto note = [&out](const auto &r) {
        out.append(r ? QString() : r.error().message());
    };
    note(RestJson::usageList(body, status));
    note(RestJson::orderList(body, status));
    note(RestJson::planList(body, status));
    return out;
}

} // namespace

class TestRestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenListData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("data null") << envelope("null") << "field `data` is null";
        QTest::newRow("data missing") << envelope(QByteArray()) << "field `data` is missing";
        QTest::newRow("data string") << envelope("\"x\"") << "field `data` is a string";
        QTest::newRow("data list") << envelope("[]") << "field `data` is an array";
        QTest::newRow("total missing")
            << envelope("{\"results\":[]}") << "field `data.total` is missing";
        QTest::newRow("results null, total 3")
            << envelope("{\"total\":3,\"results\":null}") << "field `data.results` is null";
        QTest::newRow("results missing, total 3")
            << envelope("{\"total\":3}") << "field `data.results` is missing";
    }
    void brokenListData()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const QStringList errors = listErrors(body);
        for (const QString &e : errors)
            QVERIFY2(e.contains(mentions), qPrintable(e));
    }

    void realEmptyList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("results []") << envelope("{\"total\":0,\"results\":[]}");
        // Go writes an empty slice as null.
        QTest::newRow("results null") << envelope("{\"total\":0,\"results\":null}");
        QTest::newRow("results omitted") << envelope("{\"total\":0}");
    }
    void realEmptyList()
    {
        QFETCH(QByteArray, body);
        const auto r = RestJson::usageList(body);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
        QCOMPARE(r.value().total, qint64(0));
        QVERIFY(r.value().items.isEmpty());
    }

    void regions()
    {
        QVERIFY(RestJson::regionList(envelope("[]")));
        for (const QByteArray &bad : {envelope("null"), envelope(QByteArray()), envelope("{}")}) {
            const auto r = RestJson::regionList(bad);
            QVERIFY(!r);
            QVERIFY2(r.error().message().contains(QLatin1String("field `data`")),
                     qPrintable(r.error().message()));
        }
    }

    // What SPEC §3 says means "not found" stays so.
    void notFoundStaysNotFound()
    {
        const auto order = RestJson::orderGet(envelope("{}"));
        QVERIFY(order && !order.value());
        const auto plan = RestJson::planGet(envelope("null"));
        QVERIFY(plan && !plan.value());
    }

    void htmlPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("nginx 503")
            << QByteArray("<!DOCTYPE html>\r\n<html>\r\n<head><title>503 Service Temporarily "
                          "Unavailable</title></head>\r\n<body><center><h1>503</h1></center>"
                          "</body>\r\n</html>\r\n")
            << 503 << int(Category::Server)
            << "HTTP 503) and answered with an HTML page titled "
               "“503 Service Temporarily Unavailable”";
        QTest::newRow("title over lines, entities, case")
            << QByteArray("<HTML><HEAD><TITLE lang=\"en\">\n  Bad &amp; <b>Gateway</b>\n"
                          "</TITLE></HEAD></HTML>")
            << 502 << int(Category::Server) << "titled “Bad & Gateway”";
        QTest::newRow("Go timeout page, no title")
            << QByteArray("<html><body><h1>Timeout</h1></body></html>") << 503
            << int(Category::Server) << "an HTML page instead of JSON";
        QTest::newRow("401 page")
            << QByteArray("<html><head><title>401 Authorization Required</title></head></html>")
            << 401 << int(Category::Auth) << "“401 Authorization Required”";
    }
    void htmlPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(int, category);
        QFETCH(QString, mentions);
        const auto r = RestJson::usageList(body, status);
        QVERIFY(!r);
        QCOMPARE(int(r.error().category()), category);
        QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
        for (const QString &text : {r.error().message(), r.error().details()}) {
            QVERIFY2(!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('\n')),
                     qPrintable(text));
        }
    }

    // Text that is not JSON keeps a short, one-line start for an expert.
    void garbageSnippet()
    {
        const QByteArray body = "oops\nline two\n" + QByteArray(500, 'x');
        const auto r = RestJson::usageList(body, 502);
        QVERIFY(!r);
        const QString d = r.error().details();
        QVERIFY2(d.contains(QLatin1String("oops line two")), qPrintable(d));
        QVERIFY2(!d.contains(QLatin1Char('\n')) && d.size() < 200, qPrintable(d));
    }
};

QTEST_GUILESS_MAIN(TestRestEnvelope)
#include "tst_restenvelope.moc"
