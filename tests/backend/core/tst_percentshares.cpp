// PercentShares: each amount's percent of the sum in basis points, from
// integer amounts, adding up to exactly 100.00 % by the largest-remainder
// method with a fixed tie-break. The oracle is exact rational arithmetic on
// the amounts, written here.
#include "core/percentshares.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using Units = QList<qint64>;

class TestPercentShares : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownCases_data();
    void knownCases();
    void zeroSumHasNoShares();
    void randomAmountsMatchExactRationals();
    void text_data();
    void text();
};

namespace {

QList<Money> money(const Units &units)
{
    QList<Money> out;
    for (qint64 u : units)
        out.append(Money::fromUnits(u));
    return out;
}

} // namespace

void TestPercentShares::knownCases_data()
{
    QTest::addColumn<Units>("amounts");
    QTest::addColumn<Units>("shares");

    QTest::newRow("one") << Units{12345} << Units{10000};
    QTest::newRow("halves") << Units{5, 5} << Units{5000, 5000};
    // 1/3 each: 3333.33.. -> 3333 each, one basis point left: equal
    // remainders and amounts, so the first one gets it.
    QTest::newRow("thirds tie to the first") << Units{1, 1, 1} << Units{3334, 3333, 3333};
    // 2/3 = 6666.67 and 1/3 = 3333.33: the larger remainder wins.
    QTest::newRow("two thirds") << Units{1, 2} << Units{3333, 6667};
    // 1/6, 1/6, 4/6: 1666.67, 1666.67, 6666.67, all remainders equal, two
    // points left: the largest amount, then the first of the equal ones.
    QTest::newRow("sixths") << Units{1, 1, 4} << Units{1667, 1666, 6667};
    // Equal remainders, different amounts: the larger amount first.
    // 10/7 = 1428.57, 20/7 = 2857.14 ... (1,2,4)/7: .57 .14 .29 -> the first.
    QTest::newRow("sevenths") << Units{1, 2, 4} << Units{1429, 2857, 5714};
    // Remainders equal (1/3 of a point each) on unequal amounts.
    QTest::newRow("equal remainders, larger amount wins")
        << Units{1, 4, -2} << Units{3333, 13334, -6667};
    // A credit in the month: the sum stays positive, the credit's share is
    // negative and the month still adds up to 100.00.
    QTest::newRow("credit") << Units{-500, 1500, 1000} << Units{-2500, 7500, 5000};
    // -3333.33 rounds down to -3334; the two points left go to the 2s.
    QTest::newRow("credit with remainder") << Units{-1, 2, 2} << Units{-3334, 6667, 6667};
    // All credits: each credit's part of the (negative) sum.
    QTest::newRow("all credits") << Units{-1, -3} << Units{2500, 7500};
    // Huge amounts: amount x 10000 does not fit in 64 bits.
    QTest::newRow("huge") << Units{Q_INT64_C(4000000000000000000), Q_INT64_C(1000000000000000000)}
                          << Units{8000, 2000};
    QTest::newRow("zero cells") << Units{0, 7, 0} << Units{0, 10000, 0};
}

void TestPercentShares::knownCases()
{
    QFETCH(Units, amounts);
    QFETCH(Units, shares);
    const auto got = PercentShares::basisPoints(money(amounts));
    QVERIFY(got.has_value());
    QCOMPARE(*got, shares);
}

void TestPercentShares::zeroSumHasNoShares()
{
    QVERIFY(!PercentShares::basisPoints({}).has_value());
    QVERIFY(!PercentShares::basisPoints(money({0, 0})).has_value());
    QVERIFY(!PercentShares::basisPoints(money({500, -500})).has_value());
}

// 2,000 random months: every share is the exact percent rounded down or up
// by less than one basis point, they add up to 10000, and no share rounded
// down has a larger remainder than one rounded up.
void TestPercentShares::randomAmountsMatchExactRationals()
{
    QRandomGenerator rng(18);
    for (int round = 0; round < 2000; ++round) {
        const int n = 1 + int(rng.bounded(40));
        Units units;
        for (int i = 0; i < n; ++i) {
            qint64 u = qint64(rng.bounded(5000000));
            if (rng.bounded(10) == 0)
                u = -u / 10; // a credit now and then
            units.append(u);
        }
        qint64 total = 0;
        for (qint64 u : units)
            total += u;
        if (total <= 0)
            continue;
        const auto got = PercentShares::basisPoints(money(units));
        QVERIFY(got.has_value());
        qint64 sum = 0;
        qint64 maxUpRemainder = -1, minUpRemainder = total, maxDownRemainder = -1;
        for (int i = 0; i < n; ++i) {
            sum += got->at(i);
            // exact = units * 10000 / total = q + r / total
            const qint64 scaled = units.at(i) * 10000;
            qint64 q = scaled / total;
            qint64 r = scaled % total;
            if (r < 0) {
                --q;
                r += total;
            }
            QVERIFY2(got->at(i) == q || got->at(i) == q + 1,
                     qPrintable(QStringLiteral("round %1 cell %2").arg(round).arg(i)));
            if (got->at(i) == q + 1) {
                minUpRemainder = std::min(minUpRemainder, r);
                maxUpRemainder = std::max(maxUpRemainder, r);
            } else {
                maxDownRemainder = std::max(maxDownRemainder, r);
            }
        }
        QCOMPARE(sum, qint64(10000));
        if (maxUpRemainder >= 0)
            QVERIFY(maxDownRemainder <= minUpRemainder);
    }
}

void TestPercentShares::text_data()
{
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<QString>("c");
    QTest::addColumn<QString>("english");
    QTest::newRow("12.34") << Q_INT64_C(1234) << "12.34"
                           << "12.34";
    QTest::newRow("100.00") << Q_INT64_C(10000) << "100.00"
                            << "100.00";
    QTest::newRow("0.05") << Q_INT64_C(5) << "0.05"
                          << "0.05";
    QTest::newRow("-0.50") << Q_INT64_C(-50) << "-0.50"
                           << "-0.50";
    QTest::newRow("grouped") << Q_INT64_C(123456) << "1234.56"
                             << "1,234.56";
}

void TestPercentShares::text()
{
    QFETCH(qint64, basisPoints);
    QFETCH(QString, c);
    QFETCH(QString, english);
    QCOMPARE(PercentShares::text(basisPoints), c);
    QCOMPARE(PercentShares::text(basisPoints, QLocale(QLocale::English, QLocale::UnitedStates)),
             english);
}

QTEST_APPLESS_MAIN(TestPercentShares)
#include "tst_percentshares.moc"
