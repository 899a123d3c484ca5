// Money: exact 1/10000-yuan amounts, parsing from text and JSON doubles and
// formatting with half-away-from-zero rounding.
#include "core/money.h"

#include <QTest>

#include <cmath>
#include <limits>

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecimalString_data();
    void fromDecimalString();
    void fromYuanDouble_data();
    void fromYuanDouble();
    void toString2_data();
    void toString2();
    void toString4_data();
    void toString4();
    void extremes();
    void sumsAreExact();
    void roundTrip();
};

namespace {
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();
} // namespace

void TestMoney::fromDecimalString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");

    QTest::newRow("12.3") << "12.3" << true << Q_INT64_C(123000);
    QTest::newRow("-0.5000") << "-0.5000" << true << Q_INT64_C(-5000);
    QTest::newRow("+7") << "+7" << true << Q_INT64_C(70000);
    QTest::newRow("0") << "0" << true << Q_INT64_C(0);
    QTest::newRow("-0") << "-0" << true << Q_INT64_C(0);
    QTest::newRow("0.0000") << "0.0000" << true << Q_INT64_C(0);
    QTest::newRow(".5") << ".5" << true << Q_INT64_C(5000);
    QTest::newRow("leading zeros") << "007.25" << true << Q_INT64_C(72500);
    QTest::newRow("spaces trimmed") << "  3.5\n" << true << Q_INT64_C(35000);
    QTest::newRow("four decimals exact") << "123.4567" << true << Q_INT64_C(1234567);
    // More than four fraction digits: half away from zero.
    QTest::newRow("0.00005 up") << "0.00005" << true << Q_INT64_C(1);
    QTest::newRow("-0.00005 down") << "-0.00005" << true << Q_INT64_C(-1);
    QTest::newRow("0.00004 to zero") << "0.00004" << true << Q_INT64_C(0);
    QTest::newRow("-0.00004 to zero") << "-0.00004" << true << Q_INT64_C(0);
    QTest::newRow("0.0000499999") << "0.0000499999" << true << Q_INT64_C(0);
    QTest::newRow("0.000005") << "0.000005" << true << Q_INT64_C(0);
    QTest::newRow("0.00009") << "0.00009" << true << Q_INT64_C(1);
    QTest::newRow("carry 0.99995") << "0.99995" << true << Q_INT64_C(10000);
    QTest::newRow("123.456696") << "123.456696" << true << Q_INT64_C(1234567);
    QTest::newRow("1.23455") << "1.23455" << true << Q_INT64_C(12346);
    QTest::newRow("-1.23455") << "-1.23455" << true << Q_INT64_C(-12346);
    // Exponents.
    QTest::newRow("1.234567e+06") << "1.234567e+06" << true << Q_INT64_C(12345670000);
    QTest::newRow("5e-05") << "5e-05" << true << Q_INT64_C(1);
    QTest::newRow("4e-05") << "4e-05" << true << Q_INT64_C(0);
    QTest::newRow("1E3") << "1E3" << true << Q_INT64_C(10000000);
    QTest::newRow("-2.5e-1") << "-2.5e-1" << true << Q_INT64_C(-2500);
    QTest::newRow("1e-100000") << "1e-100000" << true << Q_INT64_C(0);
    QTest::newRow("0e999") << "0e999" << true << Q_INT64_C(0);
    // The largest amount that fits, and one unit more.
    QTest::newRow("max") << "922337203685477.5807" << true << Max;
    QTest::newRow("max+1") << "922337203685477.5808" << false << Q_INT64_C(0);
    QTest::newRow("-max") << "-922337203685477.5807" << true << -Max;
    QTest::newRow("overflow") << "99999999999999999999" << false << Q_INT64_C(0);
    QTest::newRow("overflow exp") << "1e15" << false << Q_INT64_C(0);
    QTest::newRow("overflow huge exp") << "1e400" << false << Q_INT64_C(0);
    QTest::newRow("rounding overflow") << "922337203685477.58075" << false << Q_INT64_C(0);
    // Not numbers.
    QTest::newRow("empty") << "" << false << Q_INT64_C(0);
    QTest::newRow("blank") << "   " << false << Q_INT64_C(0);
    QTest::newRow("abc") << "abc" << false << Q_INT64_C(0);
    QTest::newRow("1.2.3") << "1.2.3" << false << Q_INT64_C(0);
    QTest::newRow("1e") << "1e" << false << Q_INT64_C(0);
    QTest::newRow("1e+") << "1e+" << false << Q_INT64_C(0);
    QTest::newRow("e5") << "e5" << false << Q_INT64_C(0);
    QTest::newRow("--1") << "--1" << false << Q_INT64_C(0);
    QTest::newRow("+-1") << "+-1" << false << Q_INT64_C(0);
    QTest::newRow("-") << "-" << false << Q_INT64_C(0);
    QTest::newRow(".") << "." << false << Q_INT64_C(0);
    QTest::newRow("12abc") << "12abc" << false << Q_INT64_C(0);
    QTest::newRow("1 2") << "1 2" << false << Q_INT64_C(0);
    QTest::newRow("1,5") << "1,5" << false << Q_INT64_C(0);
    QTest::newRow("0x10") << "0x10" << false << Q_INT64_C(0);
    QTest::newRow("NaN") << "NaN" << false << Q_INT64_C(0);
    QTest::newRow("inf") << "inf" << false << Q_INT64_C(0);
    QTest::newRow("-inf") << "-inf" << false << Q_INT64_C(0);
    QTest::newRow("full-width digits") << QStringLiteral("１２") << false << Q_INT64_C(0);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << false << Q_INT64_C(0);
    QTest::newRow("full-width exponent") << QStringLiteral("1e\uFF15") << false << Q_INT64_C(0);
}

void TestMoney::fromDecimalString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, units);

    const std::optional<Money> m = Money::fromDecimalString(text);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->units(), units);
}

void TestMoney::fromYuanDouble_data()
{
    QTest::addColumn<double>("yuan");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("units");

    QTest::newRow("123.456696") << 123.456696 << true << Q_INT64_C(1234567);
    QTest::newRow("9.9") << 9.9 << true << Q_INT64_C(99000);
    QTest::newRow("30") << 30.0 << true << Q_INT64_C(300000);
    QTest::newRow("5e-05") << 5e-05 << true << Q_INT64_C(1);
    QTest::newRow("-5e-05") << -5e-05 << true << Q_INT64_C(-1);
    QTest::newRow("4e-05") << 4e-05 << true << Q_INT64_C(0);
    QTest::newRow("-0.5") << -0.5 << true << Q_INT64_C(-5000);
    QTest::newRow("0") << 0.0 << true << Q_INT64_C(0);
    QTest::newRow("-0") << -0.0 << true << Q_INT64_C(0);
    QTest::newRow("1.234567e+06") << 1.234567e+06 << true << Q_INT64_C(12345670000);
    // The shortest decimal form, not the binary value (0.30000000000000004).
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << true << Q_INT64_C(3000);
    // 1.00005 is 1.0000499999999999... in binary, but the sender wrote 1.00005.
    QTest::newRow("1.00005") << 1.00005 << true << Q_INT64_C(10001);
    QTest::newRow("12345.679") << 12345.679 << true << Q_INT64_C(123456790);
    QTest::newRow("large") << 9.0e14 << true << Q_INT64_C(9000000000000000000);
    QTest::newRow("too large") << 1.0e15 << false << Q_INT64_C(0);
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false << Q_INT64_C(0);
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << false << Q_INT64_C(0);
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << false << Q_INT64_C(0);
}

void TestMoney::fromYuanDouble()
{
    QFETCH(double, yuan);
    QFETCH(bool, valid);
    QFETCH(qint64, units);

    const std::optional<Money> m = Money::fromYuanDouble(yuan);
    QCOMPARE(m.has_value(), valid);
    if (valid)
        QCOMPARE(m->units(), units);
}

void TestMoney::toString2_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("0") << Q_INT64_C(0) << "0.00" << Q_INT64_C(0);
    QTest::newRow("12.30") << Q_INT64_C(123000) << "12.30" << Q_INT64_C(1230);
    QTest::newRow("-0.50") << Q_INT64_C(-5000) << "-0.50" << Q_INT64_C(-50);
    // Half a cent rounds away from zero, in both directions.
    QTest::newRow("0.005") << Q_INT64_C(50) << "0.01" << Q_INT64_C(1);
    QTest::newRow("-0.005") << Q_INT64_C(-50) << "-0.01" << Q_INT64_C(-1);
    // Less than half a cent is zero, printed without a sign.
    QTest::newRow("0.0049") << Q_INT64_C(49) << "0.00" << Q_INT64_C(0);
    QTest::newRow("-0.0049") << Q_INT64_C(-49) << "0.00" << Q_INT64_C(0);
    QTest::newRow("-0.0001") << Q_INT64_C(-1) << "0.00" << Q_INT64_C(0);
    QTest::newRow("12.3456") << Q_INT64_C(123456) << "12.35" << Q_INT64_C(1235);
    QTest::newRow("12.3449") << Q_INT64_C(123449) << "12.34" << Q_INT64_C(1234);
    QTest::newRow("-123.455") << Q_INT64_C(-1234550) << "-123.46" << Q_INT64_C(-12346);
    QTest::newRow("-123.4549") << Q_INT64_C(-1234549) << "-123.45" << Q_INT64_C(-12345);
    QTest::newRow("9.995 carries") << Q_INT64_C(99950) << "10.00" << Q_INT64_C(1000);
    QTest::newRow("-9.995 carries") << Q_INT64_C(-99950) << "-10.00" << Q_INT64_C(-1000);
    QTest::newRow("0.05") << Q_INT64_C(500) << "0.05" << Q_INT64_C(5);
    QTest::newRow("max") << Max << "922337203685477.58" << Q_INT64_C(92233720368547758);
    QTest::newRow("min") << Min << "-922337203685477.58" << Q_INT64_C(-92233720368547758);
}

void TestMoney::toString2()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const Money m = Money::fromUnits(units);
    QCOMPARE(m.toString2(), text);
    QCOMPARE(m.roundedCents(), cents);
}

void TestMoney::toString4_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<QString>("text");

    QTest::newRow("0") << Q_INT64_C(0) << "0.0000";
    QTest::newRow("12.3000") << Q_INT64_C(123000) << "12.3000";
    QTest::newRow("-0.5000") << Q_INT64_C(-5000) << "-0.5000";
    QTest::newRow("0.0001") << Q_INT64_C(1) << "0.0001";
    QTest::newRow("-0.0001") << Q_INT64_C(-1) << "-0.0001";
    QTest::newRow("123.4567") << Q_INT64_C(1234567) << "123.4567";
    QTest::newRow("1234567.0000") << Q_INT64_C(12345670000) << "1234567.0000";
    QTest::newRow("max") << Max << "922337203685477.5807";
    QTest::newRow("min") << Min << "-922337203685477.5808";
}

void TestMoney::toString4()
{
    QFETCH(qint64, units);
    QFETCH(QString, text);
    QCOMPARE(Money::fromUnits(units).toString4(), text);
    char buf[32];
    const int length = Money::fromUnits(units).toChars4(buf);
    QCOMPARE(QString::fromLatin1(buf, length), text);
}

void TestMoney::extremes()
{
    const Money max = Money::fromUnits(Max);
    const Money min = Money::fromUnits(Min);
    QCOMPARE(Money::fromDecimalString(max.toString4())->units(), Max);
    // -2^63 has no positive twin: parsing it may fail, but must not wrap.
    const std::optional<Money> parsedMin = Money::fromDecimalString(min.toString4());
    QVERIFY(!parsedMin || parsedMin->units() == Min);
    QVERIFY(min < max);
    QCOMPARE((-max).units(), -Max);
    QCOMPARE((max - max).units(), Q_INT64_C(0));
    QCOMPARE(Money().units(), Q_INT64_C(0));
    QCOMPARE(Money().toString2(), QStringLiteral("0.00"));
}

void TestMoney::sumsAreExact()
{
    // 0.1 yuan ten times is exactly one yuan; 0.0001 a hundred thousand
    // times is exactly ten (doubles would drift).
    Money sum;
    for (int i = 0; i < 10; ++i)
        sum += *Money::fromYuanDouble(0.1);
    QCOMPARE(sum, *Money::fromYuanDouble(1.0));
    QCOMPARE(sum.toString4(), QStringLiteral("1.0000"));

    Money small;
    for (int i = 0; i < 100000; ++i)
        small += *Money::fromDecimalString(u"0.0001");
    QCOMPARE(small.units(), Q_INT64_C(100000));
    QCOMPARE(small.toString2(), QStringLiteral("10.00"));

    // Rounding happens once, on the total: 3 × 0.0040 = 0.0120 → "0.01",
    // while rounding each term first would give 0.00.
    const Money part = Money::fromUnits(40);
    QCOMPARE(part.toString2(), QStringLiteral("0.00"));
    QCOMPARE((part + part + part).toString2(), QStringLiteral("0.01"));

    const Money a = *Money::fromDecimalString(u"12345678.9012");
    const Money b = *Money::fromDecimalString(u"-12345678.9011");
    QCOMPARE((a + b).units(), Q_INT64_C(1));
    QCOMPARE((a - a), Money());
    QVERIFY(a != b);
    QVERIFY(a > b);
}

void TestMoney::roundTrip()
{
    // toString4 is exact: parsing it gives the same amount back.
    const qint64 samples[] = {0, 1, -1, 9999, -9999, 10000, 123456789, -987654321012, Max};
    for (const qint64 units : samples) {
        const Money m = Money::fromUnits(units);
        const std::optional<Money> back = Money::fromDecimalString(m.toString4());
        QVERIFY2(back.has_value(), qPrintable(m.toString4()));
        QCOMPARE(back->units(), units);
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
