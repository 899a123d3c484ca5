// How long the Spend view takes to show its chart: the window's Spend view
// (offscreen) over a database through the roll-up cache, from setBackend()
// to a chart with data, cold (empty cache) and warm. Prints one line per run.
//
//   uc-bench-spendview --db sqlite:PATH|mysql://USER@HOST:PORT/DB --region R
//                      [--tz ZONE] [--runs N] [--cache FILE]
//
// The MySQL password comes from USAGECTL_DB_PASSWORD, as for usagectl.

#include "cache/cachingbackend.h"
#include "cache/rollupcache.h"
#include "spendview.h"
#include "sql/sqlbackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

qint64 openOnce(const ConnectionSpec &spec, const QString &cache, const QString &region,
                const QTimeZone &zone)
{
    auto inner = std::make_shared<SqlBackend>(spec);
    CachingBackend backend(inner, cache, [spec] { return std::make_shared<SqlBackend>(spec); });
    backend.setVerifyInBackground(false);
    SpendView view;
    view.resize(1200, 800);
    view.show();
    QElapsedTimer t;
    t.start();
    view.setDisplayZone(zone);
    view.setRegion(region);
    view.setBackend(&backend);
    if (!QTest::qWaitFor([&] { return view.hasData() && !view.isBusy(); }, 600000)) {
        std::fprintf(stderr, "no chart after 10 minutes: %s\n", qPrintable(view.messageText()));
        return -1;
    }
    const qint64 ms = t.elapsed();
    view.setBackend(nullptr);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("spec")});
    p.addOption({QStringLiteral("region"), QStringLiteral("region"), QStringLiteral("id")});
    p.addOption({QStringLiteral("tz"), QStringLiteral("zone"), QStringLiteral("zone"),
                 QStringLiteral("Asia/Shanghai")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("warm runs"), QStringLiteral("n"),
                 QStringLiteral("5")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("cache file (default: a fresh one)"),
                 QStringLiteral("file")});
    p.process(app);
    auto spec = ConnectionSpec::parse(p.value(QStringLiteral("db")));
    if (!spec) {
        std::fprintf(stderr, "--db: %s\n", qPrintable(spec.error().message()));
        return 2;
    }
    spec.value().password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("USAGECTL_DB_PASSWORD"));
    QTemporaryDir dir;
    const QString cache = p.isSet(QStringLiteral("cache"))
                              ? p.value(QStringLiteral("cache"))
                              : dir.filePath(QStringLiteral("rollups.sqlite"));
    const QTimeZone zone(p.value(QStringLiteral("tz")).toUtf8());
    const QString region = p.value(QStringLiteral("region"));
    const int runs = p.value(QStringLiteral("runs")).toInt();

    std::printf("cold: %lld ms\n",
                static_cast<long long>(openOnce(spec.value(), cache, region, zone)));
    for (int i = 0; i < runs; ++i)
        std::printf("warm: %lld ms\n",
                    static_cast<long long>(openOnce(spec.value(), cache, region, zone)));
    return 0;
}
