<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../views/auditdialog.cpp" line="61"/>
        <source>The audit could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="78"/>
        <source>Reading every order and charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="93"/>
        <source>the namespaces asked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="94"/>
        <source>Check their spelling, or give other namespaces in the filter above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="96"/>
        <source>the token&apos;s own namespace, the only one asked (the service lists one namespace at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="98"/>
        <source>Give the namespaces to audit in the filter above, or in the profile (Tools ▸ Profiles…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="101"/>
        <source>any namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="102"/>
        <source>The connection holds no order or charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="105"/>
        <source>%1, region %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="106"/>
        <source>Nothing was audited: no order or charge was read in %1 (at %2). This is not a clean result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="120"/>
        <source>%1 orders and %2 charges audited at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="128"/>
        <source>No findings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/auditdialog.cpp" line="129"/>
        <source>%n finding(s): %1 (%2).</source>
        <translation>
            <numerusform>%n finding: %1 (%2).</numerusform>
            <numerusform>%n findings: %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="133"/>
        <source>Only the first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="136"/>
        <source>Not checked over this connection: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="163"/>
        <source>Ledger audit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="164"/>
        <source>Nothing was audited: see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="165"/>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/auditdialog.cpp" line="166"/>
        <source>Double-click a finding to open its order or its charges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <location filename="../../backend/core/audit.cpp" line="12"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="52"/>
        <source>Consuming and paid, but paid only up to %1 (%2 days ago): the service renews or ends an order within 7 days 8 hours of its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="59"/>
        <source>The order is paid up to %1, its last charge (#%2) up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="66"/>
        <source>LAST_CONSUME_ID is %1, but the order has no charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="69"/>
        <source>LAST_CONSUME_ID is %1, but its highest charge (the end row excepted) is #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="75"/>
        <source>No order has the key %1 and the ORDER_ID %2 this charge names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="80"/>
        <source>NULL in %1: the service fails every list that touches this row (codes 3311, 3312, 3314).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="85"/>
        <source>The REST API reports %1 yuan for %2 (float32 rounding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="90"/>
        <source>Consuming (STATUS 5) but never paid (EVER_PAYED 0): the service lists only paid orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/audit.cpp" line="95"/>
        <source>Not readable: %1. A list that shows this row fails on it, and totals over it cannot be trusted until it is mended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFindingModel</name>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="47"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="49"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="51"/>
        <source>Order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="53"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="55"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="57"/>
        <source>Charge #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/auditfindingmodel.cpp" line="59"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../backend/core/awaitresult.h" line="12"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="74"/>
        <source>This connection cannot group every month at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="101"/>
        <source>This connection cannot be cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/backend.h" line="195"/>
        <source>This connection cannot follow new charges.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendFactory</name>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="45"/>
        <source>A REST connection needs http(s) addresses such as https://host/usageapi/v1 and https://host/charge/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="51"/>
        <source>A REST connection needs an API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="63"/>
        <source>No SQLite file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="69"/>
        <source>A MySQL connection needs a host and a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="76"/>
        <source>The database names may hold letters, digits and &apos;_&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="82"/>
        <source>A client certificate and its key go together: give both, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/backendfactory.cpp" line="135"/>
        <source>The service time zone “%1” of profile “%2” is not a time zone (for example Asia/Shanghai or UTC+8).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../views/busyindicator.cpp" line="12"/>
        <location filename="../../views/busyindicator.cpp" line="61"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelConfirmation</name>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="12"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="14"/>
        <source>the CPU/memory quota of the namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="16"/>
        <source>Cancel order %1 (key %2)?

Namespace: %3
Region: %4
Plan: %5
Type: %6
Resource: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="22"/>
        <source>This profile writes to the database directly: the order is ended, but the resource itself (quota, volume or backing service instance) is NOT released. Release it separately on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="26"/>
        <source>The service releases the resource (quota set to zero, volume or backing service instance deleted), then ends the order. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="36"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="40"/>
        <source>Cancel order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/cancelconfirmation.cpp" line="42"/>
        <source>Keep order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="56"/>
        <source>host name mismatch: it names %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="61"/>
        <source>it expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/tls/certificatetext.cpp" line="65"/>
        <source>it is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="47"/>
        <source>No password or token for profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="48"/>
        <source>Enter it in Profiles… to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="59"/>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="61"/>
        <source>API token for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/connectionmanager.cpp" line="62"/>
        <source>Database password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="79"/>
        <source>%1 must be a number of seconds from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="92"/>
        <source>tls must be required or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="99"/>
        <source>ca, cert and key need tls=required (a CA that is not checked would protect nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/connectionspec.cpp" line="104"/>
        <source>cert and key go together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../../views/csvexporter.cpp" line="123"/>
        <location filename="../../views/csvexporter.cpp" line="171"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRows</name>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="9"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <source>Order key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <source>Charge #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="10"/>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="11"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="12"/>
        <source>Period end (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="29"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="31"/>
        <source>Paid until (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="31"/>
        <source>Ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="32"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="32"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Specification 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Specification 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="54"/>
        <source>Price (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Created (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="55"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="64"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/csvrows.cpp" line="64"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTableView</name>
    <message>
        <location filename="../../views/datatableview.cpp" line="126"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="80"/>
        <source>Demo data needs 1 to 1,000,000 namespaces, 1 to 240 months and a positive number of orders per namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="86"/>
        <source>The service time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatagenerator.cpp" line="101"/>
        <source>Demo data generation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="34"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="50"/>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="55"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/demo/demodatabase.cpp" line="64"/>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../models/displayformat.cpp" line="30"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="32"/>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="34"/>
        <source>plan switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="36"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="46"/>
        <source>renew failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="49"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="51"/>
        <source>consuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="53"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="64"/>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="66"/>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="68"/>
        <source>backing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/displayformat.cpp" line="77"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../views/errorbanner.cpp" line="59"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="61"/>
        <source>Service code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="72"/>
        <source>%1 (%2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="121"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="129"/>
        <source>invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="131"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="133"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="135"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="137"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="139"/>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="141"/>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/errorbanner.cpp" line="143"/>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="40"/>
        <source>Exporting charges to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="41"/>
        <source>Exporting orders to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="42"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="57"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="59"/>
        <source>Exported %1 of %2 charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="60"/>
        <source>Exported %1 of %2 orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="70"/>
        <source>Exported %1 charges to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/exportdialogs.cpp" line="71"/>
        <source>Exported %1 orders to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../views/filefield.cpp" line="14"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../views/filterbar.cpp" line="162"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="163"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="164"/>
        <source>&amp;Namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="168"/>
        <source>the token&apos;s user&apos;s — or ns-a, ns-b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="169"/>
        <source>all — or ns-a, ns-b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="170"/>
        <source>The service&apos;s API reads one namespace at a time: left empty, the token&apos;s own user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/filterbar.cpp" line="173"/>
        <source>Appl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterProbe</name>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="105"/>
        <source>Namespace “%1” has no orders and no charges: is the name right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="107"/>
        <source>Namespace “%1” has no orders and no charges in %2: is the name right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="110"/>
        <source>No charge has the order id “%1”: an order id is text such as “ns-0001-resources”, not the order&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/core/filterprobe.cpp" line="114"/>
        <source>“%1” is an order key, not an order id: the order with key %1 has the id “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/mainwindow.cpp" line="89"/>
        <source>“%1” is not a time zone this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="90"/>
        <source>Use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="71"/>
        <source>About Usage Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="72"/>
        <source>Usage Console %1
Billing data of the cloud platform: charges, orders, plans and spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="138"/>
        <source>Usage Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="139"/>
        <source>Usage Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="140"/>
        <source>&amp;Usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="141"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="142"/>
        <source>&amp;Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="144"/>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="145"/>
        <source> Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="147"/>
        <source>&amp;Find (focus the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="150"/>
        <source>Export the tab on show: Usages, Orders and Plans as CSV, Spend as CSV, PNG or SVG (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="153"/>
        <source>&amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="154"/>
        <source>A namespace&apos;s monthly statement: preview, print, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="155"/>
        <source>&amp;Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="157"/>
        <source>Dry-run price of a new order or plan switch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="143"/>
        <source>&amp;Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="146"/>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="148"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="159"/>
        <source>Prof&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="160"/>
        <source>&amp;Audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="161"/>
        <source>Check the billing tables for what breaks the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="162"/>
        <source>&amp;Save as Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="163"/>
        <source>Keep this tab&apos;s filters under a name (Reports menu, usagectl report run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="166"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="167"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="168"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="170"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="171"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="173"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="174"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="175"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="176"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="178"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="186"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowactions.cpp" line="188"/>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindow.cpp" line="251"/>
        <source>No translation for this language is installed; showing English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="83"/>
        <source>Report “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="93"/>
        <source>The report “%1” is saved with the time zone “%2”, which is not a time zone: it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="101"/>
        <source>The report “%1” was saved on a profile that has been deleted: it is not opened on another connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="133"/>
        <source>The report “%1” is on region %2, which profile “%3” no longer has: it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/mainwindowreports.cpp" line="148"/>
        <source>Report “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderChargesModel</name>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="94"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="96"/>
        <source>Charge #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="98"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="100"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="102"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="104"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/orderchargesmodel.cpp" line="106"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message numerus="yes">
        <location filename="../../views/orderdetailpane.cpp" line="62"/>
        <source>%n charges, sum %1 yuan</source>
        <translation>
            <numerusform>%n charge, sum %1 yuan</numerusform>
            <numerusform>%n charges, sum %1 yuan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/orderdetailpane.cpp" line="64"/>
        <source>First %n charges shown (the history is longer).</source>
        <translation>
            <numerusform>First %n charge shown (the history is longer).</numerusform>
            <numerusform>First %n charges shown (the history is longer).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="90"/>
        <location filename="../../views/orderdetailpane.cpp" line="155"/>
        <source>No charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="119"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="119"/>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="126"/>
        <source>Select an order to see its details and charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="132"/>
        <source>Order %1 (key %2) — %3
Namespace %4, region %5
Plan %6, %7%8
Started %9, paid until %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="136"/>
        <source>, resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="140"/>
        <source>, ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="153"/>
        <source>Charges of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/orderdetailpane.cpp" line="154"/>
        <source>End this consuming order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="89"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="91"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="93"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="95"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="97"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="99"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="101"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="103"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="105"/>
        <source>Paid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="107"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="109"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="111"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/ordertablemodel.cpp" line="141"/>
        <source>Consuming, but the last renewal failed (%n retries)</source>
        <translation>
            <numerusform>Consuming, but the last renewal failed (%n retry)</numerusform>
            <numerusform>Consuming, but the last renewal failed (%n retries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/ordertablemodel.cpp" line="143"/>
        <source>Consuming, but the last renewal failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <location filename="../../views/ordersview.cpp" line="283"/>
        <source>Order %1 of %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="286"/>
        <source>The service released its resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="289"/>
        <source>The resource itself was not released: release it on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="290"/>
        <source>End row #%1 written at %2 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="330"/>
        <source>No orders match the filter. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="333"/>
        <source>%1 orders — %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="362"/>
        <source>Export orders as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="363"/>
        <source>orders-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="364"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="414"/>
        <source>Consuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="415"/>
        <source>Renew failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="415"/>
        <source>Ended</source>
        <comment>order status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="418"/>
        <source>R&amp;esource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="419"/>
        <source>volume or BSI name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="423"/>
        <source>The orders could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="329"/>
        <location filename="../../views/ordersview.cpp" line="421"/>
        <source>No orders match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="412"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/ordersview.cpp" line="421"/>
        <source>Not connected: choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="128"/>
        <source>only the newest %1 are listed: narrow the filter, or export to CSV for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="185"/>
        <source>Sorted by the server, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="186"/>
        <source>Sorted by the server, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="188"/>
        <source>Sorted by the server, smallest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="189"/>
        <source>Sorted by the server, biggest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="192"/>
        <source>Sorted by the server, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="193"/>
        <source>Sorted by the server, Z to A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="197"/>
        <source>Click to sort the whole list by this column (the server sorts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="199"/>
        <source>Not sortable over this connection: the service lists only newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/pagedtablemodel.cpp" line="200"/>
        <source>Not sortable: rows are loaded page by page in the server&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="67"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="69"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="73"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="75"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="77"/>
        <source>Specification 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="79"/>
        <source>Specification 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="81"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="83"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="87"/>
        <source>Created (label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="89"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="114"/>
        <source>As stored by the plan service (its local time): a label only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="143"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="146"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/plantablemodel.cpp" line="146"/>
        <source>old version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="263"/>
        <source>%n plan versions</source>
        <translation>
            <numerusform>%n plan version</numerusform>
            <numerusform>%n plan versions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="155"/>
        <source>Export plans as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="156"/>
        <source>plans-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="156"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="161"/>
        <source>Exported %n plan version(s) to %1.</source>
        <translation>
            <numerusform>Exported %n plan version to %1.</numerusform>
            <numerusform>Exported %n plan versions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="180"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="237"/>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="240"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="245"/>
        <source>Include ol&amp;d versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="247"/>
        <source>R&amp;eload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="239"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="242"/>
        <source>Backing service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="246"/>
        <source>Search plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/plansview.cpp" line="264"/>
        <source>%1 of %n plan versions shown</source>
        <translation>
            <numerusform>%1 of %n plan version shown</numerusform>
            <numerusform>%1 of %n plan versions shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="273"/>
        <source>The plans could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="275"/>
        <source>No plans match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/plansview.cpp" line="270"/>
        <source>Not connected: choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingEngine</name>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="125"/>
        <source>No time given to price the order at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="187"/>
        <source>Cannot price this switch: order %1 was renewed in advance and its charge before the last (CONSUME_ID %2) is missing. The real service&apos;s process dies on this request (the connection drops and it refuses every later request until restarted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/pricing/pricingengine.cpp" line="228"/>
        <source>The service&apos;s price for this order is not a number (it would answer &quot;%1&quot;): a charge of the current order covers less than half a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileComboBox</name>
    <message>
        <location filename="../../views/profilecombobox.cpp" line="35"/>
        <source>No profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../views/profiledialog.cpp" line="23"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="24"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="25"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="26"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="29"/>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="167"/>
        <location filename="../../views/profiledialog.cpp" line="215"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="170"/>
        <source>Fill in the connection and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="205"/>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="216"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="217"/>
        <source>Discard the unsaved changes to profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="283"/>
        <location filename="../../views/profiledialog.cpp" line="290"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="284"/>
        <source>Delete the connection profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="287"/>
        <source>Its stored password or token is removed from the keychain too. The database itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="289"/>
        <source>The database file itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="329"/>
        <source>No password or token is stored for this profile: type it in, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="335"/>
        <source>Reading the stored secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="344"/>
        <location filename="../../views/profiledialog.cpp" line="399"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="351"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/profiledialog.cpp" line="365"/>
        <source>Connection OK: %n region(s) (%1).</source>
        <translation>
            <numerusform>Connection OK: %n region (%1).</numerusform>
            <numerusform>Connection OK: %n regions (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="412"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profiledialog.cpp" line="413"/>
        <source>Security: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../views/profileform.cpp" line="298"/>
        <source>stored in the system keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="48"/>
        <source>Read-only (never cancel orders with this profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="49"/>
        <source>Use the roll-up cache for totals and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="55"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="56"/>
        <source>MySQL / MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="57"/>
        <source>REST service (usage API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="69"/>
        <source>The time zone the usage service runs in; billing period ends are computed in it. Production runs in Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="71"/>
        <source>Months that can no longer change are summed once and kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="74"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="75"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="77"/>
        <source>Service time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="102"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="112"/>
        <source>Choose the SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="113"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="116"/>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="138"/>
        <source>empty = the plan tables are in the same database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="141"/>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="142"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="143"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="144"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="145"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="146"/>
        <source>Plan database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="149"/>
        <source>How long to wait for the server to accept and greet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="151"/>
        <source>How long the server may stay silent while answering: a stalled server fails after this, and so does a query that computes for longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="155"/>
        <source>How long the server may take to accept what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="157"/>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="159"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="161"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="164"/>
        <source>Timeouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="177"/>
        <source>An address without a path means the usage API at /usageapi/v1 on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="179"/>
        <source>optional: /charge/v1 on the same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="181"/>
        <source>Empty: the plan service at /charge/v1 on the usage API&apos;s host, as usagectl does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="189"/>
        <source>comma-separated; the API lists one namespace at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="192"/>
        <location filename="../../views/profileform.cpp" line="224"/>
        <source>empty = the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="191"/>
        <location filename="../../views/profileform.cpp" line="222"/>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="38"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="195"/>
        <source>Usage API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="196"/>
        <source>Plan API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="197"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="198"/>
        <source>Namespaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="199"/>
        <location filename="../../views/profileform.cpp" line="232"/>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="202"/>
        <source>The deadline of one request, from connecting to the last byte of the answer. A cancel always gets at least 20 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="204"/>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="217"/>
        <source>Off (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="218"/>
        <source>Required (verify the server&apos;s certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="219"/>
        <source>Required: the server&apos;s certificate must be signed by the CA and name the host before the password is sent; a server without TLS is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="226"/>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="227"/>
        <source>only for a server that asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="228"/>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="229"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="230"/>
        <source>the client certificate&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="231"/>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="233"/>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="234"/>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="301"/>
        <source>kept for this session only (no system keychain) — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="304"/>
        <source>not stored (no system keychain) — type it to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="374"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="376"/>
        <source>“%1” is not a time zone (for example Asia/Shanghai or UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="380"/>
        <source>Choose the SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="384"/>
        <source>A MySQL profile needs a host, a database and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="387"/>
        <source>Database names may hold letters, digits and &apos;_&apos; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="392"/>
        <source>Enter the usage API address (and the plan API&apos;s, if it is elsewhere) as http:// or https:// URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="406"/>
        <source>The CA file “%1” does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="408"/>
        <source>A client certificate and its key go together: give both, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="410"/>
        <source>The client certificate “%1” does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/profileform.cpp" line="413"/>
        <source>The client key “%1” does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../views/quotedialog.cpp" line="46"/>
        <source>now (when you press Get quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="47"/>
        <source>Get quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="48"/>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="62"/>
        <source>Price quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="76"/>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="77"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="78"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="79"/>
        <source>Resource name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="80"/>
        <source>Priced at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="101"/>
        <source>Amount due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="102"/>
        <source>Plan price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="103"/>
        <source>Credit for the current plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="104"/>
        <source>Replaces order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="105"/>
        <source>New period ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="115"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="131"/>
        <source>Choose a namespace, region and plan, then press Get quote. Nothing is ordered: this is a dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="137"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="201"/>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="205"/>
        <source>Loading regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="211"/>
        <source>Regions could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="234"/>
        <source>Loading plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="254"/>
        <source>Plans could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="260"/>
        <source>%1 — %2 — %3 yuan (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="268"/>
        <source>This region has no active plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="279"/>
        <source>volume name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="281"/>
        <source>backing-service instance name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="282"/>
        <source>not used by this plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="295"/>
        <location filename="../../views/quotedialog.cpp" line="324"/>
        <source>Asking the service for a price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="339"/>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="343"/>
        <source>none (a new order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotedialog.cpp" line="350"/>
        <source>Advice — not part of the service&apos;s price:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteText</name>
    <message>
        <location filename="../../views/quotetext.cpp" line="33"/>
        <source>This namespace already has this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="34"/>
        <source>The service would not create this order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="37"/>
        <source>The current plan has more remaining value than the new plan costs — downgrades are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="39"/>
        <source>The switch from the current plan cannot be priced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="43"/>
        <source>This plan does not exist in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="44"/>
        <source>The service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="46"/>
        <source>The plan service could not be asked for this plan. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="48"/>
        <source>The namespace&apos;s current order could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="51"/>
        <source>The service is still starting up. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="53"/>
        <location filename="../../views/quotetext.cpp" line="65"/>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="55"/>
        <source>You have no access to this namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="61"/>
        <source>The service could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="63"/>
        <source>The service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="75"/>
        <source>Service code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="84"/>
        <source>%1 (id %2, plan %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="89"/>
        <source>Price quote (dry run: nothing was ordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="90"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="91"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="93"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="97"/>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="98"/>
        <source>Priced at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="108"/>
        <source>Plan price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="109"/>
        <source>Credit for the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="110"/>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="111"/>
        <source>Replaces order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="112"/>
        <source>none (a new order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="113"/>
        <source>New period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="116"/>
        <source>Advice (not part of the service&apos;s price):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="127"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/quotetext.cpp" line="128"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="24"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="34"/>
        <source>No saved reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="38"/>
        <source>&amp;Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="42"/>
        <source>deleted profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="58"/>
        <source>Delete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/reportsmenu.cpp" line="59"/>
        <source>Delete the report “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestAudit</name>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="30"/>
        <location filename="../../backend/rest/restaudit.cpp" line="33"/>
        <source>the API sends neither LAST_CONSUME_ID nor a charge&apos;s CONSUME_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="36"/>
        <source>a charge carries only its ORDER_ID, which every resources order of a namespace shares, and the API lists paid orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="41"/>
        <location filename="../../backend/rest/restaudit.cpp" line="53"/>
        <source>the service cannot read such a row: the list that holds it fails (3311, 3312, 3314)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="46"/>
        <source>the API sends amounts already rounded to float32; the exact amount is in the database only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="51"/>
        <source>the API lists paid orders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="156"/>
        <source>Only the token&apos;s own namespace was audited: the API lists one namespace at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restaudit.cpp" line="159"/>
        <source>Namespaces audited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestBackend</name>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="77"/>
        <source>not encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="78"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="222"/>
        <source>Order %1 is not consuming or does not exist (the service returns an order only while it is consuming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restbackend.cpp" line="325"/>
        <source>A service connection is cached only when it names its namespaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcancel.cpp" line="24"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcancel.cpp" line="43"/>
        <source>the service has no consuming order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restquote.cpp" line="51"/>
        <source>The plan service does not know plan %1 in %2, yet the usage service priced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="12"/>
        <source>the REST API needs a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="20"/>
        <source>The service lists only newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="28"/>
        <source>The service&apos;s paging is inconsistent%1: %2. Paging stopped; reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="168"/>
        <source>The API address is not an http(s) URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="66"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="67"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="146"/>
        <source>No complete answer from %1 within %2 s to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backend/rest/restclient.cpp" line="151"/>
        <source>%n bytes received</source>
        <translation>
            <numerusform>%n byte received</numerusform>
            <numerusform>%n bytes received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="218"/>
        <source>The answer from %1 to %2 is %3, more than the limit of %4: not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="231"/>
        <location filename="../../backend/rest/restclient.cpp" line="398"/>
        <source>The answer from %1 to %2 is larger than the limit of %3: reading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="250"/>
        <source>Refused a redirect from %1 to the unencrypted %2: the token is only sent over a verified HTTPS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="262"/>
        <source>Refused a redirect from %1 to another origin (%2): the token is only sent to the configured server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="270"/>
        <location filename="../../backend/rest/restclient.cpp" line="346"/>
        <source>Too many redirects from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="290"/>
        <source>%1, certificate issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="304"/>
        <source>Could not connect to %1: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="311"/>
        <source>Could not connect to %1: host not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="317"/>
        <source>The answer from %1 was cut off: the connection closed after %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="324"/>
        <source>%1 closed the connection without answering (the service may have failed on this request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="332"/>
        <source>No answer from %1 in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="341"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="350"/>
        <source>Refused a redirect from %1 to a less safe address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="357"/>
        <source>%1 answered something that is not valid HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="364"/>
        <source>The request to %1 was aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="370"/>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="391"/>
        <source>%1 gave no HTTP status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restclient.cpp" line="406"/>
        <source>The answer from %1 was cut off: %2 of %3 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcertificate.cpp" line="17"/>
        <source>it is not signed by a trusted certificate authority (add the company CA as the CA file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restcertificate.cpp" line="20"/>
        <source>Refused the certificate of %1: %2. Subject: %3; issuer: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestJson</name>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="18"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="20"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="107"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="22"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="52"/>
        <location filename="../../backend/rest/restjson.cpp" line="257"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="24"/>
        <location filename="../../backend/rest/restjson.cpp" line="150"/>
        <location filename="../../backend/rest/restjson.cpp" line="432"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="30"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="63"/>
        <location filename="../../backend/rest/restfieldreader.cpp" line="118"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="67"/>
        <location filename="../../backend/rest/restjson.cpp" line="248"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="75"/>
        <source>is %1, expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="88"/>
        <source>a number of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="94"/>
        <source>is %1, not a representable amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="122"/>
        <source>an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="128"/>
        <source>is %1, not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="142"/>
        <source>The service sent an invalid answer: field `%1` %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restfieldreader.cpp" line="152"/>
        <source>is %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="70"/>
        <source>an HTML page titled “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="88"/>
        <source>the body begins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="57"/>
        <source>The service refused the API token (auth failed): check the token of the profile (Profiles…), or USAGECTL_TOKEN for usagectl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="66"/>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="73"/>
        <source>an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="75"/>
        <source>text that is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="78"/>
        <source>JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="93"/>
        <source>The service refused the API token (HTTP 401, the answer is %1): check the token of the profile (Profiles…), or USAGECTL_TOKEN for usagectl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="100"/>
        <source>The service failed (HTTP %1) and answered with %2 instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="108"/>
        <source>The service&apos;s answer (HTTP %1) is %2, not a JSON envelope: is the address that of the usage API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="136"/>
        <source>an object with `total` and `results`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="144"/>
        <source>is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="185"/>
        <source>the service answered error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="186"/>
        <location filename="../../backend/rest/restjson.cpp" line="207"/>
        <source>HTTP %1, service code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="200"/>
        <source>The service does not know this URL: check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="254"/>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="267"/>
        <source>The service answered HTTP %1 with code 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restjson.cpp" line="295"/>
        <source>is %1, expected pending, consuming or ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestRefusal</name>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="22"/>
        <source>Permission denied: order %1 is not in the token&apos;s own namespace; name its namespace (--namespace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="27"/>
        <source>Permission denied: the token may not act for namespace %1, or order %2 is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/rest/restrefusal.cpp" line="37"/>
        <source>Order %1 is not consuming (it has ended, was never paid or does not exist): nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestWorker</name>
    <message>
        <location filename="../../backend/rest/restworker.cpp" line="117"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollupCache</name>
    <message>
        <location filename="../../backend/cache/ledgerstore.cpp" line="16"/>
        <location filename="../../backend/cache/ledgerstore.cpp" line="26"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="30"/>
        <source>The roll-up cache cannot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="94"/>
        <source>be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="106"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="127"/>
        <source>be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcache.cpp" line="140"/>
        <source>use a file of another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/ledgerstore.cpp" line="27"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="145"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="149"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="199"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="276"/>
        <location filename="../../backend/cache/rollupcache.cpp" line="300"/>
        <source>read its file</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcoordinator.cpp" line="130"/>
        <source>%1 Figures are computed live (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/cache/rollupcoordinatorcheck.cpp" line="74"/>
        <source>Cached spend did not match the data (%1); the cache of this connection was dropped and the figures are computed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="16"/>
        <source>Usages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="18"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="20"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="22"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="40"/>
        <source>Save as report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="45"/>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="50"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="51"/>
        <source>As shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="53"/>
        <source>The month before the one it is opened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="55"/>
        <source>The month it is opened in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="59"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="61"/>
        <source>Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="63"/>
        <source>%1 on profile “%2”, zone %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="68"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/savereportdialog.cpp" line="93"/>
        <source>A report named “%1” exists: saving replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedReport</name>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="90"/>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="93"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="98"/>
        <source>the previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/profiles/savedreport.cpp" line="100"/>
        <source>the current month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../backend/profiles/secretstore.cpp" line="78"/>
        <source>The system keychain is not available (%1). The secret is kept in memory for this session only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendChart</name>
    <message>
        <location filename="../../views/spendchart.cpp" line="114"/>
        <source>Renewals to come (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="124"/>
        <source>Monthly total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="138"/>
        <source>Forecast total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="191"/>
        <source>Yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="267"/>
        <source>%1
%2: %3 (%n charge(s))</source>
        <translation>
            <numerusform>%1
%2: %3 (%n charge)</numerusform>
            <numerusform>%1
%2: %3 (%n charges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="272"/>
        <source>%1% of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="280"/>
        <source>Click to list these charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="288"/>
        <source>%1
Forecast for %2 from the order book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="291"/>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="292"/>
        <source>Renewals to come: %1 (%n renewal(s))</source>
        <translation>
            <numerusform>Renewals to come: %1 (%n renewal)</numerusform>
            <numerusform>Renewals to come: %1 (%n renewals)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="295"/>
        <location filename="../../views/spendchart.cpp" line="316"/>
        <source>Forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="299"/>
        <source>At risk (last renewal failed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendchart.cpp" line="300"/>
        <source>Cancels and new orders are not foreseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendchart.cpp" line="311"/>
        <source>Total %1: %2 (%n charge(s))</source>
        <translation>
            <numerusform>Total %1: %2 (%n charge)</numerusform>
            <numerusform>Total %1: %2 (%n charges)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendExporter</name>
    <message>
        <location filename="../../views/spendexporter.cpp" line="19"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="32"/>
        <source>Could not encode the chart as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="52"/>
        <source>Spend per month, exported by Usage Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="56"/>
        <source>Could not render the chart as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendexporter.cpp" line="68"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendForecaster</name>
    <message>
        <location filename="../../views/spendforecaster.cpp" line="72"/>
        <source>The forecast could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendforecaster.cpp" line="83"/>
        <source>Forecast: %1 still to be renewed by %n order(s), %2 of it at risk.</source>
        <translation>
            <numerusform>Forecast: %1 still to be renewed by %n order, %2 of it at risk.</numerusform>
            <numerusform>Forecast: %1 still to be renewed by %n orders, %2 of it at risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendforecaster.cpp" line="88"/>
        <source>%n order(s) left out: no start, deadline or active plan price.</source>
        <translation>
            <numerusform>%n order left out: no start, deadline or active plan price.</numerusform>
            <numerusform>%n orders left out: no start, deadline or active plan price.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendTableModel</name>
    <message numerus="yes">
        <location filename="../../models/spendtablemodel.cpp" line="33"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="100"/>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="104"/>
        <source>all months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="106"/>
        <source>all namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../models/spendtablemodel.cpp" line="107"/>
        <source>%1, %2: %3 (%n charge(s))</source>
        <translation>
            <numerusform>%1, %2: %3 (%n charge)</numerusform>
            <numerusform>%1, %2: %3 (%n charges)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="111"/>
        <source>%1% of the whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="111"/>
        <source>%1% of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/spendtablemodel.cpp" line="148"/>
        <location filename="../../models/spendtablemodel.cpp" line="153"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendView</name>
    <message>
        <location filename="../../views/spendview.cpp" line="176"/>
        <source>All months with charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="190"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="187"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="188"/>
        <source>Namespaces with their own bar segment; the rest are summed as &quot;Others&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="193"/>
        <source>Chart as PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="194"/>
        <source>Chart as SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="195"/>
        <source>Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="192"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="177"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="178"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="179"/>
        <source>Top namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="196"/>
        <source>Double-click a cell to list its charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="191"/>
        <source>Stop loading (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="164"/>
        <location filename="../../views/spendview.cpp" line="349"/>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="180"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="181"/>
        <source>Show each namespace&apos;s percent of its month, and of the whole period on the Total row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="183"/>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="185"/>
        <source>Add to this month and the next, hatched, the renewals the consuming orders will still be charged at their deadlines (cancels and new orders are not foreseen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="225"/>
        <source>Loading the spend: %1% done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="230"/>
        <source>Loading was canceled. Press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="231"/>
        <location filename="../../views/spendviewforecast.cpp" line="48"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="378"/>
        <source>Forecasting the renewals of the order book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="391"/>
        <location filename="../../views/spendview.cpp" line="413"/>
        <source>No charges in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/spendview.cpp" line="394"/>
        <source>Spend over %n month(s): %1; charges: %2</source>
        <translation>
            <numerusform>Spend over %n month: %1; charges: %2</numerusform>
            <numerusform>Spend over %n months: %1; charges: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="423"/>
        <source>The spend could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="444"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="450"/>
        <source>all regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendview.cpp" line="455"/>
        <source>Spend per month — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="50"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="51"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="54"/>
        <source>Export spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/spendviewexport.cpp" line="63"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlBackend</name>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="81"/>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="83"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="206"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="259"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCancel</name>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="17"/>
        <source>order %1 is not consuming (it has ended or was never paid; someone else may have ended it): nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="42"/>
        <source>this connection is read-only: cancelling is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="54"/>
        <source>Order %1 was not cancelled: the transaction was rolled back and nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="64"/>
        <source>The server did not confirm the commit: order %1 may or may not have ended. Check it (orders show %1) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="85"/>
        <source>order %1 has no deadline: an end row would hold a NULL the service cannot read; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="91"/>
        <source>order %1 has no LAST_CONSUME_ID: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="103"/>
        <source>order %1: last consume not found (charge %2 is missing): nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="237"/>
        <source>identify the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="271"/>
        <source>identify the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlbackend.cpp" line="283"/>
        <source>identify the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="98"/>
        <source>read the last charge of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="126"/>
        <source>end order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlcancel.cpp" line="140"/>
        <source>write the end row of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="83"/>
        <source>SQLite file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="88"/>
        <source>SQLite file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="100"/>
        <source>%1, certificate issued by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="108"/>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="151"/>
        <source>The database server %1:%2 did not greet within %3 s (connect_timeout): it is stalled or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="177"/>
        <source>The connection to the database server %1:%2 is not encrypted although tls=required: closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="193"/>
        <source>session setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="217"/>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="293"/>
        <source>The database server %1:%2 sent nothing for %3 s (%4): it is stalled or unreachable, or this query needs longer than read_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="312"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="320"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="354"/>
        <source>begin a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="328"/>
        <location filename="../../backend/sql/sqlconnection.cpp" line="338"/>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="466"/>
        <source>cannot reach the database server %1:%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="476"/>
        <source>the database refused user %1: wrong password or no access to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="484"/>
        <source>database %1 does not exist on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="489"/>
        <source>the database timed out (%1): another transaction holds the rows; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="498"/>
        <source>%1 stayed locked by another program&apos;s write for 5 s (%2); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="505"/>
        <source>%1 has no usage-service tables (%2): is it the billing database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="514"/>
        <source>the database does not allow this (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="519"/>
        <source>%1 is not a readable SQLite database (damaged or another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlconnection.cpp" line="526"/>
        <source>database error while trying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlindexadvisor.cpp" line="46"/>
        <source>read the indexes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="139"/>
        <source>list orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="153"/>
        <source>read order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="177"/>
        <source>list namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="71"/>
        <source>list plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="92"/>
        <source>read plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="108"/>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="119"/>
        <source>list regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="18"/>
        <source>read charge %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="67"/>
        <source>read the namespace&apos;s resources order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlquoteinput.cpp" line="96"/>
        <source>look for duplicated resource names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="134"/>
        <source>list charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="160"/>
        <source>read plan names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="180"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="182"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="288"/>
        <source>total charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="125"/>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="173"/>
        <source>compute spend per namespace and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlspendqueries.cpp" line="199"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="324"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="329"/>
        <source>find the time range of the charges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlIndexAdvisor</name>
    <message>
        <location filename="../../backend/sql/sqlindexadvisor.cpp" line="23"/>
        <source>Could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlLedgerQueries</name>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="160"/>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="210"/>
        <source>read the orders&apos; IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="240"/>
        <source>sample the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="291"/>
        <source>read the orders&apos; signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="330"/>
        <source>read the orders that may still be charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="367"/>
        <source>read the orders that moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlledgerqueries.cpp" line="120"/>
        <source>read the new charges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlMoneyCheck</name>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="65"/>
        <source>%1.CONSUMING is a %2 column, not an integer one: its amounts cannot be read exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="97"/>
        <source>Damaged rows in all: %1; nothing was summed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlOrderQueries</name>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="124"/>
        <source>Orders have no amount to sort by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="160"/>
        <source>order %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlorderqueries.cpp" line="161"/>
        <source>order %1 does not exist in namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlRowReader</name>
    <message>
        <location filename="../../backend/sql/sqlmoneycheck.cpp" line="94"/>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="146"/>
        <source>an integer amount of 1/10000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlplanqueries.cpp" line="45"/>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="160"/>
        <source>a number of yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="70"/>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="74"/>
        <source>a zero or invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../backend/sql/sqlrowreader.cpp" line="77"/>
        <source>a blob of %n bytes</source>
        <translation>
            <numerusform>a blob of %n byte</numerusform>
            <numerusform>a blob of %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="83"/>
        <source>the fraction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="97"/>
        <source>Damaged data: %1.%2 is %3, not %4 (row %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="126"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqlrowreader.cpp" line="173"/>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="354"/>
        <source>a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlTlsProbe</name>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="28"/>
        <source>Not connected; the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="37"/>
        <source>certificate not trusted: no system CA signed it (give the company CA with ca=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="40"/>
        <source>certificate not trusted: the CA in %1 did not sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="48"/>
        <source>Refused the TLS certificate of the database server %1: %2. Subject: %3; issuer: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="91"/>
        <source>The file name %1 holds a &apos;;&apos;, which Qt&apos;s MySQL driver cannot take: move or link the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="103"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="108"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="120"/>
        <source>Cannot read the client certificate %1 or its key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="130"/>
        <source>The client certificate %1 or its key %2 is not PEM (an unencrypted RSA or EC key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="145"/>
        <source>Could not connect to the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="152"/>
        <source>The database server %1 did not greet within %2 s (connect_timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="161"/>
        <source>The database server %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="173"/>
        <source>%1 does not answer like a MySQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="179"/>
        <source>TLS not offered: the database server %1 (%2) does not offer TLS, and the address says tls=required. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/sql/sqltlsprobe.cpp" line="203"/>
        <source>The TLS handshake with the database server %1 failed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlUsageQueries</name>
    <message>
        <location filename="../../backend/sql/sqlusagequeries.cpp" line="418"/>
        <source>a sum does not fit in 64 bits of 1/10000 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../views/statementdialog.cpp" line="31"/>
        <source>Make statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="36"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="37"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="38"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="40"/>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="49"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="57"/>
        <source>Namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="58"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="59"/>
        <source>Month (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="138"/>
        <location filename="../../views/statementdialog.cpp" line="175"/>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="166"/>
        <source>Choose a namespace and a month, then press Make statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="175"/>
        <source>Choose a namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="182"/>
        <source>Adding up the charges of %1 in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="189"/>
        <source>The statement could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/statementdialog.cpp" line="200"/>
        <source>%n order line(s), total %1.</source>
        <translation>
            <numerusform>%n order line, total %1.</numerusform>
            <numerusform>%n order lines, total %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="207"/>
        <source>%1 has no charge in %2 in region %3 — is the namespace right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="209"/>
        <source>%1 has no charge in %2 — is the namespace right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="213"/>
        <source>It is not one of the namespaces this connection lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="227"/>
        <source>No statement has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="240"/>
        <source>Save statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="240"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/statementdialog.cpp" line="244"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="30"/>
        <source>Statement %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="58"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="63"/>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="69"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="70"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="71"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="72"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="74"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="78"/>
        <source>none with a charge (read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="79"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="85"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="86"/>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="94"/>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="109"/>
        <source>Subtotal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="116"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="121"/>
        <source>No charges in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="123"/>
        <source>Amounts in yuan, rounded to the cent from the exact charges; the exact total is %1 yuan. Months begin at midnight in the time zone above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="129"/>
        <source>Made over the service&apos;s API, which does not give a charge&apos;s order key: resources orders of the namespace share one order id and are shown as one line per plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../backend/reports/statementdocument.cpp" line="172"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="73"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="75"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="77"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="79"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="81"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="83"/>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="87"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="89"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/usagetablemodel.cpp" line="110"/>
        <source>Order key %1, charge #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagesView</name>
    <message>
        <location filename="../../views/usagesview.cpp" line="196"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="198"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="202"/>
        <source>No charges match the filter. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="205"/>
        <source>%1 charges, total %2 yuan — %3 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="237"/>
        <source>charges-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="236"/>
        <source>Export charges as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="294"/>
        <source>order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="297"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="298"/>
        <source>Export every charge of the filter, not only the loaded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="302"/>
        <source>The charges could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="201"/>
        <location filename="../../views/usagesview.cpp" line="300"/>
        <source>No charges match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="293"/>
        <source>Or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="295"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="296"/>
        <source>To (&amp;inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/usagesview.cpp" line="300"/>
        <source>Not connected: choose a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneComboBox</name>
    <message>
        <location filename="../../views/zonecombobox.cpp" line="77"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../views/zonecombobox.cpp" line="78"/>
        <source>Time zone of every time shown, and of month boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main_gui.cpp" line="43"/>
        <source>Billing data browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="47"/>
        <source>Open the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="49"/>
        <source>Open the profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="91"/>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main_gui.cpp" line="102"/>
        <source>The demo database could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
