// PricingEngine against ReferencePricing (a second implementation of SPEC
// §4.4 written from the spec) over many random switches: every branch
// (priced, refused, expired, renewed in advance), prices and charges of every
// size. The reference's formatter is first checked against values worked out
// by hand.

#include "core/billingcalendar.h"
#include "pricinginputs.h"
#include "referencepricing.h"
#include "testtime.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace PricingInputs;
using TestTime::utc;

class TstPricingRandom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceSelfCheck();
    void randomAgainstReference();
};

// The reference formatter against hand-checked values, so that the random
// comparison below compares with something trustworthy.
void TstPricingRandom::referenceSelfCheck()
{
    QCOMPARE(ReferencePricing::format2(7.30000019f), QStringLiteral("7.30"));
    QCOMPARE(ReferencePricing::format2(4.625f), QStringLiteral("4.62"));
    QCOMPARE(ReferencePricing::format2(4.875f), QStringLiteral("4.88"));
    // 0.005f is 0.004999999888241291..., just below the half cent.
    QCOMPARE(ReferencePricing::format2(0.005f), QStringLiteral("0.00"));
    // 2.675f is 2.6749999523162842.
    QCOMPARE(ReferencePricing::format2(2.675f), QStringLiteral("2.67"));
    QCOMPARE(ReferencePricing::format2(16777216.0f), QStringLiteral("16777216.00"));
    QCOMPARE(ReferencePricing::format2(0.0f), QStringLiteral("0.00"));
    // 0.01f * 419 = 4.19000006f.
    QCOMPARE(ReferencePricing::format2(0.01f * 419.0f), QStringLiteral("4.19"));
}

// Many random switches: the engine's answer equals the independent
// implementation of SPEC §4.4 above.
// Many random switches: the engine's answer equals the independent
// implementation of SPEC §4.4 above.
void TstPricingRandom::randomAgainstReference()
{
    QRandomGenerator rng(20261124);
    const QTimeZone zone = BillingCalendar::defaultServiceZone();
    int priced = 0, tooMuch = 0, expired = 0, inAdvance = 0;
    const int rounds = 60000;
    for (int i = 0; i < rounds; ++i) {
        // A period of the deadline rule starting at a random whole second.
        const QDateTime start =
            utc("2025-01-01T00:00:00Z").addSecs(qint64(rng.bounded(3 * 365 * 86400)));
        const QDateTime periodEnd = BillingCalendar::nextDeadline(start, start, zone);
        const QDateTime nextEnd = BillingCalendar::nextDeadline(start, periodEnd, zone);
        qint64 consuming;
        switch (rng.bounded(4)) {
        case 0:
            consuming = qint64(rng.bounded(1, 50000)) * 100;
            break; // x.yz up to 500
        case 1:
            consuming = qint64(rng.bounded(1, 2000)) * 10000;
            break; // whole yuan
        case 2:
            consuming = rng.bounded(1, 5000000);
            break; // any 1/10000
        default:
            consuming = qint64(rng.bounded(1, 400000000));
            break; // > 2^24 units
        }
        const double price = double(rng.bounded(1, 300000)) / 100.0; // x.yz up to 3000
        const bool advance = rng.bounded(5) == 0;
        ReplaceableOrder cur;
        QDateTime t;
        if (advance) {
            // L = next period (charged at the old deadline), L' = this one; t
            // in the last 7 days 8 h before L.time.
            cur = resourcesOrder(
                PricedCharge{4, periodEnd, nextEnd, consuming, 11},
                PricedCharge{3, start, periodEnd, qint64(rng.bounded(1, 50000)) * 100, 11}, 4);
            t = periodEnd.addMSecs(-qint64(rng.bounded(1, (7 * 24 + 8) * 3600 * 1000)));
        } else {
            cur = resourcesOrder(PricedCharge{3, start, periodEnd, consuming, 11});
            // From the charge time to 2 days past the deadline, with ms.
            const qint64 span = start.msecsTo(periodEnd) + 2LL * 86400 * 1000;
            t = start.addMSecs(qint64(rng.generate64() % quint64(span)));
        }
        PricingInput in;
        in.ns = QStringLiteral("local");
        in.region = QStringLiteral("cn-north-1");
        in.planId = QStringLiteral("p-big");
        in.plan = resourcesPlan(price);
        in.current = cur;
        in.now = t;
        in.serviceZone = zone;

        const Result<Quote> r = PricingEngine::quote(in);
        const ReferencePricing::Outcome ref = ReferencePricing::quote(price, cur, t);
        if (ref.ok) {
            if (!r)
                QFAIL(qPrintable(QStringLiteral("round %1: engine error %2 (%3), reference %4")
                                     .arg(i)
                                     .arg(r.error().serviceCode())
                                     .arg(r.error().message(), ref.dueText)));
            if (r.value().dueText != ref.dueText)
                QFAIL(qPrintable(
                    QStringLiteral("round %1: price %2 consuming %3 t %4: engine %5, "
                                   "reference %6")
                        .arg(i)
                        .arg(price)
                        .arg(consuming)
                        .arg(t.toString(Qt::ISODateWithMs), r.value().dueText, ref.dueText)));
            QCOMPARE(r.value().due, Money::fromDecimalString(ref.dueText).value());
            ++priced;
            if (t > cur.last->deadline)
                ++expired;
            if (advance)
                ++inAdvance;
        } else {
            QVERIFY2(!r, qPrintable(QStringLiteral("round %1: engine priced %2, reference code %3")
                                        .arg(i)
                                        .arg(r ? r.value().dueText : QString())
                                        .arg(ref.code)));
            QCOMPARE(r.error().serviceCode(), ref.code);
            ++tooMuch;
        }
    }
    qInfo("random: %d priced (%d after the deadline, %d renewed in advance), %d too much", priced,
          expired, inAdvance, tooMuch);
    // The sample covers every branch.
    QVERIFY(priced > rounds / 4);
    QVERIFY(tooMuch > rounds / 20);
    QVERIFY(expired > 100);
    QVERIFY(inAdvance > 100);
}

QTEST_GUILESS_MAIN(TstPricingRandom)

#include "tst_pricingrandom.moc"
