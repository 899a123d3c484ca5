// "Test connection" in the profile dialog says how the connection is
// protected (issue 20): the protocol and the issuer of the server's
// certificate for a REST profile over HTTPS (usage-service-sim with
// --tls-cert/--tls-key) and a MySQL profile over TLS (a MariaDB of the
// test's own started with --ssl-*), "not encrypted" for http:// and plain
// MySQL; a certificate the CA did not sign fails the test. The certificates
// are made by `openssl` now, by a CA whose name the messages must show.
// Over REST the test asks the usage service too: a refused token fails it.
// Screenshots of the MySQL page with its TLS fields go to $UC_SCREENSHOT_DIR.
#include "fakeservice.h"
#include "languageswitcher.h"
#include "privatemariadb.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testcerts.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testevents.h"
#include "testwidgets.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using TestWidgets::child;

namespace {

const QString Token = QStringLiteral("dialog-tls-s3cret");
const QString TlsUser = QStringLiteral("uc_dialog_tls");
const QString TlsPassword = QStringLiteral("dialog-tls-password");

// The test's own dialog over a settings file in `dir`.
struct Dialog
{
    QSettings settings;
    ProfileStore store;
    SecretStore secrets;
    ProfileDialog dialog;
    QSignalSpy tested;
    explicit Dialog(const QTemporaryDir &dir)
        : settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat)
        , store(&settings)
        , dialog(&store, &secrets)
        , tested(&dialog, &ProfileDialog::connectionTested)
    {
    }
    void type(const char *field, const QString &text)
    {
        child<QLineEdit>(&dialog, field)->setText(text);
    }
    void choose(const char *combo, const QVariant &data)
    {
        auto *box = child<QComboBox>(&dialog, combo);
        box->setCurrentIndex(box->findData(data));
    }
    QString status() { return child<QLabel>(&dialog, "statusLabel")->text(); }
    // Presses Test connection; true when it answered (ok or not).
    bool test()
    {
        const int before = int(tested.count());
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        // Not tested.wait(): a ready answer may come inside the click.
        return QTest::qWaitFor([&] { return tested.count() > before; }, 30000);
    }
    bool lastOk() const { return tested.last().at(0).toBool(); }
    QString lastMessage() const { return tested.last().at(1).toString(); }
};

} // namespace

class TestProfileDialogTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<TestCerts> m_certs;
    QString m_serviceDb;
    std::unique_ptr<PrivateMariaDb> m_server; // started by the first MariaDB row

    // What a successful test says of a connection verified with our CA.
    static QString verifiedByTestCa()
    {
        return QStringLiteral(", certificate issued by ") + QLatin1String(TestCerts::CaName);
    }

    bool startMariaDb()
    {
        if (m_server)
            return true;
        m_server = std::make_unique<PrivateMariaDb>(m_dir.filePath(QStringLiteral("mariadb")));
        m_server->setServerOptions({QStringLiteral("--ssl-ca=") + m_certs->ca(),
                                    QStringLiteral("--ssl-cert=") + m_certs->server().cert,
                                    QStringLiteral("--ssl-key=") + m_certs->server().key});
        if (!m_server->start())
            return false;
        TestDatabases::withConnection(m_server->spec(QString()), [](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const QString &sql :
                 {QStringLiteral("CREATE DATABASE uc_dialog"),
                  QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2' REQUIRE SSL")
                      .arg(TlsUser, TlsPassword),
                  QStringLiteral("GRANT ALL ON uc_dialog.* TO '%1'@'%'").arg(TlsUser)})
                if (!q.exec(sql))
                    qFatal("%s", qPrintable(sql));
        });
        TestData::writeDemo(m_server->spec(QStringLiteral("uc_dialog")),
                            TestData::demo(2, 1, QDate(2026, 1, 1)));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain here, deterministically: secrets stay in memory.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/uc-test-bus");
        QVERIFY(m_dir.isValid());
        m_certs.emplace(m_dir.path());
        QVERIFY2(m_certs->ok(), qPrintable(m_certs->errorString()));
        ConnectionSpec demo;
        demo.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("service.db"));
        TestData::writeDemo(demo, TestData::demo(2, 1, QDate(2026, 1, 1)));
        m_serviceDb = demo.path;
    }

    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void rest_data()
    {
        QTest::addColumn<bool>("https");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("https with the CA") << true << true << true << verifiedByTestCa();
        QTest::newRow("http") << false << false << true
                              << QStringLiteral("\nSecurity: not encrypted");
        QTest::newRow("https without the CA")
            << true << false << false
            << QStringLiteral("it is not signed by a trusted certificate authority");
    }
    void rest()
    {
        QFETCH(bool, https);
        QFETCH(bool, withCa);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        QStringList options;
        if (https)
            options << QStringLiteral("--tls-cert") << m_certs->server().cert
                    << QStringLiteral("--tls-key") << m_certs->server().key;
        FakeService service(m_serviceDb, {Token + QStringLiteral("=admin:*")}, QDateTime(),
                            options);
        QVERIFY2(service.start(), qPrintable(service.errorString()));
        QCOMPARE(service.usageApi().scheme(),
                 https ? QStringLiteral("https") : QStringLiteral("http"));

        QTemporaryDir dir;
        Dialog d(dir);
        d.type("profileName", QStringLiteral("API"));
        d.choose("profileKind", int(Profile::Kind::Rest));
        d.type("usageApiUrl", service.usageApi().toString());
        d.type("token", Token);
        if (withCa)
            d.type("caFile", m_certs->ca());
        QVERIFY(d.test());
        QCOMPARE(d.lastOk(), ok);
        QVERIFY2(d.lastMessage().contains(says), qPrintable(d.lastMessage()));
        QVERIFY2(d.status().contains(says), qPrintable(d.status()));
        if (ok) {
            QVERIFY2(d.status().startsWith(QLatin1String("Connection OK")), qPrintable(d.status()));
            if (https) // the protocol first: "TLSv1.3, certificate issued by …"
                QVERIFY2(d.status().contains(QStringLiteral("\nSecurity: TLSv1.")),
                         qPrintable(d.status()));
        }
        QVERIFY(!d.status().contains(Token));
    }

    // The plan service checks no token: Test connection asks the usage
    // service too, so a token it refuses (or a namespace the token may not
    // read) fails the test.
    void restToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("namespaces");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("good token") << Token << "" << true << "Connection OK";
        QTest::newRow("good token, its namespace") << Token << "ns-0001" << true << "Connection OK";
        QTest::newRow("bad token")
            << "BAD"
            << "" << false << "Connection failed: The service refused the API token";
        QTest::newRow("a namespace the token may not read")
            << "bob-token"
            << "ns-0001" << false << "Connection failed: permission denied";
    }
    void restToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, namespaces);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        FakeService service(m_serviceDb, {Token + QStringLiteral("=admin:*"),
                                          QStringLiteral("bob-token=bob:ns-bob")});
        QVERIFY2(service.start(), qPrintable(service.errorString()));
        QTemporaryDir dir;
        Dialog d(dir);
        d.type("profileName", QStringLiteral("API"));
        d.choose("profileKind", int(Profile::Kind::Rest));
        d.type("usageApiUrl", service.usageApi().toString());
        d.type("token", token);
        d.type("namespaces", namespaces);
        QVERIFY(d.test());
        QCOMPARE(d.lastOk(), ok);
        QVERIFY2(d.status().startsWith(says), qPrintable(d.status()));
        QVERIFY(!d.status().contains(token));
    }

    void sqliteIsALocalFile()
    {
        QTemporaryDir dir;
        Dialog d(dir);
        d.type("profileName", QStringLiteral("Demo"));
        d.choose("profileKind", int(Profile::Kind::Sqlite));
        d.type("sqlitePath", m_serviceDb);
        QVERIFY(d.test());
        QVERIFY2(d.lastOk(), qPrintable(d.lastMessage()));
        QVERIFY2(d.status().endsWith(QLatin1String("\nSecurity: local file")),
                 qPrintable(d.status()));
    }

    void mariadb_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("ca"); // "ca", "other"
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::newRow("TLS with the CA") << true << "ca" << true << verifiedByTestCa();
        QTest::newRow("TLS, another CA") << true << "other" << false << "certificate not trusted";
        QTest::newRow("plain") << false << "" << true << "\nSecurity: not encrypted";
    }
    void mariadb()
    {
        QFETCH(bool, tls);
        QFETCH(QString, ca);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB fixture (UC_TEST_MARIADB_DIR)");
        QVERIFY(startMariaDb());
        // The TLS user is REQUIRE SSL; the plain row is the server's admin.
        const ConnectionSpec server = m_server->spec(QStringLiteral("uc_dialog"));
        QTemporaryDir dir;
        Dialog d(dir);
        d.type("profileName", QStringLiteral("MariaDB"));
        d.choose("profileKind", int(Profile::Kind::Mysql));
        d.type("host", server.host);
        child<QSpinBox>(&d.dialog, "port")->setValue(server.port);
        d.type("database", server.database);
        d.type("user", tls ? TlsUser : server.user);
        d.type("password", tls ? TlsPassword : server.password);
        d.choose("mysqlTls", tls);
        if (tls)
            d.type("mysqlCaFile", ca == QLatin1String("ca") ? m_certs->ca() : m_certs->otherCa());
        QVERIFY(d.test());
        QCOMPARE(d.lastOk(), ok);
        QVERIFY2(d.lastMessage().contains(says), qPrintable(d.lastMessage()));
        QVERIFY2(d.status().contains(says), qPrintable(d.status()));
        if (ok && tls)
            QVERIFY2(d.status().contains(QStringLiteral("\nSecurity: TLSv1.")),
                     qPrintable(d.status()));
        QVERIFY(!d.status().contains(TlsPassword));
    }

    void screenshots_data() { TestWidgets::addLanguageRows(); }
    void screenshots()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        // Before the dialog is made: it takes its words when it is built.
        LanguageSwitcher switcher;
        QVERIFY(switcher.setLanguage(language));
        QTemporaryDir dir;
        {
            // Saved before the dialog opens, as a user finds it again.
            QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
            ProfileStore store(&settings);
            store.save(ProfileStore::demoProfile(QStringLiteral("/srv/usage-console/demo.db")));
            Profile p;
            p.name = QStringLiteral("Billing DB (TLS)");
            p.kind = Profile::Kind::Mysql;
            p.host = QStringLiteral("db.example.com");
            p.database = QStringLiteral("usage");
            p.user = QStringLiteral("reader");
            p.readOnly = true;
            p.mysqlTls = true;
            p.mysqlCaFile = QStringLiteral("/etc/usage-console/db-ca.pem");
            p.mysqlCertFile = QStringLiteral("/etc/usage-console/client.pem");
            p.mysqlKeyFile = QStringLiteral("/etc/usage-console/client.key");
            store.setCurrentId(store.save(p));
        }
        Dialog d(dir);
        QCOMPARE(child<QLineEdit>(&d.dialog, "mysqlCertFile")->text(),
                 QStringLiteral("/etc/usage-console/client.pem"));
        d.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d.dialog));
        TestEvents::drain();

        // As it opens from the main window: at its own size, which must fit
        // a 1366x768 screen, with every label of the page whole.
        QVERIFY2(d.dialog.width() <= 1366 && d.dialog.height() <= 740,
                 qPrintable(QStringLiteral("%1x%2").arg(d.dialog.width()).arg(d.dialog.height())));
        auto *page = child<QLineEdit>(&d.dialog, "mysqlCaFile")->parentWidget()->parentWidget();
        QVERIFY(page->isVisible());
        const auto labels = page->findChildren<QLabel *>();
        QVERIFY(labels.size() >= 10);
        for (const QLabel *label : labels)
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        for (const char *name : {"mysqlTls", "mysqlCaFile", "mysqlCertFile", "mysqlKeyFile"}) {
            const QWidget *w = child<QWidget>(&d.dialog, name);
            QVERIFY2(w->isVisible() && w->isEnabled(), name);
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
        }
        const QImage image = d.dialog.grab().toImage();
        const QString out = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QVERIFY(image.save(QStringLiteral("%1/profile-mysql-tls-%2.png").arg(out, language)));
        }
    }
};

QTEST_MAIN(TestProfileDialogTls)
#include "tst_profiledialogtls.moc"
