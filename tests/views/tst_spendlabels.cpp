// The spend chart's month labels stay readable however many months it
// shows: at a window's width and in an exported drawing, every label that
// is drawn is a whole "yyyy-MM" (never elided), no two overlap, the newest
// month always has one, and at most a few months in a row go unlabelled.
// The labels are read back from the chart's scene and from the SVG file.
// A legend entry cut short in a narrow chart shows its whole label as a
// tooltip. And the Spend view's Export button draws its menu arrow beside
// its text, never over it, in English and Chinese.

#include "languageswitcher.h"
#include "spendbreakdown.h"
#include "spendchart.h"
#include "spendexporter.h"
#include "spendview.h"
#include "testevents.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QRegularExpression monthText(QStringLiteral("^\\d{4}-\\d{2}$"));

SpendBreakdown breakdownOf(int monthCount)
{
    QList<QDate> months;
    QList<SpendCell> cells;
    const QDate first(2020, 1, 1);
    for (int m = 0; m < monthCount; ++m) {
        months.append(first.addMonths(m));
        for (int n = 0; n < 3; ++n)
            cells.append({QStringLiteral("ns-%1").arg(n), months.last(),
                          Money::fromUnits(10000LL * (100 + 37 * m + 11 * n)), 3});
    }
    return SpendBreakdown::compute(cells, months, 8);
}

struct Label
{
    QString text;
    QRectF rect;
};

// The month labels drawn on the x axis (the unlabelled months' zero-width
// names are left out), and any text that was cut short.
QList<Label> monthLabels(const QGraphicsScene *scene, QStringList *elided)
{
    QList<Label> labels;
    const auto items = scene->items();
    for (const QGraphicsItem *item : items) {
        const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
        if (!text || !text->isVisible())
            continue;
        const QString t = text->toPlainText();
        if (t.contains(QChar(0x2026)) || t.contains(QLatin1String("...")))
            elided->append(QStringLiteral("\"%1\" at x %2").arg(t).arg(text->scenePos().x()));
        if (monthText.match(t).hasMatch())
            labels.append({t, text->sceneBoundingRect()});
    }
    return labels;
}

// The bounding box of the pixels that differ between two drawings of one
// widget (of the same size).
QRect difference(const QImage &a, const QImage &b)
{
    QRect box;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

class TestSpendLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readableOnScreen_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("width");
        for (int months : {12, 25, 36, 60, 120}) {
            for (int width : {700, 1000, 1340})
                QTest::addRow("%d months, %d px", months, width) << months << width;
        }
    }

    void readableOnScreen()
    {
        QFETCH(int, months);
        QFETCH(int, width);
        const SpendBreakdown b = breakdownOf(months);
        SpendChart chart;
        chart.resize(width, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setBreakdown(b,
                           {QStringLiteral("ns-0"), QStringLiteral("ns-1"), QStringLiteral("ns-2")},
                           QStringLiteral("Spend"));
        TestEvents::drain(); // the chart lays itself out on the next turn

        QStringList elided;
        QList<Label> labels = monthLabels(chart.scene(), &elided);
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QLatin1String(" | "))));
        std::sort(labels.begin(), labels.end(),
                  [](const Label &a, const Label &b) { return a.rect.left() < b.rect.left(); });
        QVERIFY(!labels.isEmpty());
        // The newest month is labelled, and the labels are months of the
        // chart in order, evenly spaced by the step the chart chose.
        const QString newest = b.months().last().toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(labels.last().text, newest);
        const int step = chart.monthLabelStep();
        QVERIFY2(step >= 1 && step <= 4 + months / 20, qPrintable(QString::number(step)));
        QCOMPARE(int(labels.size()), (months - 1) / step + 1);
        for (int i = 0; i < labels.size(); ++i) {
            const QDate month = b.months().at(months - 1 - (int(labels.size()) - 1 - i) * step);
            QCOMPARE(labels.at(i).text, month.toString(QStringLiteral("yyyy-MM")));
            if (i > 0)
                QVERIFY2(!labels.at(i).rect.intersects(labels.at(i - 1).rect),
                         qPrintable(labels.at(i).text));
        }
    }

    void readableInExports_data()
    {
        QTest::addColumn<int>("months");
        for (int months : {25, 36, 72})
            QTest::addRow("%d months", months) << months;
    }

    void readableInExports()
    {
        QFETCH(int, months);
        const SpendBreakdown b = breakdownOf(months);
        SpendChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setBreakdown(b,
                           {QStringLiteral("ns-0"), QStringLiteral("ns-1"), QStringLiteral("ns-2")},
                           QStringLiteral("Spend"));
        TestEvents::drain();
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("spend.svg"));
        QString error;
        QVERIFY2(SpendExporter::writeSvg(&chart, svg, QStringLiteral("Spend"), &error),
                 qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.contains(QChar(0x2026)));
        int found = 0;
        for (const QDate &month : b.months())
            found += text.contains(month.toString(QStringLiteral(">yyyy-MM<")));
        QCOMPARE(found, (months - 1) / chart.monthLabelStep() + 1);
        QVERIFY(text.contains(b.months().last().toString(QStringLiteral(">yyyy-MM<"))));

        // A PNG of a hidden chart is laid out at its own size, and the
        // labels follow it there and back.
        chart.hide();
        const int stepShown = chart.monthLabelStep();
        const QImage image = chart.renderImage(QSize(600, 400));
        QVERIFY(!image.isNull());
        QCOMPARE(chart.monthLabelStep(), stepShown);
    }

    // In a narrow chart the one-row legend cuts its entries short; each one
    // cut short shows its whole label as a tooltip.
    void legendCutShortHasTooltip()
    {
        QList<QDate> months;
        QList<SpendCell> cells;
        QStringList labels;
        for (int m = 0; m < 12; ++m)
            months.append(QDate(2026, 1, 1).addMonths(m));
        for (int n = 0; n < 9; ++n) {
            const QString ns = QStringLiteral("web-frontend-%1").arg(n);
            for (const QDate &month : std::as_const(months))
                cells.append({ns, month, Money::fromUnits(10000LL * (900 - n)), 1});
        }
        const SpendBreakdown b = SpendBreakdown::compute(cells, months, 8);
        QVERIFY(b.hasOthers());
        for (int g = 0; g < b.groupCount(); ++g)
            labels.append(b.isOthers(g) ? QStringLiteral("其他（1）") : b.groupNamespace(g));
        SpendChart chart;
        chart.resize(600, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setBreakdown(b, labels, QStringLiteral("Spend"));
        TestEvents::drain();

        QStringList cut, whole;
        const auto items = chart.scene()->items();
        for (const QGraphicsItem *item : items) {
            const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
            const QString shown = text ? text->toPlainText() : QString();
            const QString ellipsis =
                shown.contains(QChar(0x2026)) ? QString(QChar(0x2026)) : QStringLiteral("...");
            if (!text || !text->isVisible() || !shown.endsWith(ellipsis))
                continue;
            cut.append(shown);
            // The tooltip sits on the entry (the text's parent) or the text.
            const QString tip = !text->toolTip().isEmpty() || !text->parentItem()
                                    ? text->toolTip()
                                    : text->parentItem()->toolTip();
            const QString stem = shown.chopped(ellipsis.size());
            QVERIFY2(labels.contains(tip) || tip == QStringLiteral("Monthly total"),
                     qPrintable(shown + QStringLiteral(" -> \"") + tip + '"'));
            QVERIFY2(tip.startsWith(stem), qPrintable(tip));
            whole.append(tip);
        }
        QVERIFY2(!cut.isEmpty(), "nothing was cut short at 600 px: the test shows nothing");
        QVERIFY2(whole.contains(QStringLiteral("其他（1）")), qPrintable(whole.join(" | ")));
    }

    void exportArrowBesideText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << "en"
                            << "Export";
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("导出");
    }

    // The text's pixels (the button drawn with and without its text) and the
    // arrow's (drawn without text, with and without the menu) keep a clear
    // gap of 4 px at least: no arrow squeezed into the corner against the
    // last letter (the tool button left 0 px in English, 1 in Chinese).
    void exportArrowBesideText()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        LanguageSwitcher switcher;
        if (!switcher.setLanguage(language))
            QSKIP("The translation is not built into this binary");
        SpendView view;
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *button = view.findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(button && button->menu());
        QCOMPARE(button->text(), text);
        button->setEnabled(true); // as when there is something to export
        const QImage full = button->grab().toImage();
        button->setText(QString());
        const QImage noText = button->grab().toImage();
        QMenu *menu = button->menu();
        button->setMenu(nullptr);
        const QImage plain = button->grab().toImage();
        button->setMenu(menu);
        button->setText(text);
        QCOMPARE(full.size(), plain.size());
        const QRect textBox = difference(full, noText);
        const QRect arrowBox = difference(noText, plain);
        QVERIFY(!textBox.isEmpty());
        QVERIFY(!arrowBox.isEmpty());
        QVERIFY2(arrowBox.left() - textBox.right() - 1 >= 4,
                 qPrintable(QStringLiteral("text x %1..%2, arrow x %3..%4 in a %5 px button")
                                .arg(textBox.left())
                                .arg(textBox.right())
                                .arg(arrowBox.left())
                                .arg(arrowBox.right())
                                .arg(button->width())));
    }
};

QTEST_MAIN(TestSpendLabels)
#include "tst_spendlabels.moc"
