// faulty-http-server: the test suite's misbehaving HTTP server on its own,
// for trying usagectl against it by hand (docs/reliability.md):
//   faulty-http-server endless-chunked 18081 &
//   usagectl --api http://127.0.0.1:18081/usageapi/v1 usages list --region r
// It prints its address on stdout and each request it gets on stderr.

#include "faultyhttpserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    FaultyHttpServer::Behaviour behaviour{};
    if (args.isEmpty() || !FaultyHttpServer::behaviourFromName(args.first(), &behaviour)) {
        err << "usage: faulty-http-server "
            << FaultyHttpServer::behaviourNames().join(QLatin1Char('|')) << '\n';
        return 2;
    }
    FaultyHttpServer server(behaviour);
    if (!server.start()) {
        err << "faulty-http-server: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << server.usageApi().toString() << Qt::endl;
    // Each request on stderr, with the time since start, to see what a
    // client sends after a fault.
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&server, &FaultyHttpServer::requestReceived, &app,
                     [&clock](const QString &line) {
                         QTextStream(stderr) << QString::number(clock.elapsed() / 1000.0, 'f', 2)
                                             << " s " << line << Qt::endl;
                     });
    return app.exec();
}
