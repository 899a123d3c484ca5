#include "busyindicator.h"

#include <QEvent>
#include <QPainter>
#include <QTimerEvent>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("busyIndicator"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Loading…"));
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_timer.start(80, this);
    else
        m_timer.stop();
    update();
}

QSize BusyIndicator::sizeHint() const
{
    return {20, 20};
}

void BusyIndicator::paintEvent(QPaintEvent *)
{
    if (!m_busy)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(width() / 2.0, height() / 2.0);
    painter.rotate(m_angle);
    const qreal radius = qMin(width(), height()) / 2.0 - 1;
    QColor color = palette().color(QPalette::Highlight);
    for (int i = 0; i < 12; ++i) {
        color.setAlphaF(0.15 + 0.85 * i / 11.0);
        painter.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(0, -radius * 0.5), QPointF(0, -radius));
        painter.rotate(30);
    }
}

void BusyIndicator::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId())
        return QWidget::timerEvent(event);
    m_angle = (m_angle + 30) % 360;
    update();
}

void BusyIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setToolTip(tr("Loading…"));
    QWidget::changeEvent(event);
}
