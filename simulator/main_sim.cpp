// usage-service-sim: a faithful fake of the usage service's REST API
// (/usageapi/v1) and the plan service's routes over the schema of SPEC §2.
#include "simoptions.h"
#include "simserver.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usage-service-sim"));

    QString error;
    const auto options = SimOptions::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    SimServer server(*options);
    error = server.open();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "usage-service-sim: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = server.start();
    if (port == 0) {
        std::fprintf(stderr, "usage-service-sim: cannot listen on %s:%u\n",
                     qPrintable(options->address.toString()), unsigned(options->port));
        return 1;
    }
    std::printf("listening on %s://%s:%u\n", options->tls() ? "https" : "http",
                qPrintable(options->address.toString()), unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
