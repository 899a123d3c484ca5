#pragma once

#include "spendbreakdown.h"

#include <QChartView>
#include <QList>
#include <QStringList>

class QCategoryAxis;
class QBarSet;
class QLineSeries;
class QStackedBarSeries;

// The spend chart: one stacked bar per month (a segment per group, "others"
// in grey) and a line for the monthly total on the same axes. Hovering shows
// the exact amount and the group's share of the month; clicking a segment
// reports its group and month. A breakdown with a forecast stacks, on top of
// each forecast month's bar, the renewals still to come: hatched in each
// group's colour, with their own tooltip.
class SpendChart : public QChartView
{
    Q_OBJECT
public:
    explicit SpendChart(QWidget *parent = nullptr);

    // `labels`: one per group of `breakdown`, as the legend shows them.
    void setBreakdown(const SpendBreakdown &breakdown, const QStringList &labels,
                      const QString &title);
    void clear();

    // The centre of a bar segment in viewport coordinates (for tests and
    // keyboard-less automation); null when there is no such segment.
    QPoint segmentCenter(int group, int month) const;
    // The chart drawn at `size` on white, whether or not the view is shown.
    QImage renderImage(const QSize &size);

    // How the month labels are drawn at the current size: their angle and
    // every how many months one is labelled (for tests).
    int monthLabelAngle() const { return m_labelAngle; }
    int monthLabelStep() const { return m_labelStep; }

    // What hovering a segment (a forecast segment) of a group and month shows.
    QString segmentToolTip(int group, int month) const;
    QString forecastToolTip(int group, int month) const;
    // The hatched sets, one per group; empty without a forecast.
    const QList<QBarSet *> &forecastSets() const { return m_forecastSets; }

Q_SIGNALS:
    void segmentClicked(int group, int month);

private:
    // Keeps the month labels readable at any width: flat when they fit
    // side by side, upright when not, and only every n-th month (counted
    // back from the newest) when even upright they would touch.
    void fitMonthLabels();
    void showSegmentTip(bool status, int month, QBarSet *set);
    void showTotalTip(const QPointF &point, bool state);

    SpendBreakdown m_breakdown;
    QStringList m_labels;
    QList<QBarSet *> m_sets;
    QList<QBarSet *> m_forecastSets;
    QStackedBarSeries *m_bars = nullptr;
    QLineSeries *m_total = nullptr;
    QLineSeries *m_forecastTotal = nullptr; // dashed, over the forecast months
    QCategoryAxis *m_months = nullptr;
    int m_labelAngle = 0;
    int m_labelStep = 1;
};
