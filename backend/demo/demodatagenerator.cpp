#include "demo/demodatagenerator.h"

#include "demo/democatalog.h"
#include "demo/demorng.h"
#include "demo/demorowsink.h"
#include "pricing/floatpricing.h"

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

constexpr qint64 Day = 86400;
constexpr qint64 Week = 7 * Day;
constexpr qint64 Never = std::numeric_limits<qint64>::max() / 4;

// ---------------------------------------------------------------- calendar

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// BillingCalendar::nextDeadline on epoch seconds. When the service zone has
// one fixed offset over the whole range (Asia/Shanghai since 1991, UTC) it is
// plain calendar arithmetic; otherwise it asks BillingCalendar itself.
class Deadlines
{
public:
    Deadlines(const QTimeZone &zone, qint64 from, qint64 to)
        : m_zone(zone)
    {
        m_offset = zone.offsetFromUtc(utc(from));
        m_fixed = zone.offsetFromUtc(utc(to)) == m_offset &&
                  (!zone.hasTransitions() || zone.transitions(utc(from), utc(to)).isEmpty());
    }

    qint64 next(qint64 start, qint64 current) const
    {
        if (!m_fixed)
            return BillingCalendar::nextDeadline(utc(start), utc(current), m_zone)
                .toSecsSinceEpoch();
        const qint64 localStart = start + m_offset;
        const qint64 startDay = floorDiv(localStart, Day);
        const qint64 timeOfDay = localStart - startDay * Day;
        int sy, sm, sd, cy, cm, cd;
        civilFromDays(startDay, sy, sm, sd);
        civilFromDays(floorDiv(current + m_offset, Day), cy, cm, cd);
        const int months = cy * 12 + (cm - 1) + 1;
        const int ny = months / 12, nm = months % 12 + 1;
        const int day = std::min(sd, daysInMonth(ny, nm));
        return daysFromCivil(ny, nm, day) * Day + timeOfDay - m_offset;
    }

private:
    QTimeZone m_zone;
    int m_offset = 0;
    bool m_fixed = false;
};

// ---------------------------------------------------------------- catalog

const char *const regionIds[] = {"cn-north-1", "cn-north-2"};
const char *const volumePrefixes[] = {"data",    "mysql-data", "pg-data",      "logs",    "uploads",
                                      "es-data", "backup",     "jenkins-home", "grafana", "minio"};
const char *const bsiSuffixes[] = {"main", "cache", "prod", "test", "svc", "shared"};
const char *const fixedNamespaces[] = {"finance-prod",   "demo-team",   "data-platform",
                                       "web-frontend",   "ml-research", "ops-monitoring",
                                       "mobile-backend", "qa-staging"};

// ---------------------------------------------------------------- simulation

// One order as simulated; expanded into rows only when written.
struct OrderPlan
{
    qint64 start = 0;
    qint64 endTime = 0;
    qint64 endConsuming = 0;
    int seq = 0;
    int plan = 0;
    int region = 0;
    int charges = 0; // non-end charges = LAST_CONSUME_ID
    int firstExtra = 0;
    int status = 5;
    int retries = 0;
    bool ended = false;
    int resourceNo = -1; // volume/bsi: the namespace's resource counter
    int prefix = 0;
    char orderId[16] = {};
};

struct World
{
    qint64 now;
    qint64 windowStart;
    const DemoCatalog *catalog;
    const Deadlines *deadlines;
};

class NamespaceSim
{
public:
    NamespaceSim(const World &world, DemoRng rng)
        : w(world)
        , m_rng(rng)
    {
    }

    std::vector<OrderPlan> run(int lines)
    {
        for (int line = 0; line < lines; ++line) {
            Kind kind = Resources;
            int region = 0;
            if (line == 1 && m_rng.chance(0.6)) {
                region = 1;
            } else if (line > 0) {
                kind = m_rng.chance(0.55) ? Volume : Bsi;
                region = m_rng.chance(0.7) ? 0 : 1;
            }
            const qint64 span = w.now - w.windowStart;
            qint64 start = m_rng.chance(0.9)
                               ? w.windowStart + m_rng.between(0, std::min<qint64>(10 * Day, span))
                               : w.windowStart + m_rng.between(0, span - Day);
            simulateLine(kind, region, snap(start));
            if (kind != Resources && m_rng.chance(0.04))
                addPending(kind, region, w.windowStart + m_rng.between(0, span - 3600));
        }
        return std::move(m_orders);
    }

private:
    // Some starts a few hours either side of a UTC month boundary, so that
    // month bucketing in different zones disagrees on their charges.
    qint64 snap(qint64 t)
    {
        if (!m_rng.chance(0.15))
            return t;
        int y, m, d;
        civilFromDays(floorDiv(t, Day), y, m, d);
        const qint64 boundary = daysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) * Day;
        const qint64 snapped = boundary + m_rng.between(-6 * 3600, 6 * 3600);
        return snapped < w.now ? snapped : t;
    }

    int pickPlan(Kind kind)
    {
        const auto &plans = w.catalog->ofKind(kind);
        if (kind == Resources)
            return plans[m_rng.weighted({30, 30, 20, 12, 6, 2})];
        if (kind == Volume)
            return plans[m_rng.weighted({30, 30, 20, 13, 7})];
        return plans[m_rng.below(int(plans.size()))];
    }

    void newResource(OrderPlan &o, Kind kind)
    {
        o.resourceNo = m_resourceCounter++;
        o.prefix = kind == Volume ? m_rng.below(std::size(volumePrefixes))
                                  : m_rng.below(std::size(bsiSuffixes));
    }

    void randomOrderId(OrderPlan &o)
    {
        static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (char &c : o.orderId)
            c = alphabet[m_rng.below(36)];
    }

    void addPending(Kind kind, int region, qint64 at)
    {
        OrderPlan o;
        o.start = at;
        o.seq = m_seq++;
        o.plan = pickPlan(kind);
        o.region = region;
        o.status = 0;
        newResource(o, kind);
        randomOrderId(o);
        m_orders.push_back(o);
    }

    FloatPricing::Charge charge(const OrderPlan &o, qint64 time, qint64 deadline) const
    {
        return {utc(time), utc(deadline), w.catalog->at(o.plan, o.region, time).consuming};
    }

    void simulateLine(Kind kind, int region, qint64 t)
    {
        int plan = pickPlan(kind);
        int firstExtra = 0;
        int resourceNo = -1, prefix = 0;
        const auto &levels = w.catalog->ofKind(Resources);
        while (t < w.now) {
            OrderPlan o;
            o.start = t;
            o.seq = m_seq++;
            o.plan = plan;
            o.region = region;
            o.firstExtra = firstExtra;
            if (kind != Resources) {
                if (resourceNo >= 0 && m_rng.chance(0.5)) { // re-ordered under the same name
                    o.resourceNo = resourceNo;
                    o.prefix = prefix;
                } else {
                    newResource(o, kind);
                }
                resourceNo = o.resourceNo;
                prefix = o.prefix;
                randomOrderId(o);
            }
            // The event that ends this order, if it comes before `now`.
            const int levelIndex =
                int(std::find(levels.begin(), levels.end(), plan) - levels.begin());
            const bool canSwitch = kind == Resources && levelIndex + 1 < int(levels.size());
            const double meanDays = kind == Resources ? (canSwitch ? 240.0 : 1200.0) : 540.0;
            qint64 tEnd = t + std::max<qint64>(
                                  3600, qint64(-std::log(1.0 - m_rng.uniform()) * meanDays * Day));
            bool isSwitch = canSwitch && m_rng.chance(0.8);
            if (tEnd >= w.now)
                tEnd = Never;

            enum { Running, Failing, FailEnded, Event } outcome;
            qint64 cTime, D, prevTime, prevD;
            int n;
            for (;;) {
                n = 1;
                cTime = t;
                D = w.deadlines->next(t, t);
                prevTime = prevD = 0;
                for (;;) {
                    if (tEnd < D - Week) {
                        outcome = Event;
                        break;
                    }
                    if (D >= w.now + Week) { // renewal not written yet
                        outcome = Running;
                        break;
                    }
                    const double pFail = D + Week <= w.now ? 0.004 : (D < w.now ? 0.15 : 0.0);
                    if (pFail > 0 && m_rng.chance(pFail)) {
                        if (canSwitch && tEnd >= D + Week && D + Week <= w.now &&
                            m_rng.chance(0.3)) {
                            // Renewal failed, then the namespace bought a bigger plan.
                            tEnd = D + m_rng.between(3600, Week);
                            isSwitch = true;
                        }
                        outcome =
                            tEnd < D + Week ? Event : (D + Week <= w.now ? FailEnded : Failing);
                        break;
                    }
                    prevTime = cTime;
                    prevD = D;
                    cTime = D;
                    D = w.deadlines->next(t, D);
                    ++n;
                    if (tEnd < cTime) { // during a period renewed in advance
                        outcome = Event;
                        break;
                    }
                }
                if (outcome != Event || !isSwitch)
                    break;
                // An upgrade: possible only when the remaining value fits in the new price.
                const int target =
                    levels[m_rng.chance(0.6)
                               ? levelIndex + 1
                               : levelIndex + 1 + m_rng.below(int(levels.size()) - levelIndex - 1)];
                const std::optional<float> remaining = FloatPricing::remainingOfOrder(
                    charge(o, cTime, D),
                    n > 1 ? std::optional<FloatPricing::Charge>(charge(o, prevTime, prevD))
                          : std::nullopt,
                    utc(tEnd));
                if (remaining && !(*remaining > w.catalog->at(target, region, tEnd).fprice)) {
                    o.endConsuming = FloatPricing::creditConsuming(*remaining);
                    plan = target;
                    break;
                }
                tEnd = Never; // too much remaining: no switch, simulate the order again without it
                isSwitch = false;
            }

            o.charges = n;
            if (outcome == Running) {
                m_orders.push_back(o);
                return;
            }
            if (outcome == Failing) {
                o.retries = 1 + m_rng.below(30);
                m_orders.push_back(o);
                return;
            }
            o.status = 15;
            o.ended = true;
            o.endTime = outcome == FailEnded ? D + Week : tEnd;
            if (outcome == FailEnded)
                o.retries = 1 + m_rng.below(127);
            m_orders.push_back(o);
            if (outcome == Event && isSwitch) {
                firstExtra = tEnd > D ? 0 : 2;
                t = tEnd;
                continue;
            }
            if (!m_rng.chance(0.85))
                return;
            t = snap(o.endTime + m_rng.between(3600, 20 * Day));
            if (t <= o.endTime)
                t = o.endTime + 3600;
            plan = pickPlan(kind);
            firstExtra = 0;
        }
    }

    const World &w;
    DemoRng m_rng;
    std::vector<OrderPlan> m_orders;
    int m_seq = 0;
    int m_resourceCounter = 0;
};

QString base36(int n)
{
    return QString::number(n, 36);
}

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
        return BackendError(
            BackendError::Category::InvalidInput,
            QStringLiteral("Demo data needs 1 to 1,000,000 namespaces, 1 to 240 months and a "
                           "positive number of orders per namespace."));
    if (!opt.serviceZone.isValid())
        return BackendError(BackendError::Category::InvalidInput,
                            QStringLiteral("The service time zone is not valid."));

    const QDateTime nowDt = generationInstant();
    const qint64 now = nowDt.toSecsSinceEpoch();
    const qint64 windowStart =
        QDateTime(nowDt.date().addMonths(-opt.months), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const DemoCatalog catalog(opt.seed, windowStart, now);
    const Deadlines deadlines(opt.serviceZone, windowStart - 60 * Day, now + 100 * Day);
    const World world{now, windowStart, &catalog, &deadlines};

    auto failed = [&sink](bool cancelled = false) -> Result<DemoStats> {
        sink.abort();
        if (cancelled)
            return BackendError(BackendError::Category::InvalidInput,
                                QStringLiteral("Demo data generation was cancelled."));
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
        std::vector<OrderPlan> orders =
            NamespaceSim(world, DemoRng(opt.seed, 1000 + quint64(ns))).run(lines);
        std::sort(orders.begin(), orders.end(), [](const OrderPlan &a, const OrderPlan &b) {
            return a.start != b.start ? a.start < b.start : a.seq < b.seq;
        });

        for (const OrderPlan &p : orders) {
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
            if (kind == Resources)
                o.resourceName.clear();
            else if (kind == Volume)
                o.resourceName = QString::fromLatin1(volumePrefixes[p.prefix]) + QLatin1Char('-') +
                                 base36(p.resourceNo);
            else
                o.resourceName = catalog.belong(p.plan) + QLatin1Char('-') +
                                 QString::fromLatin1(bsiSuffixes[p.prefix]) + QLatin1Char('-') +
                                 base36(p.resourceNo);

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
