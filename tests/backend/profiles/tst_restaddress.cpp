// The address of a REST connection, shared by usagectl's --api and the
// profiles: a host alone means its /usageapi/v1, the plan service is
// /charge/v1 on the same host unless given, and the backend made from such
// a profile talks to those addresses. A service zone that is no zone
// ("Shanghai", "CST": UTC to Qt) is refused, not taken as UTC.
#include "profiles/backendfactory.h"

#include <QTest>

class TestRestAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageApiAt_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("plans");
        QTest::newRow("host") << "https://host"
                              << "https://host/usageapi/v1"
                              << "https://host/charge/v1";
        QTest::newRow("host and slash") << "https://host/"
                                        << "https://host/usageapi/v1"
                                        << "https://host/charge/v1";
        QTest::newRow("host and port") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080/usageapi/v1"
                                       << "http://127.0.0.1:8080/charge/v1";
        QTest::newRow("full address kept") << "https://host/usageapi/v1"
                                           << "https://host/usageapi/v1"
                                           << "https://host/charge/v1";
        QTest::newRow("a proxy's path kept") << "https://host/billing/usageapi/v1"
                                             << "https://host/billing/usageapi/v1"
                                             << "https://host/charge/v1";
        QTest::newRow("not http: left for the caller to refuse") << "ftp://host"
                                                                 << "ftp://host"
                                                                 << "ftp://host/charge/v1";
    }

    void usageApiAt()
    {
        QFETCH(QString, given);
        QFETCH(QString, api);
        QFETCH(QString, plans);
        const QUrl usage = BackendFactory::usageApiAt(QUrl(given));
        QCOMPARE(usage.toString(), api);
        QCOMPARE(BackendFactory::defaultPlanApi(usage).toString(), plans);
    }

    void profileWithoutPlanApi()
    {
        Profile p;
        p.kind = Profile::Kind::Rest;
        p.usageApiUrl = QStringLiteral("http://127.0.0.1:8080");
        p.useCache = false;
        const auto made = BackendFactory::createDirect(p, QStringLiteral("token"));
        QVERIFY(made.ok());
        QCOMPARE(made.value()->describe(),
                 QStringLiteral("REST http://127.0.0.1:8080/usageapi/v1"));
        QVERIFY(!made.value()->isReadOnly());
        p.readOnly = true;
        QVERIFY(BackendFactory::createDirect(p, QStringLiteral("token")).value()->isReadOnly());
    }

    void serviceZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("ok");
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai" << true;
        QTest::newRow("UTC+8") << "UTC+8" << true;
        QTest::newRow("empty: the service's default") << "" << true;
        QTest::newRow("Shanghai") << "Shanghai" << false;
        QTest::newRow("CST") << "CST" << false;
        QTest::newRow("Bogus") << "Bogus" << false;
    }
    void serviceZone()
    {
        QFETCH(QString, zone);
        QFETCH(bool, ok);
        Profile p;
        p.name = QStringLiteral("API");
        p.kind = Profile::Kind::Rest;
        p.usageApiUrl = QStringLiteral("http://127.0.0.1:8080");
        p.useCache = false;
        p.serviceZone = zone;
        const auto made = BackendFactory::createDirect(p, QStringLiteral("token"));
        QCOMPARE(made.ok(), ok);
        if (!ok) {
            QCOMPARE(made.error().category(), BackendError::Category::InvalidInput);
            QCOMPARE(made.error().message(),
                     QStringLiteral("The service time zone “%1” of profile “API” is not a time "
                                    "zone (for example Asia/Shanghai or UTC+8).")
                         .arg(zone));
        }
    }
};

QTEST_GUILESS_MAIN(TestRestAddress)
#include "tst_restaddress.moc"
