#pragma once

#include "demo/democatalog.h"
#include "demo/demorng.h"
#include "pricing/floatpricing.h"

#include <QString>

#include <vector>

class DemoDeadlines;

// One order as simulated; expanded into rows only when written.
struct DemoOrderPlan
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

// What every namespace is simulated in.
struct DemoWorld
{
    qint64 now;
    qint64 windowStart;
    const DemoCatalog *catalog;
    const DemoDeadlines *deadlines;
    bool steady = false; // DemoOptions::steady
};

// One namespace's order lines, each simulated from its start to `now` as a
// chain of orders, step by step as the service would have written them
// (renewals 7 days before the deadline, failures, cancellations, upgrades),
// into compact order plans that the generator expands into rows.
class DemoNamespaceSim
{
public:
    using Kind = DemoCatalog::Kind;

    DemoNamespaceSim(const DemoWorld &world, DemoRng rng);

    std::vector<DemoOrderPlan> run(int lines);

    // The resource name of a volume or BSI order ("data-1a",
    // "redis-main-3"); `belong` is its BSI plan's service.
    static QString resourceName(const DemoOrderPlan &order, Kind kind, const QString &belong);

private:
    qint64 snap(qint64 t);
    int pickPlan(Kind kind);
    void newResource(DemoOrderPlan &o, Kind kind);
    void randomOrderId(DemoOrderPlan &o);
    // An order of a new line: its plan, and for a volume or BSI its resource.
    DemoOrderPlan newOrder(Kind kind, int region, qint64 at);
    void addPending(Kind kind, int region, qint64 at);
    FloatPricing::Charge charge(const DemoOrderPlan &o, qint64 time, qint64 deadline) const;
    void simulateLine(Kind kind, int region, qint64 t);
    void simulateSteadyLine(Kind kind, int region, qint64 t);

    const DemoWorld &w;
    DemoRng m_rng;
    std::vector<DemoOrderPlan> m_orders;
    int m_seq = 0;
    int m_resourceCounter = 0;
};
