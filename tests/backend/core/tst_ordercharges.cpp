// OrderCharges::belongsTo: which charges of a shared ORDER_ID are one order's
// when the charge's order key is not known (REST). The oracle is the key the
// database does hold: over several demo data sets, for every order, the
// charges picked without keys must be exactly those with DF_CONSUMING_HISTORY.ID
// = the order's key. Then the cases that make the rule what it is, by hand.
#include "core/ordercharges.h"
#include "demo/demodatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QDateTime column(const QSqlQuery &q, int i)
{
    // SQLite keeps "yyyy-MM-dd HH:mm:ss" UTC text.
    return utc(q.value(i).toString().left(19).replace(QLatin1Char(' '), QLatin1Char('T')));
}

struct Charge
{
    qint64 key = 0;
    int consumeId = 0;
    Usage usage; // orderKey left 0, as over REST
};

} // namespace

class TestOrderCharges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameChargesAsTheKey_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed : {1, 2, 5})
            QTest::addRow("seed %d", seed) << seed;
    }

    void sameChargesAsTheKey()
    {
        QFETCH(int, seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.namespaces = 60;
        options.months = 30;
        options.seed = quint64(seed);
        options.until = QDate(2026, 11, 25);
        QVERIFY(DemoDatabase::create(path, options).ok());

        QList<Order> orders;
        QHash<QString, QList<Charge>> byOrderId; // ORDER_ID|ns|region -> charges
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oracle"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, START_TIME, END_TIME, "
                "DEADLINE_TIME, STATUS FROM DF_PURCHASE_ORDER")));
            while (q.next()) {
                Order o;
                o.id = q.value(0).toLongLong();
                o.orderId = q.value(1).toString();
                o.ns = q.value(2).toString();
                o.region = q.value(3).toString();
                o.planId = q.value(4).toString();
                o.startTime = column(q, 5);
                o.endTime = column(q, 6);
                o.deadline = column(q, 7);
                const int status = q.value(8).toInt();
                o.status = status == 15  ? OrderStatus::Ended
                           : status == 5 ? OrderStatus::Consuming
                                         : OrderStatus::Pending;
                orders.append(o);
            }
            QVERIFY(q.exec(QStringLiteral(
                "SELECT ID, CONSUME_ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, CONSUME_TIME, "
                "DEADLINE_TIME FROM DF_CONSUMING_HISTORY")));
            while (q.next()) {
                Charge c;
                c.key = q.value(0).toLongLong();
                c.consumeId = q.value(1).toInt();
                c.usage.orderId = q.value(2).toString();
                c.usage.ns = q.value(3).toString();
                c.usage.region = q.value(4).toString();
                c.usage.planId = q.value(5).toString();
                c.usage.time = column(q, 6);
                c.usage.deadline = column(q, 7);
                byOrderId[c.usage.orderId + QLatin1Char('|') + c.usage.ns + QLatin1Char('|') +
                          c.usage.region]
                    .append(c);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("oracle"));

        int shared = 0, wrong = 0, checked = 0;
        QStringList firstWrong;
        for (const Order &o : std::as_const(orders)) {
            const QList<Charge> &candidates =
                byOrderId.value(o.orderId + QLatin1Char('|') + o.ns + QLatin1Char('|') + o.region);
            QSet<qint64> keys;
            QSet<std::pair<qint64, int>> expected, picked;
            for (const Charge &c : candidates) {
                keys.insert(c.key);
                if (c.key == o.id)
                    expected.insert({c.key, c.consumeId});
                if (OrderCharges::belongsTo(c.usage, o))
                    picked.insert({c.key, c.consumeId});
            }
            shared += keys.size() > 1 ? 1 : 0;
            ++checked;
            if (picked != expected) {
                ++wrong;
                if (firstWrong.size() < 5)
                    firstWrong.append(QStringLiteral("order %1 (%2): %3 charges, picked %4")
                                          .arg(o.id)
                                          .arg(o.orderId)
                                          .arg(expected.size())
                                          .arg(picked.size()));
            }
        }
        qInfo("%d orders, %d of them share their ORDER_ID with another order", checked, shared);
        QVERIFY(shared > 20); // the data set does exercise the rule
        QVERIFY2(wrong == 0, qPrintable(QString::number(wrong) + QStringLiteral(" orders: ") +
                                        firstWrong.join(QStringLiteral("; "))));
    }

    void rules_data()
    {
        // A cancelled order renewed in advance, and its successor on the same
        // plan, started before that renewal's date (ns-0034 in seed 2):
        //  old: start 02-27 19:00:30, ended 05-23 17:46:30, deadline 06-27 19:00:30
        //  new: start 05-25 03:29:28, deadline 08-25 03:29:28
        QTest::addColumn<QString>("which");    // old | new
        QTest::addColumn<QString>("time");     // of the charge
        QTest::addColumn<QString>("deadline"); // of the charge
        QTest::addColumn<QString>("plan");
        QTest::addColumn<bool>("belongs");
        QTest::newRow("old: first charge") << "old"
                                           << "2024-02-27T19:00:30"
                                           << "2024-03-27T19:00:30"
                                           << "res-c8m16" << true;
        QTest::newRow("old: renewal dated after its cancel") << "old"
                                                             << "2024-05-27T19:00:30"
                                                             << "2024-06-27T19:00:30"
                                                             << "res-c8m16" << true;
        QTest::newRow("old: end row") << "old"
                                      << "2024-05-23T17:46:30"
                                      << "2024-06-27T19:00:30"
                                      << "res-c8m16" << true;
        QTest::newRow("old: not the successor's first charge") << "old"
                                                               << "2024-05-25T03:29:28"
                                                               << "2024-06-25T03:29:28"
                                                               << "res-c8m16" << false;
        QTest::newRow("new: its first charge") << "new"
                                               << "2024-05-25T03:29:28"
                                               << "2024-06-25T03:29:28"
                                               << "res-c8m16" << true;
        QTest::newRow("new: not the predecessor's renewal") << "new"
                                                            << "2024-05-27T19:00:30"
                                                            << "2024-06-27T19:00:30"
                                                            << "res-c8m16" << false;
        QTest::newRow("new: not another plan's (a switch's credit row)") << "new"
                                                                         << "2024-05-25T03:29:28"
                                                                         << "2024-06-25T03:29:28"
                                                                         << "res-c4m8" << false;
        QTest::newRow("new: not before its start") << "new"
                                                   << "2024-05-25T03:29:27"
                                                   << "2024-06-25T03:29:28"
                                                   << "res-c8m16" << false;
        QTest::newRow("new: not past its deadline") << "new"
                                                    << "2024-08-25T03:29:29"
                                                    << "2024-09-25T03:29:28"
                                                    << "res-c8m16" << false;
        QTest::newRow("new: an unknown deadline excludes nothing") << "new"
                                                                   << "2024-06-25T03:29:28"
                                                                   << ""
                                                                   << "res-c8m16" << true;
    }

    void rules()
    {
        QFETCH(QString, which);
        QFETCH(QString, time);
        QFETCH(QString, deadline);
        QFETCH(QString, plan);
        QFETCH(bool, belongs);
        Order o;
        o.orderId = QStringLiteral("ns-0034-resources");
        o.ns = QStringLiteral("ns-0034");
        o.region = QStringLiteral("cn-north-1");
        o.planId = QStringLiteral("res-c8m16");
        if (which == QLatin1String("old")) {
            o.id = 1294;
            o.status = OrderStatus::Ended;
            o.startTime = utc(QStringLiteral("2024-02-27T19:00:30"));
            o.endTime = utc(QStringLiteral("2024-05-23T17:46:30"));
            o.deadline = utc(QStringLiteral("2024-06-27T19:00:30"));
        } else {
            o.id = 1295;
            o.status = OrderStatus::Consuming;
            o.startTime = utc(QStringLiteral("2024-05-25T03:29:28"));
            o.deadline = utc(QStringLiteral("2024-08-25T03:29:28"));
        }
        Usage u;
        u.orderId = o.orderId;
        u.ns = o.ns;
        u.region = o.region;
        u.planId = plan;
        u.time = utc(time);
        if (!deadline.isEmpty())
            u.deadline = utc(deadline);
        QCOMPARE(OrderCharges::belongsTo(u, o), belongs);
        // A known key decides alone.
        u.orderKey = o.id;
        QVERIFY(OrderCharges::belongsTo(u, o));
        u.orderKey = o.id + 1;
        QVERIFY(!OrderCharges::belongsTo(u, o));
    }
};

QTEST_GUILESS_MAIN(TestOrderCharges)
#include "tst_ordercharges.moc"
