#include "spendchart.h"

#include "core/percentshares.h"
#include "displayformat.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

// A fixed, colour-blind friendlier palette (Tableau 10 plus two): the chart
// theme's five colours would repeat within the default top 8.
const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors = {
        QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
        QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
        QColor(0x9c755f), QColor(0x86bcb6), QColor(0xd37295), QColor(0x8cd17d),
    };
    return colors;
}

double toYuan(Money m)
{
    // Display geometry only: every number a person reads comes from Money.
    return double(m.units()) / double(Money::UnitsPerYuan);
}

} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // The legend is one row: in a narrow window its entries are cut short
    // ("其他（…"); hovering one shows it whole.
    chart()->legend()->setShowToolTips(true);
    chart()->setLocalizeNumbers(true);
    setMinimumHeight(240);
    // The room per month changes with the size (of the window, or of an
    // exported image): the labels follow.
    connect(chart(), &QChart::plotAreaChanged, this, &SpendChart::fitMonthLabels);
}

void SpendChart::clear()
{
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_sets.clear();
    m_forecastSets.clear();
    m_bars = nullptr;
    m_total = nullptr;
    m_forecastTotal = nullptr;
    m_months = nullptr;
    m_labelAngle = 0;
    m_labelStep = 1;
    m_breakdown = SpendBreakdown();
    m_labels.clear();
}

void SpendChart::setBreakdown(const SpendBreakdown &breakdown, const QStringList &labels,
                              const QString &title)
{
    clear();
    m_breakdown = breakdown;
    m_labels = labels;
    chart()->setTitle(title);
    if (breakdown.isEmpty())
        return;

    const int months = int(breakdown.months().size());
    m_bars = new QStackedBarSeries;
    for (int g = 0; g < breakdown.groupCount(); ++g) {
        auto *set = new QBarSet(labels.value(g));
        const QColor color =
            breakdown.isOthers(g) ? QColor(0xbab0ac) : seriesColors().at(g % seriesColors().size());
        set->setColor(color);
        set->setBorderColor(color.darker(120));
        for (int m = 0; m < months; ++m)
            set->append(toYuan(breakdown.amount(g, m)));
        m_bars->append(set);
        m_sets.append(set);
    }
    if (breakdown.hasForecast()) {
        // On top of everything written: the renewals still to come, hatched
        // in each group's colour; one legend entry for all of them.
        for (int g = 0; g < breakdown.groupCount(); ++g) {
            auto *set = new QBarSet(labels.value(g));
            const QColor color = m_sets.at(g)->color();
            set->setBrush(QBrush(color, Qt::BDiagPattern));
            set->setBorderColor(color);
            for (int m = 0; m < months; ++m)
                set->append(toYuan(breakdown.renewals(g, m)));
            m_bars->append(set);
            m_forecastSets.append(set);
        }
        auto *legend = new QBarSet(tr("Renewals to come (forecast)"));
        legend->setBrush(QBrush(QColor(0x555555), Qt::BDiagPattern));
        legend->setBorderColor(QColor(0x555555));
        for (int m = 0; m < months; ++m)
            legend->append(0);
        m_bars->append(legend);
    }
    m_bars->setBarWidth(0.7);

    m_total = new QLineSeries;
    m_total->setName(tr("Monthly total"));
    m_total->setPointsVisible(true);
    QPen pen(QColor(0x333333));
    pen.setWidthF(2.0);
    m_total->setPen(pen);
    // Written months on a solid line; months with a forecast go on on a
    // dashed one, at written + renewals to come (not down to what is
    // written so far).
    for (int m = 0; m < months; ++m) {
        if (!breakdown.isForecastMonth(m))
            m_total->append(m, toYuan(breakdown.monthTotal(m)));
    }
    if (breakdown.hasForecast()) {
        m_forecastTotal = new QLineSeries;
        m_forecastTotal->setName(tr("Forecast total"));
        m_forecastTotal->setPointsVisible(true);
        pen.setStyle(Qt::DashLine);
        m_forecastTotal->setPen(pen);
        for (int m = 0; m < months; ++m) {
            const bool joins =
                m + 1 < months && !breakdown.isForecastMonth(m) && breakdown.isForecastMonth(m + 1);
            if (joins || breakdown.isForecastMonth(m))
                m_forecastTotal->append(
                    m,
                    toYuan(breakdown.monthTotal(m) +
                           (breakdown.isForecastMonth(m) ? breakdown.monthRenewals(m) : Money())));
        }
    }

    chart()->addSeries(m_bars);
    chart()->addSeries(m_total);
    if (m_forecastTotal)
        chart()->addSeries(m_forecastTotal);
    for (QLegendMarker *marker : chart()->legend()->markers(m_bars)) {
        auto *bar = qobject_cast<QBarLegendMarker *>(marker);
        if (bar && m_forecastSets.contains(bar->barset()))
            marker->setVisible(false);
    }

    // A value axis over the month indexes, labelled on chosen months: a bar
    // category axis gives each label one month's width and elides it ("202…")
    // when months are many.
    auto *xAxis = new QCategoryAxis;
    xAxis->setRange(-0.5, months - 0.5);
    xAxis->setStartValue(-0.5);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setGridLineVisible(false);
    m_months = xAxis;
    fitMonthLabels();
    // Credits (negative charges) stack below zero: the range must show them.
    double low = 0, high = 0;
    for (int m = 0; m < months; ++m) {
        double up = 0, down = 0;
        for (int g = 0; g < breakdown.groupCount(); ++g) {
            const double v = toYuan(breakdown.amount(g, m));
            (v >= 0 ? up : down) += v;
            up += toYuan(breakdown.renewals(g, m));
        }
        high = std::max({high, up, toYuan(breakdown.monthTotal(m))});
        low = std::min({low, down, toYuan(breakdown.monthTotal(m))});
    }
    if (high <= low)
        high = low + 1;
    auto *yAxis = new QValueAxis;
    yAxis->setRange(low, high);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Yuan"));

    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_bars), static_cast<QAbstractSeries *>(m_total),
          static_cast<QAbstractSeries *>(m_forecastTotal)}) {
        if (!series)
            continue;
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    if (m_forecastTotal)
        connect(m_forecastTotal, &QLineSeries::hovered, this, &SpendChart::showTotalTip);

    connect(m_bars, &QStackedBarSeries::hovered, this, &SpendChart::showSegmentTip);
    connect(m_bars, &QStackedBarSeries::clicked, this, [this](int month, QBarSet *set) {
        const int group = int(m_sets.indexOf(set));
        if (group >= 0)
            Q_EMIT segmentClicked(group, month);
    });
    connect(m_total, &QLineSeries::hovered, this, &SpendChart::showTotalTip);
}

void SpendChart::fitMonthLabels()
{
    if (!m_months)
        return;
    const QList<QDate> &months = m_breakdown.months();
    const QFontMetricsF metrics(m_months->labelsFont());
    // QtCharts elides a label that does not fit between its neighbours,
    // padding included.
    const qreal label = metrics.horizontalAdvance(QStringLiteral("0000-00")) + 12;
    const qreal line = metrics.height() + 12;
    // Before the first layout the plot area is empty: guess from the view.
    qreal plot = chart()->plotArea().width();
    if (plot <= 0)
        plot = qMax(200, width() - 120);
    const qreal slot = plot / qMax<qsizetype>(1, months.size());
    int angle = 0;
    int step = 1;
    if (slot < label) {
        angle = -90;
        step = qMax(1, int(std::ceil(line / slot)));
    }
    if (angle == m_labelAngle && step == m_labelStep && m_months->count() > 0)
        return;
    m_labelAngle = angle;
    m_labelStep = step;
    // Counted from the newest month, so the latest one always has its label.
    const QStringList old = m_months->categoriesLabels();
    for (const QString &label : old)
        m_months->remove(label);
    const int last = int(months.size()) - 1;
    for (int m = last % step; m <= last; m += step)
        m_months->append(months.at(m).toString(QStringLiteral("yyyy-MM")), m);
    m_months->setLabelsAngle(angle);
}

void SpendChart::showSegmentTip(bool status, int month, QBarSet *set)
{
    const int group = int(m_sets.indexOf(set));
    const int forecastGroup = int(m_forecastSets.indexOf(set));
    if (!status || (group < 0 && forecastGroup < 0) || month < 0 ||
        month >= m_breakdown.months().size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(
        QCursor::pos(),
        group >= 0 ? segmentToolTip(group, month) : forecastToolTip(forecastGroup, month), this);
}

QString SpendChart::segmentToolTip(int group, int month) const
{
    const QString monthText = m_breakdown.months().at(month).toString(QStringLiteral("yyyy-MM"));
    QString text = tr("%1\n%2: %3 (%n charge(s))", nullptr, int(m_breakdown.charges(group, month)))
                       .arg(m_labels.value(group), monthText,
                            DisplayFormat::money(m_breakdown.amount(group, month)));
    if (const auto share = m_breakdown.share(group, month))
        text += QLatin1Char('\n') +
                tr("%1% of %2").arg(PercentShares::text(*share, QLocale()), monthText);
    if (m_breakdown.isOthers(group)) {
        const QStringList members = m_breakdown.othersMembers();
        QString names = members.mid(0, 5).join(QStringLiteral(", "));
        if (members.size() > 5)
            names += QStringLiteral(", …");
        text += QLatin1Char('\n') + names;
    }
    text += QLatin1Char('\n') + tr("Click to list these charges.");
    return text;
}

QString SpendChart::forecastToolTip(int group, int month) const
{
    const Money written = m_breakdown.amount(group, month);
    const Money renewals = m_breakdown.renewals(group, month);
    QString text = tr("%1\nForecast for %2 from the order book")
                       .arg(m_labels.value(group),
                            m_breakdown.months().at(month).toString(QStringLiteral("yyyy-MM")));
    text += QLatin1Char('\n') + tr("Written: %1").arg(DisplayFormat::money(written));
    text += QLatin1Char('\n') + tr("Renewals to come: %1 (%n renewal(s))", nullptr,
                                   int(m_breakdown.renewalCount(group, month)))
                                    .arg(DisplayFormat::money(renewals));
    text += QLatin1Char('\n') + tr("Forecast: %1").arg(DisplayFormat::money(written + renewals));
    const Money atRisk = m_breakdown.atRisk(group, month);
    if (atRisk != Money())
        text += QLatin1Char('\n') +
                tr("At risk (last renewal failed): %1").arg(DisplayFormat::money(atRisk));
    text += QLatin1Char('\n') + tr("Cancels and new orders are not foreseen.");
    return text;
}

void SpendChart::showTotalTip(const QPointF &point, bool state)
{
    const int month = qRound(point.x());
    if (!state || month < 0 || month >= m_breakdown.months().size()) {
        QToolTip::hideText();
        return;
    }
    QString text = tr("Total %1: %2 (%n charge(s))", nullptr, int(m_breakdown.monthCharges(month)))
                       .arg(m_breakdown.months().at(month).toString(QStringLiteral("yyyy-MM")),
                            DisplayFormat::money(m_breakdown.monthTotal(month)));
    if (m_breakdown.hasForecast() && m_breakdown.isForecastMonth(month))
        text +=
            QLatin1Char('\n') + tr("Forecast: %1")
                                    .arg(DisplayFormat::money(m_breakdown.monthTotal(month) +
                                                              m_breakdown.monthRenewals(month)));
    QToolTip::showText(QCursor::pos(), text, this);
}

QPoint SpendChart::segmentCenter(int group, int month) const
{
    if (!m_bars || group < 0 || group >= m_breakdown.groupCount() || month < 0 ||
        month >= m_breakdown.months().size())
        return {};
    // Segments of one sign stack on each other, so the centre is the sum of
    // the earlier same-signed segments plus half of this one.
    const double value = toYuan(m_breakdown.amount(group, month));
    double base = 0;
    for (int g = 0; g < group; ++g) {
        const double v = toYuan(m_breakdown.amount(g, month));
        if ((v >= 0) == (value >= 0))
            base += v;
    }
    const QPointF inChart = chart()->mapToPosition(QPointF(month, base + value / 2), m_bars);
    return mapFromScene(chart()->mapToScene(inChart));
}

QImage SpendChart::renderImage(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    if (isVisible() && viewport()->size() == size) {
        render(&painter);
    } else {
        // A hidden view has no laid-out chart: lay the chart out at the
        // wanted size and draw its scene directly, then put it back.
        const QSizeF before = chart()->size();
        chart()->resize(size);
        scene()->render(&painter, QRectF(QPointF(0, 0), size), chart()->sceneBoundingRect());
        chart()->resize(before);
    }
    return image;
}
