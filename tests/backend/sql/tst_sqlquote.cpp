// SqlBackend::quote over the demo database: every consuming `resources`
// order of a region, switched to every active resources plan, checked
// against an independent computation of SPEC §4.4 written out here.

#include "demo/demodatagenerator.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdio>

namespace {

QDateTime utc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

struct Charge
{
    QDateTime time, deadline;
    qint64 consuming = 0;
};

// SPEC §4.4 step by step; volatile keeps every float32 step a float32.
float rem(const Charge &c, const QDateTime &now)
{
    const double day = 86400e9;
    volatile double remDays = std::floor(double(now.msecsTo(c.deadline)) * 1e6 / day);
    volatile double allDays = std::floor(0.5 + double(c.time.msecsTo(c.deadline)) * 1e6 / day);
    volatile float money = 0.0001f * float(c.consuming);
    volatile float ratio = float(remDays) / float(allDays);
    volatile float prod = ratio * money;
    volatile float r = 0.01f * float(std::floor(double(prod) * 100.0));
    return r;
}

} // namespace

class TestSqlQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyConsumingResourcesOrder()
    {
        QTemporaryDir dir;
        ConnectionSpec spec;
        spec.path = TestDatabases::tempSqlitePath(dir, QStringLiteral("q.db"));
        DemoOptions options;
        options.namespaces = 30;
        options.months = 6;
        options.until = QDate(2026, 11, 25);
        struct Case
        {
            QString ns, orderId, planId;
            Charge last, beforeLast;
            bool hasBeforeLast = false;
        };
        QList<Case> cases;
        QList<std::pair<QString, double>> plans;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("q"));
            db.setDatabaseName(spec.path);
            QVERIFY(db.open());
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            QSqlQuery p(
                QStringLiteral("SELECT p.PLAN_ID, p.PRICE FROM DF_PLAN p JOIN DF_PLAN_REGION r ON "
                               "r.ID = p.REGION_ID WHERE p.STATUS = 'A' AND r.IDENTIFICATION = "
                               "'cn-north-1' AND p.PLAN_TYPE = 'resources'"),
                db);
            while (p.next())
                plans.append({p.value(0).toString(), p.value(1).toDouble()});
            QSqlQuery o(
                QStringLiteral("SELECT o.ACCOUNT_ID, o.ORDER_ID, o.PLAN_ID, l.CONSUME_TIME, "
                               "l.DEADLINE_TIME, l.CONSUMING, b.CONSUME_TIME, b.DEADLINE_TIME, "
                               "b.CONSUMING FROM DF_PURCHASE_ORDER o JOIN DF_CONSUMING_HISTORY l "
                               "ON l.ID = o.ID AND l.CONSUME_ID = o.LAST_CONSUME_ID LEFT JOIN "
                               "DF_CONSUMING_HISTORY b ON b.ID = o.ID AND b.CONSUME_ID = "
                               "o.LAST_CONSUME_ID - 1 WHERE o.STATUS = 5 AND o.REGION = "
                               "'cn-north-1' AND o.ORDER_ID = o.ACCOUNT_ID || '-resources'"),
                db);
            while (o.next()) {
                Case c{o.value(0).toString(),
                       o.value(1).toString(),
                       o.value(2).toString(),
                       {utc(o.value(3).toString()), utc(o.value(4).toString()),
                        o.value(5).toLongLong()},
                       {},
                       !o.value(6).isNull()};
                if (c.hasBeforeLast)
                    c.beforeLast = {utc(o.value(6).toString()), utc(o.value(7).toString()),
                                    o.value(8).toLongLong()};
                cases.append(c);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("q"));
        QVERIFY(cases.size() >= 10);
        QVERIFY(plans.size() >= 4);

        SqlBackend backend(spec);
        int priced = 0, refused = 0, same = 0;
        for (const Case &c : std::as_const(cases)) {
            // Mid-cycle, and (for orders renewed ahead) before the last charge.
            for (const QDateTime &now : {QDateTime(QDate(2026, 11, 25), QTime(3, 17, 41), Qt::UTC),
                                         c.last.time.addSecs(-3600)}) {
                for (const auto &[planId, price] : std::as_const(plans)) {
                    QuoteRequest request{c.ns, QStringLiteral("cn-north-1"), planId, {}, now, {}};
                    auto f = backend.quote(request);
                    f.waitForFinished();
                    const Result<Quote> r = f.result();
                    if (planId == c.planId) {
                        QCOMPARE(r.error().serviceCode(), 3308);
                        ++same;
                        continue;
                    }
                    float remaining = 0;
                    if (now > c.last.deadline)
                        remaining = 0;
                    else if (now < c.last.time) {
                        if (!c.hasBeforeLast) {
                            QVERIFY(!r.ok());
                            continue;
                        }
                        volatile float sum =
                            rem(c.beforeLast, now) + 0.0001f * float(c.last.consuming);
                        remaining = sum;
                    } else {
                        remaining = rem(c.last, now);
                    }
                    const float p = float(price);
                    if (remaining > p) {
                        QCOMPARE(r.error().serviceCode(), 3313);
                        ++refused;
                        continue;
                    }
                    volatile float due = p - remaining;
                    char text[64];
                    std::snprintf(text, sizeof text, "%.2f", double(due));
                    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
                    QCOMPARE(r.value().dueText, QString::fromLatin1(text));
                    QCOMPARE(r.value().replaces->orderId, c.orderId);
                    ++priced;
                }
            }
        }
        QVERIFY(priced > 20);
        QVERIFY(refused > 0);
        QVERIFY(same > 0);
    }
};

QTEST_GUILESS_MAIN(TestSqlQuote)
#include "tst_sqlquote.moc"
