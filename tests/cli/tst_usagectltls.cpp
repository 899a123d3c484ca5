// usagectl over --api https:// against the fake service speaking TLS
// (usage-service-sim --tls-cert/--tls-key, a process) with certificates made
// by `openssl` at test time: trusted with --ca-file, refused without it,
// refused for a certificate naming another host and for an expired one, each
// with a message naming the reason, the subject and the issuer. A scripted
// TLS server records what reached it: the token only ever arrives over a
// connection that verified.
#include "demo/demodatabase.h"
#include "fakeservice.h"
#include "stubhttpserver.h"
#include "testcerts.h"
#include "usagectlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString Token = QStringLiteral("cli-tls-s3cret");

QStringList tlsOptions(const TestCerts::Pair &pair)
{
    return {QStringLiteral("--tls-cert"), pair.cert, QStringLiteral("--tls-key"), pair.key};
}

QStringList regionsOf(const QString &json)
{
    QStringList names;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        names.append(v.toObject().value(QStringLiteral("region")).toString());
    return names;
}

} // namespace

class TestUsagectlTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::optional<TestCerts> m_certs;
    QStringList m_regions; // what --db says

    static UsagectlRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
        return UsagectlRunner::run(args, env);
    }
    static QStringList regionsList(const QUrl &api, const QString &caFile)
    {
        QStringList args{QStringLiteral("--api"),     api.toString(),
                         QStringLiteral("--format"),  QStringLiteral("json"),
                         QStringLiteral("--timeout"), QStringLiteral("20")};
        if (!caFile.isEmpty())
            args << QStringLiteral("--ca-file") << caFile;
        return args << QStringLiteral("regions") << QStringLiteral("list");
    }
    std::unique_ptr<FakeService> service(const TestCerts::Pair &pair)
    {
        auto sim = std::make_unique<FakeService>(
            m_db, QStringList{Token + QStringLiteral("=admin:*")}, QDateTime(), tlsOptions(pair));
        if (!sim->start())
            qFatal("%s", qPrintable(sim->errorString()));
        return sim;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs.emplace(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->errorString()));
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.namespaces = 3;
        o.months = 2;
        o.until = QDate(2026, 11, 25);
        QVERIFY(DemoDatabase::create(m_db, o).ok());
        const UsagectlRun local = run({QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db,
                                       QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("regions"), QStringLiteral("list")});
        QCOMPARE(local.code, 0);
        m_regions = regionsOf(local.out);
        QVERIFY(!m_regions.isEmpty());
    }

    void trustedWithCaFile_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << "127.0.0.1";
        QTest::newRow("localhost") << "localhost";
    }
    void trustedWithCaFile()
    {
        QFETCH(QString, host);
        auto sim = service(m_certs->server());
        QCOMPARE(sim->usageApi().scheme(), QStringLiteral("https"));
        const UsagectlRun r = run(regionsList(sim->usageApi(host), m_certs->ca()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(regionsOf(r.out), m_regions);
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
        auto sim = service(pair);
        const UsagectlRun r = run(regionsList(sim->usageApi(), ca));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Subject: ") + subject), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("issuer: CN=") + QLatin1String(TestCerts::CaName)),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(Token), qPrintable(r.err));
    }

    // What reached the server: nothing of a refused connection, the token
    // over the trusted one (so that the capture is known to work).
    void tokenOnlyOverVerifiedConnections_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("trusted") << "server" << true;
        QTest::newRow("not trusted") << "other-ca" << false;
        QTest::newRow("another host") << "other-host" << false;
        QTest::newRow("expired") << "expired" << false;
    }
    void tokenOnlyOverVerifiedConnections()
    {
        QFETCH(QString, which);
        QFETCH(bool, trusted);
        const TestCerts::Pair pair = which == QLatin1String("other-host") ? m_certs->otherHost()
                                     : which == QLatin1String("expired")  ? m_certs->expired()
                                                                          : m_certs->server();
        const QString ca = which == QLatin1String("other-ca") ? m_certs->otherCa() : m_certs->ca();
        StubHttpServer s(
            [](const StubHttpServer::Request &) {
                return StubHttpServer::Response{
                    StubHttpServer::http(200, R"({"code":1200,"data":{"items":[],"total":0}})")};
            },
            TestCerts::serverConfiguration(pair));
        const UsagectlRun r = run(regionsList(s.url(""), ca));
        QVERIFY(s.handshakes() >= 1);
        if (trusted) {
            QVERIFY(s.received().contains("Authorization: Bearer " + Token.toUtf8()));
        } else {
            QCOMPARE(r.code, 1);
            QCOMPARE(s.received(), QByteArray());
        }
    }

    void unreadableCaFile()
    {
        const UsagectlRun r = run(regionsList(QUrl(QStringLiteral("https://127.0.0.1:1")),
                                              m_dir.filePath(QStringLiteral("none.pem"))));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--ca-file")), qPrintable(r.err));
    }

    void helpNamesCaFile()
    {
        const UsagectlRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("--ca-file PEM")));
    }
};

QTEST_GUILESS_MAIN(TestUsagectlTls)
#include "tst_usagectltls.moc"
