// PricingEngine's refusals (SPEC §3, §4): each error with its service code,
// category and message, in the order the service checks them (so that a
// request wrong in two ways gets the service's answer), and the
// resource-name rule of §4.2. A refused `resources` switch is also run
// through ReferencePricing, which must refuse it with the same code.

#include "pricinginputs.h"
#include "referencepricing.h"
#include "testtime.h"

#include <QtTest>

Q_DECLARE_METATYPE(BackendError::Category)

using namespace PricingInputs;
using TestTime::utc;

class TstPricingErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteError_data();
    void quoteError();
    void resourceNames_data();
    void resourceNames();
};

// --- The engine: errors, and the order of the checks -------------------------
void TstPricingErrors::quoteError_data()
{
    QTest::addColumn<PricingInput>("in");
    QTest::addColumn<BackendError::Category>("category");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    using C = BackendError::Category;
    const QString planInvalid = QStringLiteral("invalid parameters: plan type is invalid: ");
    const QString lengthMsg = QStringLiteral("invalid parameters: invalid df res name length");
    const auto nov = [](qint64 consuming) {
        return charge(3, "2026-11-10T08:00:00Z", "2026-12-10T08:00:00Z", consuming);
    };
    const auto dec = [](qint64 consuming) {
        return charge(4, "2026-12-10T08:00:00Z", "2027-01-10T08:00:00Z", consuming);
    };
    const auto vol = [](const QString &name) {
        return input("2026-11-24T23:10:12Z", plan("p-vol", "volume", 3.5), std::nullopt, name);
    };
    const auto bsi = [](const QString &name) {
        return input("2026-11-24T23:10:12Z", plan("p-bsi", "bsi", 8.88), std::nullopt, name);
    };

    PricingInput unknown = input("2026-11-24T23:10:12Z", std::nullopt);
    QTest::newRow("unknown plan") << unknown << C::InvalidInput << 3307 << planInvalid;
    QTest::newRow("inactive plan version")
        << input("2026-11-24T23:10:12Z", plan("p-big", "resources", 12.3, false)) << C::InvalidInput
        << 3307 << planInvalid;
    QTest::newRow("invalid plan type (with the type, lower-cased)")
        << input("2026-11-24T23:10:12Z", plan("p-x", "Compute", 1.0)) << C::InvalidInput << 3307
        << planInvalid + QStringLiteral("compute");

    PricingInput blankRegion = unknown;
    blankRegion.region.clear();
    QTest::newRow("blank region (before the plan)")
        << blankRegion << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: region can't be blank");
    PricingInput blankPlanId = unknown;
    blankPlanId.planId.clear();
    QTest::newRow("blank plan_id (before the plan)")
        << blankPlanId << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: plan_id can't be blank");
    PricingInput unknownBadName = unknown;
    unknownBadName.resourceName = QStringLiteral("Bad_Name");
    QTest::newRow("unknown plan is checked before the resource name")
        << unknownBadName << C::InvalidInput << 3307 << planInvalid;

    // quote-bad-resname.http
    QTest::newRow("resources with a name (fixture)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), std::nullopt, "Bad_Name")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: Bad_Name");
    // quote-volume-new.http shape (a resources plan with a good volume name).
    QTest::newRow("resources with a legal name")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), std::nullopt, "newdisk")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: newdisk");
    QTest::newRow("resource name is checked before 'Plan not changed'")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)), "x")
        << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: resource_name should be blank: x");

    QTest::newRow("volume, 31 chars: too long")
        << vol("abcdefghijklmnopqrstuvwxyz01234") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("volume, uppercase")
        << vol("MyDisk") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: MyDisk is not a legal df res name");
    QTest::newRow("volume, leading '-'")
        << vol("-disk") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: -disk is not a legal df res name");
    QTest::newRow("volume, leading '-', 3 chars: length message")
        << vol("-ab") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("volume, underscore")
        << vol("Bad_Name") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: Bad_Name is not a legal df res name");
    QTest::newRow("volume, dot") << vol("disk.one") << C::InvalidInput << 3307
                                 << QStringLiteral(
                                        "invalid parameters: disk.one is not a legal df res name");
    QTest::newRow("bsi, 31 chars: too long")
        << bsi("redis-redis-redis-redis-redis-1") << C::InvalidInput << 3307 << lengthMsg;
    QTest::newRow("bsi, uppercase")
        << bsi("Redis") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: Redis is not a legal df res name");
    QTest::newRow("bsi, trailing '-'")
        << bsi("redis-") << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: redis- is not a legal df res name");
    QTest::newRow("bsi, 2 chars but illegal: length message")
        << bsi("R1") << C::InvalidInput << 3307 << lengthMsg;
    // Go's len() counts bytes: 2 characters, 6 bytes -> "not a legal" message.
    QTest::newRow("bsi, non-ASCII (6 bytes)")
        << bsi(QStringLiteral("\u78c1\u76d8")) << C::InvalidInput << 3307
        << QStringLiteral("invalid parameters: \u78c1\u76d8 is not a legal df res name");

    // quote-plan-not-changed.http
    QTest::newRow("same plan again")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)))
        << C::Conflict << 3308 << QStringLiteral("failed to create order (Plan not changed)");
    QTest::newRow("same plan again, even after the deadline")
        << input("2026-12-20T00:00:00Z", resourcesPlan(12.3, "p-small"),
                 resourcesOrder(nov(100000)))
        << C::Conflict << 3308 << QStringLiteral("failed to create order (Plan not changed)");

    // quote-switch-too-much.http: 15/30 * 30 = 15.00 > 12.30.
    QTest::newRow("downgrade (fixture quote-switch-too-much)")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nov(300000)))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending)");
    // 15/30 * 30.04: money 30.039999f, prod 15.0199995f -> 15.0099993f
    // (exact 15.02) > 15.00: refused by one cent.
    QTest::newRow("downgrade by one cent")
        << input("2026-11-24T23:10:12Z", resourcesPlan(15.0), resourcesOrder(nov(300400)))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending)");
    // rem(L') 5 + L.money 30 = 35 > 30.
    QTest::newRow("downgrade, renewed in advance: (last last)")
        << input("2026-12-05T03:00:00Z", resourcesPlan(30.0),
                 resourcesOrder(dec(300000), nov(300000), 4))
        << C::Conflict << 3313
        << QStringLiteral("failed to renew order (old order (local-resources) has too much "
                          "remaining spending (last last))");
    QTest::newRow("last charge missing")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(std::nullopt))
        << C::Server << 3313
        << QStringLiteral("failed to renew order (Failed to switch plan: last payment not found)");

    ReplaceableOrder nullLastId = resourcesOrder(nov(100000));
    nullLastId.order.lastConsumeId.reset();
    QTest::newRow("LAST_CONSUME_ID NULL (checked before 'Plan not changed')")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3, "p-small"), nullLastId) << C::Server
        << 3311
        << QStringLiteral("failed to get order (LAST_CONSUME_ID of order local-resources is NULL)");
    PricedCharge nullTime = nov(100000);
    nullTime.deadline = QDateTime();
    QTest::newRow("last charge with a NULL deadline")
        << input("2026-11-24T23:10:12Z", resourcesPlan(12.3), resourcesOrder(nullTime)) << C::Server
        << 3313
        << QStringLiteral("failed to renew order (Failed to switch plan: charge 3 of order "
                          "local-resources has an unknown (NULL) time)");
    // A last charge shorter than half a day: remDays 0, allDays floor(0.5 +
    // 0.04) = 0 -> ratio 0/0 = NaN -> remaining NaN, not > p -> due NaN: the
    // service would answer "NaN".
    QTest::newRow("charge shorter than half a day: NaN")
        << input("2026-11-10T08:00:00Z", resourcesPlan(12.3),
                 resourcesOrder(charge(3, "2026-11-10T08:00:00Z", "2026-11-10T09:00:00Z", 100000)))
        << C::Server << 0
        << QStringLiteral("The service's price for this order is not a number (it would answer "
                          "\"NaN\"): a charge of the current order covers less than half a day.");
    QTest::newRow("no time given") << [] {
        PricingInput in = input("2026-11-24T23:10:12Z", resourcesPlan(12.3));
        in.now = QDateTime();
        return in;
    }() << C::InvalidInput << 0 << QStringLiteral("No time given to price the order at.");

    // The real service dies on this request; the message is checked by
    // content below (an empty `message` skips the exact comparison).
    QTest::newRow("renewed in advance, charge before the last missing: the service dies")
        << input("2026-12-05T03:00:00Z", resourcesPlan(40.0),
                 resourcesOrder(dec(300000), std::nullopt, 4))
        << C::Server << 0 << QString();
}

void TstPricingErrors::quoteError()
{
    QFETCH(PricingInput, in);
    QFETCH(BackendError::Category, category);
    QFETCH(int, code);
    QFETCH(QString, message);

    const Result<Quote> r = PricingEngine::quote(in);
    if (r)
        QFAIL(qPrintable(QStringLiteral("unexpected quote %1").arg(r.value().dueText)));
    if (!message.isEmpty())
        QCOMPARE(r.error().message(), message);
    QCOMPARE(r.error().serviceCode(), code);
    QCOMPARE(int(r.error().category()), int(category));
    if (message.isEmpty()) {
        const QString died = r.error().message();
        QVERIFY(died.contains(QLatin1String("renewed in advance")));
        QVERIFY(died.contains(QLatin1String("CONSUME_ID 3")));
        QVERIFY(died.contains(QLatin1String("dies")));
    }
    // Never "improved" into a price by the independent implementation either.
    const bool refKnows =
        !(in.current && (!in.current->order.lastConsumeId ||
                         (in.current->last && !in.current->last->deadline.isValid()))) &&
        in.now.isValid() && !message.contains(QLatin1String("not a number"));
    if (refKnows && in.plan && in.plan->active && in.plan->type == PlanType::Resources &&
        in.resourceName.isEmpty() && !in.region.isEmpty() && !in.planId.isEmpty() &&
        !(in.current && in.current->order.planId == in.planId)) {
        const ReferencePricing::Outcome ref =
            ReferencePricing::quote(in.plan->price, in.current, in.now);
        QVERIFY(!ref.ok);
        QCOMPARE(ref.code, code);
    }
}

void TstPricingErrors::resourceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("legal");
    QTest::newRow("1 char") << "a" << true;
    QTest::newRow("2 chars") << "ab" << true;
    QTest::newRow("digits") << "0123" << true;
    QTest::newRow("inner dashes") << "a--b" << true;
    QTest::newRow("30 chars") << "abcdefghijklmnopqrstuvwxyz0123" << true;
    QTest::newRow("31 chars") << "abcdefghijklmnopqrstuvwxyz01234" << false;
    QTest::newRow("blank") << "" << false;
    QTest::newRow("uppercase") << "Disk" << false;
    QTest::newRow("leading -") << "-disk" << false;
    QTest::newRow("trailing -") << "disk-" << false;
    QTest::newRow("underscore") << "my_disk" << false;
    QTest::newRow("dot") << "my.disk" << false;
    QTest::newRow("space") << "my disk" << false;
    QTest::newRow("newline at end") << "disk\n" << false;
}

void TstPricingErrors::resourceNames()
{
    QFETCH(QString, name);
    QFETCH(bool, legal);
    QCOMPARE(PricingEngine::isLegalResourceName(name), legal);
}

QTEST_GUILESS_MAIN(TstPricingErrors)

#include "tst_pricingerrors.moc"
