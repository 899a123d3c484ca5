// The roll-up cache in front of RestBackend, against the fake service in
// this process (so that its requests can be counted): the figures equal the
// database's; a warm spend fetches only the open months; once every month
// is closed a spend needs no request at all.

#include "cache/cachingbackend.h"
#include "fakeservice.h"
#include "rest/restbackend.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using TestFutures::describe;
using TestFutures::valueOf;

const QDateTime Now(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);

} // namespace

class TestRestCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<FakeService> m_sim; // in this process: it counts requests
    QString m_region;
    QStringList m_namespaces;

    std::shared_ptr<RestBackend> rest() const
    {
        return std::make_shared<RestBackend>(
            m_sim->restConfig(QStringLiteral("tok"), m_namespaces));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        TestData::writeDemo(m_spec, TestData::demo(8, 10, Now.date(), 3));
        m_sim = std::make_unique<FakeService>(m_spec.path,
                                              QStringList{QStringLiteral("tok=admin:*")}, Now);
        QVERIFY2(m_sim->start(FakeService::Mode::InProcess), qPrintable(m_sim->errorString()));

        SqlBackend local(m_spec);
        m_region = valueOf(local.listRegions()).constFirst().identification;
        m_namespaces = valueOf(local.listNamespaces(m_region));
        QVERIFY(m_namespaces.size() >= 3);
    }

    void closedMonthsFetchedOnce()
    {
        SqlBackend local(m_spec);
        UsageFilter filter;
        filter.region = m_region;
        filter.namespaces = m_namespaces;
        const auto range = valueOf(local.usageTimeRange(filter));
        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(range.first, range.second, QTimeZone("Asia/Shanghai"));
        QVERIFY(months.size() >= 10);
        const QString want = describe(valueOf(local.spendByNamespaceAndMonth(filter, months)));

        auto direct = rest();
        m_sim->resetRequests();
        QCOMPARE(describe(valueOf(direct->spendByNamespaceAndMonth(filter, months))), want);
        const int live = m_sim->requests();
        QVERIFY(live > 10);

        auto inner = rest();
        CachingBackend cached(inner, m_dir.filePath(QStringLiteral("cache/rollups.sqlite")),
                              [inner] { return inner; });
        cached.setVerifyInBackground(false);
        cached.setClock([] { return Now; });
        m_sim->resetRequests();
        QCOMPARE(describe(valueOf(cached.spendByNamespaceAndMonth(filter, months))), want);
        const int cold = m_sim->requests();

        m_sim->resetRequests();
        QCOMPARE(describe(valueOf(cached.spendByNamespaceAndMonth(filter, months))), want);
        const int warm = m_sim->requests();
        // Cold: the closed months in one pass, not one per month (a month
        // costs a request per namespace at least); warm: only the open ones.
        QVERIFY2(
            warm > 0 && warm < live && cold <= 3 * live,
            qPrintable(QStringLiteral("warm %1, live %2, cold %3").arg(warm).arg(live).arg(cold)));

        // A year later every month is closed: one more fill, then no request.
        cached.setClock([] { return Now.addYears(1); });
        QCOMPARE(describe(valueOf(cached.spendByNamespaceAndMonth(filter, months))), want);
        m_sim->resetRequests();
        QCOMPARE(describe(valueOf(cached.spendByNamespaceAndMonth(filter, months))), want);
        QCOMPARE(m_sim->requests(), 0);
        // A subset of the connection's namespaces is answered from the same entries.
        UsageFilter two = filter;
        two.namespaces = m_namespaces.mid(0, 2);
        QCOMPARE(describe(valueOf(cached.spendByNamespaceAndMonth(two, months))),
                 describe(valueOf(local.spendByNamespaceAndMonth(two, months))));
        QCOMPARE(m_sim->requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestCache)
#include "tst_restcache.moc"
