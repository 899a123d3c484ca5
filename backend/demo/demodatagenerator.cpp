#include "demo/demodatagenerator.h"

#include "demo/democatalog.h"
#include "demo/demodeadlines.h"
#include "demo/demonamespacesim.h"
#include "demo/demorng.h"
#include "demo/demorowsink.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

// How the demo world is made (all from one seeded PRNG, no clock):
//  * a fixed plan catalog in both regions; some plans have older price
//    versions (STATUS 'N'), changed at seeded instants inside the window;
//  * per namespace a Zipf-skewed number of order *lines*; each line is one
//    service instance simulated from its start to `now` as a chain of orders,
//    step by step as the service would have written them (renewals 7 days
//    before the deadline, failures, cancellations, upgrades);
//  * pass 1 simulates a namespace into compact order plans, which are then
//    numbered in start order and expanded into rows (pass 2), so memory holds
//    one namespace's plans, never its rows.

namespace {

using Kind = DemoCatalog::Kind;
using Version = DemoCatalog::Version;
constexpr Kind Resources = DemoCatalog::Resources;
constexpr Kind Volume = DemoCatalog::Volume;
constexpr Kind Bsi = DemoCatalog::Bsi;
constexpr qint64 Day = DemoDeadlines::Day;

const char *const regionIds[] = {"cn-north-1", "cn-north-2"};
const char *const fixedNamespaces[] = {"finance-prod",   "demo-team",   "data-platform",
                                       "web-frontend",   "ml-research", "ops-monitoring",
                                       "mobile-backend", "qa-staging"};

} // namespace

// ---------------------------------------------------------------- generator

DemoDataGenerator::DemoDataGenerator(DemoOptions options)
    : m_options(std::move(options))
{
}

QDateTime DemoDataGenerator::generationInstant() const
{
    const QDate until =
        m_options.until.isValid() ? m_options.until : QDateTime::currentDateTimeUtc().date();
    return QDateTime(until, QTime(0, 0), Qt::UTC);
}

Result<DemoStats> DemoDataGenerator::writeTo(QSqlDatabase &db, const QString &planDatabase,
                                             const std::function<bool(qint64)> &progress)
{
    auto sink = makeSqlDemoSink(db, planDatabase);
    return generate(*sink, progress);
}

Result<DemoStats> DemoDataGenerator::writeLoadDataFiles(const QString &dir,
                                                        const std::function<bool(qint64)> &progress)
{
    auto sink = makeLoadDataDemoSink(dir);
    return generate(*sink, progress);
}

Result<DemoStats> DemoDataGenerator::generate(DemoRowSink &sink,
                                              const std::function<bool(qint64)> &progress)
{
    const DemoOptions &opt = m_options;
    if (opt.namespaces < 1 || opt.namespaces > 1000000 || opt.months < 1 || opt.months > 240 ||
        !(opt.ordersPerNamespace > 0) || opt.ordersPerNamespace > 100000)
        return BackendError(BackendError::Category::InvalidInput,
                            QCoreApplication::translate(
                                "DemoDataGenerator",
                                "Demo data needs 1 to 1,000,000 namespaces, 1 to 240 months and a "
                                "positive number of orders per namespace."));
    if (!opt.serviceZone.isValid())
        return BackendError(BackendError::Category::InvalidInput,
                            QCoreApplication::translate("DemoDataGenerator",
                                                        "The service time zone is not valid."));

    const QDateTime nowDt = generationInstant();
    const qint64 now = nowDt.toSecsSinceEpoch();
    const qint64 windowStart =
        QDateTime(nowDt.date().addMonths(-opt.months), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const DemoCatalog catalog(opt.seed, windowStart, now, !opt.steady);
    const DemoDeadlines deadlines(opt.serviceZone, windowStart - 60 * Day, now + 100 * Day);
    const DemoWorld world{now, windowStart, &catalog, &deadlines, opt.steady};

    auto failed = [&sink](bool cancelled = false) -> Result<DemoStats> {
        sink.abort();
        if (cancelled)
            return BackendError(BackendError::Category::InvalidInput,
                                QCoreApplication::translate("DemoDataGenerator",
                                                            "Demo data generation was cancelled."));
        return BackendError(BackendError::Category::Server, sink.errorMessage(),
                            sink.errorDetails());
    };

    if (!sink.begin())
        return failed();
    DemoStats stats;
    static const char *const regionLabels[2][2] = {{"华北一区", "North China 1"},
                                                   {"华北二区", "North China 2"}};
    for (int r = 0; r < 2; ++r) {
        if (!sink.addRegion({r + 1, QString::fromUtf8(regionLabels[r][0]),
                             QString::fromUtf8(regionLabels[r][1]),
                             QString::fromLatin1(regionIds[r])}))
            return failed();
    }
    for (const DemoPlanRow &row : catalog.rows()) {
        if (!sink.addPlan(row))
            return failed();
        ++stats.planVersions;
    }

    // Zipf-skewed line counts over a seeded permutation of ranks.
    const int nsCount = opt.namespaces;
    std::vector<int> rank(nsCount);
    for (int i = 0; i < nsCount; ++i)
        rank[i] = i + 1;
    DemoRng rankRng(opt.seed, 3);
    for (int i = nsCount - 1; i > 0; --i)
        std::swap(rank[i], rank[rankRng.below(i + 1)]);
    double harmonic = 0;
    for (int i = 1; i <= nsCount; ++i)
        harmonic += 1.0 / i;

    const QString regionNames[2] = {QString::fromLatin1(regionIds[0]),
                                    QString::fromLatin1(regionIds[1])};
    const QString typeNames[3] = {DemoCatalog::typeName(Resources), DemoCatalog::typeName(Volume),
                                  DemoCatalog::typeName(Bsi)};
    qint64 orderKey = 0;
    qint64 reported = 0;
    DemoChargeRow c;
    DemoOrderRow o;
    std::vector<std::pair<qint64, qint64>> periods; // (time, deadline) per charge

    for (int ns = 0; ns < nsCount; ++ns) {
        const QString name = ns < int(std::size(fixedNamespaces))
                                 ? QString::fromLatin1(fixedNamespaces[ns])
                                 : QStringLiteral("ns-%1").arg(ns + 1, 4, 10, QLatin1Char('0'));
        const QString resourcesOrderId = name + QStringLiteral("-resources");
        const int lines =
            std::max(1, int(std::llround(opt.ordersPerNamespace * nsCount / rank[ns] / harmonic)));
        std::vector<DemoOrderPlan> orders =
            DemoNamespaceSim(world, DemoRng(opt.seed, 1000 + quint64(ns))).run(lines);
        std::sort(orders.begin(), orders.end(), [](const DemoOrderPlan &a, const DemoOrderPlan &b) {
            return a.start != b.start ? a.start < b.start : a.seq < b.seq;
        });

        for (const DemoOrderPlan &p : orders) {
            const Kind kind = catalog.kind(p.plan);
            o.id = ++orderKey;
            o.orderId = kind == Resources ? resourcesOrderId : QString::fromLatin1(p.orderId, 16);
            o.ns = name;
            o.region = regionNames[p.region];
            o.planId = catalog.planId(p.plan);
            o.planType = typeNames[kind];
            o.startTime = p.start;
            o.lastConsumeId = p.charges;
            o.everPayed = p.status == 0 ? 0 : 1;
            o.renewRetries = p.retries;
            o.status = p.status;
            o.resourceName = kind == Resources
                                 ? QString()
                                 : DemoNamespaceSim::resourceName(p, kind, catalog.belong(p.plan));

            periods.clear();
            qint64 time = p.start, deadline = p.start;
            for (int k = 0; k < p.charges; ++k) {
                time = deadline;
                deadline = deadlines.next(p.start, deadline);
                periods.emplace_back(time, deadline);
            }
            o.deadline = p.charges > 0 ? deadline : p.start;
            o.endTime = p.ended ? p.endTime : p.start;
            if (!sink.addOrder(o))
                return failed();
            ++stats.orders;

            c.id = o.id;
            c.orderId = o.orderId;
            c.ns = name;
            c.region = o.region;
            c.planId = o.planId;
            for (int k = 0; k < p.charges; ++k) {
                const Version &v = catalog.at(p.plan, p.region, periods[k].first);
                c.consumeId = k + 1;
                c.consuming = v.consuming;
                c.consumeTime = periods[k].first;
                c.deadline = periods[k].second;
                c.planHistoryId = v.dbId;
                c.extraInfo = k == 0 ? p.firstExtra : 1;
                if (!sink.addCharge(c))
                    return failed();
            }
            stats.charges += p.charges;
            if (p.ended) {
                // c still holds the last charge's version and deadline.
                c.consumeId = p.charges + 1;
                c.consuming = p.endConsuming;
                c.consumeTime = p.endTime;
                c.extraInfo = 3;
                if (!sink.addCharge(c))
                    return failed();
                ++stats.charges;
            }
            if (progress && stats.charges - reported >= 4096) {
                reported = stats.charges;
                if (!progress(stats.charges))
                    return failed(true);
            }
        }
        if (!sink.checkpoint())
            return failed();
    }
    if (progress && !progress(stats.charges))
        return failed(true);
    if (!sink.finish())
        return failed();
    return stats;
}
