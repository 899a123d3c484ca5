// StatementBuilder and StatementDocument on hand-made charges: one line per
// order (resources orders of a namespace share an ORDER_ID but not a key),
// subtotals per region and the total added up here by hand, charges outside
// the month or of another namespace left out, names taken from the orders
// and plans; then the PDF, read back with pdftotext, carries a Chinese
// namespace and plan name, the total, and embeds the CJK font.

#include "pdftext.h"
#include "reports/statementbuilder.h"
#include "reports/statementdocument.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
const QString Ns = QStringLiteral("财务部-prod");

Usage charge(qint64 key, const char *orderId, const char *region, const char *plan, qint64 units,
             const QDateTime &time, const QString &ns = Ns)
{
    Usage u;
    u.orderKey = key;
    u.orderId = QString::fromLatin1(orderId);
    u.region = QString::fromLatin1(region);
    u.planId = QString::fromLatin1(plan);
    u.amount = Money::fromUnits(units);
    u.time = time;
    u.ns = ns;
    return u;
}

QDateTime utc(int month, int day, int hour)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestStatement : public QObject
{
    Q_OBJECT

    static Statement october()
    {
        const MonthSpan month =
            MonthCalendar::months(QDate(2026, 10, 1), QDate(2026, 10, 1), Shanghai).constFirst();
        StatementBuilder b(Ns, month, Shanghai);
        b.addRegion(QStringLiteral("cn-north-1"));
        b.addRegion(QStringLiteral("cn-north-2"));
        b.addCharges({
            // Two resources orders (keys 1 and 4) under one ORDER_ID.
            charge(1, "x", "cn-north-1", "res-c1m2", 123000, utc(10, 2, 1)),
            charge(4, "x", "cn-north-1", "res-c2m4", 599000, utc(10, 20, 1)),
            charge(4, "x", "cn-north-1", "res-c2m4", -12345, utc(10, 25, 1)),
            // 1 October 00:30 in Shanghai is still September in UTC: in.
            charge(7, "vol", "cn-north-2", "vol-100g", 99901, utc(9, 30, 16).addSecs(1800)),
            // 31 October 23:59 UTC is November in Shanghai: out.
            charge(7, "vol", "cn-north-2", "vol-100g", 99901, utc(10, 31, 23)),
            charge(9, "other", "cn-north-1", "res-c1m2", 555, utc(10, 5, 1),
                   QStringLiteral("someone-else")),
        });
        Order vol;
        vol.id = 7;
        vol.ns = Ns;
        vol.region = QStringLiteral("cn-north-2");
        vol.orderId = QStringLiteral("vol");
        vol.resourceName = QStringLiteral("数据卷-1");
        b.addOrders({vol});
        Plan small;
        small.planId = QStringLiteral("res-c1m2");
        small.region = QStringLiteral("cn-north-1");
        small.name = QStringLiteral("基础型 1核2G");
        small.active = true;
        Plan big = small;
        big.planId = QStringLiteral("res-c2m4");
        big.name = QStringLiteral("标准型 2核4G");
        b.addPlans({small, big});
        return b.build(utc(11, 3, 2));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void linesAndTotals()
    {
        const Statement s = october();
        QCOMPARE(s.lines.size(), 3);
        // cn-north-1: key 1 (123000), key 4 (599000 - 12345); cn-north-2: key 7.
        QCOMPARE(s.lines.at(0).orderKey, qint64(1));
        QCOMPARE(s.lines.at(0).amount.units(), Q_INT64_C(123000));
        QCOMPARE(s.lines.at(0).planName, QStringLiteral("基础型 1核2G"));
        QCOMPARE(s.lines.at(1).orderKey, qint64(4));
        QCOMPARE(s.lines.at(1).charges, qint64(2));
        QCOMPARE(s.lines.at(1).amount.units(), Q_INT64_C(586655));
        QCOMPARE(s.lines.at(2).region, QStringLiteral("cn-north-2"));
        QCOMPARE(s.lines.at(2).resourceName, QStringLiteral("数据卷-1"));
        QCOMPARE(s.lines.at(2).amount.units(), Q_INT64_C(99901));
        QCOMPARE(s.subtotals.size(), 2);
        QCOMPARE(s.subtotals.at(0).amount.units(), Q_INT64_C(709655));
        QCOMPARE(s.subtotals.at(1).amount.units(), Q_INT64_C(99901));
        QCOMPARE(s.total.units(), Q_INT64_C(809556));
        QCOMPARE(s.charges, qint64(4));
        QVERIFY(s.orderKeysKnown);
    }

    // Regions: those read, and of them the ones the lines are in (a region
    // without a charge of the namespace is not on its statement); without
    // lines, none, and the document says which were read.
    void regionsOfTheLines()
    {
        const Statement both = october();
        QCOMPARE(both.regionsRead, (QStringList{"cn-north-1", "cn-north-2"}));
        QCOMPARE(both.regions, (QStringList{"cn-north-1", "cn-north-2"}));

        const MonthSpan month =
            MonthCalendar::months(QDate(2026, 10, 1), QDate(2026, 10, 1), Shanghai).constFirst();
        StatementBuilder one(Ns, month, Shanghai);
        one.addRegion(QStringLiteral("cn-north-1"));
        one.addRegion(QStringLiteral("cn-north-2"));
        one.addCharges({charge(7, "vol", "cn-north-2", "vol-100g", 99901, utc(10, 3, 1))});
        const Statement s = one.build(utc(11, 3, 2));
        QCOMPARE(s.regionsRead, (QStringList{"cn-north-1", "cn-north-2"}));
        QCOMPARE(s.regions, QStringList{"cn-north-2"});
        QCOMPARE(s.subtotals.size(), 1);
        const QString html = StatementDocument::html(s, QLocale());
        QVERIFY2(html.contains(QStringLiteral("<td>cn-north-2</td>")), qPrintable(html));

        StatementBuilder none(QStringLiteral("nosuch"), month, Shanghai);
        none.addRegion(QStringLiteral("cn-north-1"));
        none.addRegion(QStringLiteral("cn-north-2"));
        none.addCharges({charge(7, "vol", "cn-north-2", "vol-100g", 99901, utc(10, 3, 1))});
        const Statement empty = none.build(utc(11, 3, 2));
        QVERIFY(empty.lines.isEmpty());
        QCOMPARE(empty.regions, QStringList());
        QCOMPARE(empty.total, Money());
        const QString emptyHtml = StatementDocument::html(empty, QLocale());
        QVERIFY2(emptyHtml.contains(QStringLiteral("none with a charge (read: cn-north-1, "
                                                   "cn-north-2)")),
                 qPrintable(emptyHtml));
    }

    void pdfReadsBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("statement.pdf"));
        QString error;
        QVERIFY2(StatementDocument::writePdf(october(), path, &error), qPrintable(error));
        const QString text = PdfText::read(path);
        // 80.9556 yuan to the cent; 70.97 for cn-north-1 (70.9655).
        for (const QString &expected :
             {Ns, QStringLiteral("2026-10"), QStringLiteral("Asia/Shanghai"),
              QStringLiteral("基础型 1核2G"), QStringLiteral("标准型 2核4G"),
              QStringLiteral("数据卷-1"), QStringLiteral("80.96"), QStringLiteral("70.97"),
              QStringLiteral("80.9556")})
            QVERIFY2(text.contains(PdfText::bare(expected)),
                     qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        const QString fonts = PdfText::fonts(path);
        QVERIFY2(fonts.contains(QLatin1String("CJK")), qPrintable(fonts));
        for (const QString &row : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!row.trimmed().isEmpty())
                QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row)); // embedded
        }
    }

    void unwritablePathFails()
    {
        QString error;
        QVERIFY(
            !StatementDocument::writePdf(october(), QStringLiteral("/nonexistent/x.pdf"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/x.pdf")), qPrintable(error));
    }
};

QTEST_MAIN(TestStatement)
#include "tst_statement.moc"
