// RestClient over HTTPS against a real TLS server (StubHttpServer on a
// QSslServer) with certificates made by `openssl` at test time: a server
// whose certificate chains to the CA file is answered, with the token; one
// that does not chain, names another host or has expired is refused before
// any byte of the request (and so the token) is sent, with a message that
// names the reason, the subject and the issuer. A redirect from https to
// http is refused and the plain server gets nothing. RestBackend::security()
// says what the profile dialog shows: the protocol and issuer once an answer
// came over TLS, "not encrypted" for an http:// API.
#include "rest/restbackend.h"
#include "rest/restclient.h"
#include "stubhttpserver.h"
#include "testcerts.h"
#include "testfutures.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

using Request = StubHttpServer::Request;
using Response = StubHttpServer::Response;

const QString Token = QStringLiteral("tls-s3cret-token");

Response ok()
{
    return Response{StubHttpServer::http(200, R"({"code":1200,"data":{}})")};
}

} // namespace

class TestRestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<TestCerts> m_certs;

    // One GET of `url` with `caFile`; the reply once it came.
    RestReply get(const QUrl &url, const QString &caFile)
    {
        RestConfig config;
        config.token = Token;
        config.caFile = caFile;
        config.timeoutMs = 20000;
        RestClient client(config);
        std::optional<RestReply> reply;
        RestRequest request;
        request.url = url;
        client.send(request, [&reply](const RestReply &r) { reply = r; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 30000);
        }();
        if (!reply)
            return RestReply{};
        m_lastSecurity = client.lastSecurity();
        return *reply;
    }
    QString m_lastSecurity;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs.emplace(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->errorString()));
    }

    void trustedWithTheCaFile()
    {
        StubHttpServer s([](const Request &) { return ok(); },
                         TestCerts::serverConfiguration(m_certs->server()));
        const RestReply r = get(s.url("/usageapi/v1/regions"), m_certs->ca());
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(s.requests().size(), 1);
        QCOMPARE(s.requests().constFirst().headers.value("authorization"),
                 "Bearer " + Token.toUtf8());
        // What the profile dialog's test shows.
        QVERIFY2(m_lastSecurity.startsWith(QLatin1String("TLSv1.")), qPrintable(m_lastSecurity));
        QVERIFY2(m_lastSecurity.contains(QLatin1String(TestCerts::CaName)),
                 qPrintable(m_lastSecurity));
    }

    void refused_data() { TestCerts::addRefusalRows(); }
    void refused()
    {
        QFETCH(QString, which);
        QFETCH(bool, withCa);
        QFETCH(QString, reason);
        QFETCH(QString, subject);
        const TestCerts::Pair pair = m_certs->refusedPair(which);
        const QString ca = m_certs->refusedCaFile(which, withCa);
        StubHttpServer s([](const Request &) { return ok(); },
                         TestCerts::serverConfiguration(pair));
        const RestReply r = get(s.url("/usageapi/v1/regions"), ca);
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->category(), BackendError::Category::Connection);
        const QString message = r.error->message();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Subject: ") + subject), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("issuer: CN=") + QLatin1String(TestCerts::CaName) +
                                  QStringLiteral(", O=Usage Console Tests.")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("127.0.0.1:")), qPrintable(message));
        // The client reached the server, and nothing of the request did.
        QVERIFY(s.handshakes() >= 1);
        QCOMPARE(s.received(), QByteArray());
        QCOMPARE(s.requests().size(), 0);
    }

    void missingCaFile()
    {
        StubHttpServer s([](const Request &) { return ok(); },
                         TestCerts::serverConfiguration(m_certs->server()));
        const RestReply r = get(s.url("/usageapi/v1/regions"), m_dir.filePath("no-such.pem"));
        QVERIFY(r.error.has_value());
        QVERIFY2(r.error->message().contains(QLatin1String("no-such.pem")),
                 qPrintable(r.error->message()));
        QCOMPARE(s.handshakes(), 0);
    }

    void redirectFromHttpsToHttpRefused()
    {
        StubHttpServer plain([](const Request &) { return ok(); });
        const QByteArray target = plain.url("/usageapi/v1/regions").toString().toUtf8();
        StubHttpServer s(
            [target](const Request &) {
                return Response{StubHttpServer::http(302, "{}", "Location: " + target + "\r\n")};
            },
            TestCerts::serverConfiguration(m_certs->server()));
        const RestReply r = get(s.url("/usageapi/v1/regions"), m_certs->ca());
        QVERIFY(r.error.has_value());
        QVERIFY2(r.error->message().contains(QLatin1String("unencrypted")),
                 qPrintable(r.error->message()));
        QCOMPARE(s.requests().size(), 1);
        QCOMPARE(plain.requests().size(), 0);
    }

    void redirectFromHttpsToHttpsSameOriginFollowed()
    {
        StubHttpServer s(
            [](const Request &r) {
                if (r.url.path().endsWith(QLatin1String("/moved")))
                    return ok();
                return Response{
                    StubHttpServer::http(302, "{}", "Location: /usageapi/v1/moved\r\n")};
            },
            TestCerts::serverConfiguration(m_certs->server()));
        const RestReply r = get(s.url("/usageapi/v1/regions"), m_certs->ca());
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message()) : "");
        QCOMPARE(s.requests().size(), 2);
    }

    void backendSecurity_data()
    {
        QTest::addColumn<QString>("usage"); // "https", "http"
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("ask");         // a request first
        QTest::addColumn<QString>("expected"); // "tls": TLSv1.x by the test CA
        QTest::newRow("https, answered") << "https"
                                         << "https" << true << "tls";
        QTest::newRow("https, nothing asked yet") << "https"
                                                  << "https" << false << "";
        QTest::newRow("http") << "http"
                              << "http" << true << "not encrypted";
        QTest::newRow("plan API over http")
            << "https"
            << "http" << false << "not encrypted: http://127.0.0.1:%1";
    }
    void backendSecurity()
    {
        QFETCH(QString, usage);
        QFETCH(QString, plan);
        QFETCH(bool, ask);
        QFETCH(QString, expected);
        StubHttpServer tls([](const Request &) { return ok(); },
                           TestCerts::serverConfiguration(m_certs->server()));
        StubHttpServer plain([](const Request &) { return ok(); });
        const auto server = [&](const QString &scheme) -> StubHttpServer & {
            return scheme == QLatin1String("https") ? tls : plain;
        };
        RestConfig config;
        config.token = Token;
        config.caFile = m_certs->ca();
        config.timeoutMs = 20000;
        config.usageApi = server(usage).url("/usageapi/v1");
        config.planApi = server(plan).url("/charge/v1");
        RestBackend backend(config);
        if (ask) // whatever it answers: the connection was made
            QVERIFY(TestFutures::waitFor(backend.listRegions(), 30000));
        const QString security = TestFutures::valueOf(backend.security(), "security");
        if (expected == QLatin1String("tls")) {
            QVERIFY2(security.startsWith(QLatin1String("TLSv1.")), qPrintable(security));
            QVERIFY2(security.endsWith(QStringLiteral(", certificate issued by ") +
                                       QLatin1String(TestCerts::CaName)),
                     qPrintable(security));
        } else {
            // %1: the plain server's port.
            QCOMPARE(security, QString(expected).replace(QStringLiteral("%1"),
                                                         QString::number(plain.url().port())));
        }
    }
};

QTEST_GUILESS_MAIN(TestRestTls)
#include "tst_resttls.moc"
