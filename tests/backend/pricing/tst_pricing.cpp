// PricingEngine, the local dry-run price (SPEC §4), priced: quotes worked out
// by hand in the test data (the float32 steps are in tst_floatpricing), the
// new period's end and the duplicate-name warning. Each priced `resources`
// row is also run through ReferencePricing, a second implementation of SPEC
// §4.4. Refusals: tst_pricingerrors; more rows, from an independent oracle
// script: tst_pricingreference.

#include "pricinginputs.h"
#include "referencepricing.h"
#include "testtime.h"

#include <QtTest>

using namespace PricingInputs;
using TestTime::utc;

class TstPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteOk_data();
    void quoteOk();
    void periodEnd_data();
    void periodEnd();
    void duplicateWarning();
};

// --- The engine: quotes -----------------------------------------------------
void TstPricing::quoteOk_data()
{
    QTest::addColumn<PricingInput>("in");
    QTest::addColumn<QString>("planPrice"); // toString4
    QTest::addColumn<QString>("credit");    // toString4
    QTest::addColumn<QString>("dueText");
    QTest::addColumn<bool>("replaces");
    QTest::addColumn<int>("warnings");

    const auto nov = [](qint64 consuming) {
        return charge(3, "2026-11-10T08:00:00Z", "2026-12-10T08:00:00Z", consuming);
    };

    QTest::newRow("first order (no current order)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3)) << "12.3000"
        << "0.0000"
        << "12.30" << false << 0;

    // quote-switch.http: CONSUMING 100000, 10 Nov - 10 Dec, now 24 Nov
    // 23:10:12Z: 15/30 * 10.00 = 5.00; 12.30 - 5.00 = "7.30".
    QTest::newRow("fixture quote-switch: switch mid-cycle")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nov(100000)))
        << "12.3000"
        << "5.0000"
        << "7.30" << true << 0;

    // 14/30 * 9.00: float 4.19 (exact 4.20) -> "8.11" (exact 8.10).
    QTest::newRow("switch mid-cycle, 30 d, float cent")
        << input("2026-11-26T03:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(90000)))
        << "12.3000"
        << "4.1900"
        << "8.11" << true << 0;

    // 15/28 * 119.00: float 63.74 (exact 63.75) -> "135.26" (exact 135.25).
    QTest::newRow("28-day cycle, float cent")
        << input("2027-02-23T03:00:00Z", resourcesPlan(199.0),
                 resourcesOrder(charge(3, "2027-02-10T08:00:00Z", "2027-03-10T08:00:00Z", 1190000)))
        << "199.0000"
        << "63.7400"
        << "135.26" << true << 0;

    // 15/29 * 29.00: float 14.99 (exact 15.00) -> "24.91" (exact 24.90).
    QTest::newRow("29-day cycle, float cent")
        << input("2028-02-24T03:00:00Z", resourcesPlan(39.9),
                 resourcesOrder(charge(3, "2028-02-10T08:00:00Z", "2028-03-10T08:00:00Z", 290000)))
        << "39.9000"
        << "14.9900"
        << "24.91" << true << 0;

    // 10/31 * 21.70: float 6.99 (exact 7.00) -> "23.01" (exact 23.00).
    QTest::newRow("31-day cycle, float cent")
        << input("2026-12-31T03:00:00Z", resourcesPlan(30.0),
                 resourcesOrder(charge(3, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", 217000)))
        << "30.0000"
        << "6.9900"
        << "23.01" << true << 0;

    // 14/28 * 28 = 14 -> 30 - 14 = 16.
    QTest::newRow("28-day cycle") << input("2027-02-24T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2027-02-10T08:00:00Z",
                                                                 "2027-03-10T08:00:00Z", 280000)))
                                  << "30.0000"
                                  << "14.0000"
                                  << "16.00" << true << 0;
    // 19/29 * 29 = 19 -> 11.
    QTest::newRow("29-day cycle") << input("2028-02-20T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2028-02-10T08:00:00Z",
                                                                 "2028-03-10T08:00:00Z", 290000)))
                                  << "30.0000"
                                  << "19.0000"
                                  << "11.00" << true << 0;
    // 15/30 * 30 = 15 -> 15 - 15 = 0: remaining equal to the price is allowed.
    QTest::newRow("30-day cycle, remaining equals the price")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300000)))
        << "15.0000"
        << "15.0000"
        << "0.00" << true << 0;
    // 15/30 * 30.02: money 0.0001f * 300200 = 30.0199986f; prod 15.0099993f;
    // floor(1500.99993) = 1500 -> 15.00, not above 15.00 -> "0.00". Exact
    // arithmetic gives 15.01 > 15.00 and would refuse (3313).
    QTest::newRow("float prices 0.00 where exact would refuse (3313)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300200)))
        << "15.0000"
        << "15.0000"
        << "0.00" << true << 0;
    // 16/31 * 31 = 16 -> 14.
    QTest::newRow("31-day cycle") << input("2026-12-25T03:00:00Z", resourcesPlan(30.0),
                                           resourcesOrder(charge(3, "2026-12-10T08:00:00Z",
                                                                 "2027-01-10T08:00:00Z", 310000)))
                                  << "30.0000"
                                  << "16.0000"
                                  << "14.00" << true << 0;

    // 5 h before the deadline: floor(0.21) = 0 days left -> credit 0, due p.
    QTest::newRow("on the deadline day")
        << input("2026-12-10T03:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // t == L.deadline is not "after": 0 days left -> 0.
    QTest::newRow("exactly at the deadline")
        << input("2026-12-10T08:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // After L.deadline: remaining 0, due = p, and the old order is still ended.
    QTest::newRow("after the deadline (still replaces, credit 0)")
        << input("2026-12-10T08:00:01Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    QTest::newRow("a week after the deadline (renewal failing)")
        << input("2026-12-16T12:00:00Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << "12.3000"
        << "0.0000"
        << "12.30" << true << 0;
    // t == L.time: 30/30 * 30 = 30; 45.6 - 30 = 15.60.
    QTest::newRow("at the charge time (whole period left)")
        << input("2026-11-10T08:00:00Z", resourcesPlan(45.6), resourcesOrder(nov(300000)))
        << "45.6000"
        << "30.0000"
        << "15.60" << true << 0;

    // Renewed in advance: L = 10 Dec - 10 Jan (charged at the old deadline, in
    // the future), L' = 10 Nov - 10 Dec. t = 5 Dec 03:00Z < L.time.
    // rem(L') = floor(5.2 d) = 5; 5/30 = 0.166666672f; * 30 = 5 -> 5.00;
    // remaining = 5 + L.money 30 = 35; 40 - 35 = "5.00".
    const auto dec = [](qint64 consuming) {
        return charge(4, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", consuming);
    };
    QTest::newRow("renewed in advance: rem(L') + L.money")
        << input("2026-12-05T03:00:00Z", resourcesPlan(40.0),
                 resourcesOrder(dec(300000), nov(300000), 4))
        << "40.0000"
        << "35.0000"
        << "5.00" << true << 0;
    // A charge of 10.005 (CONSUMING 100050 -> 10.0050001f): remaining =
    // 5 + 10.0050001f = 15.0050001f; 20 - 15.0050001f = 4.99499989f -> "4.99";
    // exact 20 - 15.005 = 4.995 would print "5.00" (ties-to-even or half-up).
    QTest::newRow("renewed in advance: remaining on a half cent (float 4.99, exact 5.00)")
        << input("2026-12-05T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(100050), nov(300000), 4))
        << "20.0000"
        << "15.0050"
        << "4.99" << true << 0;
    // t = 10 Dec 03:00Z: rem(L') = 0 days -> 0; L.money = 0.0001f * 153750 =
    // 15.375 exactly; 20 - 15.375 = 4.625 exactly, a tie: "%.2f" rounds half
    // to even -> "4.62" (half-up would say 4.63).
    QTest::newRow("renewed in advance: due exactly on a half cent -> even")
        << input("2026-12-10T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(153750), nov(300000), 4))
        << "20.0000"
        << "15.3750"
        << "4.62" << true << 0;
    // Same, 15.125 -> 4.875 -> "4.88" (8 is even).
    QTest::newRow("renewed in advance: half cent, rounds up to even")
        << input("2026-12-10T03:00:00Z", resourcesPlan(20.0),
                 resourcesOrder(dec(151250), nov(300000), 4))
        << "20.0000"
        << "15.1250"
        << "4.88" << true << 0;

    // 123456789 -> 12345.6787f; 20/30 -> 8230.4502f; 20000 - that.
    QTest::newRow("large old charge (float32 loses digits)")
        << input("2026-11-20T03:00:00Z", resourcesPlan(20000.0), resourcesOrder(nov(123456789)))
        << "20000.0000"
        << "8230.4502"
        << "11769.55" << true << 0;

    // Plan types are compared case-insensitively.
    QTest::newRow("plan type 'Resources' (stored capitalised)")
        << input("2026-11-24T23:10:12Z", plan("p-big", "Resources", 12.3),
                 resourcesOrder(nov(100000)))
        << "12.3000"
        << "5.0000"
        << "7.30" << true << 0;

    // volume and bsi are never switched: price p, nothing replaced, even if
    // a resources order is passed in.
    QTest::newRow("volume: new order, current ignored")
        << input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), resourcesOrder(nov(100000)),
                 "data-1")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume 'VOLUME', blank name passes")
        << input("2026-11-24T23:10:12Z", plan("p-vol", "VOLUME", 3.5)) << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume, 2-char name")
        << input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), std::nullopt, "ab")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("volume, 30-char name")
        << input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), std::nullopt,
                 "abcdefghijklmnopqrstuvwxyz0123")
        << "3.5000"
        << "0.0000"
        << "3.50" << false << 0;
    QTest::newRow("bsi, blank name passes")
        << input("2026-11-24T23:10:12Z", plan("p-bsi", "bsi", 8.88)) << "8.8800"
        << "0.0000"
        << "8.88" << false << 0;
    QTest::newRow("bsi, 1-char name")
        << input("2026-11-24T23:10:12Z", plan("p-bsi", "Bsi", 8.88), std::nullopt, "r") << "8.8800"
        << "0.0000"
        << "8.88" << false << 0;

    PricingInput dupVolume =
        input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), std::nullopt, "data-1");
    dupVolume.liveResourceNames = QStringList{QStringLiteral("other"), QStringLiteral("data-1")};
    QTest::newRow("volume, duplicated name: warning, same price") << dupVolume << "3.5000"
                                                                  << "0.0000"
                                                                  << "3.50" << false << 1;
    PricingInput dupBsi =
        input("2026-11-24T23:10:12Z", plan("p-bsi", "bsi", 8.88), std::nullopt, "redis-1");
    dupBsi.liveResourceNames = QStringList{QStringLiteral("redis-1")};
    QTest::newRow("bsi, duplicated name: warning, same price") << dupBsi << "8.8800"
                                                               << "0.0000"
                                                               << "8.88" << false << 1;
    PricingInput noDup = dupBsi;
    noDup.resourceName = QStringLiteral("redis-2");
    QTest::newRow("bsi, other name: no warning") << noDup << "8.8800"
                                                 << "0.0000"
                                                 << "8.88" << false << 0;
}

void TstPricing::quoteOk()
{
    QFETCH(PricingInput, in);
    QFETCH(QString, planPrice);
    QFETCH(QString, credit);
    QFETCH(QString, dueText);
    QFETCH(bool, replaces);
    QFETCH(int, warnings);

    const Result<Quote> r = PricingEngine::quote(in);
    if (!r)
        QFAIL(qPrintable(QStringLiteral("unexpected error %1: %2")
                             .arg(r.error().serviceCode())
                             .arg(r.error().message())));
    const Quote &q = r.value();
    QCOMPARE(q.planPrice.toString4(), planPrice);
    QCOMPARE(q.credit.toString4(), credit);
    QCOMPARE(q.dueText, dueText);
    QCOMPARE(q.due.toString2(), dueText);
    QCOMPARE(q.replaces.has_value(), replaces);
    if (replaces) {
        QCOMPARE(q.replaces->orderId, in.current->order.orderId);
        QCOMPARE(q.replaces->id, in.current->order.id);
    }
    QCOMPARE(q.warnings.size(), warnings);
    // The new period's end: periodEnd() here, and every row of
    // tst_pricingreference (worked out independently).

    // The service's own result, independently: same string.
    if (in.plan->type == PlanType::Resources) {
        const ReferencePricing::Outcome ref =
            ReferencePricing::quote(in.plan->price, in.current, in.now);
        QVERIFY(ref.ok);
        QCOMPARE(ref.dueText, dueText);
    }
}

// --- The new period end (SPEC §4.5) -----------------------------------------
void TstPricing::periodEnd_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");
    // 24 Nov 23:10:12Z = 25 Nov 07:10:12 in Shanghai -> 25 Dec 07:10:12 there.
    QTest::newRow("fixture time, Shanghai")
        << utc("2026-11-24T23:10:12Z") << QByteArray("Asia/Shanghai")
        << utc("2026-12-24T23:10:12Z");
    // 30 Dec 20:00Z = 31 Dec 04:00 Shanghai -> 31 Jan 04:00 = 30 Jan 20:00Z.
    QTest::newRow("31st in Shanghai") << utc("2025-12-30T20:00:00Z") << QByteArray("Asia/Shanghai")
                                      << utc("2026-01-30T20:00:00Z");
    // 31 Jan 04:00 Shanghai -> clamped to 28 Feb 04:00 = 27 Feb 20:00Z.
    QTest::newRow("clamped to February")
        << utc("2026-01-30T20:00:00Z") << QByteArray("Asia/Shanghai")
        << utc("2026-02-27T20:00:00Z");
    QTest::newRow("UTC zone") << utc("2025-12-30T20:00:00Z") << QByteArray("UTC")
                              << utc("2026-01-30T20:00:00Z");
}

void TstPricing::periodEnd()
{
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    PricingInput in = input("2026-01-01T00:00:00Z", resourcesPlan(12.3));
    in.now = now;
    in.serviceZone = QTimeZone(zone);
    const Result<Quote> r = PricingEngine::quote(in);
    QVERIFY(r);
    QCOMPARE(r.value().periodEnd, expected);
}

void TstPricing::duplicateWarning()
{
    PricingInput in =
        input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), std::nullopt, "data-1");
    in.liveResourceNames = QStringList{QStringLiteral("data-1")};
    const Result<Quote> r = PricingEngine::quote(in);
    QVERIFY(r);
    QCOMPARE(r.value().warnings.size(), 1);
    const QString w = r.value().warnings.first();
    QVERIFY2(w.startsWith(QLatin1String("Warning (not checked by the service's dry run): a volume "
                                        "named data-1 already exists in namespace local")),
             qPrintable(w));

    // No name, no warning; a name of another type's order is not passed in.
    in.resourceName.clear();
    QVERIFY(PricingEngine::quote(in).value().warnings.isEmpty());

    PricingInput b =
        input("2026-11-24T23:10:12Z", plan("p-bsi", "bsi", 8.88), std::nullopt, "redis-1");
    b.liveResourceNames = QStringList{QStringLiteral("redis-1")};
    const QString wb = PricingEngine::quote(b).value().warnings.value(0);
    QVERIFY2(wb.contains(QLatin1String("a BSI named redis-1 already exists in namespace local")),
             qPrintable(wb));
}

// What a real order writes (SPEC §4.6), for the fake service and demo data.
QTEST_GUILESS_MAIN(TstPricing)

#include "tst_pricing.moc"
