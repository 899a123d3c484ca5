#pragma once

#include <QBasicTimer>
#include <QWidget>

// A small spinner shown while a view waits for the backend. Keeps its size
// when idle so the layout around it does not jump.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QBasicTimer m_timer;
    bool m_busy = false;
    int m_angle = 0;
};
