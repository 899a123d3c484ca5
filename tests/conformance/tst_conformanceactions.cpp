// Conformance (SPEC §6), the two order actions — the dry-run quote and the
// cancel — on the three backends of ConformanceBackends (see
// tst_conformance.cpp).
//
// The quotes check that the three transports of a quote agree with the local
// engine on the SQLite file (the fake service behind the REST row prices with
// PricingEngine too, so this is no check of the price itself: that is
// tst_pricingreference, against hand-worked rows, and tst_restquote and
// tst_sqlquote, against the real service's recorded answers). The cancel
// checks the rows SPEC §5 says it writes, read back with plain SQL.
#include "conformancebackends.h"
#include "diffs.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using Ref = ConformanceReference;
using TestFutures::resultOf;

class TestConformanceActions : public ConformanceBackends
{
    Q_OBJECT

private Q_SLOTS:
    void quotes_data() { addBackendRows(); }
    void quotes();
    void cancel_data() { addBackendRows(); }
    void cancel();
};

// ---------------------------------------------------------------- quotes

void TestConformanceActions::quotes()
{
    BACKEND(b);
    Diffs d;
    QList<QuoteRequest> requests;
    for (const Order &o : std::as_const(m_ref->orders)) {
        if (o.region != Ref::Region || o.status != OrderStatus::Consuming ||
            o.orderId != o.ns + QStringLiteral("-resources"))
            continue;
        // The same plan (3308 Plan not changed), the cheapest other resources
        // plan (usually a downgrade: 3313) and the dearest (an upgrade: priced).
        QStringList targets{o.planId};
        QList<Plan> others;
        for (const Plan &p : std::as_const(m_ref->plans))
            if (p.type == PlanType::Resources && p.planId != o.planId)
                others.append(p);
        std::sort(others.begin(), others.end(),
                  [](const Plan &a, const Plan &b) { return a.price < b.price; });
        if (!others.isEmpty()) {
            targets.append(others.constFirst().planId);
            if (others.size() > 1)
                targets.append(others.constLast().planId);
        }
        for (const QString &plan : targets) {
            QuoteRequest q;
            q.ns = o.ns;
            q.region = Ref::Region;
            q.planId = plan;
            q.now = Ref::Now;
            requests.append(q);
        }
    }
    QVERIFY2(!requests.isEmpty(), "no consuming resources order in the data");
    // A volume plan: nothing replaced, the price.
    for (const Plan &p : std::as_const(m_ref->plans)) {
        if (p.type == PlanType::Volume) {
            QuoteRequest q;
            q.ns = m_ref->namespaces.first();
            q.region = Ref::Region;
            q.planId = p.planId;
            q.resourceName = QStringLiteral("conf-vol");
            q.now = Ref::Now;
            requests.append(q);
            break;
        }
    }
    int priced = 0, refused = 0;
    for (const QuoteRequest &q : std::as_const(requests)) {
        const QString what = QStringLiteral("quote %1 -> %2").arg(q.ns, q.planId);
        auto ref = resultOf(m_sqlite->quote(q));
        ++(ref ? priced : refused);
        auto r = resultOf(b->quote(q));
        if (ref.ok() != r.ok()) {
            d.add(what + QStringLiteral(": reference %1, backend %2")
                             .arg(ref ? QStringLiteral("due ") + ref.value().dueText
                                      : Ref::errText(ref.error()),
                                  r ? QStringLiteral("due ") + r.value().dueText
                                    : Ref::errText(r.error())));
            continue;
        }
        if (!r) {
            d.eq(what + QStringLiteral(" serviceCode"), r.error().serviceCode(),
                 ref.error().serviceCode());
            if (r.error().serviceCode() != ref.error().serviceCode())
                d.add(what + QStringLiteral(": backend ") + Ref::errText(r.error()) +
                      QStringLiteral(" / reference ") + Ref::errText(ref.error()));
            continue;
        }
        const Quote &a = r.value(), &e = ref.value();
        d.eq(what + QStringLiteral(" dueText"), a.dueText, e.dueText);
        d.eq(what + QStringLiteral(" due"), a.due.toString4(), e.due.toString4());
        d.eq(what + QStringLiteral(" planPrice"), a.planPrice.toString4(), e.planPrice.toString4());
        d.eq(what + QStringLiteral(" credit"), a.credit.toString4(), e.credit.toString4());
        d.eq(what + QStringLiteral(" replaces"), a.replaces ? a.replaces->orderId : QString(),
             e.replaces ? e.replaces->orderId : QString());
        d.eq(what + QStringLiteral(" replaces.id"), a.replaces ? a.replaces->id : 0,
             e.replaces ? e.replaces->id : 0);
        d.eq(what + QStringLiteral(" periodEnd"), Ref::secs(a.periodEnd), Ref::secs(e.periodEnd));
    }
    qInfo() << requests.size() << "quotes:" << priced << "priced," << refused
            << "refused by the reference";
    REPORT(d);
}

// ---------------------------------------------------------------- cancel

void TestConformanceActions::cancel()
{
    const QByteArray tag = QTest::currentDataTag();
    if (tag == "mariadb" && !m_maria)
        QSKIP("no MariaDB server (UC_TEST_MARIADB_DIR unset): run through ctest");
    // The order: the first consuming resources order of the first namespace.
    std::optional<Order> target;
    for (const Order &o : std::as_const(m_ref->orders)) {
        if (o.region != Ref::Region || o.status != OrderStatus::Consuming ||
            o.ns != m_ref->namespaces.first())
            continue;
        if (!target ||
            (o.planType == PlanType::Resources && target->planType != PlanType::Resources))
            target = o;
    }
    QVERIFY(target);
    const QList<Ref::Charge> before =
        m_ref->chargesOf([&](const Ref::Charge &c) { return c.u.orderKey == target->id; });
    int lastId = 0;
    qint64 lastPlanHistory = 0;
    for (const Ref::Charge &c : before)
        if (c.u.consumeId == target->lastConsumeId) {
            lastId = *c.u.consumeId;
            lastPlanHistory = c.u.planHistoryId;
        }
    QVERIFY2(lastId > 0, "the order's last charge is missing from the data");

    // A fresh copy of the data per backend.
    ConnectionSpec raw;
    std::unique_ptr<Backend> backend;
    std::unique_ptr<FakeService> service;
    if (tag == "mariadb") {
        raw = TestDatabases::createMariaDbDatabase(QStringLiteral("confcancel"));
        m_mariaDbs.append(raw);
        Ref::write(raw);
        backend = std::make_unique<SqlBackend>(raw);
    } else {
        raw.path = m_dir.filePath(QStringLiteral("cancel-%1.db").arg(QString::fromLatin1(tag)));
        QFile::remove(raw.path);
        QVERIFY(QFile::copy(m_sqliteSpec.path, raw.path));
        if (tag == "sqlite") {
            backend = std::make_unique<SqlBackend>(raw);
        } else {
            service = std::make_unique<FakeService>(
                raw.path, QStringList{Ref::Token + QStringLiteral("=admin:*")}, Ref::Now);
            QVERIFY2(service->start(), qPrintable(service->errorString()));
            backend = restOn(*service);
        }
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const auto r = resultOf(backend->cancel(target->id, target->ns));
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    QVERIFY2(r.ok(), r ? "" : qPrintable(Ref::errText(r.error())));
    backend.reset();

    Diffs d;
    const QString copyName = QStringLiteral("conf-cancel-") + QString::fromLatin1(tag);
    QSqlDatabase db = TestDatabases::openRaw(raw, copyName);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT STATUS, LAST_CONSUME_ID, END_TIME, DEADLINE_TIME FROM "
                             "DF_PURCHASE_ORDER WHERE ID = ?"));
    q.addBindValue(target->id);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    d.eq(QStringLiteral("STATUS"), q.value(0).toInt(), 15);
    d.eq(QStringLiteral("LAST_CONSUME_ID (unchanged)"), q.value(1).toInt(), lastId);
    const QDateTime endTime = Ref::utcValue(q.value(2));
    // The fake service's clock is fixed; SQL ends the order at the wall
    // clock's whole second during the call.
    if (isRest())
        d.eq(QStringLiteral("END_TIME (the service's --now)"), Ref::secs(endTime),
             Ref::secs(Ref::Now));
    else if (endTime.toSecsSinceEpoch() < started.toSecsSinceEpoch() ||
             endTime.toSecsSinceEpoch() > finished.toSecsSinceEpoch())
        d.add(QStringLiteral("END_TIME %1 is not during the call (%2 .. %3)")
                  .arg(endTime.toString(Qt::ISODate), started.toString(Qt::ISODate),
                       finished.toString(Qt::ISODate)));
    d.eq(QStringLiteral("DEADLINE_TIME (unchanged)"), Ref::secs(Ref::utcValue(q.value(3))),
         Ref::secs(target->deadline));
    q.prepare(
        QStringLiteral("SELECT CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, "
                       "REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO, ORDER_ID FROM "
                       "DF_CONSUMING_HISTORY WHERE ID = ? ORDER BY CONSUME_ID"));
    q.addBindValue(target->id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    int rows = 0, endRows = 0;
    while (q.next()) {
        ++rows;
        if (q.value(8).toInt() != 3 || q.value(0).toInt() <= lastId)
            continue;
        ++endRows;
        d.eq(QStringLiteral("end row CONSUME_ID"), q.value(0).toInt(), lastId + 1);
        d.eq(QStringLiteral("end row CONSUMING"), q.value(1).toLongLong(), qint64(0));
        d.eq(QStringLiteral("end row CONSUME_TIME = END_TIME"),
             Ref::secs(Ref::utcValue(q.value(2))), Ref::secs(endTime));
        d.eq(QStringLiteral("end row DEADLINE_TIME"), Ref::secs(Ref::utcValue(q.value(3))),
             Ref::secs(target->deadline));
        d.eq(QStringLiteral("end row ACCOUNT_ID"), q.value(4).toString(), target->ns);
        d.eq(QStringLiteral("end row REGION"), q.value(5).toString(), target->region);
        d.eq(QStringLiteral("end row PLAN_ID"), q.value(6).toString(), target->planId);
        d.eq(QStringLiteral("end row PLAN_HISTORY_ID"), q.value(7).toLongLong(), lastPlanHistory);
        d.eq(QStringLiteral("end row ORDER_ID"), q.value(9).toString(), target->orderId);
    }
    d.eq(QStringLiteral("charge rows after cancel"), rows, int(before.size()) + 1);
    d.eq(QStringLiteral("end rows (EXTRA_INFO 3) written"), endRows, 1);
    // What the cancel reported about itself.
    d.eq(QStringLiteral("CancelOutcome.order.id"), r.value().order.id, target->id);
    REPORT(d);
}

QTEST_GUILESS_MAIN(TestConformanceActions)
#include "tst_conformanceactions.moc"
