#include "conformancebackends.h"

#include "testdatabases.h"

#include <QTest>

using Ref = ConformanceReference;

void ConformanceBackends::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
    QTest::newRow("rest") << QStringLiteral("rest");
}

Backend *ConformanceBackends::backendUnderTest() const
{
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "sqlite")
        return m_sqlite.get();
    if (tag == "rest")
        return m_rest.get();
    return m_mariaBackend.get();
}

bool ConformanceBackends::isRest()
{
    return QTest::currentDataTag() == QLatin1String("rest");
}

std::unique_ptr<RestBackend> ConformanceBackends::restOn(const FakeService &service)
{
    RestConfig c;
    c.usageApi = service.usageApi();
    c.planApi = service.planApi();
    c.token = Ref::Token;
    c.timeoutMs = 30000;
    return std::make_unique<RestBackend>(c);
}

void ConformanceBackends::initTestCase()
{
    QVERIFY(Ref::Shanghai.isValid());
    m_sqliteSpec.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("conf.db"));
    Ref::write(m_sqliteSpec);
    m_sqlite = std::make_unique<SqlBackend>(m_sqliteSpec);
    m_ref = std::make_unique<ConformanceReference>(m_sqliteSpec);
    QVERIFY(!m_ref->orders.isEmpty());
    QVERIFY(!m_ref->charges.isEmpty());
    QVERIFY(!m_ref->plans.isEmpty());
    QVERIFY(!m_ref->namespaces.isEmpty());

    // MariaDB, the same data
    if (TestDatabases::mariadbServer()) {
        m_maria = TestDatabases::createMariaDbDatabase(QStringLiteral("conf"));
        m_mariaDbs.append(*m_maria);
        Ref::write(*m_maria);
        m_mariaBackend = std::make_unique<SqlBackend>(*m_maria);
    }

    // REST over the SQLite file
    m_sim = std::make_unique<FakeService>(
        m_sqliteSpec.path, QStringList{Ref::Token + QStringLiteral("=admin:*")}, Ref::Now);
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    m_rest = restOn(*m_sim);

    int viaDouble = 0;
    for (const Ref::Charge &c : std::as_const(m_ref->charges))
        viaDouble += Ref::f32(c.u.amount) != Ref::f32ViaDouble(c.u.amount);
    qInfo() << "reference:" << m_ref->orders.size() << "paid orders," << m_ref->charges.size()
            << "charges (" << viaDouble << "where float32 through a double differs from the wire "
            << "digits)," << m_ref->plans.size() << "active plans in" << Ref::Region
            << "; namespaces" << m_ref->namespaces;
}

void ConformanceBackends::cleanupTestCase()
{
    m_rest.reset();
    m_sqlite.reset();
    m_mariaBackend.reset();
    m_sim.reset();
    for (const ConnectionSpec &s : std::as_const(m_mariaDbs))
        TestDatabases::dropMariaDbDatabase(s);
}

void ConformanceBackends::init()
{
    TestDatabases::skipRowsOutsideThisRun();
}
