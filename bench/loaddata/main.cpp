// The demo data as LOAD DATA files for MariaDB, for the benchmark scripts
// (bench/benchlib.sh builds and runs it): the same rows `usagectl demo-db
// create` writes into SQLite, from the same options.
//
//   uc-bench-loaddata DIR NAMESPACES MONTHS ORDERS_PER_NAMESPACE SEED UNTIL
//
// Prints "orders=N charges=N".

#include "demo/demodatagenerator.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 7) {
        std::fprintf(stderr, "usage: uc-bench-loaddata DIR NAMESPACES MONTHS ORDERS SEED UNTIL\n");
        return 2;
    }
    DemoOptions o;
    o.namespaces = std::atoi(argv[2]);
    o.months = std::atoi(argv[3]);
    o.ordersPerNamespace = std::atof(argv[4]);
    o.seed = std::strtoull(argv[5], nullptr, 10);
    o.until = QDate::fromString(QString::fromLatin1(argv[6]), Qt::ISODate);
    const auto r = DemoDataGenerator(o).writeLoadDataFiles(QString::fromLocal8Bit(argv[1]));
    if (!r) {
        std::fprintf(stderr, "uc-bench-loaddata: %s\n", qPrintable(r.error().message()));
        return 1;
    }
    std::printf("orders=%lld charges=%lld\n", static_cast<long long>(r.value().orders),
                static_cast<long long>(r.value().charges));
    return 0;
}
