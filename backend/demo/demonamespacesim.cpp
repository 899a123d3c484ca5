#include "demo/demonamespacesim.h"

#include "demo/demodeadlines.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

using Kind = DemoCatalog::Kind;
constexpr Kind Resources = DemoCatalog::Resources;
constexpr Kind Volume = DemoCatalog::Volume;
constexpr Kind Bsi = DemoCatalog::Bsi;
constexpr qint64 Day = DemoDeadlines::Day;
constexpr qint64 Week = 7 * Day;
constexpr qint64 Never = std::numeric_limits<qint64>::max() / 4;

const char *const volumePrefixes[] = {"data",    "mysql-data", "pg-data",      "logs",    "uploads",
                                      "es-data", "backup",     "jenkins-home", "grafana", "minio"};
const char *const bsiSuffixes[] = {"main", "cache", "prod", "test", "svc", "shared"};

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

DemoNamespaceSim::DemoNamespaceSim(const DemoWorld &world, DemoRng rng)
    : w(world)
    , m_rng(rng)
{
}

std::vector<DemoOrderPlan> DemoNamespaceSim::run(int lines)
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
        if (w.steady) {
            // Starts on every day of a month, so that deadlines fall on the
            // 29th to 31st and get clamped in shorter months.
            const qint64 start = w.windowStart + m_rng.between(0, std::min(31 * Day, span - Day));
            simulateSteadyLine(kind, region, snap(start));
            continue;
        }
        qint64 start = m_rng.chance(0.9)
                           ? w.windowStart + m_rng.between(0, std::min<qint64>(10 * Day, span))
                           : w.windowStart + m_rng.between(0, span - Day);
        simulateLine(kind, region, snap(start));
        if (kind != Resources && m_rng.chance(0.04))
            addPending(kind, region, w.windowStart + m_rng.between(0, span - 3600));
    }
    return std::move(m_orders);
}

// Some starts a few hours either side of a UTC month boundary, so that
// month bucketing in different zones disagrees on their charges.
qint64 DemoNamespaceSim::snap(qint64 t)
{
    if (!m_rng.chance(0.15))
        return t;
    int y, m, d;
    DemoDeadlines::civilFromDays(DemoDeadlines::floorDiv(t, Day), y, m, d);
    const qint64 boundary =
        DemoDeadlines::daysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) * Day;
    const qint64 snapped = boundary + m_rng.between(-6 * 3600, 6 * 3600);
    return snapped < w.now ? snapped : t;
}

int DemoNamespaceSim::pickPlan(Kind kind)
{
    const auto &plans = w.catalog->ofKind(kind);
    if (kind == Resources)
        return plans[m_rng.weighted({30, 30, 20, 12, 6, 2})];
    if (kind == Volume)
        return plans[m_rng.weighted({30, 30, 20, 13, 7})];
    return plans[m_rng.below(int(plans.size()))];
}

void DemoNamespaceSim::newResource(DemoOrderPlan &o, Kind kind)
{
    o.resourceNo = m_resourceCounter++;
    o.prefix = kind == Volume ? m_rng.below(std::size(volumePrefixes))
                              : m_rng.below(std::size(bsiSuffixes));
}

void DemoNamespaceSim::randomOrderId(DemoOrderPlan &o)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (char &c : o.orderId)
        c = alphabet[m_rng.below(36)];
}

DemoOrderPlan DemoNamespaceSim::newOrder(Kind kind, int region, qint64 at)
{
    DemoOrderPlan o;
    o.start = at;
    o.seq = m_seq++;
    o.plan = pickPlan(kind);
    o.region = region;
    if (kind != Resources) {
        newResource(o, kind);
        randomOrderId(o);
    }
    return o;
}

void DemoNamespaceSim::addPending(Kind kind, int region, qint64 at)
{
    DemoOrderPlan o = newOrder(kind, region, at);
    o.status = 0;
    m_orders.push_back(o);
}

FloatPricing::Charge DemoNamespaceSim::charge(const DemoOrderPlan &o, qint64 time,
                                              qint64 deadline) const
{
    return {utc(time), utc(deadline), w.catalog->at(o.plan, o.region, time).consuming};
}

void DemoNamespaceSim::simulateLine(Kind kind, int region, qint64 t)
{
    int plan = pickPlan(kind);
    int firstExtra = 0;
    int resourceNo = -1, prefix = 0;
    const auto &levels = w.catalog->ofKind(Resources);
    while (t < w.now) {
        DemoOrderPlan o;
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
        const int levelIndex = int(std::find(levels.begin(), levels.end(), plan) - levels.begin());
        const bool canSwitch = kind == Resources && levelIndex + 1 < int(levels.size());
        const double meanDays = kind == Resources ? (canSwitch ? 240.0 : 1200.0) : 540.0;
        qint64 tEnd =
            t + std::max<qint64>(3600, qint64(-std::log(1.0 - m_rng.uniform()) * meanDays * Day));
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
                    if (canSwitch && tEnd >= D + Week && D + Week <= w.now && m_rng.chance(0.3)) {
                        // Renewal failed, then the namespace bought a bigger plan.
                        tEnd = D + m_rng.between(3600, Week);
                        isSwitch = true;
                    }
                    outcome = tEnd < D + Week ? Event : (D + Week <= w.now ? FailEnded : Failing);
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

void DemoNamespaceSim::simulateSteadyLine(Kind kind, int region, qint64 t)
{
    DemoOrderPlan o = newOrder(kind, region, t);
    // Renewed at every deadline, each written a week ahead; never ended.
    qint64 deadline = w.deadlines->next(t, t);
    o.charges = 1;
    while (deadline < w.now + Week) {
        deadline = w.deadlines->next(t, deadline);
        ++o.charges;
    }
    m_orders.push_back(o);
}

QString DemoNamespaceSim::resourceName(const DemoOrderPlan &order, Kind kind, const QString &belong)
{
    const QString number = QString::number(order.resourceNo, 36);
    if (kind == Volume)
        return QString::fromLatin1(volumePrefixes[order.prefix]) + QLatin1Char('-') + number;
    return belong + QLatin1Char('-') + QString::fromLatin1(bsiSuffixes[order.prefix]) +
           QLatin1Char('-') + number;
}
