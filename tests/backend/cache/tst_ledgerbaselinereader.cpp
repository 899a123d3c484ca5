// LedgerBaselineReader's arithmetic on the parts of a baseline: a part's
// cells moved onto the longer list of months (or refused), and the cells of
// two parts added up per namespace and month, with MySQL's folding of names.
// The expected cells are written out by hand.

#include "cache/ledgerbaselinereader.h"

#include <QTest>

namespace {

const QDateTime Start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// Month starts from `first` months after Start, `count` of them (and the end).
QList<QDateTime> months(int first, int count)
{
    QList<QDateTime> b;
    for (int i = first; i <= first + count; ++i)
        b.append(Start.addMonths(i));
    return b;
}

LedgerCell cell(const char *ns, int bucket, qint64 units, qint64 charges = 1)
{
    const QDateTime t = Start.addDays(3 + bucket);
    return {QString::fromUtf8(ns),   bucket,
            Money::fromUnits(units), charges,
            t.toMSecsSinceEpoch(),   t.addSecs(units).toMSecsSinceEpoch()};
}

QString text(const QList<LedgerCell> &cells)
{
    QStringList lines;
    for (const LedgerCell &c : cells)
        lines.append(QStringLiteral("%1@%2=%3/%4")
                         .arg(c.ns)
                         .arg(c.bucket)
                         .arg(c.amount.units())
                         .arg(c.charges));
    lines.sort();
    return lines.join(QLatin1Char(' '));
}

} // namespace

class TestLedgerBaselineReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rebucket_data()
    {
        QTest::addColumn<QList<QDateTime>>("target");
        QTest::addColumn<QList<LedgerCell>>("cells");
        QTest::addColumn<bool>("moved");
        QTest::addColumn<QString>("expected");
        // The part's months are months 2..5 (4 months): buckets 1..4, after 5.
        const QList<LedgerCell> inside = {cell("a", 1, 10), cell("b", 4, 20), cell("a", 5, 30),
                                          cell("c", LedgerCell::Untimed, 40)};
        QTest::newRow("same months")
            << months(2, 4) << inside << true << "a@1=10/1 a@5=30/1 b@4=20/1 c@-1=40/1";
        QTest::newRow("two months sooner")
            << months(0, 6) << inside << true << "a@3=10/1 a@7=30/1 b@6=20/1 c@-1=40/1";
        QTest::newRow("a charge before its first month")
            << months(0, 6) << (inside + QList<LedgerCell>{cell("d", 0, 5)}) << false << "";
        QTest::newRow("other months (ends elsewhere)") << months(0, 5) << inside << false << "";
        QTest::newRow("a shorter list") << months(3, 3) << inside << false << "";
    }
    void rebucket()
    {
        QFETCH(QList<QDateTime>, target);
        QFETCH(QList<LedgerCell>, cells);
        QFETCH(bool, moved);
        QFETCH(QString, expected);
        LedgerBaseline part;
        part.boundaries = months(2, 4);
        part.cells = cells;
        QCOMPARE(LedgerBaselineReader::rebucket(part, target), moved);
        // Refused: the part is left as it was.
        QCOMPARE(part.boundaries, moved ? target : months(2, 4));
        QCOMPARE(text(part.cells), moved ? expected : text(cells));
    }

    void byBucket_data()
    {
        QTest::addColumn<bool>("fold");
        QTest::addColumn<QString>("expected");
        QTest::newRow("names as they are")
            << false << "NS-a @1=1/1 a@1=7/3 a@2=4/1 b@1=8/2 ns-a@1=16/1";
        QTest::newRow("names folded (MySQL)") << true << "a@1=7/3 a@2=4/1 b@1=8/2 ns-a@1=17/2";
    }
    void byBucket()
    {
        QFETCH(bool, fold);
        QFETCH(QString, expected);
        const QList<LedgerCell> low = {cell("a", 1, 3, 2), cell("b", 1, 8, 2), cell("ns-a", 1, 16)};
        const QList<LedgerCell> high = {cell("a", 1, 4), cell("a", 2, 4), cell("NS-a ", 1, 1)};
        const auto grouped = LedgerBaselineReader::byBucket({low, high}, fold);
        QList<LedgerCell> sum;
        for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
            for (const LedgerCell &c : it.value())
                QCOMPARE(c.bucket, it.key());
            // One per namespace, sorted by it, as the cache file keeps them.
            for (qsizetype i = 1; i < it.value().size(); ++i)
                QVERIFY(it.value()[i - 1].ns < it.value()[i].ns);
            sum += it.value();
        }
        QCOMPARE(text(sum), expected);
        // One part is one GROUP BY: its spellings stay as the source gave
        // them, month by month.
        const auto one =
            LedgerBaselineReader::byBucket({{cell("ns-a", 1, 2), cell("NS-A", 2, 3)}}, fold);
        QCOMPARE(text(one.value(1) + one.value(2)), QStringLiteral("NS-A@2=3/1 ns-a@1=2/1"));
        // First and last instants: the sooner and the later of the two.
        for (const LedgerCell &c : sum) {
            if (c.ns == QLatin1String("a") && c.bucket == 1) {
                QCOMPARE(LedgerCell::timeOf(c.first), Start.addDays(4));
                QCOMPARE(LedgerCell::timeOf(c.last), Start.addDays(4).addSecs(4));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerBaselineReader)
#include "tst_ledgerbaselinereader.moc"
