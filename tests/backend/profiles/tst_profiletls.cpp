// A MySQL profile's TLS fields (issue 20): kept through ProfileStore (a
// profile saved before them loads as TLS off), and mapped by BackendFactory
// to the same tls/ca/cert/key a mysql:// address sets, so that a profile
// and `usagectl --db` connect alike.

#include "profiles/backendfactory.h"
#include "profiles/profilestore.h"
#include "sql/sqlbackend.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Profile mysqlProfile()
{
    Profile p;
    p.name = QStringLiteral("db");
    p.kind = Profile::Kind::Mysql;
    p.host = QStringLiteral("db.example.com");
    p.user = QStringLiteral("reader");
    p.database = QStringLiteral("usage");
    return p;
}

} // namespace

class TestProfileTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedAndLoaded()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = mysqlProfile();
        p.mysqlTls = true;
        p.mysqlCaFile = QStringLiteral("/etc/uc/db-ca.pem");
        p.mysqlCertFile = QStringLiteral("/etc/uc/client.pem");
        p.mysqlKeyFile = QStringLiteral("/etc/uc/client key.pem");
        const QString id = store.save(p);

        // Another store over the same file: what a restart sees.
        QSettings again(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        const auto loaded = ProfileStore(&again).profile(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->mysqlTls, true);
        QCOMPARE(loaded->mysqlCaFile, p.mysqlCaFile);
        QCOMPARE(loaded->mysqlCertFile, p.mysqlCertFile);
        QCOMPARE(loaded->mysqlKeyFile, p.mysqlKeyFile);
        // In the address's words, readable in the file.
        QCOMPARE(again.value(QStringLiteral("profiles/%1/mysqlTls").arg(id)).toString(),
                 QStringLiteral("required"));

        // Turned off again: saved as off, the files kept for next time.
        p.id = id;
        p.mysqlTls = false;
        store.save(p);
        const auto off = store.profile(id);
        QCOMPARE(off->mysqlTls, false);
        QCOMPARE(off->mysqlCaFile, p.mysqlCaFile);
    }

    void savedBeforeTlsLoadsAsOff()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        // What ProfileStore wrote before the TLS fields existed.
        settings.beginGroup(QStringLiteral("profiles/old-one"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("old"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("mysql"));
        settings.setValue(QStringLiteral("host"), QStringLiteral("db.example.com"));
        settings.setValue(QStringLiteral("user"), QStringLiteral("reader"));
        settings.setValue(QStringLiteral("database"), QStringLiteral("usage"));
        settings.setValue(QStringLiteral("caFile"), QStringLiteral("/etc/rest-ca.pem"));
        settings.endGroup();
        const auto loaded = ProfileStore(&settings).profile(QStringLiteral("old-one"));
        QVERIFY(loaded);
        QCOMPARE(loaded->kind, Profile::Kind::Mysql);
        QCOMPARE(loaded->mysqlTls, false);
        QVERIFY(loaded->mysqlCaFile.isEmpty());
        QVERIFY(loaded->mysqlCertFile.isEmpty());
        QVERIFY(loaded->mysqlKeyFile.isEmpty());
        const ConnectionSpec spec = BackendFactory::connectionSpec(*loaded, QString());
        QCOMPARE(int(spec.tls), int(ConnectionSpec::Tls::Off));
        QCOMPARE(spec.toDisplayString(),
                 QStringLiteral("mysql://reader@db.example.com:3306/usage"));
    }

    // The profile's fields against the address usagectl would be given.
    void sameAsTheAddress_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("address");
        const QString base = QStringLiteral("mysql://reader@db.example.com:3306/usage");
        const QString none;
        QTest::newRow("off, files kept but unused")
            << false << QStringLiteral("/etc/uc/ca.pem") << QStringLiteral("/etc/uc/c.pem")
            << QStringLiteral("/etc/uc/c.key") << base;
        QTest::newRow("required, the system's CAs")
            << true << none << none << none << base + QStringLiteral("?tls=required");
        QTest::newRow("required with a CA")
            << true << QStringLiteral("/etc/uc/db-ca.pem") << none << none
            << base + QStringLiteral("?tls=required&ca=/etc/uc/db-ca.pem");
        QTest::newRow("client certificate")
            << true << QStringLiteral("/etc/uc/ca.pem") << QStringLiteral("/etc/uc/c.pem")
            << QStringLiteral("/etc/uc/c.key")
            << base + QStringLiteral("?tls=required&ca=/etc/uc/ca.pem&cert=/etc/uc/c.pem"
                                     "&key=/etc/uc/c.key");
        QTest::newRow("paths with & = % and a space")
            << true << QStringLiteral("/tmp/a&b=c%d e/ca.pem") << none << none
            << base + QStringLiteral("?tls=required&ca=/tmp/a%26b%3Dc%25d%20e/ca.pem");
    }
    void sameAsTheAddress()
    {
        QFETCH(bool, tls);
        QFETCH(QString, ca);
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, address);
        Profile p = mysqlProfile();
        p.mysqlTls = tls;
        p.mysqlCaFile = ca;
        p.mysqlCertFile = cert;
        p.mysqlKeyFile = key;

        // Through the store and the factory, as the window connects.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto loaded = store.profile(store.save(p));
        QVERIFY(loaded);
        const auto made = BackendFactory::createDirect(*loaded, QStringLiteral("pw"));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message()));
        const ConnectionSpec fromProfile = qobject_cast<SqlBackend *>(made.value().get())->spec();
        QCOMPARE(fromProfile.toDisplayString(), address);

        const auto fromAddress = ConnectionSpec::parse(address);
        QVERIFY2(fromAddress.ok(),
                 qPrintable(fromAddress.ok() ? QString() : fromAddress.error().message()));
        QCOMPARE(int(fromProfile.tls), int(fromAddress.value().tls));
        QCOMPARE(fromProfile.caFile, fromAddress.value().caFile);
        QCOMPARE(fromProfile.certFile, fromAddress.value().certFile);
        QCOMPARE(fromProfile.keyFile, fromAddress.value().keyFile);
        QCOMPARE(int(fromProfile.tls),
                 int(tls ? ConnectionSpec::Tls::Required : ConnectionSpec::Tls::Off));
    }

    // As the address refuses cert= without key= (and the reverse).
    void certificateWithoutKeyRefused_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::newRow("certificate alone") << QStringLiteral("/etc/uc/c.pem") << QString();
        QTest::newRow("key alone") << QString() << QStringLiteral("/etc/uc/c.key");
    }
    void certificateWithoutKeyRefused()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        Profile p = mysqlProfile();
        p.mysqlTls = true;
        p.mysqlCertFile = cert;
        p.mysqlKeyFile = key;
        const auto made = BackendFactory::createDirect(p, QStringLiteral("pw"));
        QVERIFY(!made.ok());
        QCOMPARE(int(made.error().category()), int(BackendError::Category::InvalidInput));
        QVERIFY2(made.error().message().contains(QLatin1String("go together")),
                 qPrintable(made.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestProfileTls)
#include "tst_profiletls.moc"
