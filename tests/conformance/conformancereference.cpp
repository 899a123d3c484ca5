#include "conformancereference.h"

#include "testdata.h"
#include "testdatabases.h"
#include "testtime.h"
#include "wireamount.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using TestTime::utc;

const QString ConformanceReference::Region = QStringLiteral("cn-north-1");
const QString ConformanceReference::Token = QStringLiteral("conf-token");
const QDateTime ConformanceReference::Now = utc(2026, 11, 25, 3);
const QString ConformanceReference::EdgeNs = QStringLiteral("conf-edge");
const QTimeZone ConformanceReference::Shanghai("Asia/Shanghai");

namespace {

constexpr int MaxNamespaces = 4;

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("conformance: %s: %s", qPrintable(sql.left(120)), qPrintable(q.lastError().text()));
    return q;
}

// Rows the demo data never holds but §3 says how each backend must treat, in
// namespace EdgeNs: a consuming order whose renewal failed (renewfailed) with
// a charge above 2^24 units (float32 loses digits: CONSUMING 123456789 ->
// 12345.679), a paid pending order, and an unpaid (EVER_PAYED = 0) ended
// order that still has a charge (the service lists no such order but does
// list its charges).
void writeEdgeRows(QSqlDatabase &db)
{
    QSqlQuery q =
        run(db, QStringLiteral("SELECT P.PLAN_ID, P.ID FROM DF_PLAN P JOIN DF_PLAN_REGION "
                               "R ON P.REGION_ID = R.ID WHERE R.IDENTIFICATION = "
                               "'cn-north-1' AND P.STATUS = 'A' AND P.PLAN_TYPE = "
                               "'volume' ORDER BY P.ID"));
    if (!q.next())
        qFatal("conformance: no volume plan in the demo data");
    const QString plan = q.value(0).toString();
    const qint64 version = q.value(1).toLongLong();
    const QString ns = ConformanceReference::EdgeNs;
    const QString orders = QStringLiteral(
        "INSERT INTO DF_PURCHASE_ORDER (ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, "
        "START_TIME, END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, "
        "CREATOR, RESOURCE_NAME) VALUES (?, ?, ?, 'cn-north-1', ?, 'volume', ?, ?, ?, ?, ?, ?, ?, "
        "'edge', ?)");
    const QString charges = QStringLiteral(
        "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, "
        "DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, 'cn-north-1', ?, ?, ?)");
    run(db, orders,
        {900001, QStringLiteral("edge-renewfailed"), ns, plan,
         QStringLiteral("2026-10-18 04:00:00"), QStringLiteral("2026-10-18 04:00:00"),
         QStringLiteral("2026-11-18 04:00:00"), 1, 1, 2, 5, QStringLiteral("edge-vol")});
    run(db, orders,
        {900002, QStringLiteral("edge-pending"), ns, plan, QStringLiteral("2026-11-24 10:00:00"),
         QStringLiteral("2026-11-24 10:00:00"), QStringLiteral("2026-11-24 10:00:00"), 0, 1, 0, 0,
         QStringLiteral("edge-pending")});
    run(db, orders,
        {900003, QStringLiteral("edge-unpaid"), ns, plan, QStringLiteral("2026-09-05 12:00:00"),
         QStringLiteral("2026-09-20 12:00:00"), QStringLiteral("2026-10-05 12:00:00"), 1, 0, 0, 15,
         QStringLiteral("edge-unpaid")});
    run(db, charges,
        {900001, QStringLiteral("edge-renewfailed"), 1, qint64(123456789),
         QStringLiteral("2026-10-18 04:00:00"), QStringLiteral("2026-11-18 04:00:00"), ns, plan,
         version, 0});
    run(db, charges,
        {900003, QStringLiteral("edge-unpaid"), 1, qint64(55000),
         QStringLiteral("2026-09-05 12:00:00"), QStringLiteral("2026-10-05 12:00:00"), ns, plan,
         version, 0});
}

} // namespace

void ConformanceReference::write(const ConnectionSpec &spec)
{
    TestData::writeDemo(spec, TestData::demo(8, 6, QDate(2026, 11, 25), 3));
    TestDatabases::withConnection(spec, [](QSqlDatabase &db) { writeEdgeRows(db); });
}

ConformanceReference::ConformanceReference(const ConnectionSpec &copy)
{
    TestDatabases::withConnection(copy, [this](QSqlDatabase &db) {
        QSqlQuery q = run(db, QStringLiteral("SELECT ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, "
                                             "PLAN_TYPE, START_TIME, END_TIME, DEADLINE_TIME, "
                                             "LAST_CONSUME_ID, EVER_PAYED, RENEW_RETRIES, STATUS, "
                                             "CREATOR, RESOURCE_NAME FROM DF_PURCHASE_ORDER"));
        while (q.next()) {
            if (q.value(10).toInt() != 1)
                continue;
            Order o;
            o.id = q.value(0).toLongLong();
            o.orderId = q.value(1).toString();
            o.ns = q.value(2).toString();
            o.region = q.value(3).toString();
            o.planId = q.value(4).toString();
            o.planType = planTypeFromString(q.value(5).toString());
            o.startTime = utcValue(q.value(6));
            o.endTime = utcValue(q.value(7));
            o.deadline = utcValue(q.value(8));
            o.lastConsumeId = q.value(9).toInt();
            o.renewRetries = q.value(11).toInt();
            o.status = OrderStatus(q.value(12).toInt());
            o.creator = q.value(13).toString();
            o.resourceName = q.value(14).toString();
            orders.append(o);
        }
        q = run(db, QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, "
                                   "DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, "
                                   "EXTRA_INFO FROM DF_CONSUMING_HISTORY"));
        while (q.next()) {
            Charge c;
            c.u.orderKey = q.value(0).toLongLong();
            c.u.orderId = q.value(1).toString();
            c.u.consumeId = q.value(2).toInt();
            c.u.amount = Money::fromUnits(q.value(3).toLongLong());
            c.u.time = utcValue(q.value(4));
            c.u.deadline = utcValue(q.value(5));
            c.u.ns = q.value(6).toString();
            c.u.region = q.value(7).toString();
            c.u.planId = q.value(8).toString();
            c.u.planHistoryId = q.value(9).toLongLong();
            c.extraInfo = q.value(10).toInt();
            charges.append(c);
        }
        q = run(db,
                QStringLiteral("SELECT P.ID, P.PLAN_ID, P.PLAN_NAME, P.PLAN_TYPE, P.PRICE, "
                               "P.CYCLE FROM DF_PLAN P JOIN DF_PLAN_REGION R ON P.REGION_ID = "
                               "R.ID WHERE R.IDENTIFICATION = 'cn-north-1' AND P.STATUS = 'A'"));
        while (q.next()) {
            Plan p;
            p.id = q.value(0).toLongLong();
            p.planId = q.value(1).toString();
            p.name = q.value(2).toString();
            p.typeText = q.value(3).toString();
            p.type = planTypeFromString(p.typeText);
            p.price = q.value(4).toDouble();
            p.priceMoney = Money::fromYuanDouble(p.price).value_or(Money());
            p.cycle = q.value(5).toString();
            plans.append(p);
        }
    });
    // Namespaces of the region, the busiest first (most charges).
    QHash<QString, int> count;
    for (const Charge &c : std::as_const(charges)) {
        if (c.u.region == Region)
            ++count[c.u.ns];
    }
    QStringList all = count.keys();
    std::sort(all.begin(), all.end(), [&](const QString &a, const QString &b) {
        return count[a] != count[b] ? count[a] > count[b] : a < b;
    });
    all.removeAll(EdgeNs);
    namespaces = all.mid(0, MaxNamespaces);
    namespaces.append(EdgeNs); // last: the cases that take "the first" stay on demo data
}

QList<ConformanceReference::Charge>
ConformanceReference::chargesOf(const std::function<bool(const Charge &)> &pred) const
{
    QList<Charge> out;
    for (const Charge &c : charges) {
        if (pred(c))
            out.append(c);
    }
    return out;
}

QList<ConformanceReference::UsageCase> ConformanceReference::usageCases() const
{
    QList<UsageCase> cases;
    // [1 Aug, 1 Oct 2026) in Shanghai (UTC+8, no daylight saving).
    const QDateTime from = utc("2026-07-31T16:00:00Z");
    const QDateTime to = utc("2026-09-30T16:00:00Z");
    for (const QString &ns : namespaces) {
        UsageCase all;
        all.label = ns + QStringLiteral(" all");
        all.filter.region = Region;
        all.filter.namespaces = {ns};
        all.rows = chargesOf([&](const Charge &c) { return c.u.region == Region && c.u.ns == ns; });
        cases.append(all);

        UsageCase byOrder = all;
        byOrder.label = ns + QStringLiteral(" order=") + ns + QStringLiteral("-resources");
        byOrder.filter.orderId = ns + QStringLiteral("-resources");
        byOrder.rows = chargesOf([&](const Charge &c) {
            return c.u.region == Region && c.u.ns == ns && c.u.orderId == byOrder.filter.orderId;
        });
        cases.append(byOrder);

        UsageCase window = all;
        window.label = ns + QStringLiteral(" [2026-08, 2026-10) Shanghai");
        window.filter.from = from;
        window.filter.to = to;
        window.rows = chargesOf([&](const Charge &c) {
            return c.u.region == Region && c.u.ns == ns && c.u.time >= from && c.u.time < to;
        });
        cases.append(window);
    }
    return cases;
}

Money ConformanceReference::f32(Money m)
{
    return WireAmount::of(m);
}

Money ConformanceReference::f32ViaDouble(Money m)
{
    return Money::fromYuanDouble(double(0.0001f * float(m.units())))
        .value_or(Money::fromUnits(INT64_MIN));
}

QString ConformanceReference::secs(const QDateTime &t)
{
    return t.isValid() ? QString::number(t.toSecsSinceEpoch()) : QStringLiteral("null");
}

QDateTime ConformanceReference::utcValue(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return QDateTime(v.toDateTime().date(), v.toDateTime().time(), Qt::UTC);
    return utc(v.toString());
}

QDate ConformanceReference::monthOf(const QDateTime &t, const QTimeZone &zone)
{
    const QDate day = t.toTimeZone(zone).date();
    return QDate(day.year(), day.month(), 1);
}

QString ConformanceReference::errText(const BackendError &e)
{
    return QStringLiteral("%1 [%2 code %3] %4")
        .arg(e.message(), BackendError::categoryName(e.category()))
        .arg(e.serviceCode())
        .arg(e.details().left(200));
}

QString ConformanceReference::orderLine(const Order &o, bool withStatus)
{
    return QStringList{QString::number(o.id),
                       o.orderId,
                       o.ns,
                       o.region,
                       o.planId,
                       QStringLiteral("start=") + secs(o.startTime),
                       QStringLiteral("deadline=") + secs(o.deadline),
                       QStringLiteral("end=") +
                           (o.status == OrderStatus::Ended ? secs(o.endTime) : QStringLiteral("-")),
                       QStringLiteral("status=") +
                           (withStatus ? statusName(o.status) : QStringLiteral("?")),
                       QStringLiteral("res=") + o.resourceName}
        .join(QLatin1Char('|'));
}

QString ConformanceReference::usageLine(const Usage &u, bool remoteAmount)
{
    return QStringList{QStringLiteral("time=") + secs(u.time),
                       QStringLiteral("deadline=") + secs(u.deadline),
                       u.orderId,
                       u.ns,
                       u.region,
                       u.planId,
                       QStringLiteral("ph=") + QString::number(u.planHistoryId),
                       QStringLiteral("amount=") +
                           (remoteAmount ? f32(u.amount) : u.amount).toString4()}
        .join(QLatin1Char('|'));
}
