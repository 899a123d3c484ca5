// MySQL over TLS (`tls=required&ca=…`), against real servers: a MariaDB of
// the test's own started with --ssl-ca/--ssl-cert/--ssl-key (certificates
// made by `openssl` now) and a user created REQUIRE SSL, the shared fixture
// (which offers no TLS), and a scripted greeter that records every byte a
// client sends it. A server that offers no TLS, a certificate the CA did not
// sign, one that names another host and an expired one are refused with a
// message that says which, and before anything but the TLS request (which
// carries no user and no password) is sent.
#include "privatemariadb.h"
#include "sql/sqlbackend.h"
#include "sql/sqlconnection.h"
#include "testcerts.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QFile>
#include <QMutex>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

namespace {

const QString TlsUser = QStringLiteral("uc_tls");
const QString TlsPassword = QStringLiteral("tls-s3cret-password");

// A MySQL server's first words and nothing more: the greeting (offering TLS
// or not), then, when the client asks for TLS, the handshake with `tls`'s
// certificate. Records the bytes that arrive in clear.
class FakeGreeter : public QTcpServer
{
public:
    FakeGreeter(bool offerTls, const QSslConfiguration &tls)
        : m_offerTls(offerTls)
        , m_tls(tls)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
    }
    ~FakeGreeter() override
    {
        QMetaObject::invokeMethod(
            this, [this] { close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QByteArray clear() const
    {
        QMutexLocker lock(&m_mutex);
        return m_clear;
    }
    int connections() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connections;
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *s = new QSslSocket(this);
        // Unbuffered: a read takes what it asks for and no more, and the
        // client's first TLS record stays for the handshake.
        s->setSocketDescriptor(handle, QAbstractSocket::ConnectedState,
                               QIODevice::ReadWrite | QIODevice::Unbuffered);
        {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
        }
        QByteArray p;
        p += char(10);
        p += "5.5.5-10.11.0-FakeGreeter";
        p += '\0';
        p += QByteArray("\x01\0\0\0", 4);
        p += "abcdefgh";
        p += '\0';
        const quint16 caps = m_offerTls ? 0xffff : 0xf7ff; // 0x0800: CLIENT_SSL
        p += char(caps & 0xff);
        p += char(caps >> 8);
        p += char(45);
        p += QByteArray("\x02\0", 2);
        p += QByteArray("\xff\x81", 2); // upper capabilities
        p += char(21);
        p += QByteArray(10, '\0');
        p += "ijklmnopqrst";
        p += '\0';
        p += "mysql_native_password";
        p += '\0';
        QByteArray packet;
        packet += char(p.size() & 0xff);
        packet += char((p.size() >> 8) & 0xff);
        packet += char(0);
        packet += char(0);
        s->write(packet + p);
        connect(s, &QSslSocket::readyRead, s, [this, s] {
            if (s->isEncrypted())
                return;
            QMutexLocker lock(&m_mutex);
            // Past the TLS request come the client's TLS records: they are
            // left for the handshake.
            const QByteArray bytes =
                m_offerTls ? s->read(qMax<qint64>(0, 36 - m_clear.size())) : s->readAll();
            m_clear += bytes;
            if (m_offerTls && m_clear.size() == 36 && s->mode() == QSslSocket::UnencryptedMode) {
                s->setSslConfiguration(m_tls);
                s->startServerEncryption();
            }
        });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
    }

private:
    bool m_offerTls;
    QSslConfiguration m_tls;
    QThread m_thread;
    mutable QMutex m_mutex;
    QByteArray m_clear;
    int m_connections = 0;
};

} // namespace

class TestSqlTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<TestCerts> m_certs;
    std::unique_ptr<PrivateMariaDb> m_server;
    ConnectionSpec m_tlsUser; // REQUIRE SSL, on m_server

    ConnectionSpec tlsSpec(const QString &ca) const
    {
        ConnectionSpec s = m_tlsUser;
        s.tls = ConnectionSpec::Tls::Required;
        s.caFile = ca;
        s.connectTimeoutSeconds = 10;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs.emplace(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->errorString()));
        m_server = std::make_unique<PrivateMariaDb>(m_dir.filePath(QStringLiteral("mariadb")));
        m_server->setServerOptions({QStringLiteral("--ssl-ca=") + m_certs->ca(),
                                    QStringLiteral("--ssl-cert=") + m_certs->server().cert,
                                    QStringLiteral("--ssl-key=") + m_certs->server().key});
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB fixture (UC_TEST_MARIADB_DIR)");
        QVERIFY(m_server->start());
        TestDatabases::withConnection(m_server->spec(QString()), [](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const QString &sql :
                 {QStringLiteral("CREATE DATABASE uc_tls"),
                  QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2' REQUIRE SSL")
                      .arg(TlsUser, TlsPassword),
                  QStringLiteral("GRANT ALL ON uc_tls.* TO '%1'@'%'").arg(TlsUser)})
                QVERIFY2(q.exec(sql), qPrintable(sql));
        });
        m_tlsUser = m_server->spec(QStringLiteral("uc_tls"));
        m_tlsUser.user = TlsUser;
        m_tlsUser.password = TlsPassword;
    }

    void connectsWithTheCa()
    {
        SqlConnection c(tlsSpec(m_certs->ca()));
        const auto r = c.ensureOpen();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        auto q = c.exec(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_version'"), {},
                        QStringLiteral("TLS"));
        QVERIFY(q.ok());
        QVERIFY(q.value().next());
        QVERIFY2(q.value().value(1).toString().startsWith(QLatin1String("TLSv1.")),
                 qPrintable(q.value().value(1).toString()));
        QVERIFY2(c.security().contains(QLatin1String(TestCerts::CaName)), qPrintable(c.security()));
    }

    // What the profile dialog's test shows, from the backend's worker: it
    // opens (and verifies) the connection when it is not open yet.
    void backendSecurity()
    {
        SqlBackend tls(tlsSpec(m_certs->ca()));
        const QString security = TestFutures::valueOf(tls.security(), "security");
        QVERIFY2(security.startsWith(QLatin1String("TLSv1.")), qPrintable(security));
        QVERIFY2(security.endsWith(QStringLiteral(", certificate issued by ") +
                                   QLatin1String(TestCerts::CaName)),
                 qPrintable(security));

        SqlBackend refused(tlsSpec(m_certs->otherCa()));
        const auto r = TestFutures::resultOf(refused.security(), "security");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(QLatin1String("certificate not trusted")),
                 qPrintable(r.error().message()));

        ConnectionSpec plain = m_tlsUser;
        SqlBackend clear(plain);
        QCOMPARE(TestFutures::valueOf(clear.security(), "security"),
                 QStringLiteral("not encrypted"));
        ConnectionSpec file;
        file.path = m_dir.filePath(QStringLiteral("none.db"));
        SqlBackend sqlite(file);
        QCOMPARE(TestFutures::valueOf(sqlite.security(), "security"), QStringLiteral("local file"));
    }

    void userRequiresSsl()
    {
        // Without TLS the server itself refuses this user: the test above
        // did connect over TLS.
        ConnectionSpec plain = m_tlsUser;
        plain.connectTimeoutSeconds = 10;
        SqlConnection c(plain);
        const auto r = c.ensureOpen();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().details().contains(QLatin1String("Access denied")) ||
                     r.error().message().contains(QLatin1String("Access denied")),
                 qPrintable(r.error().message() + QLatin1Char('|') + r.error().details()));
    }

    void refusedWithAnotherCa()
    {
        SqlConnection c(tlsSpec(m_certs->otherCa()));
        const auto r = c.ensureOpen();
        QVERIFY(!r.ok());
        const QString m = r.error().message();
        QVERIFY2(m.contains(QLatin1String("certificate not trusted")), qPrintable(m));
        QVERIFY2(m.contains(m_certs->otherCa()), qPrintable(m));
        QVERIFY2(
            m.contains(QLatin1String("Subject: CN=127.0.0.1; issuer: CN=Usage Console Test CA")),
            qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("the password was not sent")), qPrintable(m));
        QVERIFY(!m.contains(TlsPassword));
    }

    void refusedWhenTheServerOffersNoTls()
    {
        // The shared fixture runs without certificates.
        ConnectionSpec s = *TestDatabases::mariadbServer();
        s.database = QStringLiteral("mysql");
        s.tls = ConnectionSpec::Tls::Required;
        s.caFile = m_certs->ca();
        SqlConnection c(s);
        const auto r = c.ensureOpen();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().startsWith(QLatin1String("TLS not offered")),
                 qPrintable(r.error().message()));
    }

    // What reached a server that offers no TLS, or whose certificate does
    // not verify: nothing, or the TLS request alone (36 bytes: no user, no
    // password), never the login.
    void nothingSecretSent_data()
    {
        QTest::addColumn<bool>("offerTls");
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no TLS") << false << "server"
                                << "TLS not offered";
        QTest::newRow("another host") << true << "other-host"
                                      << "host name mismatch: it names other-host.invalid, "
                                         "not 127.0.0.1";
        QTest::newRow("expired") << true << "expired"
                                 << "it expired on 2020-02-01T00:00:00Z";
    }
    void nothingSecretSent()
    {
        QFETCH(bool, offerTls);
        QFETCH(QString, which);
        QFETCH(QString, reason);
        const TestCerts::Pair pair = which == QLatin1String("other-host") ? m_certs->otherHost()
                                     : which == QLatin1String("expired")  ? m_certs->expired()
                                                                          : m_certs->server();
        FakeGreeter greeter(offerTls, TestCerts::serverConfiguration(pair));
        ConnectionSpec s = tlsSpec(m_certs->ca());
        s.port = greeter.serverPort();
        SqlConnection c(s);
        const auto r = c.ensureOpen();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(reason), qPrintable(r.error().message()));
        QCOMPARE(greeter.connections(), 1); // QMYSQL never connected
        const QByteArray clear = greeter.clear();
        QVERIFY2(clear.size() == (offerTls ? 36 : 0), clear.toHex().constData());
        QVERIFY(!clear.contains(TlsUser.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSqlTls)
#include "tst_sqltls.moc"
