#include "demo/democatalog.h"

#include "demo/demorng.h"
#include "pricing/floatpricing.h"

#include <algorithm>
#include <tuple>

namespace {

constexpr qint64 Day = 86400;

using Kind = DemoCatalog::Kind;
constexpr Kind Resources = DemoCatalog::Resources;
constexpr Kind Volume = DemoCatalog::Volume;
constexpr Kind Bsi = DemoCatalog::Bsi;

const char *const kindNames[] = {"resources", "volume", "bsi"};

struct PlanDef
{
    Kind kind;
    const char *planId;
    const char *name;
    const char *belong;
    int level;
    const char *spec1;
    const char *spec2;
    const char *description;
    std::vector<double> prices[2]; // per region: the price history, oldest first
};

const std::vector<PlanDef> &planCatalog()
{
    static const std::vector<PlanDef> plans = {
        {Resources,
         "res-c1m2",
         "基础型 1核2G",
         "",
         1,
         "1 CPU Core",
         "2 GB RAM",
         "入门配额，适合开发与测试",
         {{12.3}, {13.3}}},
        {Resources,
         "res-c2m4",
         "标准型 2核4G",
         "",
         2,
         "2 CPU Core",
         "4 GB RAM",
         "通用配额，适合中小型应用",
         {{25.5, 29.99}, {29.99}}},
        {Resources,
         "res-c4m8",
         "增强型 4核8G",
         "",
         3,
         "4 CPU Core",
         "8 GB RAM",
         "适合生产环境的常规业务",
         {{59.9}, {55.55, 59.9}}},
        {Resources,
         "res-c8m16",
         "高性能型 8核16G",
         "",
         4,
         "8 CPU Core",
         "16 GB RAM",
         "计算密集型业务",
         {{88.8, 99.9}, {99.9}}},
        {Resources,
         "res-c16m32",
         "专业型 16核32G",
         "",
         5,
         "16 CPU Core",
         "32 GB RAM",
         "大规模服务集群",
         {{199.99}, {199.99}}},
        {Resources,
         "res-c32m64",
         "旗舰型 32核64G",
         "",
         6,
         "32 CPU Core",
         "64 GB RAM",
         "超大规模计算，独享资源",
         {{1688.88}, {1666.66, 1777.77}}},
        {Volume,
         "vol-10g",
         "持久化存储卷 10GB",
         "",
         1,
         "10 GB",
         "",
         "高可靠云硬盘，三副本存储",
         {{3.33}, {3.33}}},
        {Volume,
         "vol-20g",
         "持久化存储卷 20GB",
         "",
         2,
         "20 GB",
         "",
         "高可靠云硬盘，三副本存储",
         {{5.0, 6.66}, {6.66}}},
        {Volume,
         "vol-50g",
         "持久化存储卷 50GB",
         "",
         3,
         "50 GB",
         "",
         "高可靠云硬盘，三副本存储",
         {{16.65}, {16.65}}},
        {Volume,
         "vol-100g",
         "持久化存储卷 100GB",
         "",
         4,
         "100 GB",
         "",
         "高性能 SSD 云硬盘",
         {{33.33}, {33.33}}},
        {Volume,
         "vol-500g",
         "持久化存储卷 500GB",
         "",
         5,
         "500 GB",
         "",
         "高性能 SSD 云硬盘",
         {{166.5}, {199.0, 166.5}}},
        {Bsi,
         "bsi-redis-std",
         "Redis 标准版 1G",
         "redis",
         1,
         "1 GB Memory",
         "standalone",
         "单节点 Redis 缓存服务",
         {{29.99}, {29.99}}},
        {Bsi,
         "bsi-redis-ha",
         "Redis 高可用版 4G",
         "redis",
         2,
         "4 GB Memory",
         "master-slave",
         "主从热备 Redis，自动故障切换",
         {{89.9, 99.9}, {99.9}}},
        {Bsi,
         "bsi-mysql-basic",
         "MySQL 基础版",
         "mysql",
         1,
         "2 CPU Core",
         "50 GB Storage",
         "单机 MySQL 数据库",
         {{49.99}, {49.99}}},
        {Bsi,
         "bsi-mysql-ha",
         "MySQL 高可用版",
         "mysql",
         2,
         "4 CPU Core",
         "200 GB Storage",
         "主从复制 MySQL，每日自动备份",
         {{129.9}, {129.9}}},
        {Bsi,
         "bsi-mongodb",
         "MongoDB 副本集",
         "mongodb",
         1,
         "3 Nodes",
         "100 GB Storage",
         "三节点副本集",
         {{88.88}, {88.88}}},
        {Bsi,
         "bsi-kafka",
         "Kafka 消息队列",
         "kafka",
         1,
         "3 Brokers",
         "500 GB Storage",
         "高吞吐消息队列服务",
         {{333.33, 299.99}, {299.99}}},
    };
    return plans;
}

} // namespace

DemoCatalog::DemoCatalog(quint64 seed, qint64 windowStart, qint64 now, bool priceChanges)
{
    const auto &plans = planCatalog();
    DemoRng rng(seed, 7);
    struct Pending
    {
        qint64 created;
        int plan, region, version;
    };
    std::vector<Pending> all;
    m_versions.resize(plans.size() * 2);
    const qint64 span = now - windowStart;
    for (int p = 0; p < int(plans.size()); ++p) {
        for (int r = 0; r < 2; ++r) {
            const auto &history = plans[p].prices[r];
            const std::vector<double> prices =
                priceChanges ? history : std::vector<double>{history.back()};
            std::vector<qint64> times;
            for (size_t v = 1; v < prices.size(); ++v)
                times.push_back(windowStart + qint64((0.05 + 0.85 * rng.uniform()) * double(span)));
            std::sort(times.begin(), times.end());
            times.insert(times.begin(), windowStart - 40 * Day + p * 3600 + r * 600);
            for (size_t v = 0; v < prices.size(); ++v) {
                Version ver;
                ver.created = times[v];
                ver.price = prices[v];
                ver.fprice = FloatPricing::planPrice(ver.price);
                ver.consuming = FloatPricing::fullChargeConsuming(ver.fprice);
                m_versions[p * 2 + r].push_back(ver);
                all.push_back({ver.created, p, r, int(v)});
            }
        }
    }
    std::sort(all.begin(), all.end(), [](const Pending &a, const Pending &b) {
        return std::tie(a.created, a.plan, a.region) < std::tie(b.created, b.plan, b.region);
    });
    qint64 id = 0;
    for (const Pending &e : all) {
        Version &ver = m_versions[e.plan * 2 + e.region][e.version];
        ver.dbId = ++id;
        const PlanDef &def = plans[e.plan];
        DemoPlanRow row;
        row.id = ver.dbId;
        row.planId = QString::fromLatin1(def.planId);
        row.name = QString::fromUtf8(def.name);
        row.type = QString::fromLatin1(kindNames[def.kind]);
        row.belong = QString::fromLatin1(def.belong);
        row.level = def.level;
        row.specification1 = QString::fromLatin1(def.spec1);
        row.specification2 = QString::fromLatin1(def.spec2);
        row.description = QString::fromUtf8(def.description);
        row.price = ver.price;
        row.cycle = QStringLiteral("m");
        row.createTime = ver.created;
        row.regionId = e.region + 1;
        row.status = e.version + 1 == int(m_versions[e.plan * 2 + e.region].size())
                         ? QStringLiteral("A")
                         : QStringLiteral("N");
        m_rows.push_back(row);
    }
    for (int p = 0; p < int(plans.size()); ++p) {
        m_planIds.append(QString::fromLatin1(plans[p].planId));
        m_byKind[plans[p].kind].push_back(p); // catalog order = level order
    }
}

const DemoCatalog::Version &DemoCatalog::at(int plan, int region, qint64 t) const
{
    const auto &list = m_versions[plan * 2 + region];
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        if (it->created <= t)
            return *it;
    }
    return list.front();
}

DemoCatalog::Kind DemoCatalog::kind(int plan) const
{
    return planCatalog()[plan].kind;
}

QString DemoCatalog::belong(int plan) const
{
    return QString::fromLatin1(planCatalog()[plan].belong);
}

QString DemoCatalog::typeName(Kind kind)
{
    return QString::fromLatin1(kindNames[kind]);
}
