<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../views/auditdialog.cpp" line="61"/>
        <source>The audit could not run: %1</source>
        <translation>无法运行审计：%1</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="78"/>
        <source>Reading every order and charge…</source>
        <translation>正在读取所有订单和扣费记录…</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="93"/>
        <source>the namespaces asked (%1)</source>
        <translation>所查询的命名空间（%1）</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="94"/>
        <source>Check their spelling, or give other namespaces in the filter above.</source>
        <translation>请检查命名空间的拼写，或在上方的筛选条件中填写其他命名空间。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="96"/>
        <source>the token&apos;s own namespace, the only one asked (the service lists one namespace at a time)</source>
        <translation>令牌自身的命名空间，这是唯一查询的命名空间（服务一次只列出一个命名空间）</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="98"/>
        <source>Give the namespaces to audit in the filter above, or in the profile (Tools ▸ Profiles…).</source>
        <translation>请在上方的筛选条件中，或在连接配置中（工具 ▸ 连接配置…）填写要审计的命名空间。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="101"/>
        <source>any namespace</source>
        <translation>任何命名空间</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="102"/>
        <source>The connection holds no order or charge.</source>
        <translation>该连接中没有任何订单或扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="105"/>
        <source>%1, region %2</source>
        <translation>%1，区域 %2</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="106"/>
        <source>Nothing was audited: no order or charge was read in %1 (at %2). This is not a clean result.</source>
        <translation>未审计任何内容：在%1中没有读到任何订单或扣费记录（%2）。这并不表示审计通过。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="120"/>
        <source>%1 orders and %2 charges audited at %3</source>
        <translation>已于 %3 审计 %1 个订单和 %2 笔扣费</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="128"/>
        <source>No findings: %1.</source>
        <translation>未发现问题：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/auditdialog.cpp" line="129"/>
        <source>%n finding(s): %1 (%2).</source>
        <translation>
            <numerusform>发现 %n 个问题：%1（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="133"/>
        <source>Only the first %1 are listed.</source>
        <translation>仅列出前 %1 个。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="136"/>
        <source>Not checked over this connection: %1 (%2).</source>
        <translation>此连接无法检查：%1（%2）。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="163"/>
        <source>Ledger audit — %1</source>
        <translation>账目审计 — %1</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="164"/>
        <source>Nothing was audited: see above.</source>
        <translation>未审计任何内容：见上方说明。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="165"/>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="166"/>
        <source>Double-click a finding to open its order or its charges.</source>
        <translation>双击某个问题可打开其订单或扣费记录。</translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <location filename="../../backend/core/audit.cpp" line="12"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="52"/>
        <source>Consuming and paid, but paid only up to %1 (%2 days ago): the service renews or ends an order within 7 days 8 hours of its deadline.</source>
        <translation>计费中且已付费，但仅付费至 %1（%2 天前）：服务会在订单到期后 7 天 8 小时内续费或终止订单。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="59"/>
        <source>The order is paid up to %1, its last charge (#%2) up to %3.</source>
        <translation>订单已付费至 %1，但其最后一笔扣费（#%2）仅至 %3。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="66"/>
        <source>LAST_CONSUME_ID is %1, but the order has no charges.</source>
        <translation>LAST_CONSUME_ID 为 %1，但该订单没有任何扣费记录。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="69"/>
        <source>LAST_CONSUME_ID is %1, but its highest charge (the end row excepted) is #%2.</source>
        <translation>LAST_CONSUME_ID 为 %1，但其最大的扣费序号（结束记录除外）为 #%2。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="75"/>
        <source>No order has the key %1 and the ORDER_ID %2 this charge names.</source>
        <translation>没有订单的主键为 %1 且 ORDER_ID 为此扣费所指的 %2。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="80"/>
        <source>NULL in %1: the service fails every list that touches this row (codes 3311, 3312, 3314).</source>
        <translation>%1 为 NULL：服务在列出包含此行的任何列表时都会失败（错误码 3311、3312、3314）。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="85"/>
        <source>The REST API reports %1 yuan for %2 (float32 rounding).</source>
        <translation>REST API 将 %2 报告为 %1 元（float32 舍入）。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="90"/>
        <source>Consuming (STATUS 5) but never paid (EVER_PAYED 0): the service lists only paid orders.</source>
        <translation>计费中（STATUS 5）但从未付费（EVER_PAYED 0）：服务只列出已付费的订单。</translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="95"/>
        <source>Not readable: %1. A list that shows this row fails on it, and totals over it cannot be trusted until it is mended.</source>
        <translation>无法读取：%1。在修复之前，显示此行的列表会因它而失败，包含它的合计也不可信。</translation>
    </message>
</context>
<context>
    <name>AuditFindingModel</name>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="47"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="49"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="51"/>
        <source>Order ID</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="53"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="55"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="57"/>
        <source>Charge #</source>
        <translation>扣费序号</translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="59"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../backend/core/awaitresult.h" line="12"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="74"/>
        <source>This connection cannot group every month at once.</source>
        <translation>此连接无法一次汇总所有月份。</translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="101"/>
        <source>This connection cannot be cached.</source>
        <translation>此连接无法缓存。</translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="195"/>
        <source>This connection cannot follow new charges.</source>
        <translation>此连接无法跟踪新的扣费。</translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="45"/>
        <source>A REST connection needs http(s) addresses such as https://host/usageapi/v1 and https://host/charge/v1.</source>
        <translation>REST 连接需要 http(s) 地址，例如 https://host/usageapi/v1 和 https://host/charge/v1。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="51"/>
        <source>A REST connection needs an API token.</source>
        <translation>REST 连接需要 API 令牌。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="63"/>
        <source>No SQLite file is given.</source>
        <translation>未指定 SQLite 文件。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="69"/>
        <source>A MySQL connection needs a host and a database.</source>
        <translation>MySQL 连接需要主机和数据库。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="76"/>
        <source>The database names may hold letters, digits and &apos;_&apos; only.</source>
        <translation>数据库名只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="82"/>
        <source>A client certificate and its key go together: give both, or neither.</source>
        <translation>客户端证书与其私钥必须同时提供：两者都给，或都不给。</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="135"/>
        <source>The service time zone “%1” of profile “%2” is not a time zone (for example Asia/Shanghai or UTC+8).</source>
        <translation>连接配置“%2”的服务时区“%1”不是时区（例如 Asia/Shanghai 或 UTC+8）。</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../views/busyindicator.cpp" line="12"/>
        <location filename="../../views/busyindicator.cpp" line="61"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>CancelConfirmation</name>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="14"/>
        <source>the CPU/memory quota of the namespace</source>
        <translation>命名空间的 CPU/内存配额</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="16"/>
        <source>Cancel order %1 (key %2)?

Namespace: %3
Region: %4
Plan: %5
Type: %6
Resource: %7</source>
        <translation>取消订单 %1（键 %2）？

命名空间：%3
区域：%4
套餐：%5
类型：%6
资源：%7</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="22"/>
        <source>This profile writes to the database directly: the order is ended, but the resource itself (quota, volume or backing service instance) is NOT released. Release it separately on the platform.</source>
        <translation>此配置直接写入数据库：订单会被终止，但资源本身（配额、存储卷或后端服务实例）不会被释放。请另行在平台上释放。</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="26"/>
        <source>The service releases the resource (quota set to zero, volume or backing service instance deleted), then ends the order. This cannot be undone.</source>
        <translation>服务会先释放资源（配额清零，删除存储卷或后端服务实例），然后终止订单。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="36"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="40"/>
        <source>Cancel order %1</source>
        <translation>取消订单 %1</translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="42"/>
        <source>Keep order</source>
        <translation>保留订单</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="56"/>
        <source>host name mismatch: it names %1, not %2</source>
        <translation>主机名不匹配：证书写的是 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="61"/>
        <source>it expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="65"/>
        <source>it is not valid before %1</source>
        <translation>证书在 %1 之前无效</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="47"/>
        <source>No password or token for profile “%1”.</source>
        <translation>配置“%1”没有密码或令牌。</translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="48"/>
        <source>Enter it in Profiles… to connect.</source>
        <translation>请在“连接配置…”中输入后再连接。</translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="59"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="61"/>
        <source>API token for “%1”:</source>
        <translation>“%1”的 API 令牌：</translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="62"/>
        <source>Database password for %1@%2:</source>
        <translation>%1@%2 的数据库密码：</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="79"/>
        <source>%1 must be a number of seconds from 1 to %2</source>
        <translation>%1 必须是 1 到 %2 之间的秒数</translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="92"/>
        <source>tls must be required or off</source>
        <translation>tls 必须为 required 或 off</translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="99"/>
        <source>ca, cert and key need tls=required (a CA that is not checked would protect nothing)</source>
        <translation>ca、cert 和 key 需要 tls=required（不经校验的 CA 起不到任何保护作用）</translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="104"/>
        <source>cert and key go together</source>
        <translation>cert 和 key 必须同时给出</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../views/csvexporter.cpp" line="123"/>
        <location filename="../../views/csvexporter.cpp" line="171"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <source>Order key</source>
        <translation>订单键</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <source>Charge #</source>
        <translation>扣费序号</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Plan name</source>
        <translation>套餐名称</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="12"/>
        <source>Period end (%1)</source>
        <translation>周期结束（%1）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Start (%1)</source>
        <translation>开始时间（%1）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="31"/>
        <source>Paid until (%1)</source>
        <translation>已付费至（%1）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="31"/>
        <source>Ended (%1)</source>
        <translation>结束时间（%1）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="32"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="32"/>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Specification 1</source>
        <translation>规格 1</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Specification 2</source>
        <translation>规格 2</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Price (yuan)</source>
        <translation>价格（元）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Created (label)</source>
        <translation>创建时间（仅供参考）</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="64"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="64"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../views/datatableview.cpp" line="126"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="80"/>
        <source>Demo data needs 1 to 1,000,000 namespaces, 1 to 240 months and a positive number of orders per namespace.</source>
        <translation>演示数据需要 1 到 1,000,000 个命名空间、1 到 240 个月，且每个命名空间的订单数须为正数。</translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="86"/>
        <source>The service time zone is not valid.</source>
        <translation>服务时区无效。</translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="101"/>
        <source>Demo data generation was cancelled.</source>
        <translation>演示数据的生成已取消。</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="34"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="50"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="55"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="64"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../models/displayformat.cpp" line="30"/>
        <source>new</source>
        <translation>新购</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="32"/>
        <source>renewal</source>
        <translation>续费</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="34"/>
        <source>plan switch</source>
        <translation>套餐变更</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="36"/>
        <source>end</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="46"/>
        <source>renew failed</source>
        <translation>续费失败</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="49"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="51"/>
        <source>consuming</source>
        <translation>计费中</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="53"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="64"/>
        <source>resources</source>
        <translation>资源配额</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="66"/>
        <source>volume</source>
        <translation>存储卷</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="68"/>
        <source>backing service</source>
        <translation>后端服务</translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="77"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../views/errorbanner.cpp" line="59"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="61"/>
        <source>Service code: %1</source>
        <translation>服务错误码：%1</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="72"/>
        <source>%1 (%2 times)</source>
        <translation>%1（%2 次）</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="121"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="122"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="129"/>
        <source>invalid input</source>
        <translation>输入无效</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="131"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="133"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="135"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="137"/>
        <source>authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="139"/>
        <source>connection</source>
        <translation>连接错误</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="141"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="143"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="40"/>
        <source>Exporting charges to %1…</source>
        <translation>正在将扣费记录导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="41"/>
        <source>Exporting orders to %1…</source>
        <translation>正在将订单导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="42"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="57"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="59"/>
        <source>Exported %1 of %2 charges…</source>
        <translation>已导出 %1 / %2 笔扣费…</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="60"/>
        <source>Exported %1 of %2 orders…</source>
        <translation>已导出 %1 / %2 个订单…</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="70"/>
        <source>Exported %1 charges to %2.</source>
        <translation>已将 %1 笔扣费导出到 %2。</translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="71"/>
        <source>Exported %1 orders to %2.</source>
        <translation>已将 %1 个订单导出到 %2。</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../views/filefield.cpp" line="14"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../views/filterbar.cpp" line="162"/>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="163"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="164"/>
        <source>&amp;Namespaces:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="168"/>
        <source>the token&apos;s user&apos;s — or ns-a, ns-b</source>
        <translation>令牌用户的 — 或 ns-a, ns-b</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="169"/>
        <source>all — or ns-a, ns-b</source>
        <translation>全部 — 或 ns-a, ns-b</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="170"/>
        <source>The service&apos;s API reads one namespace at a time: left empty, the token&apos;s own user&apos;s.</source>
        <translation>服务的 API 一次只读取一个命名空间：留空时读取令牌所属用户的命名空间。</translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="173"/>
        <source>Appl&amp;y</source>
        <translation>应用(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>FilterProbe</name>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="105"/>
        <source>Namespace “%1” has no orders and no charges: is the name right?</source>
        <translation>命名空间“%1”没有任何订单和扣费记录：名称是否正确？</translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="107"/>
        <source>Namespace “%1” has no orders and no charges in %2: is the name right?</source>
        <translation>命名空间“%1”在 %2 没有任何订单和扣费记录：名称是否正确？</translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="110"/>
        <source>No charge has the order id “%1”: an order id is text such as “ns-0001-resources”, not the order&apos;s number.</source>
        <translation>没有订单 ID 为“%1”的扣费记录：订单 ID 是形如“ns-0001-resources”的文本，而不是订单的编号。</translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="114"/>
        <source>“%1” is an order key, not an order id: the order with key %1 has the id “%2”.</source>
        <translation>“%1”是订单键，不是订单 ID：键为 %1 的订单，其 ID 是“%2”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="89"/>
        <source>“%1” is not a time zone this system knows.</source>
        <translation>本系统不认识时区“%1”。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="90"/>
        <source>Use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation>请使用 IANA 时区名，例如 Asia/Shanghai、Europe/Berlin 或 UTC。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="71"/>
        <source>About Usage Console</source>
        <translation>关于用量控制台</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="72"/>
        <source>Usage Console %1
Billing data of the cloud platform: charges, orders, plans and spend.</source>
        <translation>用量控制台 %1
云平台计费数据：消费记录、订单、套餐与消费统计。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="138"/>
        <source>Usage Console — %1</source>
        <translation>用量控制台 — %1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="139"/>
        <source>Usage Console</source>
        <translation>用量控制台</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="140"/>
        <source>&amp;Usages</source>
        <translation>消费记录(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="141"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="142"/>
        <source>&amp;Plans</source>
        <translation>套餐(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="144"/>
        <source>Profile:</source>
        <translation>连接配置：</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="145"/>
        <source> Time zone:</source>
        <translation> 时区：</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="147"/>
        <source>&amp;Find (focus the filters)</source>
        <translation>查找(&amp;F)（转到筛选条件）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="150"/>
        <source>Export the tab on show: Usages, Orders and Plans as CSV, Spend as CSV, PNG or SVG (%1)</source>
        <translation>导出当前标签页：消费记录、订单和套餐导出为 CSV，消费统计导出为 CSV、PNG 或 SVG（%1）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="153"/>
        <source>&amp;Statement…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="154"/>
        <source>A namespace&apos;s monthly statement: preview, print, PDF</source>
        <translation>命名空间的月度对账单：预览、打印、PDF</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="155"/>
        <source>&amp;Quote…</source>
        <translation>报价(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="157"/>
        <source>Dry-run price of a new order or plan switch (%1)</source>
        <translation>新订单或套餐变更的试算报价（%1）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="143"/>
        <source>&amp;Spend</source>
        <translation>消费统计(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="146"/>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="148"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="159"/>
        <source>Prof&amp;iles…</source>
        <translation>连接配置(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="160"/>
        <source>&amp;Audit…</source>
        <translation>审计(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="161"/>
        <source>Check the billing tables for what breaks the service</source>
        <translation>检查计费表中会使服务出错的数据</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="162"/>
        <source>&amp;Save as Report…</source>
        <translation>另存为报表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="163"/>
        <source>Keep this tab&apos;s filters under a name (Reports menu, usagectl report run)</source>
        <translation>以一个名称保存此标签页的筛选条件（“报表”菜单，usagectl report run）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="167"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Usages</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Spend</source>
        <translation>消费统计</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="170"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="171"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="173"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="174"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="175"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="176"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="178"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="186"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="188"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="251"/>
        <source>No translation for this language is installed; showing English.</source>
        <translation>未安装此语言的翻译，将显示英文。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="83"/>
        <source>Report “%1” saved.</source>
        <translation>报表“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="93"/>
        <source>The report “%1” is saved with the time zone “%2”, which is not a time zone: it is not opened.</source>
        <translation>报表“%1”保存的时区“%2”不是时区：未打开该报表。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="101"/>
        <source>The report “%1” was saved on a profile that has been deleted: it is not opened on another connection.</source>
        <translation>报表“%1”所在的配置已被删除：不会在其他连接上打开它。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="133"/>
        <source>The report “%1” is on region %2, which profile “%3” no longer has: it is not opened.</source>
        <translation>报表“%1”属于区域 %2，而配置“%3”已不再包含该区域：不打开该报表。</translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="148"/>
        <source>Report “%1”: %2</source>
        <translation>报表“%1”：%2</translation>
    </message>
</context>
<context>
    <name>OrderChargesModel</name>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="94"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="96"/>
        <source>Charge #</source>
        <translation>扣费序号</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="98"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="100"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="102"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="104"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="106"/>
        <source>Plan name</source>
        <translation>套餐名称</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message numerus="yes">
        <location filename="../../views/orderdetailpane.cpp" line="62"/>
        <source>%n charges, sum %1 yuan</source>
        <translation>
            <numerusform>%n 笔扣费，合计 %1 元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/orderdetailpane.cpp" line="64"/>
        <source>First %n charges shown (the history is longer).</source>
        <translation>
            <numerusform>仅显示前 %n 笔扣费（历史记录更长）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="90"/>
        <location filename="../../views/orderdetailpane.cpp" line="155"/>
        <source>No charges.</source>
        <translation>没有扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="119"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="119"/>
        <source>&amp;Cancel order…</source>
        <translation>取消订单(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="126"/>
        <source>Select an order to see its details and charges.</source>
        <translation>选择一个订单以查看其详情和扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="132"/>
        <source>Order %1 (key %2) — %3
Namespace %4, region %5
Plan %6, %7%8
Started %9, paid until %10</source>
        <translation>订单 %1（键 %2）— %3
命名空间 %4，区域 %5
套餐 %6，%7%8
开始于 %9，已付费至 %10</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="136"/>
        <source>, resource %1</source>
        <translation>，资源 %1</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="140"/>
        <source>, ended %1</source>
        <translation>，结束于 %1</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="153"/>
        <source>Charges of this order</source>
        <translation>此订单的扣费记录</translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="154"/>
        <source>End this consuming order</source>
        <translation>终止这个计费中的订单</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="89"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="91"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="93"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="95"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="97"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="99"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="101"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="103"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="105"/>
        <source>Paid until</source>
        <translation>已付费至</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="107"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="109"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="111"/>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/ordertablemodel.cpp" line="141"/>
        <source>Consuming, but the last renewal failed (%n retries)</source>
        <translation>
            <numerusform>计费中，但上次续费失败（已重试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="143"/>
        <source>Consuming, but the last renewal failed</source>
        <translation>计费中，但上次续费失败</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../views/ordersview.cpp" line="283"/>
        <source>Order %1 of %2 was cancelled.</source>
        <translation>%2 的订单 %1 已取消。</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="286"/>
        <source>The service released its resource.</source>
        <translation>服务已释放其资源。</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="289"/>
        <source>The resource itself was not released: release it on the platform.</source>
        <translation>资源本身未被释放：请在平台上释放。</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="290"/>
        <source>End row #%1 written at %2 (UTC).</source>
        <translation>终止记录 #%1 已于 %2（UTC）写入。</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="330"/>
        <source>No orders match the filter. %1</source>
        <translation>没有符合筛选条件的订单。%1</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="333"/>
        <source>%1 orders — %2 loaded</source>
        <translation>共 %1 个订单 — 已加载 %2 个</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="362"/>
        <source>Export orders as CSV</source>
        <translation>将订单导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="363"/>
        <source>orders-%1.csv</source>
        <translation>orders-%1.csv</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="364"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Consuming</source>
        <translation>计费中</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="415"/>
        <source>Renew failed</source>
        <translation>续费失败</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="415"/>
        <source>Ended</source>
        <comment>order status</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="418"/>
        <source>R&amp;esource:</source>
        <translation>资源(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="419"/>
        <source>volume or BSI name</source>
        <translation>存储卷或 BSI 名称</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="423"/>
        <source>The orders could not be loaded: %1</source>
        <translation>无法加载订单：%1</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="329"/>
        <location filename="../../views/ordersview.cpp" line="421"/>
        <source>No orders match the filter.</source>
        <translation>没有符合筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="412"/>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="421"/>
        <source>Not connected: choose a profile.</source>
        <translation>未连接：请选择一个连接配置。</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="128"/>
        <source>only the newest %1 are listed: narrow the filter, or export to CSV for all of them</source>
        <translation>只列出最新的 %1 条：请缩小筛选范围，或导出 CSV 获取全部</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="185"/>
        <source>Sorted by the server, oldest first</source>
        <translation>由服务器排序，最早的在前</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="186"/>
        <source>Sorted by the server, newest first</source>
        <translation>由服务器排序，最新的在前</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="188"/>
        <source>Sorted by the server, smallest first</source>
        <translation>由服务器排序，金额最小的在前</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="189"/>
        <source>Sorted by the server, biggest first</source>
        <translation>由服务器排序，金额最大的在前</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="192"/>
        <source>Sorted by the server, A to Z</source>
        <translation>由服务器排序，按 A 到 Z</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="193"/>
        <source>Sorted by the server, Z to A</source>
        <translation>由服务器排序，按 Z 到 A</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="197"/>
        <source>Click to sort the whole list by this column (the server sorts)</source>
        <translation>点击可按此列对整个列表排序（由服务器排序）</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="199"/>
        <source>Not sortable over this connection: the service lists only newest first</source>
        <translation>此连接下不可排序：服务只按最新在前的顺序列出</translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="200"/>
        <source>Not sortable: rows are loaded page by page in the server&apos;s order</source>
        <translation>不可排序：数据按服务器的顺序逐页加载</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="67"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="69"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="73"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="75"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="77"/>
        <source>Specification 1</source>
        <translation>规格 1</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="79"/>
        <source>Specification 2</source>
        <translation>规格 2</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="81"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="83"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="85"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="87"/>
        <source>Created (label)</source>
        <translation>创建时间（仅供参考）</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="89"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="114"/>
        <source>As stored by the plan service (its local time): a label only</source>
        <translation>套餐服务保存的原始值（其本地时间）：仅供参考</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="143"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="146"/>
        <source>active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="146"/>
        <source>old version</source>
        <translation>旧版本</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="263"/>
        <source>%n plan versions</source>
        <translation>
            <numerusform>%n 个套餐版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="155"/>
        <source>Export plans as CSV</source>
        <translation>将套餐导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="156"/>
        <source>plans-%1.csv</source>
        <translation>plans-%1.csv</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="156"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="161"/>
        <source>Exported %n plan version(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个套餐版本导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="180"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="237"/>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="240"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="245"/>
        <source>Include ol&amp;d versions</source>
        <translation>包括旧版本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="247"/>
        <source>R&amp;eload</source>
        <translation>重新加载(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="239"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Resources</source>
        <translation>资源配额</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Volume</source>
        <translation>存储卷</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Backing service</source>
        <translation>后端服务</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="246"/>
        <source>Search plans…</source>
        <translation>搜索套餐…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="264"/>
        <source>%1 of %n plan versions shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个套餐版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="273"/>
        <source>The plans could not be loaded: %1</source>
        <translation>无法加载套餐：%1</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="275"/>
        <source>No plans match the filter.</source>
        <translation>没有符合筛选条件的套餐。</translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="270"/>
        <source>Not connected: choose a profile.</source>
        <translation>未连接：请选择一个连接配置。</translation>
    </message>
</context>
<context>
    <name>PricingEngine</name>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="125"/>
        <source>No time given to price the order at.</source>
        <translation>没有给出计价的时间。</translation>
    </message>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="187"/>
        <source>Cannot price this switch: order %1 was renewed in advance and its charge before the last (CONSUME_ID %2) is missing. The real service&apos;s process dies on this request (the connection drops and it refuses every later request until restarted).</source>
        <translation>无法为此次套餐变更计价：订单 %1 已提前续费，而其倒数第二笔扣费（CONSUME_ID %2）缺失。真实服务处理此请求时进程会崩溃（连接断开，并且在重启前拒绝之后的所有请求）。</translation>
    </message>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="228"/>
        <source>The service&apos;s price for this order is not a number (it would answer &quot;%1&quot;): a charge of the current order covers less than half a day.</source>
        <translation>服务对此订单的报价不是数字（它会返回“%1”）：当前订单的某笔扣费覆盖的时间不足半天。</translation>
    </message>
</context>
<context>
    <name>ProfileComboBox</name>
    <message>
        <location filename="../../views/profilecombobox.cpp" line="35"/>
        <source>No profile</source>
        <translation>无连接配置</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../views/profiledialog.cpp" line="23"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="24"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="25"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="26"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="29"/>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="167"/>
        <location filename="../../views/profiledialog.cpp" line="215"/>
        <source>New profile</source>
        <translation>新连接配置</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="170"/>
        <source>Fill in the connection and press Save.</source>
        <translation>填写连接信息后点击“保存”。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="205"/>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="216"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="217"/>
        <source>Discard the unsaved changes to profile “%1”?</source>
        <translation>放弃对连接配置“%1”的未保存更改吗？</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="283"/>
        <location filename="../../views/profiledialog.cpp" line="290"/>
        <source>Delete profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="284"/>
        <source>Delete the connection profile “%1”?</source>
        <translation>删除连接配置“%1”？</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="287"/>
        <source>Its stored password or token is removed from the keychain too. The database itself is not touched.</source>
        <translation>保存在密钥环中的密码或令牌也会一并删除。数据库本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="289"/>
        <source>The database file itself is not touched.</source>
        <translation>数据库文件本身不受影响。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="329"/>
        <source>No password or token is stored for this profile: type it in, then test again.</source>
        <translation>此连接配置没有保存密码或令牌：请输入后再测试。</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="335"/>
        <source>Reading the stored secret…</source>
        <translation>正在读取已保存的密码…</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="344"/>
        <location filename="../../views/profiledialog.cpp" line="399"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="351"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/profiledialog.cpp" line="365"/>
        <source>Connection OK: %n region(s) (%1).</source>
        <translation>
            <numerusform>连接成功：%n 个区域（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="412"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="413"/>
        <source>Security: %1</source>
        <translation>连接安全：%1</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../views/profileform.cpp" line="298"/>
        <source>stored in the system keychain — leave empty to keep it</source>
        <translation>已保存在系统密钥环中 — 留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="48"/>
        <source>Read-only (never cancel orders with this profile)</source>
        <translation>只读（不允许用此连接配置取消订单）</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="49"/>
        <source>Use the roll-up cache for totals and spend</source>
        <translation>对合计与消费统计使用汇总缓存</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="55"/>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="56"/>
        <source>MySQL / MariaDB database</source>
        <translation>MySQL / MariaDB 数据库</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="57"/>
        <source>REST service (usage API)</source>
        <translation>REST 服务（用量 API）</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="69"/>
        <source>The time zone the usage service runs in; billing period ends are computed in it. Production runs in Asia/Shanghai.</source>
        <translation>用量服务运行所在的时区，计费周期的结束时间按此时区计算。生产环境为 Asia/Shanghai。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="71"/>
        <source>Months that can no longer change are summed once and kept.</source>
        <translation>不会再变化的月份只汇总一次并保存。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="74"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="75"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="77"/>
        <source>Service time zone:</source>
        <translation>服务时区：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="102"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="112"/>
        <source>Choose the SQLite database</source>
        <translation>选择 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="113"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="116"/>
        <source>Database file:</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="138"/>
        <source>empty = the plan tables are in the same database</source>
        <translation>留空 = 套餐表在同一个数据库中</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="141"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="142"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="143"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="144"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="145"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="146"/>
        <source>Plan database:</source>
        <translation>套餐数据库：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="149"/>
        <source>How long to wait for the server to accept and greet.</source>
        <translation>等待服务器接受连接并发出问候的时长。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="151"/>
        <source>How long the server may stay silent while answering: a stalled server fails after this, and so does a query that computes for longer.</source>
        <translation>服务器应答时可以保持沉默的时长：超过此时长，停滞的服务器会失败，计算更久的查询也会失败。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="155"/>
        <source>How long the server may take to accept what is sent.</source>
        <translation>服务器接收所发送数据可用的时长。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="157"/>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="159"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="161"/>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="164"/>
        <source>Timeouts:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="177"/>
        <source>An address without a path means the usage API at /usageapi/v1 on that host.</source>
        <translation>不带路径的地址表示该主机上位于 /usageapi/v1 的用量 API。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="179"/>
        <source>optional: /charge/v1 on the same host</source>
        <translation>可选：同一主机上的 /charge/v1</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="181"/>
        <source>Empty: the plan service at /charge/v1 on the usage API&apos;s host, as usagectl does.</source>
        <translation>留空：使用用量 API 所在主机上位于 /charge/v1 的套餐服务，与 usagectl 相同。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="189"/>
        <source>comma-separated; the API lists one namespace at a time</source>
        <translation>以逗号分隔；API 每次只能列出一个命名空间</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="192"/>
        <location filename="../../views/profileform.cpp" line="224"/>
        <source>empty = the system&apos;s certificate authorities</source>
        <translation>留空 = 使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="191"/>
        <location filename="../../views/profileform.cpp" line="222"/>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="38"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="195"/>
        <source>Usage API URL:</source>
        <translation>用量 API 地址：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="196"/>
        <source>Plan API URL:</source>
        <translation>套餐 API 地址：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="197"/>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="198"/>
        <source>Namespaces:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="199"/>
        <location filename="../../views/profileform.cpp" line="232"/>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="202"/>
        <source>The deadline of one request, from connecting to the last byte of the answer. A cancel always gets at least 20 s.</source>
        <translation>单个请求的期限，从建立连接到收到应答的最后一个字节。取消订单始终至少有 20 秒。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="204"/>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="217"/>
        <source>Off (not encrypted)</source>
        <translation>关闭（不加密）</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="218"/>
        <source>Required (verify the server&apos;s certificate)</source>
        <translation>必需（验证服务器证书）</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="219"/>
        <source>Required: the server&apos;s certificate must be signed by the CA and name the host before the password is sent; a server without TLS is refused.</source>
        <translation>必需：服务器证书必须由该 CA 签发并与主机名相符，之后才会发送密码；不提供 TLS 的服务器会被拒绝。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="226"/>
        <source>Choose the client certificate</source>
        <translation>选择客户端证书</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="227"/>
        <source>only for a server that asks for one</source>
        <translation>仅当服务器要求客户端证书时填写</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="228"/>
        <source>Choose the client key</source>
        <translation>选择客户端私钥</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="229"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>私钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="230"/>
        <source>the client certificate&apos;s private key</source>
        <translation>客户端证书的私钥</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="231"/>
        <source>TLS:</source>
        <translation>TLS：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="233"/>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="234"/>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="301"/>
        <source>kept for this session only (no system keychain) — leave empty to keep it</source>
        <translation>仅在本次会话中保留（系统密钥环不可用）— 留空则保持不变</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="304"/>
        <source>not stored (no system keychain) — type it to connect</source>
        <translation>未保存（系统密钥环不可用）— 请输入后再连接</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="374"/>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="376"/>
        <source>“%1” is not a time zone (for example Asia/Shanghai or UTC).</source>
        <translation>“%1”不是有效的时区（例如 Asia/Shanghai 或 UTC）。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="380"/>
        <source>Choose the SQLite database file.</source>
        <translation>请选择 SQLite 数据库文件。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="384"/>
        <source>A MySQL profile needs a host, a database and a user.</source>
        <translation>MySQL 连接配置需要主机、数据库和用户。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="387"/>
        <source>Database names may hold letters, digits and &apos;_&apos; only.</source>
        <translation>数据库名只能包含字母、数字和“_”。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="392"/>
        <source>Enter the usage API address (and the plan API&apos;s, if it is elsewhere) as http:// or https:// URLs.</source>
        <translation>请以 http:// 或 https:// URL 的形式输入用量 API 的地址（如套餐 API 在别处，也请输入其地址）。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="406"/>
        <source>The CA file “%1” does not exist or cannot be read.</source>
        <translation>CA 文件“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="408"/>
        <source>A client certificate and its key go together: give both, or neither.</source>
        <translation>客户端证书与其私钥必须同时提供：两者都给，或都不给。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="410"/>
        <source>The client certificate “%1” does not exist or cannot be read.</source>
        <translation>客户端证书“%1”不存在或无法读取。</translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="413"/>
        <source>The client key “%1” does not exist or cannot be read.</source>
        <translation>客户端私钥“%1”不存在或无法读取。</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../views/quotedialog.cpp" line="46"/>
        <source>now (when you press Get quote)</source>
        <translation>当前时间（点击“获取报价”之时）</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="47"/>
        <source>Get quote</source>
        <translation>获取报价</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="48"/>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="62"/>
        <source>Price quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="76"/>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="77"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="78"/>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="79"/>
        <source>Resource name:</source>
        <translation>资源名称：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="80"/>
        <source>Priced at:</source>
        <translation>报价时间：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="101"/>
        <source>Amount due:</source>
        <translation>应付金额：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="102"/>
        <source>Plan price:</source>
        <translation>套餐价格：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="103"/>
        <source>Credit for the current plan:</source>
        <translation>当前套餐抵扣：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="104"/>
        <source>Replaces order:</source>
        <translation>替换订单：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="105"/>
        <source>New period ends:</source>
        <translation>新周期结束：</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="115"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="131"/>
        <source>Choose a namespace, region and plan, then press Get quote. Nothing is ordered: this is a dry run.</source>
        <translation>选择命名空间、区域和套餐，然后点击“获取报价”。这只是试算，不会下单。</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="137"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="201"/>
        <source>No connection.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="205"/>
        <source>Loading regions…</source>
        <translation>正在加载区域…</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="211"/>
        <source>Regions could not be loaded: %1</source>
        <translation>无法加载区域：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="234"/>
        <source>Loading plans…</source>
        <translation>正在加载套餐…</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="254"/>
        <source>Plans could not be loaded: %1</source>
        <translation>无法加载套餐：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="260"/>
        <source>%1 — %2 — %3 yuan (%4)</source>
        <translation>%1 — %2 — %3 元（%4）</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="268"/>
        <source>This region has no active plans.</source>
        <translation>该区域没有生效中的套餐。</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="279"/>
        <source>volume name (required)</source>
        <translation>存储卷名称（必填）</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="281"/>
        <source>backing-service instance name (required)</source>
        <translation>后端服务实例名称（必填）</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="282"/>
        <source>not used by this plan type</source>
        <translation>此套餐类型不需要</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="295"/>
        <location filename="../../views/quotedialog.cpp" line="324"/>
        <source>Asking the service for a price…</source>
        <translation>正在向服务询价…</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="339"/>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="343"/>
        <source>none (a new order)</source>
        <translation>无（新订单）</translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="350"/>
        <source>Advice — not part of the service&apos;s price:</source>
        <translation>提示 — 不属于服务报价的一部分：</translation>
    </message>
</context>
<context>
    <name>QuoteText</name>
    <message>
        <location filename="../../views/quotetext.cpp" line="33"/>
        <source>This namespace already has this plan.</source>
        <translation>该命名空间已经在使用此套餐。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="34"/>
        <source>The service would not create this order: %1</source>
        <translation>服务拒绝创建此订单：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="37"/>
        <source>The current plan has more remaining value than the new plan costs — downgrades are not supported.</source>
        <translation>当前套餐的剩余价值高于新套餐的价格 — 不支持降级。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="39"/>
        <source>The switch from the current plan cannot be priced: %1</source>
        <translation>无法为从当前套餐的变更报价：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="43"/>
        <source>This plan does not exist in this region.</source>
        <translation>该区域不存在此套餐。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="44"/>
        <source>The service refused the request: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="46"/>
        <source>The plan service could not be asked for this plan. Try again later.</source>
        <translation>无法向套餐服务查询此套餐，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="48"/>
        <source>The namespace&apos;s current order could not be read: %1</source>
        <translation>无法读取该命名空间的当前订单：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="51"/>
        <source>The service is still starting up. Try again in a minute.</source>
        <translation>服务仍在启动中，请一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="53"/>
        <location filename="../../views/quotetext.cpp" line="65"/>
        <source>Authentication failed: %1</source>
        <translation>认证失败：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="55"/>
        <source>You have no access to this namespace.</source>
        <translation>您无权访问此命名空间。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="61"/>
        <source>The service could not be reached: %1</source>
        <translation>无法连接到服务：%1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="63"/>
        <source>The service did not answer in time.</source>
        <translation>服务未能及时响应。</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="75"/>
        <source>Service code %1</source>
        <translation>服务错误码 %1</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="84"/>
        <source>%1 (id %2, plan %3)</source>
        <translation>%1（ID %2，套餐 %3）</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="89"/>
        <source>Price quote (dry run: nothing was ordered)</source>
        <translation>报价（试算：未下任何订单）</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="90"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="91"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="93"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="97"/>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="98"/>
        <source>Priced at</source>
        <translation>报价时间</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="108"/>
        <source>Plan price</source>
        <translation>套餐价格</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="109"/>
        <source>Credit for the current plan</source>
        <translation>当前套餐抵扣</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="110"/>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="111"/>
        <source>Replaces order</source>
        <translation>替换订单</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="112"/>
        <source>none (a new order)</source>
        <translation>无（新订单）</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="113"/>
        <source>New period ends</source>
        <translation>新周期结束</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="116"/>
        <source>Advice (not part of the service&apos;s price):</source>
        <translation>提示（不属于服务报价的一部分）：</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="127"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="128"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="24"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="34"/>
        <source>No saved reports</source>
        <translation>没有已保存的报表</translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="38"/>
        <source>&amp;Delete report</source>
        <translation>删除报表(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="42"/>
        <source>deleted profile</source>
        <translation>已删除的配置</translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="58"/>
        <source>Delete report</source>
        <translation>删除报表</translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="59"/>
        <source>Delete the report “%1”?</source>
        <translation>删除报表“%1”？</translation>
    </message>
</context>
<context>
    <name>RestAudit</name>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="30"/>
        <location filename="../../backend/rest/restaudit.cpp" line="33"/>
        <source>the API sends neither LAST_CONSUME_ID nor a charge&apos;s CONSUME_ID</source>
        <translation>API 既不提供 LAST_CONSUME_ID，也不提供扣费的 CONSUME_ID</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="36"/>
        <source>a charge carries only its ORDER_ID, which every resources order of a namespace shares, and the API lists paid orders only</source>
        <translation>扣费只带有其 ORDER_ID，而同一命名空间的所有 resources 订单共用该 ID；且 API 只列出已付费的订单</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="41"/>
        <location filename="../../backend/rest/restaudit.cpp" line="53"/>
        <source>the service cannot read such a row: the list that holds it fails (3311, 3312, 3314)</source>
        <translation>服务无法读取这样的行：包含它的列表会失败（3311、3312、3314）</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="46"/>
        <source>the API sends amounts already rounded to float32; the exact amount is in the database only</source>
        <translation>API 发送的金额已按 float32 舍入；精确金额只在数据库中</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="51"/>
        <source>the API lists paid orders only</source>
        <translation>API 只列出已付费的订单</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="156"/>
        <source>Only the token&apos;s own namespace was audited: the API lists one namespace at a time.</source>
        <translation>只审计了令牌自身的命名空间：API 一次只列出一个命名空间。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="159"/>
        <source>Namespaces audited: %1.</source>
        <translation>已审计的命名空间：%1。</translation>
    </message>
</context>
<context>
    <name>RestBackend</name>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="77"/>
        <source>not encrypted: %1</source>
        <translation>未加密：%1</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="78"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="222"/>
        <source>Order %1 is not consuming or does not exist (the service returns an order only while it is consuming).</source>
        <translation>订单 %1 不在计费中或不存在（服务只在订单计费中时返回该订单）。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="325"/>
        <source>A service connection is cached only when it names its namespaces.</source>
        <translation>服务连接只有在指定了命名空间时才会被缓存。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcancel.cpp" line="24"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation>此连接为只读：不允许取消订单</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcancel.cpp" line="43"/>
        <source>the service has no consuming order %1</source>
        <translation>服务中没有计费中的订单 %1</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restquote.cpp" line="51"/>
        <source>The plan service does not know plan %1 in %2, yet the usage service priced it.</source>
        <translation>套餐服务不认识 %2 中的套餐 %1，但消费服务却为它报了价。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="12"/>
        <source>the REST API needs a region</source>
        <translation>REST API 需要指定区域</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="20"/>
        <source>The service lists only newest first.</source>
        <translation>服务只按最新在前的顺序列出。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="28"/>
        <source>The service&apos;s paging is inconsistent%1: %2. Paging stopped; reload to try again.</source>
        <translation>服务的分页不一致%1：%2。已停止分页；请重新加载再试。</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="168"/>
        <source>The API address is not an http(s) URL: %1</source>
        <translation>API 地址不是 http(s) 网址：%1</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="66"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="67"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="146"/>
        <source>No complete answer from %1 within %2 s to %3.</source>
        <translation>%1 未在 %2 秒内完整应答 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backend/rest/restclient.cpp" line="151"/>
        <source>%n bytes received</source>
        <translation>
            <numerusform>已收到 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="218"/>
        <source>The answer from %1 to %2 is %3, more than the limit of %4: not read.</source>
        <translation>%1 对 %2 的应答为 %3，超过 %4 的上限：未读取。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="231"/>
        <location filename="../../backend/rest/restclient.cpp" line="398"/>
        <source>The answer from %1 to %2 is larger than the limit of %3: reading stopped.</source>
        <translation>%1 对 %2 的应答超过 %3 的上限：已停止读取。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="250"/>
        <source>Refused a redirect from %1 to the unencrypted %2: the token is only sent over a verified HTTPS connection.</source>
        <translation>已拒绝从 %1 重定向到未加密的 %2：令牌只通过已验证的 HTTPS 连接发送。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="262"/>
        <source>Refused a redirect from %1 to another origin (%2): the token is only sent to the configured server.</source>
        <translation>已拒绝从 %1 重定向到另一个源（%2）：令牌只发送给所配置的服务器。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="270"/>
        <location filename="../../backend/rest/restclient.cpp" line="346"/>
        <source>Too many redirects from %1.</source>
        <translation>来自 %1 的重定向次数过多。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="290"/>
        <source>%1, certificate issued by %2</source>
        <translation>%1，证书颁发者为 %2</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="304"/>
        <source>Could not connect to %1: connection refused.</source>
        <translation>无法连接到 %1：连接被拒绝。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="311"/>
        <source>Could not connect to %1: host not found.</source>
        <translation>无法连接到 %1：找不到主机。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="317"/>
        <source>The answer from %1 was cut off: the connection closed after %2 bytes.</source>
        <translation>来自 %1 的应答被截断：连接在 %2 字节后关闭。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="324"/>
        <source>%1 closed the connection without answering (the service may have failed on this request).</source>
        <translation>%1 未作应答就关闭了连接（服务处理此请求时可能出错了）。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="332"/>
        <source>No answer from %1 in time.</source>
        <translation>%1 未能及时应答。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="341"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败：%2</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="350"/>
        <source>Refused a redirect from %1 to a less safe address.</source>
        <translation>已拒绝从 %1 重定向到不够安全的地址。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="357"/>
        <source>%1 answered something that is not valid HTTP.</source>
        <translation>%1 的应答不是有效的 HTTP。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="364"/>
        <source>The request to %1 was aborted.</source>
        <translation>发往 %1 的请求已中止。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="370"/>
        <source>The request to %1 failed: %2</source>
        <translation>发往 %1 的请求失败：%2</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="391"/>
        <source>%1 gave no HTTP status.</source>
        <translation>%1 没有给出 HTTP 状态。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="406"/>
        <source>The answer from %1 was cut off: %2 of %3 bytes arrived.</source>
        <translation>来自 %1 的应答被截断：%3 字节中只收到了 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcertificate.cpp" line="17"/>
        <source>it is not signed by a trusted certificate authority (add the company CA as the CA file)</source>
        <translation>它不是由受信任的证书颁发机构签发的（请将公司 CA 添加为 CA 文件）</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcertificate.cpp" line="20"/>
        <source>Refused the certificate of %1: %2. Subject: %3; issuer: %4.</source>
        <translation>已拒绝 %1 的证书：%2。主体：%3；颁发者：%4。</translation>
    </message>
</context>
<context>
    <name>RestJson</name>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="18"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="20"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="107"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="22"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="52"/>
        <location filename="../../backend/rest/restjson.cpp" line="257"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="24"/>
        <location filename="../../backend/rest/restjson.cpp" line="150"/>
        <location filename="../../backend/rest/restjson.cpp" line="432"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="26"/>
        <location filename="../../backend/rest/restjson.cpp" line="277"/>
        <location filename="../../backend/rest/restjson.cpp" line="310"/>
        <location filename="../../backend/rest/restjson.cpp" line="337"/>
        <location filename="../../backend/rest/restjson.cpp" line="372"/>
        <location filename="../../backend/rest/restjson.cpp" line="388"/>
        <location filename="../../backend/rest/restjson.cpp" line="438"/>
        <location filename="../../backend/rest/restjson.cpp" line="460"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="30"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="63"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="118"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="67"/>
        <location filename="../../backend/rest/restjson.cpp" line="248"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="75"/>
        <source>is %1, expected an integer</source>
        <translation>为 %1，应为整数</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="88"/>
        <source>a number of yuan</source>
        <translation>以元为单位的数字</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="94"/>
        <source>is %1, not a representable amount</source>
        <translation>为 %1，不是可表示的金额</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="122"/>
        <source>an RFC 3339 time</source>
        <translation>RFC 3339 时间</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="128"/>
        <source>is %1, not an RFC 3339 time</source>
        <translation>为 %1，不是 RFC 3339 时间</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="142"/>
        <source>The service sent an invalid answer: field `%1` %2.</source>
        <translation>服务返回了无效的应答：字段 `%1` %2。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="152"/>
        <source>is %1, expected %2</source>
        <translation>为%1，应为%2</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="70"/>
        <source>an HTML page titled “%1”</source>
        <translation>一个标题为“%1”的 HTML 页面</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="88"/>
        <source>the body begins: %1</source>
        <translation>正文开头为：%1</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="57"/>
        <source>The service refused the API token (auth failed): check the token of the profile (Profiles…), or USAGECTL_TOKEN for usagectl.</source>
        <translation>服务拒绝了 API 令牌（认证失败）：请在“连接配置…”中检查该配置的令牌；usagectl 请检查 USAGECTL_TOKEN。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="66"/>
        <source>an empty body</source>
        <translation>空内容</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="73"/>
        <source>an HTML page</source>
        <translation>一个 HTML 页面</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="75"/>
        <source>text that is not JSON (%1 at byte %2)</source>
        <translation>非 JSON 文本（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="78"/>
        <source>JSON that is not an object</source>
        <translation>不是对象的 JSON</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="93"/>
        <source>The service refused the API token (HTTP 401, the answer is %1): check the token of the profile (Profiles…), or USAGECTL_TOKEN for usagectl.</source>
        <translation>服务拒绝了 API 令牌（HTTP 401，应答是%1）：请在“连接配置…”中检查该配置的令牌；usagectl 请检查 USAGECTL_TOKEN。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="100"/>
        <source>The service failed (HTTP %1) and answered with %2 instead of JSON.</source>
        <translation>服务出错（HTTP %1），返回的是%2，而不是 JSON。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="108"/>
        <source>The service&apos;s answer (HTTP %1) is %2, not a JSON envelope: is the address that of the usage API?</source>
        <translation>服务的应答（HTTP %1）是%2，不是 JSON 信封：这是消费 API 的地址吗？</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="136"/>
        <source>an object with `total` and `results`</source>
        <translation>一个包含 `total` 和 `results` 的对象</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="144"/>
        <source>is negative</source>
        <translation>为负数</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="185"/>
        <source>the service answered error code %1</source>
        <translation>服务返回错误代码 %1</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="186"/>
        <location filename="../../backend/rest/restjson.cpp" line="207"/>
        <source>HTTP %1, service code %2</source>
        <translation>HTTP %1，服务代码 %2</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="200"/>
        <source>The service does not know this URL: check the API address.</source>
        <translation>服务不认识此 URL：请检查 API 地址。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="254"/>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="267"/>
        <source>The service answered HTTP %1 with code 0.</source>
        <translation>服务以 HTTP %1 应答，代码却是 0。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="295"/>
        <source>is %1, expected pending, consuming or ended</source>
        <translation>为 %1，应为 pending、consuming 或 ended</translation>
    </message>
</context>
<context>
    <name>RestRefusal</name>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="22"/>
        <source>Permission denied: order %1 is not in the token&apos;s own namespace; name its namespace (--namespace).</source>
        <translation>权限不足：订单 %1 不在令牌自身的命名空间中；请指定其命名空间（--namespace）。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="27"/>
        <source>Permission denied: the token may not act for namespace %1, or order %2 is not in it.</source>
        <translation>权限不足：该令牌无权操作命名空间 %1，或订单 %2 不在其中。</translation>
    </message>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="37"/>
        <source>Order %1 is not consuming (it has ended, was never paid or does not exist): nothing to cancel.</source>
        <translation>订单 %1 不在计费中（已结束、从未付费或不存在）：无可取消。</translation>
    </message>
</context>
<context>
    <name>RestWorker</name>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="117"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>RollupCache</name>
    <message>
        <location filename="../../backend/cache/ledgerstore.cpp" line="16"/>
        <location filename="../../backend/cache/ledgerstore.cpp" line="26"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="30"/>
        <source>The roll-up cache cannot %1.</source>
        <translation>汇总缓存无法%1。</translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="94"/>
        <source>be created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="106"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="127"/>
        <source>be opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="140"/>
        <source>use a file of another version</source>
        <translation>使用另一版本的文件</translation>
    </message>
    <message>
        <location filename="../../backend/cache/ledgerstore.cpp" line="27"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="145"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="149"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="199"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="276"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="300"/>
        <source>read its file</source>
        <translation>读取其文件</translation>
    </message>
    <message>
        <location filename="../../backend/cache/ledgerstore.cpp" line="17"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="183"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="244"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="257"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="324"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="340"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="348"/>
        <source>write its file</source>
        <translation>写入其文件</translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcoordinator.cpp" line="130"/>
        <source>%1 Figures are computed live (%2).</source>
        <translation>%1 数据将实时计算（%2）。</translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcoordinatorcheck.cpp" line="74"/>
        <source>Cached spend did not match the data (%1); the cache of this connection was dropped and the figures are computed again.</source>
        <translation>缓存的消费统计与数据不符（%1）；此连接的缓存已被清除，数据正在重新计算。</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="16"/>
        <source>Usages</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="18"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="20"/>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="22"/>
        <source>Spend</source>
        <translation>消费统计</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="40"/>
        <source>Save as report</source>
        <translation>另存为报表</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="45"/>
        <source>all regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="50"/>
        <source>All dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="51"/>
        <source>As shown: %1</source>
        <translation>按当前显示：%1</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="53"/>
        <source>The month before the one it is opened in</source>
        <translation>打开时所在月份的上一个月</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="55"/>
        <source>The month it is opened in</source>
        <translation>打开时所在的月份</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="61"/>
        <source>Shows:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="63"/>
        <source>%1 on profile “%2”, zone %3</source>
        <translation>%1，配置“%2”，时区 %3</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="68"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="93"/>
        <source>A report named “%1” exists: saving replaces it.</source>
        <translation>已有名为“%1”的报表：保存将替换它。</translation>
    </message>
</context>
<context>
    <name>SavedReport</name>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="90"/>
        <source>all dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="93"/>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="98"/>
        <source>the previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="100"/>
        <source>the current month</source>
        <translation>本月</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../backend/profiles/secretstore.cpp" line="78"/>
        <source>The system keychain is not available (%1). The secret is kept in memory for this session only and will be asked for again next time.</source>
        <translation>系统密钥环不可用（%1）。密码仅在本次运行期间保存在内存中，下次启动时需要重新输入。</translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../views/spendchart.cpp" line="114"/>
        <source>Renewals to come (forecast)</source>
        <translation>待续费（预测）</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="124"/>
        <source>Monthly total</source>
        <translation>月度合计</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="138"/>
        <source>Forecast total</source>
        <translation>预测合计</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="191"/>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="267"/>
        <source>%1
%2: %3 (%n charge(s))</source>
        <translation>
            <numerusform>%1
%2：%3（%n 笔扣费）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="272"/>
        <source>%1% of %2</source>
        <translation>占 %2 的 %1%</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="280"/>
        <source>Click to list these charges.</source>
        <translation>点击以列出这些扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="288"/>
        <source>%1
Forecast for %2 from the order book</source>
        <translation>%1
根据订单簿预测的 %2</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="291"/>
        <source>Written: %1</source>
        <translation>已记账：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="292"/>
        <source>Renewals to come: %1 (%n renewal(s))</source>
        <translation>
            <numerusform>待续费：%1（%n 次续费）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="295"/>
        <location filename="../../views/spendchart.cpp" line="316"/>
        <source>Forecast: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="299"/>
        <source>At risk (last renewal failed): %1</source>
        <translation>有风险（上次续费失败）：%1</translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="300"/>
        <source>Cancels and new orders are not foreseen.</source>
        <translation>未计入退订和新订单。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="311"/>
        <source>Total %1: %2 (%n charge(s))</source>
        <translation>
            <numerusform>%1 合计：%2（%n 笔扣费）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendExporter</name>
    <message>
        <location filename="../../views/spendexporter.cpp" line="19"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="32"/>
        <source>Could not encode the chart as PNG.</source>
        <translation>无法将图表编码为 PNG。</translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="52"/>
        <source>Spend per month, exported by Usage Console</source>
        <translation>每月消费，由用量控制台导出</translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="56"/>
        <source>Could not render the chart as SVG.</source>
        <translation>无法将图表渲染为 SVG。</translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="68"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>SpendForecaster</name>
    <message>
        <location filename="../../views/spendforecaster.cpp" line="72"/>
        <source>The forecast could not be made: %1</source>
        <translation>无法生成预测：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendforecaster.cpp" line="83"/>
        <source>Forecast: %1 still to be renewed by %n order(s), %2 of it at risk.</source>
        <translation>
            <numerusform>预测：%n 个订单仍将续费 %1，其中 %2 有风险。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendforecaster.cpp" line="88"/>
        <source>%n order(s) left out: no start, deadline or active plan price.</source>
        <translation>
            <numerusform>%n 个订单未计入：缺少开始时间、截止时间或有效的套餐价格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendTableModel</name>
    <message numerus="yes">
        <location filename="../../models/spendtablemodel.cpp" line="33"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>其他（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="100"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="104"/>
        <source>all months</source>
        <translation>所有月份</translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="106"/>
        <source>all namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/spendtablemodel.cpp" line="107"/>
        <source>%1, %2: %3 (%n charge(s))</source>
        <translation>
            <numerusform>%1，%2：%3（%n 笔扣费）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="111"/>
        <source>%1% of the whole period</source>
        <translation>占整个期间的 %1%</translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="111"/>
        <source>%1% of the month</source>
        <translation>占当月的 %1%</translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="148"/>
        <location filename="../../models/spendtablemodel.cpp" line="153"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <location filename="../../views/spendview.cpp" line="176"/>
        <source>All months with charges</source>
        <translation>所有有消费的月份</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="190"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="187"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="188"/>
        <source>Namespaces with their own bar segment; the rest are summed as &quot;Others&quot;.</source>
        <translation>单独显示的命名空间数量；其余的合并为“其他”。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="193"/>
        <source>Chart as PNG image…</source>
        <translation>图表导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="194"/>
        <source>Chart as SVG drawing…</source>
        <translation>图表导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="195"/>
        <source>Table as CSV…</source>
        <translation>表格导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="192"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="177"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="178"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="179"/>
        <source>Top namespaces</source>
        <translation>前几名命名空间</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="196"/>
        <source>Double-click a cell to list its charges.</source>
        <translation>双击单元格以列出其扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="191"/>
        <source>Stop loading (Esc)</source>
        <translation>停止加载（Esc）</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="164"/>
        <location filename="../../views/spendview.cpp" line="349"/>
        <source>No connection.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="180"/>
        <source>Shares</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="181"/>
        <source>Show each namespace&apos;s percent of its month, and of the whole period on the Total row.</source>
        <translation>显示每个命名空间在当月所占的百分比，合计行显示其在整个期间的占比。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="183"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="185"/>
        <source>Add to this month and the next, hatched, the renewals the consuming orders will still be charged at their deadlines (cancels and new orders are not foreseen).</source>
        <translation>在本月和下月以斜线标出消费中订单将在截止时间续费的金额（未计入退订和新订单）。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="225"/>
        <source>Loading the spend: %1% done…</source>
        <translation>正在加载消费统计：已完成 %1%…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="230"/>
        <source>Loading was canceled. Press Refresh to try again.</source>
        <translation>加载已取消。按“刷新”重试。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="231"/>
        <location filename="../../views/spendviewforecast.cpp" line="48"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="378"/>
        <source>Forecasting the renewals of the order book…</source>
        <translation>正在根据订单簿预测续费…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="391"/>
        <location filename="../../views/spendview.cpp" line="413"/>
        <source>No charges in this range.</source>
        <translation>此范围内没有消费。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendview.cpp" line="394"/>
        <source>Spend over %n month(s): %1; charges: %2</source>
        <translation>
            <numerusform>%n 个月的消费：%1；扣费笔数：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="423"/>
        <source>The spend could not be loaded: %1</source>
        <translation>无法加载消费统计：%1</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="444"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="450"/>
        <source>all regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="455"/>
        <source>Spend per month — %1 (%2)</source>
        <translation>每月消费 — %1（%2）</translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="50"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="51"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="54"/>
        <source>Export spend</source>
        <translation>导出消费统计</translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="63"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>SqlBackend</name>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="81"/>
        <source>local file</source>
        <translation>本地文件</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="83"/>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="206"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation>此连接为只读：不允许取消订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="259"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>SqlCancel</name>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="17"/>
        <source>order %1 is not consuming (it has ended or was never paid; someone else may have ended it): nothing was changed</source>
        <translation>订单 %1 不在计费中（它已终止或从未付费；可能已被他人终止）：未做任何更改</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="42"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation>此连接为只读：不允许取消订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="54"/>
        <source>Order %1 was not cancelled: the transaction was rolled back and nothing was written.</source>
        <translation>订单 %1 未取消：事务已回滚，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="64"/>
        <source>The server did not confirm the commit: order %1 may or may not have ended. Check it (orders show %1) before trying again.</source>
        <translation>服务器未确认提交：订单 %1 可能已终止，也可能没有。重试前请先检查（orders show %1）。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="85"/>
        <source>order %1 has no deadline: an end row would hold a NULL the service cannot read; nothing was changed</source>
        <translation>订单 %1 没有截止时间：终止记录将含有服务无法读取的 NULL；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="91"/>
        <source>order %1 has no LAST_CONSUME_ID: nothing was changed</source>
        <translation>订单 %1 没有 LAST_CONSUME_ID：未做任何更改</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="103"/>
        <source>order %1: last consume not found (charge %2 is missing): nothing was changed</source>
        <translation>订单 %1：找不到最后一笔扣费（扣费 %2 缺失）：未做任何更改</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="237"/>
        <source>identify the data</source>
        <translation>识别数据</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="271"/>
        <source>identify the server</source>
        <translation>识别服务器</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="283"/>
        <source>identify the database</source>
        <translation>识别数据库</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="98"/>
        <source>read the last charge of order %1</source>
        <translation>读取订单 %1 的最后一笔扣费</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="126"/>
        <source>end order %1</source>
        <translation>终止订单 %1</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="140"/>
        <source>write the end row of order %1</source>
        <translation>写入订单 %1 的终止记录</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="83"/>
        <source>SQLite file %1 does not exist</source>
        <translation>SQLite 文件 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="88"/>
        <source>SQLite file %1 cannot be read</source>
        <translation>无法读取 SQLite 文件 %1</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="100"/>
        <source>%1, certificate issued by %2</source>
        <translation>%1，证书颁发者为 %2</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="108"/>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>未安装 %1 的 Qt SQL 驱动</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="151"/>
        <source>The database server %1:%2 did not greet within %3 s (connect_timeout): it is stalled or overloaded.</source>
        <translation>数据库服务器 %1:%2 未在 %3 秒内发出问候（connect_timeout）：它已停滞或负载过高。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="177"/>
        <source>The connection to the database server %1:%2 is not encrypted although tls=required: closed.</source>
        <translation>与数据库服务器 %1:%2 的连接未加密，但地址要求 tls=required：已关闭。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="193"/>
        <source>session setup</source>
        <translation>会话设置</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="217"/>
        <source>read the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="293"/>
        <source>The database server %1:%2 sent nothing for %3 s (%4): it is stalled or unreachable, or this query needs longer than read_timeout.</source>
        <translation>数据库服务器 %1:%2 在 %3 秒内没有发送任何数据（%4）：它已停滞或无法访问，或者此查询所需时间超过 read_timeout。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="312"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="320"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="354"/>
        <source>begin a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="328"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="338"/>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="466"/>
        <source>cannot reach the database server %1:%2 (%3)</source>
        <translation>无法连接到数据库服务器 %1:%2（%3）</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="476"/>
        <source>the database refused user %1: wrong password or no access to %2</source>
        <translation>数据库拒绝了用户 %1：密码错误或无权访问 %2</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="484"/>
        <source>database %1 does not exist on %2</source>
        <translation>数据库 %1 在 %2 上不存在</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="489"/>
        <source>the database timed out (%1): another transaction holds the rows; try again</source>
        <translation>数据库超时（%1）：另一个事务占用了这些行；请重试</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="498"/>
        <source>%1 stayed locked by another program&apos;s write for 5 s (%2); try again when it is done</source>
        <translation>%1 被另一个程序的写入锁定了 5 秒（%2）；请待其完成后重试</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="505"/>
        <source>%1 has no usage-service tables (%2): is it the billing database?</source>
        <translation>%1 中没有消费服务的表（%2）：这是计费数据库吗？</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="514"/>
        <source>the database does not allow this (%1)</source>
        <translation>数据库不允许此操作（%1）</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="519"/>
        <source>%1 is not a readable SQLite database (damaged or another kind of file)</source>
        <translation>%1 不是可读的 SQLite 数据库（已损坏，或是其他类型的文件）</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="526"/>
        <source>database error while trying to %1</source>
        <translation>%1时数据库出错</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlindexadvisor.cpp" line="46"/>
        <source>read the indexes of %1</source>
        <translation>读取 %1 的索引</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="139"/>
        <source>list orders</source>
        <translation>列出订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="153"/>
        <source>read order %1</source>
        <translation>读取订单 %1</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="177"/>
        <source>list namespaces</source>
        <translation>列出命名空间</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="71"/>
        <source>list plans</source>
        <translation>列出套餐</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="92"/>
        <source>read plan %1</source>
        <translation>读取套餐 %1</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="108"/>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="119"/>
        <source>list regions</source>
        <translation>列出区域</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="18"/>
        <source>read charge %1 of order %2</source>
        <translation>读取订单 %2 的第 %1 笔扣费</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="67"/>
        <source>read the namespace&apos;s resources order</source>
        <translation>读取该命名空间的资源订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="96"/>
        <source>look for duplicated resource names</source>
        <translation>查找重复的资源名称</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="134"/>
        <source>list charges</source>
        <translation>列出扣费记录</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="160"/>
        <source>read plan names</source>
        <translation>读取套餐名称</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="180"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="182"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="288"/>
        <source>total charges</source>
        <translation>统计扣费合计</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="125"/>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="173"/>
        <source>compute spend per namespace and month</source>
        <translation>按命名空间和月份计算消费</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="199"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="324"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="329"/>
        <source>find the time range of the charges</source>
        <translation>查找扣费的时间范围</translation>
    </message>
</context>
<context>
    <name>SqlIndexAdvisor</name>
    <message>
        <location filename="../../backend/sql/sqlindexadvisor.cpp" line="23"/>
        <source>Could not %1.</source>
        <translation>无法%1。</translation>
    </message>
</context>
<context>
    <name>SqlLedgerQueries</name>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="160"/>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="210"/>
        <source>read the orders&apos; IDs</source>
        <translation>读取订单编号范围</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="240"/>
        <source>sample the orders</source>
        <translation>抽样读取订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="291"/>
        <source>read the orders&apos; signatures</source>
        <translation>读取订单的摘要</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="330"/>
        <source>read the orders that may still be charged</source>
        <translation>读取仍可能扣费的订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="367"/>
        <source>read the orders that moved</source>
        <translation>读取有变化的订单</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="120"/>
        <source>read the new charges</source>
        <translation>读取新的扣费记录</translation>
    </message>
</context>
<context>
    <name>SqlMoneyCheck</name>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="65"/>
        <source>%1.CONSUMING is a %2 column, not an integer one: its amounts cannot be read exactly.</source>
        <translation>%1.CONSUMING 是 %2 列，而不是整数列：无法精确读取其金额。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="97"/>
        <source>Damaged rows in all: %1; nothing was summed.</source>
        <translation>损坏的行共 %1 行；未进行汇总。</translation>
    </message>
</context>
<context>
    <name>SqlOrderQueries</name>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="124"/>
        <source>Orders have no amount to sort by.</source>
        <translation>订单没有可排序的金额。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="160"/>
        <source>order %1 does not exist</source>
        <translation>订单 %1 不存在</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="161"/>
        <source>order %1 does not exist in namespace %2</source>
        <translation>命名空间 %2 中不存在订单 %1</translation>
    </message>
</context>
<context>
    <name>SqlRowReader</name>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="94"/>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="146"/>
        <source>an integer amount of 1/10000 yuan</source>
        <translation>以 1/10000 元为单位的整数金额</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="45"/>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="160"/>
        <source>a number of yuan</source>
        <translation>以元为单位的数字</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="70"/>
        <source>text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="74"/>
        <source>a zero or invalid date</source>
        <translation>零日期或无效日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../backend/sql/sqlrowreader.cpp" line="77"/>
        <source>a blob of %n bytes</source>
        <translation>
            <numerusform>%n 字节的二进制数据</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="83"/>
        <source>the fraction %1</source>
        <translation>小数 %1</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="97"/>
        <source>Damaged data: %1.%2 is %3, not %4 (row %5).</source>
        <translation>数据损坏：%1.%2 是%3，而不是%4（行 %5）。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="126"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="173"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="354"/>
        <source>a time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>SqlTlsProbe</name>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="28"/>
        <source>Not connected; the password was not sent.</source>
        <translation>未连接；密码没有发送。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="37"/>
        <source>certificate not trusted: no system CA signed it (give the company CA with ca=)</source>
        <translation>证书不受信任：没有系统 CA 为其签名（请用 ca= 指定公司 CA）</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="40"/>
        <source>certificate not trusted: the CA in %1 did not sign it</source>
        <translation>证书不受信任：%1 中的 CA 没有为其签名</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="48"/>
        <source>Refused the TLS certificate of the database server %1: %2. Subject: %3; issuer: %4. %5</source>
        <translation>拒绝了数据库服务器 %1 的 TLS 证书：%2。主题：%3；签发者：%4。%5</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="91"/>
        <source>The file name %1 holds a &apos;;&apos;, which Qt&apos;s MySQL driver cannot take: move or link the file.</source>
        <translation>文件名 %1 含有“;”，Qt 的 MySQL 驱动无法接受：请移动该文件或为其建立链接。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="103"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="108"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="120"/>
        <source>Cannot read the client certificate %1 or its key %2.</source>
        <translation>无法读取客户端证书 %1 或其密钥 %2。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="130"/>
        <source>The client certificate %1 or its key %2 is not PEM (an unencrypted RSA or EC key).</source>
        <translation>客户端证书 %1 或其密钥 %2 不是 PEM 格式（未加密的 RSA 或 EC 密钥）。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="145"/>
        <source>Could not connect to the database server %1: %2</source>
        <translation>无法连接到数据库服务器 %1：%2</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="152"/>
        <source>The database server %1 did not greet within %2 s (connect_timeout).</source>
        <translation>数据库服务器 %1 未在 %2 秒内发出问候（connect_timeout）。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="161"/>
        <source>The database server %1 refused the connection: %2</source>
        <translation>数据库服务器 %1 拒绝了连接：%2</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="173"/>
        <source>%1 does not answer like a MySQL server.</source>
        <translation>%1 的应答不像 MySQL 服务器。</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="179"/>
        <source>TLS not offered: the database server %1 (%2) does not offer TLS, and the address says tls=required. %3</source>
        <translation>未提供 TLS：数据库服务器 %1（%2）不提供 TLS，而地址要求 tls=required。%3</translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="203"/>
        <source>The TLS handshake with the database server %1 failed: %2. %3</source>
        <translation>与数据库服务器 %1 的 TLS 握手失败：%2。%3</translation>
    </message>
</context>
<context>
    <name>SqlUsageQueries</name>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="418"/>
        <source>a sum does not fit in 64 bits of 1/10000 yuan</source>
        <translation>合计超出了以万分之一元计的 64 位整数范围</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../views/statementdialog.cpp" line="31"/>
        <source>Make statement</source>
        <translation>生成对账单</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="36"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="37"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="38"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="40"/>
        <source>Monthly statement</source>
        <translation>月度对账单</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="49"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="57"/>
        <source>Namespace:</source>
        <translation>命名空间：</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="58"/>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="59"/>
        <source>Month (%1):</source>
        <translation>月份（%1）：</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="138"/>
        <location filename="../../views/statementdialog.cpp" line="175"/>
        <source>No connection.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="166"/>
        <source>Choose a namespace and a month, then press Make statement.</source>
        <translation>请选择命名空间和月份，然后点击“生成对账单”。</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="175"/>
        <source>Choose a namespace.</source>
        <translation>请选择命名空间。</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="182"/>
        <source>Adding up the charges of %1 in %2…</source>
        <translation>正在汇总 %1 在 %2 的消费…</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="189"/>
        <source>The statement could not be made: %1</source>
        <translation>无法生成对账单：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/statementdialog.cpp" line="200"/>
        <source>%n order line(s), total %1.</source>
        <translation>
            <numerusform>%n 行订单，合计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="207"/>
        <source>%1 has no charge in %2 in region %3 — is the namespace right?</source>
        <translation>%1 在 %2 于区域 %3 内没有任何扣费——命名空间是否正确？</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="209"/>
        <source>%1 has no charge in %2 — is the namespace right?</source>
        <translation>%1 在 %2 没有任何扣费——命名空间是否正确？</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="213"/>
        <source>It is not one of the namespaces this connection lists.</source>
        <translation>它不在此连接列出的命名空间之中。</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="227"/>
        <source>No statement has been made yet.</source>
        <translation>尚未生成对账单。</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="240"/>
        <source>Save statement</source>
        <translation>保存对账单</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="240"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="244"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="30"/>
        <source>Statement %1 %2</source>
        <translation>对账单 %1 %2</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="58"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="63"/>
        <source>Monthly statement</source>
        <translation>月度对账单</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="69"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="70"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="71"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="72"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="74"/>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="78"/>
        <source>none with a charge (read: %1)</source>
        <translation>无扣费（已读取：%1）</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="79"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Plan name</source>
        <translation>套餐名称</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Charges</source>
        <translation>扣费次数</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="94"/>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="109"/>
        <source>Subtotal %1</source>
        <translation>%1 小计</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="116"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="121"/>
        <source>No charges in this month.</source>
        <translation>本月没有消费。</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="123"/>
        <source>Amounts in yuan, rounded to the cent from the exact charges; the exact total is %1 yuan. Months begin at midnight in the time zone above.</source>
        <translation>金额单位为元，由精确消费金额四舍五入到分；精确合计为 %1 元。月份从上述时区的午夜开始。</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="129"/>
        <source>Made over the service&apos;s API, which does not give a charge&apos;s order key: resources orders of the namespace share one order id and are shown as one line per plan.</source>
        <translation>通过服务 API 生成，API 不提供消费记录的订单键：该命名空间的资源订单共用一个订单 ID，按套餐各显示为一行。</translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="172"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="73"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="75"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="77"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="79"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="81"/>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="83"/>
        <source>Plan name</source>
        <translation>套餐名称</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="85"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="89"/>
        <source>Period end</source>
        <translation>周期结束</translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="110"/>
        <source>Order key %1, charge #%2</source>
        <translation>订单键 %1，扣费 #%2</translation>
    </message>
</context>
<context>
    <name>UsagesView</name>
    <message>
        <location filename="../../views/usagesview.cpp" line="196"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="198"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="202"/>
        <source>No charges match the filter. %1</source>
        <translation>没有符合筛选条件的扣费记录。%1</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="205"/>
        <source>%1 charges, total %2 yuan — %3 loaded</source>
        <translation>共 %1 笔扣费，合计 %2 元 — 已加载 %3 笔</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="237"/>
        <source>charges-%1.csv</source>
        <translation>扣费记录-%1.csv</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="236"/>
        <source>Export charges as CSV</source>
        <translation>将扣费记录导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="294"/>
        <source>order id</source>
        <translation>订单 ID</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="297"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="298"/>
        <source>Export every charge of the filter, not only the loaded rows</source>
        <translation>导出符合筛选条件的全部扣费记录，而不只是已加载的行</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="302"/>
        <source>The charges could not be loaded: %1</source>
        <translation>无法加载扣费记录：%1</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="201"/>
        <location filename="../../views/usagesview.cpp" line="300"/>
        <source>No charges match the filter.</source>
        <translation>没有符合筛选条件的扣费记录。</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="293"/>
        <source>Or&amp;der:</source>
        <translation>订单(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="295"/>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="296"/>
        <source>To (&amp;inclusive)</source>
        <translation>至(&amp;I)（含）</translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="300"/>
        <source>Not connected: choose a profile.</source>
        <translation>未连接：请选择一个连接配置。</translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <location filename="../../views/zonecombobox.cpp" line="77"/>
        <source>System (%1)</source>
        <translation>系统（%1）</translation>
    </message>
    <message>
        <location filename="../../views/zonecombobox.cpp" line="78"/>
        <source>Time zone of every time shown, and of month boundaries</source>
        <translation>所有显示时间及月份边界所用的时区</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main_gui.cpp" line="43"/>
        <source>Billing data browser</source>
        <translation>计费数据浏览器</translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="47"/>
        <source>Open the demo database.</source>
        <translation>打开演示数据库。</translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="49"/>
        <source>Open the profile NAME.</source>
        <translation>打开名为 NAME 的连接配置。</translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="91"/>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="102"/>
        <source>The demo database could not be created.</source>
        <translation>无法创建演示数据库。</translation>
    </message>
</context>
</TS>
