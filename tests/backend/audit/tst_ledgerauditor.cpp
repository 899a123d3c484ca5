// LedgerAuditor's rules on rows written here by hand (no database): what
// correct data looks like (the end row of SPEC §5 above LAST_CONSUME_ID,
// a pending order without charges) gives no finding, and each departure
// from it gives exactly its own.

#include "audit/ledgerauditor.h"

#include <QTest>

#include <vector>

Q_DECLARE_METATYPE(LedgerAuditor::OrderRow)
Q_DECLARE_METATYPE(LedgerAuditor::ChargeRow)

namespace {

using OrderRow = LedgerAuditor::OrderRow;
using ChargeRow = LedgerAuditor::ChargeRow;

const qint64 Now = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
constexpr qint64 Day = 86400;

template<typename Row, typename Base>
class Rows : public Base
{
public:
    explicit Rows(std::vector<Row> rows)
        : m_rows(std::move(rows))
    {
    }
    Result<bool> next(Row &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows[m_next++];
        return true;
    }

private:
    std::vector<Row> m_rows;
    size_t m_next = 0;
};
using Orders = Rows<OrderRow, LedgerAuditor::OrderSource>;
using Charges = Rows<ChargeRow, LedgerAuditor::ChargeSource>;

OrderRow order(qint64 id, int status, int last, qint64 deadline)
{
    OrderRow o;
    o.id = id;
    o.orderId = QStringLiteral("o%1").arg(id);
    o.ns = QStringLiteral("ns-a");
    o.region = QStringLiteral("cn-north-1");
    o.status = status;
    o.everPayed = status == 0 ? 0 : 1;
    o.lastConsumeId = last;
    o.deadline = deadline;
    return o;
}

// Charges 1..n of `o`, each a month long, the last ending at its deadline;
// with the end row when it has ended.
std::vector<ChargeRow> chargesOf(const OrderRow &o, int n)
{
    std::vector<ChargeRow> out;
    for (int i = 1; i <= n; ++i) {
        ChargeRow c;
        c.id = o.id;
        c.orderId = o.orderId;
        c.ns = o.ns;
        c.region = o.region;
        c.consumeId = i;
        c.consuming = 123000;
        c.deadline = *o.deadline - (n - i) * 30 * Day;
        c.extraInfo = i == 1 ? 0 : 1;
        out.push_back(c);
    }
    if (o.status == 15) {
        ChargeRow end = out.back();
        end.consumeId = n + 1;
        end.consuming = -4000;
        end.extraInfo = 3;
        out.push_back(end);
    }
    return out;
}

QStringList audit(const std::vector<OrderRow> &orders, const std::vector<ChargeRow> &charges)
{
    Orders o(orders);
    Charges c(charges);
    AuditFilter filter;
    filter.now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
    const auto report = LedgerAuditor(filter).run(o, c);
    if (!report)
        return {QStringLiteral("error: ") + report.error().message()};
    QStringList out;
    for (const AuditFinding &f : report.value().findings)
        out << QStringLiteral("%1 %2 %3")
                   .arg(auditKindName(f.kind))
                   .arg(f.orderKey)
                   .arg(f.consumeId ? QString::number(*f.consumeId) : QStringLiteral("-"));
    return out;
}

} // namespace

class TestLedgerAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<std::vector<OrderRow>>("orders");
        QTest::addColumn<std::vector<ChargeRow>>("charges");
        QTest::addColumn<QStringList>("findings");

        const OrderRow consuming = order(1, 5, 3, Now + 20 * Day);
        const OrderRow ended = order(2, 15, 2, Now - 40 * Day);
        const OrderRow pending = order(3, 0, 0, Now - 3 * Day);
        std::vector<ChargeRow> all = chargesOf(consuming, 3);
        for (const ChargeRow &c : chargesOf(ended, 2))
            all.push_back(c);
        QTest::newRow("correct: consuming, ended with its end row, pending")
            << std::vector<OrderRow>{consuming, ended, pending} << all << QStringList();

        {
            auto c = chargesOf(ended, 2);
            c.back().extraInfo = 1; // the row at LAST + 1 is no end row
            QTest::newRow("above LAST, not an end row")
                << std::vector<OrderRow>{ended} << c
                << QStringList{QStringLiteral("charge-count-mismatch 2 3")};
        }
        {
            OrderRow o = consuming;
            auto c = chargesOf(o, 3);
            ChargeRow end = c.back();
            end.consumeId = 4;
            end.extraInfo = 3; // an end row, but the order is still consuming
            c.push_back(end);
            QTest::newRow("end row on a consuming order")
                << std::vector<OrderRow>{o} << c
                << QStringList{QStringLiteral("charge-count-mismatch 1 4")};
        }
        {
            auto c = chargesOf(ended, 2);
            c.back().consumeId = 4; // an end row two above LAST
            QTest::newRow("end row not at LAST + 1")
                << std::vector<OrderRow>{ended} << c
                << QStringList{QStringLiteral("charge-count-mismatch 2 4")};
        }
        {
            auto c = chargesOf(consuming, 3);
            c.pop_back(); // the last charge is gone: nothing to compare deadlines with
            QTest::newRow("last charge missing")
                << std::vector<OrderRow>{consuming} << c
                << QStringList{QStringLiteral("charge-count-mismatch 1 2")};
        }
        QTest::newRow("no charges at all")
            << std::vector<OrderRow>{consuming} << std::vector<ChargeRow>{}
            << QStringList{QStringLiteral("charge-count-mismatch 1 -")};
        {
            OrderRow o = consuming;
            o.deadline = *o.deadline + 1; // one second off
            QTest::newRow("deadline one second off")
                << std::vector<OrderRow>{o} << chargesOf(consuming, 3)
                << QStringList{QStringLiteral("deadline-mismatch 1 3")};
        }
        {
            const qint64 boundary = Now - AuditRules::StalledAfterSecs;
            OrderRow at = order(4, 5, 1, boundary);
            OrderRow past = order(5, 5, 1, boundary - 1);
            OrderRow unpaid = past;
            unpaid.id = 6;
            unpaid.orderId = QStringLiteral("o6");
            unpaid.everPayed = 0;
            auto c = chargesOf(at, 1);
            for (const auto &o : {past, unpaid})
                c.push_back(chargesOf(o, 1).front());
            QTest::newRow("stalled: 7 days 8 h is not more than 7 days 8 h")
                << std::vector<OrderRow>{at, past, unpaid} << c
                << QStringList{QStringLiteral("stalled-renewal 5 -"),
                               QStringLiteral("unpaid-consuming 6 -")};
        }
        {
            auto c = chargesOf(consuming, 3);
            ChargeRow stray = c.front();
            stray.orderId = QStringLiteral("another"); // same key, another ORDER_ID
            ChargeRow lost = c.front();
            lost.id = 99; // a key no order has
            c.insert(c.begin(), stray);
            QTest::newRow("orphans") << std::vector<OrderRow>{consuming}
                                     << std::vector<ChargeRow>{stray, c[1], c[2], c[3], lost}
                                     << QStringList{QStringLiteral("orphan-charge 1 1"),
                                                    QStringLiteral("orphan-charge 99 1")};
        }
        {
            OrderRow o = consuming;
            o.lastConsumeId.reset(); // NULL: nothing to count against
            o.endNull = true;
            auto c = chargesOf(consuming, 3);
            c[0].extraInfo.reset();
            c[1].timeNull = true;
            c[2].deadline.reset(); // no deadline to compare either
            c[2].deadlineNull = true;
            c[2].consuming = 123456789;
            QTest::newRow("nulls and a lossy amount")
                << std::vector<OrderRow>{o} << c
                << QStringList{QStringLiteral("null-field 1 -"), QStringLiteral("null-field 1 1"),
                               QStringLiteral("null-field 1 2"), QStringLiteral("null-field 1 3"),
                               QStringLiteral("float32-loss 1 3")};
        }
        {
            std::vector<OrderRow> orders{order(2, 5, 1, Now + Day), order(1, 5, 1, Now + Day)};
            QTest::newRow("rows out of key order")
                << orders << std::vector<ChargeRow>{}
                << QStringList{QStringLiteral(
                       "error: The audit read the rows out of key order (key 1 after 2).")};
        }
    }

    void rules()
    {
        QFETCH(std::vector<OrderRow>, orders);
        QFETCH(std::vector<ChargeRow>, charges);
        QFETCH(QStringList, findings);
        QCOMPARE(audit(orders, charges), findings);
    }

    void filterAndCap()
    {
        OrderRow a = order(1, 5, 1, Now - 30 * Day);
        OrderRow b = order(2, 5, 1, Now - 30 * Day);
        b.ns = QStringLiteral("ns-b");
        std::vector<ChargeRow> charges = chargesOf(a, 1);
        ChargeRow cb = chargesOf(b, 1).front();
        cb.ns = QStringLiteral("ns-other"); // reported with its order's namespace
        cb.consuming = 123456789;
        charges.push_back(cb);
        Orders orders({a, b});
        Charges source(charges);
        AuditFilter filter;
        filter.now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
        filter.namespaces = {QStringLiteral("ns-b")};
        filter.maxFindings = 1;
        const auto report = LedgerAuditor(filter).run(orders, source);
        QVERIFY(report.ok());
        const AuditReport &r = report.value();
        QCOMPARE(r.ordersRead, qint64(2));
        QCOMPARE(r.chargesRead, qint64(2));
        QCOMPARE(r.ordersMatched, qint64(1));
        QCOMPARE(r.chargesMatched, qint64(1));
        QCOMPARE(r.total(), qint64(2)); // stalled and float32-loss of order 2
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.first().kind, AuditKind::StalledRenewal);
        QCOMPARE(r.findings.first().ns, QStringLiteral("ns-b"));
        QCOMPARE(r.count(AuditKind::Float32Loss), qint64(1));
        QCOMPARE(r.summary(), QStringLiteral("1 stalled-renewal, 1 float32-loss"));
    }
};

QTEST_MAIN(TestLedgerAuditor)
#include "tst_ledgerauditor.moc"
