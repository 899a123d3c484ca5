#include "core/billingcalendar.h"
#include "demo/demodatagenerator.h"
#include "pricing/floatpricing.h"
#include "testtime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using TestTime::utc;

namespace {

const QDate Until(2025, 6, 1);

DemoOptions options(quint64 seed = 1)
{
    DemoOptions o;
    o.seed = seed;
    o.until = Until;
    return o;
}

struct Charge
{
    int consumeId = 0;
    qint64 consuming = 0;
    QString time;
    QString deadline;
    qint64 planHistoryId = 0;
    int extra = 0;
};

struct Order
{
    qint64 id = 0;
    QString orderId, ns, region, planId, planType, start, end, deadline, resourceName, creator;
    int last = 0, everPayed = 0, retries = 0, status = 0;
    QList<Charge> charges; // by CONSUME_ID
};

struct PlanVersion
{
    QString planId;
    int regionId = 0;
    double price = 0;
    QString created;
    QString status;
};

} // namespace

class TestDemoDataGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_connections = 0;

    QSqlDatabase openSqlite(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("demo%1").arg(++m_connections));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        return db;
    }

    QString generate(const DemoOptions &o, const QString &name, DemoStats *stats = nullptr)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QSqlDatabase db = openSqlite(path);
        Result<DemoStats> r = DemoDataGenerator(o).writeTo(db);
        if (!r.ok())
            qWarning() << r.error().message() << r.error().details();
        if (stats && r.ok())
            *stats = r.value();
        db.close();
        return r.ok() ? path : QString();
    }

    static QByteArray fingerprint(QSqlDatabase db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QStringList queries = {
            QStringLiteral("SELECT * FROM DF_PLAN_REGION ORDER BY ID"),
            QStringLiteral("SELECT * FROM DF_PLAN ORDER BY ID"),
            QStringLiteral("SELECT * FROM DF_PURCHASE_ORDER ORDER BY ID"),
            QStringLiteral("SELECT * FROM DF_CONSUMING_HISTORY ORDER BY ID, CONSUME_ID"),
        };
        for (const QString &sql : queries) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData(q.value(i).toString().toUtf8() + '\x1f');
                hash.addData("\n");
            }
        }
        return hash.result().toHex();
    }

    static qint64 scalar(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    static QList<Order> loadOrders(QSqlDatabase db)
    {
        QList<Order> orders;
        QHash<qint64, int> index;
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, END_TIME, "
            "DEADLINE_TIME, RESOURCE_NAME, CREATOR, LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, "
            "STATUS FROM DF_PURCHASE_ORDER ORDER BY ID"));
        while (q.next()) {
            Order o;
            o.id = q.value(0).toLongLong();
            o.orderId = q.value(1).toString();
            o.ns = q.value(2).toString();
            o.region = q.value(3).toString();
            o.planId = q.value(4).toString();
            o.planType = q.value(5).toString();
            o.start = q.value(6).toString();
            o.end = q.value(7).toString();
            o.deadline = q.value(8).toString();
            o.resourceName = q.value(9).toString();
            o.creator = q.value(10).toString();
            o.last = q.value(11).toInt();
            o.everPayed = q.value(12).toInt();
            o.retries = q.value(13).toInt();
            o.status = q.value(14).toInt();
            index.insert(o.id, orders.size());
            orders.append(o);
        }
        q.exec(QStringLiteral("SELECT ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, "
                              "PLAN_HISTORY_ID, EXTRA_INFO, "
                              "ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID FROM DF_CONSUMING_HISTORY "
                              "ORDER BY ID, CONSUME_ID"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!index.contains(id))
                qFatal("charge of unknown order %lld", id);
            Order &o = orders[index.value(id)];
            if (q.value(7).toString() != o.orderId || q.value(8).toString() != o.ns ||
                q.value(9).toString() != o.region || q.value(10).toString() != o.planId)
                qFatal("charge of order %lld does not copy the order's columns", id);
            o.charges.append({q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toInt()});
        }
        return orders;
    }

    static QHash<qint64, PlanVersion> loadPlans(QSqlDatabase db)
    {
        QHash<qint64, PlanVersion> plans;
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT ID, PLAN_ID, REGION_ID, PRICE, CREATE_TIME, STATUS FROM DF_PLAN"));
        while (q.next())
            plans.insert(q.value(0).toLongLong(),
                         {q.value(1).toString(), q.value(2).toInt(), q.value(3).toDouble(),
                          q.value(4).toString(), q.value(5).toString()});
        return plans;
    }

    static FloatPricing::Charge pricingCharge(const Charge &c)
    {
        return {utc(c.time), utc(c.deadline), c.consuming};
    }

    QString m_defaultDb;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoStats stats;
        m_defaultDb = generate(options(), QStringLiteral("default.db"), &stats);
        QVERIFY(!m_defaultDb.isEmpty());
        qInfo("default options: %lld orders, %lld charges, %lld plan versions", stats.orders,
              stats.charges, stats.planVersions);
        QVERIFY2(stats.charges > 6000 && stats.charges < 15000,
                 "the default should give roughly 10k charges");
        QSqlDatabase db = openSqlite(m_defaultDb);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER")),
                 stats.orders);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY")),
                 stats.charges);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PLAN")), stats.planVersions);
    }

    void generationInstant()
    {
        QCOMPARE(DemoDataGenerator(options()).generationInstant(),
                 QDateTime(Until, QTime(0, 0), QTimeZone::utc()));
        DemoOptions o;
        QCOMPARE(DemoDataGenerator(o).generationInstant().date(),
                 QDateTime::currentDateTimeUtc().date());
    }

    void deterministic()
    {
        const QString again = generate(options(), QStringLiteral("again.db"));
        const QString other = generate(options(2), QStringLiteral("other.db"));
        QVERIFY(!again.isEmpty() && !other.isEmpty());
        const QByteArray a = fingerprint(openSqlite(m_defaultDb));
        QCOMPARE(fingerprint(openSqlite(again)), a);
        QVERIFY(fingerprint(openSqlite(other)) != a);
    }

    void noNulls()
    {
        QSqlDatabase db = openSqlite(m_defaultDb);
        const QHash<QString, QStringList> columns = {
            {QStringLiteral("DF_PURCHASE_ORDER"),
             QStringLiteral("ID ORDER_ID ACCOUNT_ID REGION PLAN_ID PLAN_TYPE START_TIME END_TIME "
                            "DEADLINE_TIME "
                            "LAST_CONSUME_ID EVER_PAYED RENEW_RETRIES STATUS CREATOR RESOURCE_NAME")
                 .split(QLatin1Char(' '))},
            {QStringLiteral("DF_CONSUMING_HISTORY"),
             QStringLiteral("ID ORDER_ID CONSUME_ID CONSUMING CONSUME_TIME DEADLINE_TIME "
                            "ACCOUNT_ID REGION PLAN_ID "
                            "PLAN_HISTORY_ID EXTRA_INFO")
                 .split(QLatin1Char(' '))},
            {QStringLiteral("DF_PLAN"),
             QStringLiteral(
                 "ID PLAN_ID PLAN_NAME PLAN_TYPE BELONG PLAN_LEVEL SPECIFICATION1 SPECIFICATION2 "
                 "DESCRIPTION PRICE CYCLE CREATE_TIME REGION_ID STATUS")
                 .split(QLatin1Char(' '))},
            {QStringLiteral("DF_PLAN_REGION"),
             QStringLiteral("ID REGION REGION_DESCRIBE IDENTIFICATION").split(QLatin1Char(' '))},
        };
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            for (const QString &column : it.value())
                QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL")
                                        .arg(it.key(), column)),
                         0);
        }
        // Times are whole-second UTC text.
        const QRegularExpression timeRe(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT START_TIME, END_TIME, DEADLINE_TIME FROM DF_PURCHASE_ORDER UNION ALL "
            "SELECT CONSUME_TIME, DEADLINE_TIME, CONSUME_TIME FROM DF_CONSUMING_HISTORY"));
        while (q.next()) {
            for (int i = 0; i < 3; ++i)
                QVERIFY2(timeRe.match(q.value(i).toString()).hasMatch(),
                         qPrintable(q.value(i).toString()));
        }
    }

    void plansAndRegions()
    {
        QSqlDatabase db = openSqlite(m_defaultDb);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PLAN_REGION WHERE "
                                           "IDENTIFICATION IN ('cn-north-1','cn-north-2')")),
                 2);
        // Exactly one active version per PLAN_ID and region; old versions exist.
        QCOMPARE(
            scalar(db, QStringLiteral(
                           "SELECT COUNT(*) FROM (SELECT PLAN_ID, REGION_ID, SUM(STATUS='A') AS A "
                           "FROM DF_PLAN GROUP BY PLAN_ID, REGION_ID HAVING A <> 1)")),
            0);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PLAN WHERE STATUS='N'")) > 0);
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_PLAN WHERE STATUS NOT IN ('A','N') OR CYCLE <> 'm'")),
            0);
        // All three types in both regions.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(DISTINCT PLAN_TYPE || REGION_ID) FROM DF_PLAN")),
                 6);
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_PLAN WHERE PLAN_TYPE='bsi' AND "
                                          "BELONG IN ('redis','mysql')")) > 0);
        // Chinese plan names; two-decimal prices.
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT PLAN_NAME, PRICE, SPECIFICATION1, PLAN_TYPE FROM DF_PLAN"));
        bool chinese = false;
        while (q.next()) {
            for (QChar ch : q.value(0).toString())
                chinese = chinese || ch.unicode() >= 0x4e00;
            const double price = q.value(1).toDouble();
            QVERIFY(price > 0);
            QCOMPARE(std::round(price * 100) / 100, price);
            if (q.value(3).toString() == QLatin1String("resources"))
                QVERIFY(q.value(2).toString().endsWith(QLatin1String(" CPU Core")));
        }
        QVERIFY(chinese);
        // Resources levels ascend with price in every region, for the active versions.
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_PLAN a JOIN DF_PLAN b ON a.REGION_ID = b.REGION_ID "
                    "AND a.PLAN_TYPE = 'resources' AND b.PLAN_TYPE = 'resources' AND a.STATUS='A' "
                    "AND b.STATUS='A' AND a.PLAN_LEVEL < b.PLAN_LEVEL AND a.PRICE >= b.PRICE")),
            0);
    }

    void ordersAndCharges()
    {
        QSqlDatabase db = openSqlite(m_defaultDb);
        const QList<Order> orders = loadOrders(db);
        const QHash<qint64, PlanVersion> plans = loadPlans(db);
        const QTimeZone zone = BillingCalendar::defaultServiceZone();
        const QDateTime now = QDateTime(Until, QTime(0, 0), QTimeZone::utc());
        const QDateTime windowStart = now.addMonths(-options().months);
        const QRegularExpression nameRe(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
        const QRegularExpression idRe(QStringLiteral("^[a-z0-9]{16}$"));
        QHash<QString, int> regionIds = {{QStringLiteral("cn-north-1"), 1},
                                         {QStringLiteral("cn-north-2"), 2}};

        int pending = 0, cancelled = 0, failEnded = 0, failing = 0, inAdvance = 0, switches = 0,
            negativeCredits = 0, expiredSwitches = 0, advanceSwitches = 0, failureEnds = 0;
        QHash<QString, QList<const Order *>> resourcesLines; // ns|region
        QHash<QString, QSet<QString>> liveNames;
        for (const Order &o : orders) {
            QCOMPARE(o.creator, o.ns);
            QVERIFY(o.status == 0 || o.status == 5 || o.status == 15);
            QVERIFY(utc(o.start) >= windowStart && utc(o.start) < now);
            if (o.planType == QLatin1String("resources")) {
                QCOMPARE(o.orderId, o.ns + QStringLiteral("-resources"));
                QCOMPARE(o.resourceName, QString());
                resourcesLines[o.ns + QLatin1Char('|') + o.region].append(&o);
            } else {
                QVERIFY2(idRe.match(o.orderId).hasMatch(), qPrintable(o.orderId));
                QVERIFY2(nameRe.match(o.resourceName).hasMatch() && o.resourceName.size() <= 30,
                         qPrintable(o.resourceName));
                if (o.status == 5) {
                    QVERIFY2(!liveNames[o.ns].contains(o.resourceName), qPrintable(o.resourceName));
                    liveNames[o.ns].insert(o.resourceName);
                }
            }
            if (o.status == 0) {
                ++pending;
                QCOMPARE(o.everPayed, 0);
                QCOMPARE(o.last, 0);
                QVERIFY(o.charges.isEmpty());
                QCOMPARE(o.end, o.start);
                continue;
            }
            QCOMPARE(o.everPayed, 1);
            QVERIFY(o.last >= 1);
            // Charges 1..LAST without gaps, plus one end row for ended orders.
            QCOMPARE(o.charges.size(), o.last + (o.status == 15 ? 1 : 0));
            for (int k = 0; k < o.charges.size(); ++k)
                QCOMPARE(o.charges[k].consumeId, k + 1);
            const Charge &lastCharge = o.charges[o.last - 1];
            QCOMPARE(o.deadline, lastCharge.deadline);
            QString previousDeadline = o.start;
            for (int k = 0; k < o.last; ++k) {
                const Charge &c = o.charges[k];
                QCOMPARE(c.time, previousDeadline);
                QCOMPARE(utc(c.deadline),
                         BillingCalendar::nextDeadline(utc(o.start), utc(previousDeadline), zone));
                previousDeadline = c.deadline;
                QVERIFY(k == 0 ? (c.extra == 0 || c.extra == 2) : c.extra == 1);
                QVERIFY(plans.contains(c.planHistoryId));
                const PlanVersion &v = plans[c.planHistoryId];
                QCOMPARE(v.planId, o.planId);
                QCOMPARE(v.regionId, regionIds.value(o.region));
                QVERIFY(v.created <= c.time);
                // The version active at the charge time: no newer version of the plan before it.
                for (auto it = plans.cbegin(); it != plans.cend(); ++it) {
                    if (it->planId == v.planId && it->regionId == v.regionId &&
                        it->created > v.created)
                        QVERIFY(it->created > c.time);
                }
                QCOMPARE(c.consuming,
                         FloatPricing::fullChargeConsuming(FloatPricing::planPrice(v.price)));
                if (utc(c.time) > now) {
                    ++inAdvance;
                    QVERIFY(utc(c.time) < now.addDays(7));
                    QCOMPARE(c.extra, 1);
                }
            }
            if (o.status == 5) {
                QCOMPARE(o.end, o.start);
                if (o.retries > 0) {
                    // Renewal failing: deadline in the last 7 days, not renewed.
                    ++failing;
                    QVERIFY(utc(o.deadline) < now && utc(o.deadline) >= now.addDays(-7));
                } else {
                    // Everything due within 7 days is renewed already.
                    QVERIFY(utc(o.deadline) >= now.addDays(7));
                }
            } else {
                const Charge &end = o.charges.last();
                QCOMPARE(end.extra, 3);
                QCOMPARE(end.consumeId, o.last + 1);
                QCOMPARE(end.time, o.end);
                QCOMPARE(end.deadline, o.deadline);
                QCOMPARE(end.planHistoryId, lastCharge.planHistoryId);
                QVERIFY(end.consuming <= 0);
                QVERIFY(utc(o.end) < now && o.end >= o.start);
                if (utc(o.end) == utc(o.deadline).addDays(7) && o.retries > 0)
                    ++failEnded;
            }
        }

        // Resources: one line per namespace and region, orders never overlap;
        // a switch ends the old order at the new one's start with the credit
        // the service computes.
        for (auto it = resourcesLines.cbegin(); it != resourcesLines.cend(); ++it) {
            const QList<const Order *> &line = it.value();
            int consuming = 0;
            for (int i = 0; i < line.size(); ++i) {
                const Order &o = *line[i];
                consuming += o.status == 5;
                if (i + 1 < line.size()) {
                    QCOMPARE(o.status, 15);
                    QVERIFY(line[i + 1]->start >= o.end);
                }
                const bool switched = i + 1 < line.size() && line[i + 1]->start == o.end;
                if (!switched) {
                    if (o.status == 15) {
                        QCOMPARE(o.charges.last().consuming, 0);
                        if (!(utc(o.end) == utc(o.deadline).addDays(7)))
                            ++cancelled;
                        else
                            ++failureEnds;
                    }
                    if (i + 1 < line.size())
                        QCOMPARE(line[i + 1]->charges.first().extra, 0);
                    continue;
                }
                ++switches;
                const Order &next = *line[i + 1];
                const Charge &last = o.charges[o.last - 1];
                std::optional<FloatPricing::Charge> beforeLast;
                if (o.last >= 2)
                    beforeLast = pricingCharge(o.charges[o.last - 2]);
                const QDateTime t = utc(o.end);
                const std::optional<float> remaining =
                    FloatPricing::remainingOfOrder(pricingCharge(last), beforeLast, t);
                QVERIFY(remaining.has_value());
                QCOMPARE(o.charges.last().consuming, FloatPricing::creditConsuming(*remaining));
                negativeCredits += o.charges.last().consuming < 0;
                const bool expired = t > utc(last.deadline);
                expiredSwitches += expired;
                advanceSwitches += t < utc(last.time);
                QCOMPARE(next.charges.first().extra, expired ? 0 : 2);
                // Only upgrades: the remaining value fits in the new price.
                const PlanVersion &newVersion = plans[next.charges.first().planHistoryId];
                QVERIFY(!(*remaining > FloatPricing::planPrice(newVersion.price)));
                QVERIFY(next.planId != o.planId);
            }
            QVERIFY(consuming <= 1);
        }
        // Every switch-typed first charge has a switched predecessor.
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE EXTRA_INFO = 2")),
                 qint64(switches - expiredSwitches));

        // Cancellations of volume/bsi orders too.
        for (const Order &o : orders) {
            if (o.planType != QLatin1String("resources") && o.status == 15 &&
                utc(o.end) != utc(o.deadline).addDays(7))
                ++cancelled;
        }
        qInfo("pending %d, cancelled %d, renewal failures: ended %d failing %d, renewed in advance "
              "%d, switches %d "
              "(credit < 0: %d, after expiry: %d, in advance: %d)",
              pending, cancelled, failEnded, failing, inAdvance, switches, negativeCredits,
              expiredSwitches, advanceSwitches);
        QVERIFY(pending > 0);
        QVERIFY(cancelled > 0);
        QVERIFY(failEnded > 0);
        QVERIFY(failing > 0);
        QVERIFY(inAdvance > 0);
        QVERIFY(switches > 0);
        QVERIFY(negativeCredits > 0);
        QVERIFY(advanceSwitches > 0);
        QVERIFY(expiredSwitches > 0);
        QVERIFY(failureEnds > 0);

        // Skew: the biggest namespace has many times the average.
        const qint64 biggest =
            scalar(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM "
                                      "DF_CONSUMING_HISTORY GROUP BY ACCOUNT_ID)"));
        const qint64 total =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY"));
        const qint64 namespaces =
            scalar(db, QStringLiteral("SELECT COUNT(DISTINCT ACCOUNT_ID) FROM DF_PURCHASE_ORDER"));
        QCOMPARE(namespaces, qint64(options().namespaces));
        QVERIFY(biggest > 4 * total / namespaces);
        // Charges near month boundaries: the UTC month and the Shanghai month differ.
        QVERIFY(
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE strftime('%m', CONSUME_TIME) "
                    "<> strftime('%m', datetime(CONSUME_TIME, '+8 hours'))")) > 0);
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE ACCOUNT_ID = 'finance-prod'")) >
                0,
            true);
    }

    void otherZoneAndSize()
    {
        // A zone with daylight saving time goes through BillingCalendar itself.
        DemoOptions o = options(5);
        o.namespaces = 5;
        o.months = 14;
        o.serviceZone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
        const QString path = generate(o, QStringLiteral("berlin.db"));
        QVERIFY(!path.isEmpty());
        QSqlDatabase db = openSqlite(path);
        const QList<Order> orders = loadOrders(db);
        QVERIFY(!orders.isEmpty());
        for (const Order &order : orders) {
            QString previous = order.start;
            for (int k = 0; k < order.last; ++k) {
                QCOMPARE(
                    utc(order.charges[k].deadline),
                    BillingCalendar::nextDeadline(utc(order.start), utc(previous), o.serviceZone));
                previous = order.charges[k].deadline;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
