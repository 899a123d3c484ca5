// Conformance (SPEC §6), the reads: ONE data set, ONE list of cases, three
// backends (ConformanceBackends):
//   sqlite  — SqlBackend on a SQLite file,
//   mariadb — SqlBackend on a fresh MariaDB database holding the same data,
//   rest    — RestBackend against usage-service-sim over the SQLite file.
// Each case compares what the backend under test answers with the REFERENCE
// read with plain SQL from the raw rows (ConformanceReference). Fields a
// backend cannot know (SPEC §3) are left out; amounts from REST go through the
// float32 step of SPEC §4.1 first. Disagreements are collected per case and
// reported together. Quote and cancel: tst_conformanceactions; usagectl over
// both backends: tst_conformancecli.
#include "conformancebackends.h"
#include "diffs.h"
#include "testfutures.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <map>

using Ref = ConformanceReference;
using TestFutures::resultOf;

class TestConformance : public ConformanceBackends
{
    Q_OBJECT

private Q_SLOTS:
    void orders_data() { addBackendRows(); }
    void orders();
    void getConsumingOrder_data() { addBackendRows(); }
    void getConsumingOrder();
    void getEndedOrder_data() { addBackendRows(); }
    void getEndedOrder();
    void usagesAllPages_data() { addBackendRows(); }
    void usagesAllPages();
    void usagesExplicitPages_data() { addBackendRows(); }
    void usagesExplicitPages();
    void usageTotals_data() { addBackendRows(); }
    void usageTotals();
    void spend_data() { addBackendRows(); }
    void spend();
    void plans_data() { addBackendRows(); }
    void plans();
};

// ---------------------------------------------------------------- orders

void TestConformance::orders()
{
    BACKEND(b);
    Diffs d;
    const QList<std::pair<StatusFilter, std::function<bool(const Order &)>>> statuses = {
        {StatusFilter::Any,
         [](const Order &) {
             return true;
         }},
        {StatusFilter::Pending,
         [](const Order &o) {
             return o.status == OrderStatus::Pending;
         }},
        {StatusFilter::Consuming,
         [](const Order &o) {
             return o.status == OrderStatus::Consuming;
         }},
        {StatusFilter::Ended,
         [](const Order &o) {
             return o.status == OrderStatus::Ended;
         }},
        {StatusFilter::RenewFailed,
         [](const Order &o) {
             return o.renewFailed();
         }},
    };
    int nonEmpty = 0;
    for (const QString &ns : std::as_const(m_ref->namespaces)) {
        for (const auto &[status, pred] : statuses) {
            const QString what =
                QStringLiteral("orders ns=%1 status=%2").arg(ns, statusFilterName(status));
            QStringList expected;
            for (const Order &o : std::as_const(m_ref->orders))
                if (o.region == Ref::Region && o.ns == ns && pred(o))
                    expected.append(Ref::orderLine(o, true));
            nonEmpty += expected.isEmpty() ? 0 : 1;
            OrderFilter f;
            f.region = Ref::Region;
            f.namespaces = {ns};
            f.status = status;
            QStringList actual;
            PageRequest req = PageRequest::first(7);
            QDateTime lastStart;
            for (int guard = 0; guard < 1000; ++guard) {
                auto r = resultOf(b->listOrders(f, req));
                if (!r) {
                    d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
                    break;
                }
                if (guard == 0)
                    d.eq(what + QStringLiteral(" total"), r.value().total, qint64(expected.size()));
                for (const Order &o : r.value().items) {
                    actual.append(Ref::orderLine(o, true));
                    if (lastStart.isValid() && o.startTime > lastStart)
                        d.add(what + QStringLiteral(": not newest first at order %1").arg(o.id));
                    lastStart = o.startTime;
                }
                if (!r.value().next)
                    break;
                req = PageRequest::continueFrom(*r.value().next, 7);
            }
            d.sameRows(what, actual, expected);
        }
    }
    QVERIFY2(nonEmpty > 0, "the data set has no orders in the walked namespaces");
    REPORT(d);
}

void TestConformance::getConsumingOrder()
{
    BACKEND(b);
    Diffs d;
    int n = 0;
    for (const Order &o : std::as_const(m_ref->orders)) {
        if (o.region != Ref::Region || o.status != OrderStatus::Consuming ||
            !m_ref->namespaces.contains(o.ns))
            continue;
        ++n;
        auto r = resultOf(b->getOrder(o.id, o.ns));
        if (!r) {
            d.add(QStringLiteral("getOrder(%1, %2): error %3")
                      .arg(o.id)
                      .arg(o.ns, Ref::errText(r.error())));
            continue;
        }
        // REST's GET /orders/{id} has no status (consuming by construction).
        if (isRest())
            d.eq(QStringLiteral("getOrder(%1).status").arg(o.id), statusName(r.value().status),
                 statusName(OrderStatus::Consuming));
        d.eq(QStringLiteral("getOrder(%1)").arg(o.id), Ref::orderLine(r.value(), !isRest()),
             Ref::orderLine(o, !isRest()));
        d.eq(QStringLiteral("getOrder(%1).creator").arg(o.id), r.value().creator, o.creator);
    }
    QVERIFY2(n > 0, "no consuming order to get");
    REPORT(d);
}

void TestConformance::getEndedOrder()
{
    BACKEND(b);
    Diffs d;
    int n = 0;
    for (const Order &o : std::as_const(m_ref->orders)) {
        if (o.region != Ref::Region || o.status != OrderStatus::Ended ||
            !m_ref->namespaces.contains(o.ns))
            continue;
        if (++n > 10)
            break;
        auto r = resultOf(b->getOrder(o.id, o.ns));
        const QString what = QStringLiteral("getOrder(%1) of an ended order").arg(o.id);
        if (isRest()) {
            // SPEC §3: the service returns an order only while it is consuming.
            if (r)
                d.add(what + QStringLiteral(": REST returned it: ") +
                      Ref::orderLine(r.value(), true));
            else
                d.eq(what + QStringLiteral(" category"),
                     BackendError::categoryName(r.error().category()),
                     BackendError::categoryName(BackendError::Category::NotFound));
        } else {
            // Direct database: the row is there, ended.
            if (!r)
                d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
            else
                d.eq(what, Ref::orderLine(r.value(), true), Ref::orderLine(o, true));
        }
    }
    QVERIFY2(n > 0, "no ended order to get");
    REPORT(d);
}

// ---------------------------------------------------------------- usages

void TestConformance::usagesAllPages()
{
    BACKEND(b);
    Diffs d;
    for (const Ref::UsageCase &c : m_ref->usageCases()) {
        const QString what = QStringLiteral("usages %1").arg(c.label);
        QStringList expected;
        for (const Ref::Charge &r : c.rows)
            expected.append(Ref::usageLine(r.u, isRest()));
        QStringList actual;
        PageRequest req = PageRequest::first(13);
        QDateTime last;
        int pages = 0;
        for (; pages < 1000; ++pages) {
            auto r = resultOf(b->listUsages(c.filter, req));
            if (!r) {
                d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
                break;
            }
            if (pages == 0)
                d.eq(what + QStringLiteral(" total"), r.value().total, qint64(expected.size()));
            for (const Usage &u : r.value().items) {
                // Amounts from REST are already float32-rounded: compare as they are.
                Usage v = u;
                actual.append(Ref::usageLine(v, false));
                if (last.isValid() && u.time > last)
                    d.add(what + QStringLiteral(": not newest first at %1")
                                     .arg(u.time.toString(Qt::ISODate)));
                last = u.time;
            }
            if (!r.value().next)
                break;
            req = PageRequest::continueFrom(*r.value().next, 13);
        }
        d.sameRows(what, actual, expected);
    }
    REPORT(d);
}

void TestConformance::usagesExplicitPages()
{
    BACKEND(b);
    Diffs d;
    const int size = 9;
    for (const Ref::UsageCase &c : m_ref->usageCases()) {
        // Reference order: CONSUME_TIME desc, order key desc, CONSUME_ID desc.
        QList<Ref::Charge> rows = c.rows;
        std::sort(rows.begin(), rows.end(), [](const Ref::Charge &a, const Ref::Charge &b) {
            if (a.u.time != b.u.time)
                return a.u.time > b.u.time;
            if (a.u.orderKey != b.u.orderKey)
                return a.u.orderKey > b.u.orderKey;
            return a.u.consumeId.value_or(0) > b.u.consumeId.value_or(0);
        });
        const int total = int(rows.size());
        const int lastPage = qMax(1, (total + size - 1) / size);
        for (int page : {1, 2, lastPage, lastPage + 1, lastPage + 5}) {
            const QString what =
                QStringLiteral("usages %1 page %2/size %3").arg(c.label).arg(page).arg(size);
            // SPEC §3: a page past the end answers the last `size` rows.
            int offset = (page - 1) * size;
            if (offset + size > total)
                offset = qMax(0, total - size);
            if (page <= lastPage)
                offset = (page - 1) * size;
            QStringList expected;
            for (int i = offset; i < qMin(total, offset + size); ++i)
                expected.append(Ref::usageLine(rows[i].u, isRest()));
            auto r = resultOf(b->listUsages(c.filter, PageRequest{page, size, std::nullopt, true}));
            if (!r) {
                d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
                continue;
            }
            d.eq(what + QStringLiteral(" total"), r.value().total, qint64(total));
            QStringList actual;
            for (const Usage &u : r.value().items)
                actual.append(Ref::usageLine(u, false));
            d.sameRows(what, actual, expected);
        }
    }
    REPORT(d);
}

void TestConformance::usageTotals()
{
    BACKEND(b);
    Diffs d;
    for (const Ref::UsageCase &c : m_ref->usageCases()) {
        Money expected;
        for (const Ref::Charge &r : c.rows)
            expected += isRest() ? Ref::f32(r.u.amount) : r.u.amount;
        auto r = resultOf(b->usageTotal(c.filter));
        const QString what = QStringLiteral("usageTotal %1").arg(c.label);
        if (!r) {
            d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
            continue;
        }
        d.eq(what + QStringLiteral(" amount"), r.value().amount.toString4(), expected.toString4());
        d.eq(what + QStringLiteral(" charges"), r.value().charges, qint64(c.rows.size()));
        if (isRest()) {
            Money exact;
            for (const Ref::Charge &rc : c.rows)
                exact += rc.u.amount;
            if (exact != expected)
                qInfo().noquote() << what << ": exact" << exact.toString4() << "vs float32-rounded"
                                  << expected.toString4();
        }
    }
    REPORT(d);
}

void TestConformance::spend()
{
    BACKEND(b);
    Diffs d;
    for (const QString &ns : std::as_const(m_ref->namespaces)) {
        const QList<Ref::Charge> rows = m_ref->chargesOf(
            [&](const Ref::Charge &c) { return c.u.region == Ref::Region && c.u.ns == ns; });
        if (rows.isEmpty())
            continue;
        QDateTime first = rows.first().u.time, last = first;
        std::map<QDate, std::pair<Money, qint64>> cells;
        for (const Ref::Charge &r : rows) {
            first = qMin(first, r.u.time);
            last = qMax(last, r.u.time);
            auto &cell = cells[Ref::monthOf(r.u.time, Ref::Shanghai)];
            cell.first += isRest() ? Ref::f32(r.u.amount) : r.u.amount;
            ++cell.second;
        }
        QStringList expected;
        for (const auto &[month, cell] : cells)
            expected.append(QStringLiteral("%1|%2|%3|%4")
                                .arg(ns, month.toString(Qt::ISODate), cell.first.toString4())
                                .arg(cell.second));
        UsageFilter f;
        f.region = Ref::Region;
        f.namespaces = {ns};
        const QList<MonthSpan> months = MonthCalendar::monthsCovering(first, last, Ref::Shanghai);
        auto r = resultOf(b->spendByNamespaceAndMonth(f, months));
        const QString what = QStringLiteral("spend %1 Asia/Ref::Shanghai").arg(ns);
        if (!r) {
            d.add(what + QStringLiteral(": error ") + Ref::errText(r.error()));
            continue;
        }
        QStringList actual;
        for (const SpendCell &c : r.value())
            actual.append(QStringLiteral("%1|%2|%3|%4")
                              .arg(c.ns, c.month.toString(Qt::ISODate), c.amount.toString4())
                              .arg(c.charges));
        d.sameRows(what, actual, expected);

        auto range = resultOf(b->usageTimeRange(f));
        if (!range)
            d.add(
                QStringLiteral("usageTimeRange %1: error %2").arg(ns, Ref::errText(range.error())));
        else {
            d.eq(QStringLiteral("usageTimeRange %1 first").arg(ns), Ref::secs(range.value().first),
                 Ref::secs(first));
            d.eq(QStringLiteral("usageTimeRange %1 last").arg(ns), Ref::secs(range.value().second),
                 Ref::secs(last));
        }
    }
    REPORT(d);
}

// ---------------------------------------------------------------- plans

void TestConformance::plans()
{
    BACKEND(b);
    Diffs d;
    PlanFilter f;
    f.region = Ref::Region;
    auto r = resultOf(b->listPlans(f));
    QVERIFY2(r.ok(), r ? "" : qPrintable(Ref::errText(r.error())));
    const auto line = [](const Plan &p) {
        return QStringList{QString::number(p.id),
                           p.planId,
                           p.name,
                           p.typeText.toLower(),
                           p.priceMoney.toString4(),
                           QString::number(p.price, 'g', 17),
                           p.cycle.toLower()}
            .join(QLatin1Char('|'));
    };
    QStringList expected, actual;
    for (const Plan &p : std::as_const(m_ref->plans))
        expected.append(line(p));
    for (const Plan &p : r.value()) {
        actual.append(line(p));
        if (!p.active)
            d.add(QStringLiteral("plan %1 not active").arg(p.id));
        if (p.region != Ref::Region)
            d.add(QStringLiteral("plan %1 region %2").arg(p.id).arg(p.region));
    }
    d.sameRows(QStringLiteral("plans of ") + Ref::Region, actual, expected);
    REPORT(d);
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
