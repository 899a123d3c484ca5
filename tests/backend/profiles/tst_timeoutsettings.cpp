// Where the deadlines come from (issue 16): a MySQL address's
// ?connect_timeout=&read_timeout=&write_timeout=, a profile's four timeouts
// through ProfileStore, and what BackendFactory builds from them.

#include "profiles/backendfactory.h"
#include "profiles/profilestore.h"
#include "rest/restbackend.h"
#include "sql/sqlbackend.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestTimeoutSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void address_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("connect");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("write");
        QTest::addColumn<QString>("display");
        QTest::newRow("defaults") << "mysql://u@h/db" << 30 << 30 << 30 << "mysql://u@h:3306/db";
        QTest::newRow("all three") << "mysql://u@h:3307/db?plans=p&connect_timeout=5&"
                                      "read_timeout=120&write_timeout=60"
                                   << 5 << 120 << 60
                                   << "mysql://u@h:3307/db?plans=p&connect_timeout=5&"
                                      "read_timeout=120&write_timeout=60";
        QTest::newRow("read only, default written back")
            << "mysql://u@h/db?read_timeout=600&write_timeout=30" << 30 << 600 << 30
            << "mysql://u@h:3306/db?read_timeout=600";
    }
    void address()
    {
        QFETCH(QString, address);
        QFETCH(int, connect);
        QFETCH(int, read);
        QFETCH(int, write);
        QFETCH(QString, display);
        const auto spec = ConnectionSpec::parse(address);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message()));
        QCOMPARE(spec.value().connectTimeoutSeconds, connect);
        QCOMPARE(spec.value().readTimeoutSeconds, read);
        QCOMPARE(spec.value().writeTimeoutSeconds, write);
        QCOMPARE(spec.value().toDisplayString(), display);
        const auto again = ConnectionSpec::parse(display);
        QVERIFY(again.ok());
        QCOMPARE(again.value().readTimeoutSeconds, read);
    }

    void badAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("zero") << "mysql://u@h/db?read_timeout=0";
        QTest::newRow("text") << "mysql://u@h/db?connect_timeout=soon";
        QTest::newRow("fraction") << "mysql://u@h/db?write_timeout=1.5";
        QTest::newRow("over a day") << "mysql://u@h/db?read_timeout=86401";
    }
    void badAddress()
    {
        QFETCH(QString, address);
        const auto spec = ConnectionSpec::parse(address);
        QVERIFY(!spec.ok());
        QCOMPARE(int(spec.error().category()), int(BackendError::Category::InvalidInput));
        QVERIFY2(spec.error().message().contains(QLatin1String("must be a number of seconds")),
                 qPrintable(spec.error().message()));
    }

    void profileKeepsAndPassesThem()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile mysql;
        mysql.name = QStringLiteral("db");
        mysql.kind = Profile::Kind::Mysql;
        mysql.host = QStringLiteral("127.0.0.1");
        mysql.user = QStringLiteral("u");
        mysql.database = QStringLiteral("usage");
        mysql.connectTimeoutSeconds = 4;
        mysql.readTimeoutSeconds = 90;
        mysql.writeTimeoutSeconds = 20;
        Profile rest;
        rest.name = QStringLiteral("api");
        rest.kind = Profile::Kind::Rest;
        rest.usageApiUrl = QStringLiteral("http://127.0.0.1:9/usageapi/v1");
        rest.planApiUrl = QStringLiteral("http://127.0.0.1:9/charge/v1");
        rest.requestTimeoutSeconds = 7;

        const auto loadedMysql = store.profile(store.save(mysql));
        const auto loadedRest = store.profile(store.save(rest));
        QVERIFY(loadedMysql && loadedRest);
        QCOMPARE(loadedMysql->connectTimeoutSeconds, 4);
        QCOMPARE(loadedMysql->readTimeoutSeconds, 90);
        QCOMPARE(loadedMysql->writeTimeoutSeconds, 20);
        QCOMPARE(loadedRest->requestTimeoutSeconds, 7);

        const auto sql = BackendFactory::createDirect(*loadedMysql, QStringLiteral("pw"));
        QVERIFY(sql.ok());
        const ConnectionSpec spec = qobject_cast<SqlBackend *>(sql.value().get())->spec();
        QCOMPARE(spec.connectTimeoutSeconds, 4);
        QCOMPARE(spec.readTimeoutSeconds, 90);
        QCOMPARE(spec.writeTimeoutSeconds, 20);
        const auto api = BackendFactory::createDirect(*loadedRest, QStringLiteral("token"));
        QVERIFY(api.ok());
        QCOMPARE(qobject_cast<RestBackend *>(api.value().get())->config().timeoutMs, 7000);
    }

    // A hand-edited settings file cannot set a deadline of 0 or forever.
    void outOfRangeFallsBack()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p;
        p.name = QStringLiteral("db");
        p.kind = Profile::Kind::Sqlite;
        p.sqlitePath = QStringLiteral("/tmp/x.db");
        const QString id = store.save(p);
        settings.setValue(QStringLiteral("profiles/%1/readTimeout").arg(id), 0);
        settings.setValue(QStringLiteral("profiles/%1/requestTimeout").arg(id),
                          QStringLiteral("x"));
        const auto loaded = store.profile(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->readTimeoutSeconds, Profile::DefaultTimeoutSeconds);
        QCOMPARE(loaded->requestTimeoutSeconds, Profile::DefaultTimeoutSeconds);
    }
};

QTEST_GUILESS_MAIN(TestTimeoutSettings)
#include "tst_timeoutsettings.moc"
