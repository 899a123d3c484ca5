// Saved reports (profiles wing): ReportStore keeps every field through the
// settings file, names are unique, reports outlive their profile; and
// SavedReport::days turns a period into the days a run shows.

#include "profiles/profilestore.h"
#include "profiles/reportstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestReportStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_files)),
                                           QSettings::IniFormat);
    }

    static SavedReport sample(SavedReport::Tab tab)
    {
        SavedReport r;
        r.name = QStringLiteral("Monthly / charges & more");
        r.profileId = QStringLiteral("p-1");
        r.tab = tab;
        r.zoneId = QStringLiteral("Asia/Shanghai");
        r.region = QStringLiteral("cn-north-2");
        r.namespaces = {QStringLiteral("ns-a"), QStringLiteral("ns-b")};
        r.orderId = QStringLiteral("ns-a-resources");
        r.status = StatusFilter::RenewFailed;
        r.resourceName = QStringLiteral("data-1");
        r.planType = PlanType::Volume;
        r.allVersions = true;
        r.period = SavedReport::Period::Fixed;
        r.from = QDate(2026, 1, 1);
        r.to = QDate(2026, 1, 31);
        r.topCount = 15;
        r.savedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
        return r;
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("tab");
        QTest::newRow("usages") << int(SavedReport::Tab::Usages);
        QTest::newRow("orders") << int(SavedReport::Tab::Orders);
        QTest::newRow("plans") << int(SavedReport::Tab::Plans);
        QTest::newRow("spend") << int(SavedReport::Tab::Spend);
    }

    void roundTrip()
    {
        QFETCH(int, tab);
        const auto s = settings();
        const SavedReport saved = sample(SavedReport::Tab(tab));
        const QString id = ReportStore(s.get()).save(saved);
        QVERIFY(!id.isEmpty());
        // A new store on the file, as usagectl opens it.
        QSettings again(s->fileName(), QSettings::IniFormat);
        const auto r = ReportStore(&again).findByName(saved.name);
        QVERIFY(r);
        QCOMPARE(r->id, id);
        QCOMPARE(r->name, saved.name);
        QCOMPARE(r->profileId, saved.profileId);
        QCOMPARE(int(r->tab), tab);
        QCOMPARE(r->zoneId, saved.zoneId);
        QCOMPARE(r->region, saved.region);
        QCOMPARE(r->namespaces, saved.namespaces);
        QCOMPARE(r->orderId, saved.orderId);
        QCOMPARE(r->status, saved.status);
        QCOMPARE(r->resourceName, saved.resourceName);
        QCOMPARE(r->planType, saved.planType);
        QCOMPARE(r->allVersions, saved.allVersions);
        QCOMPARE(r->period, saved.period);
        QCOMPARE(r->from, saved.from);
        QCOMPARE(r->to, saved.to);
        QCOMPARE(r->topCount, saved.topCount);
        QCOMPARE(r->savedAt, saved.savedAt);
    }

    void namesAreUniqueAndReportsOutliveProfiles()
    {
        const auto s = settings();
        ProfileStore profiles(s.get());
        Profile p = ProfileStore::demoProfile(QStringLiteral("/tmp/x.db"));
        p.id = QStringLiteral("p-1");
        profiles.save(p);
        ReportStore reports(s.get());
        SavedReport a = sample(SavedReport::Tab::Usages);
        const QString id = reports.save(a);
        a.region = QStringLiteral("cn-north-1");
        a.id.clear();
        QCOMPARE(reports.save(a), id); // same name: replaced, same id
        SavedReport b = sample(SavedReport::Tab::Spend);
        b.name = QStringLiteral("Another");
        reports.save(b);
        QCOMPARE(reports.reports().size(), 2);
        QCOMPARE(reports.reports().first().name, QStringLiteral("Another"));
        QCOMPARE(reports.findByName(a.name)->region, QStringLiteral("cn-north-1"));
        // Saving or removing the profile leaves its reports alone.
        profiles.save(p);
        QCOMPARE(reports.reports().size(), 2);
        profiles.remove(p.id);
        QVERIFY(!profiles.profile(p.id));
        QCOMPARE(reports.findByName(a.name)->profileId, QStringLiteral("p-1"));
        reports.remove(id);
        QVERIFY(!reports.findByName(a.name));
        QCOMPARE(reports.reports().size(), 1);
    }

    void days_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        const int usages = int(SavedReport::Tab::Usages);
        const int spend = int(SavedReport::Tab::Spend);
        const QDate jan15(2026, 1, 15);
        QTest::newRow("all") << usages << int(SavedReport::Period::All) << QDate() << QDate()
                             << jan15 << QDate() << QDate();
        QTest::newRow("fixed, from only")
            << usages << int(SavedReport::Period::Fixed) << QDate(2025, 6, 3) << QDate() << jan15
            << QDate(2025, 6, 3) << QDate();
        QTest::newRow("previous month across a year")
            << usages << int(SavedReport::Period::PreviousMonth) << QDate() << QDate() << jan15
            << QDate(2025, 12, 1) << QDate(2025, 12, 31);
        QTest::newRow("previous month of March: February")
            << usages << int(SavedReport::Period::PreviousMonth) << QDate() << QDate()
            << QDate(2028, 3, 31) << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("current month")
            << spend << int(SavedReport::Period::CurrentMonth) << QDate() << QDate() << jan15
            << QDate(2026, 1, 1) << QDate(2026, 1, 31);
        QTest::newRow("spend, fixed months: whole months")
            << spend << int(SavedReport::Period::Fixed) << QDate(2026, 3, 10) << QDate(2026, 5, 20)
            << jan15 << QDate(2026, 3, 1) << QDate(2026, 5, 31);
    }

    void days()
    {
        QFETCH(int, tab);
        QFETCH(int, period);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, today);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        SavedReport r;
        r.tab = SavedReport::Tab(tab);
        r.period = SavedReport::Period(period);
        r.from = from;
        r.to = to;
        const auto [gotFirst, gotLast] = r.days(today);
        QCOMPARE(gotFirst, first);
        QCOMPARE(gotLast, last);
    }

    // A name that is no zone is refused (invalid), not UTC under its name:
    // Qt alone takes "Shanghai" or "CST" as a POSIX rule, i.e. UTC.
    void zone_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("zone"); // empty: invalid
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai" << QByteArray("Asia/Shanghai");
        QTest::newRow("UTC") << "UTC" << QByteArray("UTC");
        QTest::newRow("Mars/Olympus") << "Mars/Olympus" << QByteArray();
        QTest::newRow("Shanghai") << "Shanghai" << QByteArray();
        QTest::newRow("CST") << "CST" << QByteArray();
        QTest::newRow("Bogus") << "Bogus" << QByteArray();
    }
    void zone()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, zone);
        SavedReport r;
        r.zoneId = id;
        QCOMPARE(r.zone().isValid(), !zone.isEmpty());
        if (!zone.isEmpty())
            QCOMPARE(r.zone().offsetFromUtc(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)),
                     QTimeZone(zone).offsetFromUtc(
                         QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC)));
        else // today is still a day: UTC's
            QCOMPARE(r.today(), QDateTime::currentDateTimeUtc().date());
    }
};

QTEST_MAIN(TestReportStore)
#include "tst_reportstore.moc"
