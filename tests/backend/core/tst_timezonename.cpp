#include "core/timezonename.h"

#include <QTest>

// Which names are zones. The offsets are those of the tz database on
// 2026-07-01 12:00 UTC, written out here.
class TestTimeZoneName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("offsetSeconds");
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai" << true << 8 * 3600;
        QTest::newRow("a link: PRC") << "PRC" << true << 8 * 3600;
        QTest::newRow("a link: Asia/Chongqing") << "Asia/Chongqing" << true << 8 * 3600;
        QTest::newRow("Etc/UTC") << "Etc/UTC" << true << 0;
        QTest::newRow("UTC") << "UTC" << true << 0;
        QTest::newRow("UTC+8") << "UTC+8" << true << 8 * 3600;
        QTest::newRow("UTC+08:00") << "UTC+08:00" << true << 8 * 3600;
        QTest::newRow("UTC-05:30") << "UTC-05:30" << true << -(5 * 3600 + 1800);
        QTest::newRow("America/New_York, summer") << "America/New_York" << true << -4 * 3600;
        QTest::newRow("three levels") << "America/Argentina/Buenos_Aires" << true << -3 * 3600;
        QTest::newRow("spaces around") << " Asia/Tokyo " << true << 9 * 3600;
        // Qt takes these as POSIX rules, i.e. UTC under another name.
        QTest::newRow("Shanghai") << "Shanghai" << false << 0;
        QTest::newRow("Beijing") << "Beijing" << false << 0;
        QTest::newRow("CST") << "CST" << false << 0;
        QTest::newRow("PST") << "PST" << false << 0;
        QTest::newRow("a typo") << "Asia/Shangai" << false << 0;
        QTest::newRow("lower case") << "asia/shanghai" << false << 0;
        QTest::newRow("GMT+8 (a POSIX rule: UTC-8)") << "GMT+8" << false << 0;
        QTest::newRow("empty") << "" << false << 0;
        QTest::newRow("a directory") << "Asia" << false << 0;
        QTest::newRow("a file that is no zone") << "zone.tab" << false << 0;
        QTest::newRow("out of the directory") << "../zoneinfo/Asia/Shanghai" << false << 0;
        QTest::newRow("an absolute path") << "/usr/share/zoneinfo/Asia/Shanghai" << false << 0;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(int, offsetSeconds);
        const QTimeZone zone = TimeZoneName::zone(name);
        QCOMPARE(zone.isValid(), valid);
        if (valid) {
            const QDateTime at(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc());
            QCOMPARE(zone.offsetFromUtc(at), offsetSeconds);
        }
    }
};

QTEST_MAIN(TestTimeZoneName)
#include "tst_timezonename.moc"
