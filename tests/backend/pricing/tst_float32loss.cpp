// FloatPricing::restReportedConsuming: what the REST API reports for a
// charge (SPEC §4.1), which decides the audit's float32-loss findings.
// Checked against amounts worked out by hand and, below the first lossy
// amount, against every amount there is.

#include "pricing/floatpricing.h"

#include <QTest>

#include <charconv>

class TestFloat32Loss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reported_data()
    {
        QTest::addColumn<qint64>("consuming");
        QTest::addColumn<qint64>("reported");
        // SPEC §4.1's example: 12345.6789 is printed as 12345.679.
        QTest::newRow("spec example") << qint64(123456789) << qint64(123456790);
        QTest::newRow("spec example, negative") << qint64(-123456789) << qint64(-123456790);
        // The first amount that comes back wrong: 972.2586 is printed
        // 972.25854 (float32 spacing 1/16384 there), read as 972.2585.
        QTest::newRow("first lossy") << qint64(9722586) << qint64(9722585);
        QTest::newRow("just below") << qint64(9722585) << qint64(9722585);
        // Demo prices: 1666.66 and 1777.77 lose their last digit although
        // they have six significant digits; 1688.88 does not.
        QTest::newRow("1666.66") << qint64(16666600) << qint64(16666599);
        QTest::newRow("1777.77") << qint64(17777700) << qint64(17777699);
        QTest::newRow("1688.88") << qint64(16888800) << qint64(16888800);
        // Eight significant digits above 2^24, and exact all the same.
        QTest::newRow("1677.7218") << qint64(16777218) << qint64(16777218);
        QTest::newRow("2^24 + 1") << qint64(16777217) << qint64(16777216);
        QTest::newRow("zero") << qint64(0) << qint64(0);
        QTest::newRow("a cent") << qint64(100) << qint64(100);
    }

    void reported()
    {
        QFETCH(qint64, consuming);
        QFETCH(qint64, reported);
        QCOMPARE(FloatPricing::restReportedConsuming(consuming), reported);
    }

    // The shortcut below FirstLossyConsuming is safe: every smaller amount
    // comes back exact through the digits the service prints (worked out
    // here from those digits with integer arithmetic, not by the shortcut).
    void exactBelowFirstLossy()
    {
        qint64 wrong = 0;
        for (qint64 c = 0; c < FloatPricing::FirstLossyConsuming; ++c) {
            char buf[64];
            const auto res = std::to_chars(buf, buf + sizeof buf, FloatPricing::chargeMoney(c),
                                           std::chars_format::fixed);
            if (unitsOf(buf, res.ptr) != c)
                ++wrong;
        }
        QCOMPARE(wrong, qint64(0));
    }

private:
    // "972.25854" -> 9722585: the shortest digits in fixed notation (the
    // same number the service's form names), to 1/10000, half away from zero.
    static qint64 unitsOf(const char *p, const char *end)
    {
        qint64 units = 0;
        int decimals = -1;
        int next = 0; // the first digit beyond 1/10000
        for (; p < end; ++p) {
            if (*p == '.') {
                decimals = 0;
            } else if (decimals < 4) {
                units = units * 10 + (*p - '0');
                if (decimals >= 0)
                    ++decimals;
            } else if (decimals == 4) {
                next = *p - '0';
                decimals = 5;
            }
        }
        for (int d = qMax(decimals, 0); d < 4; ++d)
            units *= 10;
        return next >= 5 ? units + 1 : units;
    }
};

QTEST_MAIN(TestFloat32Loss)
#include "tst_float32loss.moc"
