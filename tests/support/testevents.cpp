#include "testevents.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace TestEvents {

void drain(int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        // A real zero-interval timer (QTimer::singleShot(0) would post an
        // event instead): it fires after the zero timers started before it,
        // and posted events are delivered before timers fire.
        QEventLoop loop;
        QTimer barrier;
        barrier.setSingleShot(true);
        barrier.setInterval(0);
        QObject::connect(&barrier, &QTimer::timeout, &loop, &QEventLoop::quit);
        barrier.start();
        loop.exec();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

} // namespace TestEvents
