// usagectl over --api against the fake service (build/bin/usage-service-sim,
// a process) answers as usagectl over --db on the same file: every command of
// the README, with and without --region, on namespaces holding an ORDER_ID
// shared by several orders and a failed renewal, compared field by field
// (fields the API does not carry excepted; amounts through the float32 step
// of SPEC §4.1). Then `orders cancel` over --api ends the order in the
// database behind the service, and its refusals are said plainly.
#include "demo/demodatabase.h"
#include "fakeservice.h"
#include "testdatabases.h"
#include "usagectlrunner.h"
#include "wireamount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <map>

namespace {

const QString Token = QStringLiteral("cli-token");
const QString NowText = QStringLiteral("2026-11-25T03:00:00Z");

// Fields a usage or an order over the API cannot have (SPEC §3): null there.
const QStringList NotCarried{QStringLiteral("order"), QStringLiteral("consume_id"),
                             QStringLiteral("kind")};

QList<QJsonObject> rowsOf(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    QList<QJsonObject> rows;
    if (doc.isObject())
        rows.append(doc.object());
    for (const QJsonValue &v : doc.array())
        rows.append(v.toObject());
    return rows;
}

QString keyOf(const QJsonObject &o, const QStringList &keys)
{
    QStringList parts;
    for (const QString &k : keys)
        parts.append(o.value(k).toVariant().toString());
    return parts.join(QLatin1Char('|'));
}

Money money(const QJsonValue &v)
{
    return Money::fromDecimalString(v.toString()).value_or(Money::fromUnits(INT64_MIN));
}

} // namespace

class TestUsagectlRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<FakeService> m_sim;
    QString m_api;                 // http://127.0.0.1:PORT/usageapi/v1
    QString m_host;                // http://127.0.0.1:PORT
    QString m_sharedNs;            // its <ns>-resources ORDER_ID is shared by several orders
    QString m_failedNs;            // holds a consuming order whose renewal failed
    QString m_region;              // one region
    QStringList m_both;            // the two, for --namespace
    QSet<qint64> m_activeVersions; // DF_PLAN.ID of the plans' active versions

    UsagectlRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
        return UsagectlRunner::run(args, env);
    }
    QStringList db() const { return {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db}; }
    QStringList api() const { return {QStringLiteral("--api"), m_api}; }
    static QStringList json()
    {
        return {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--tz"),
                QStringLiteral("UTC")};
    }
    static QSqlQuery raw(const QString &sql, const QVariantList &values = {})
    {
        return TestDatabases::query(QStringLiteral("cli-raw"), sql, values);
    }

    // The expected remote amounts of `filterArgs`: the local rows' amounts
    // through the float32 step, summed (per month and namespace for spend).
    std::map<QString, Money> wireSums(const QStringList &filterArgs, bool perMonth)
    {
        const UsagectlRun local =
            run(db() + json() + QStringList{QStringLiteral("usages"), QStringLiteral("list")} +
                filterArgs);
        if (local.code != 0)
            qFatal("usages list: %s", qPrintable(local.err));
        std::map<QString, Money> sums;
        for (const QJsonObject &row : rowsOf(local.out)) {
            const QString key = perMonth ? row.value(QStringLiteral("time")).toString().left(7) +
                                               QLatin1Char('|') +
                                               row.value(QStringLiteral("namespace")).toString()
                                         : QString();
            sums[key] += WireAmount::of(money(row.value(QStringLiteral("amount"))));
        }
        return sums;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.namespaces = 12;
        o.months = 12;
        o.seed = 8; // a failed renewal, an ORDER_ID shared by six orders
        o.until = QDate(2026, 11, 25);
        QVERIFY(DemoDatabase::create(m_db, o).ok());
        QSqlDatabase rawDb =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-raw"));
        rawDb.setDatabaseName(m_db);
        QVERIFY(rawDb.open());

        // A namespace whose resources ORDER_ID is shared by the most orders,
        // and one with a failed renewal.
        QSqlQuery q = raw(QStringLiteral(
            "SELECT ACCOUNT_ID, COUNT(*) AS n FROM DF_PURCHASE_ORDER WHERE EVER_PAYED = 1 AND "
            "ORDER_ID = ACCOUNT_ID || '-resources' GROUP BY ACCOUNT_ID, REGION "
            "ORDER BY n DESC, ACCOUNT_ID LIMIT 1"));
        QVERIFY(q.next());
        m_sharedNs = q.value(0).toString();
        QVERIFY2(q.value(1).toInt() >= 3, "no ORDER_ID is shared by three orders");
        q = raw(QStringLiteral("SELECT ACCOUNT_ID, REGION FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                               "AND RENEW_RETRIES > 0 AND EVER_PAYED = 1 AND ACCOUNT_ID <> ? "
                               "ORDER BY ID LIMIT 1"),
                {m_sharedNs});
        QVERIFY2(q.next(), "no failed renewal in the data");
        m_failedNs = q.value(0).toString();
        m_region = q.value(1).toString();
        m_both = {m_sharedNs, m_failedNs};
        q = raw(QStringLiteral("SELECT COUNT(DISTINCT REGION) FROM DF_PURCHASE_ORDER WHERE "
                               "ACCOUNT_ID IN (?, ?)"),
                {m_sharedNs, m_failedNs});
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 2, "the namespaces do not span two regions");
        q = raw(QStringLiteral("SELECT ID FROM DF_PLAN WHERE STATUS = 'A'"));
        while (q.next())
            m_activeVersions.insert(q.value(0).toLongLong());
        QVERIFY(!m_activeVersions.isEmpty());

        m_sim = std::make_unique<FakeService>(m_db, QStringList{Token + QStringLiteral("=admin:*")},
                                              QDateTime::fromString(NowText, Qt::ISODate));
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_host = QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port());
        m_api = m_host + QStringLiteral("/usageapi/v1");
        qInfo().noquote() << "shared ORDER_ID:" << m_sharedNs + QStringLiteral("-resources")
                          << "; failed renewal in" << m_failedNs << "; region" << m_region;
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("cli-raw")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("cli-raw"));
    }

    void answersAsTheDatabase_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("sortKeys");
        const QString both = m_both.join(QLatin1Char(','));
        const QStringList ns{QStringLiteral("--namespace"), both};
        const QStringList region{QStringLiteral("--region"), m_region};
        const QStringList orderKeys{QStringLiteral("id")};
        const QStringList usageKeys{QStringLiteral("time"),     QStringLiteral("order_id"),
                                    QStringLiteral("deadline"), QStringLiteral("plan_id"),
                                    QStringLiteral("amount"),   QStringLiteral("namespace"),
                                    QStringLiteral("region")};
        const QStringList orders{QStringLiteral("orders"), QStringLiteral("list")};
        const QStringList usages{QStringLiteral("usages"), QStringLiteral("list")};
        const QStringList total{QStringLiteral("usages"), QStringLiteral("total")};
        const QStringList spend{QStringLiteral("spend")};
        const QStringList shared{QStringLiteral("--order"),
                                 m_sharedNs + QStringLiteral("-resources")};
        for (const bool withRegion : {false, true}) {
            const QStringList where = withRegion ? ns + region : ns;
            const QByteArray suffix = withRegion ? " (one region)" : " (every region)";
            QTest::newRow("orders list" + suffix) << orders + where << orderKeys;
            for (const char *status : {"pending", "consuming", "ended", "renewfailed"})
                QTest::newRow("orders list --status " + QByteArray(status) + suffix)
                    << orders + where +
                           QStringList{QStringLiteral("--status"), QString::fromLatin1(status)}
                    << orderKeys;
            QTest::newRow("orders list --type resources" + suffix)
                << orders + where +
                       QStringList{QStringLiteral("--type"), QStringLiteral("resources")}
                << orderKeys;
            QTest::newRow("orders list --limit 5" + suffix)
                << orders + where + QStringList{QStringLiteral("--limit"), QStringLiteral("5")}
                << orderKeys;
            QTest::newRow("orders list --page 2 --size 4" + suffix)
                << orders + where +
                       QStringList{QStringLiteral("--page"), QStringLiteral("2"),
                                   QStringLiteral("--size"), QStringLiteral("4")}
                << orderKeys;
            QTest::newRow("usages list" + suffix) << usages + where << usageKeys;
            QTest::newRow("usages list --order (shared)" + suffix)
                << usages + where + shared << usageKeys;
            QTest::newRow("usages list --from --to" + suffix)
                << usages + where +
                       QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                   QStringLiteral("--to"), QStringLiteral("2026-06-30")}
                << usageKeys;
            QTest::newRow("usages total" + suffix) << total + where << QStringList();
            QTest::newRow("usages total --order (shared)" + suffix)
                << total + where + shared << QStringList();
            QTest::newRow("usages total --no-cache" + suffix)
                << total + where + QStringList{QStringLiteral("--no-cache")} << QStringList();
            QTest::newRow("spend" + suffix)
                << spend + where
                << QStringList{QStringLiteral("month"), QStringLiteral("namespace")};
            QTest::newRow("spend --no-cache --from --to" + suffix)
                << spend + where +
                       QStringList{QStringLiteral("--no-cache"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2026-08-31")}
                << QStringList{QStringLiteral("month"), QStringLiteral("namespace")};
        }
        QTest::newRow("plans list") << QStringList{QStringLiteral("plans"), QStringLiteral("list")}
                                    << QStringList{QStringLiteral("id")};
        QTest::newRow("plans list --region")
            << QStringList{QStringLiteral("plans"), QStringLiteral("list")} + region
            << QStringList{QStringLiteral("id")};
        QTest::newRow("regions list")
            << QStringList{QStringLiteral("regions"), QStringLiteral("list")}
            << QStringList{QStringLiteral("region")};
        // Every consuming order of the two namespaces, one by one: the API
        // answers `orders show` while an order is consuming.
        QSqlQuery q = raw(QStringLiteral("SELECT ID, ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE "
                                         "STATUS = 5 AND EVER_PAYED = 1 AND ACCOUNT_ID IN (?, ?)"),
                          {m_sharedNs, m_failedNs});
        while (q.next())
            QTest::addRow("orders show %s", qPrintable(q.value(0).toString()))
                << QStringList{QStringLiteral("orders"), QStringLiteral("show"),
                               q.value(0).toString(), QStringLiteral("--namespace"),
                               q.value(1).toString()}
                << orderKeys;
        // A switch quote of the namespace with the shared ORDER_ID (the
        // service prices at its clock: --at says the same instant).
        q = raw(QStringLiteral("SELECT REGION, PLAN_ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                               "AND ORDER_ID = ? LIMIT 1"),
                {m_sharedNs + QStringLiteral("-resources")});
        if (q.next()) {
            QSqlQuery plan = raw(QStringLiteral("SELECT PLAN_ID FROM DF_PLAN WHERE STATUS = 'A' "
                                                "AND PLAN_TYPE = 'resources' AND "
                                                "PLAN_ID <> ? ORDER BY PRICE DESC LIMIT 1"),
                                 {q.value(1)});
            if (plan.next())
                QTest::newRow("quote") << QStringList{QStringLiteral("quote"),
                                                      QStringLiteral("--region"),
                                                      q.value(0).toString(),
                                                      QStringLiteral("--namespace"),
                                                      m_sharedNs,
                                                      QStringLiteral("--plan"),
                                                      plan.value(0).toString(),
                                                      QStringLiteral("--at"),
                                                      NowText}
                                       << QStringList();
        }
    }

    void answersAsTheDatabase()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, sortKeys);
        const UsagectlRun local = run(db() + json() + args);
        const UsagectlRun remote = run(api() + json() + args);
        QVERIFY2(local.code == 0, qPrintable(local.err));
        QVERIFY2(remote.code == 0, qPrintable(remote.err));
        QList<QJsonObject> l = rowsOf(local.out), r = rowsOf(remote.out);
        const auto bySortKeys = [&](const QJsonObject &a, const QJsonObject &b) {
            return keyOf(a, sortKeys) < keyOf(b, sortKeys);
        };
        std::stable_sort(l.begin(), l.end(), bySortKeys);
        std::stable_sort(r.begin(), r.end(), bySortKeys);
        QCOMPARE(r.size(), l.size());
        if (!args.contains(QStringLiteral("pending"))) // the data has no pending order
            QVERIFY2(!l.isEmpty(), "nothing to compare");

        const QString command = args.mid(0, 2).join(QLatin1Char(' '));
        std::map<QString, Money> expectedSums;
        QStringList filterArgs = args.mid(command.startsWith(QLatin1String("spend")) ? 1 : 2);
        filterArgs.removeAll(QStringLiteral("--no-cache"));
        if (command == QLatin1String("usages total"))
            expectedSums = wireSums(filterArgs, false);
        else if (command.startsWith(QLatin1String("spend")))
            expectedSums = wireSums(filterArgs, true);

        QStringList diffs;
        for (int i = 0; i < l.size(); ++i) {
            QStringList keys = l[i].keys() + r[i].keys();
            keys.removeDuplicates();
            for (const QString &k : std::as_const(keys)) {
                const QJsonValue lv = l[i].value(k), rv = r[i].value(k);
                if (rv.isNull() && NotCarried.contains(k))
                    continue; // the API does not send it: null, never guessed
                // The plan service lists active versions only: the name of a
                // charge's older version is not known over the API.
                if (rv.isNull() && k == QLatin1String("plan_name") &&
                    !m_activeVersions.contains(
                        l[i].value(QStringLiteral("plan_history_id")).toInteger()))
                    continue;
                QString expected = lv.toVariant().toString();
                if (k == QLatin1String("amount") && command == QLatin1String("usages list"))
                    expected = WireAmount::of(money(lv)).toString4();
                else if (k == QLatin1String("total"))
                    expected = expectedSums[QString()].toString4();
                else if (k == QLatin1String("amount") && command.startsWith(QLatin1String("spend")))
                    expected = expectedSums[l[i].value(QStringLiteral("month")).toString() +
                                            QLatin1Char('|') +
                                            l[i].value(QStringLiteral("namespace")).toString()]
                                   .toString4();
                if (lv.isNull() != rv.isNull() || rv.toVariant().toString() != expected)
                    diffs.append(QStringLiteral("row %1 [%2] %3: api %4, db %5 (expected %6)")
                                     .arg(i)
                                     .arg(keyOf(l[i], sortKeys), k, rv.toVariant().toString(),
                                          lv.toVariant().toString(), expected));
            }
        }
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void renewalFailuresAreKnown()
    {
        // The database's answer is the oracle: every consuming order of the
        // failed namespace says true or false over the API, never null.
        const UsagectlRun remote =
            run(api() + json() +
                QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                            QStringLiteral("--namespace"), m_failedNs, QStringLiteral("--status"),
                            QStringLiteral("consuming")});
        QVERIFY2(remote.code == 0, qPrintable(remote.err));
        int failed = 0;
        for (const QJsonObject &o : rowsOf(remote.out)) {
            QSqlQuery q = raw(QStringLiteral("SELECT RENEW_RETRIES FROM DF_PURCHASE_ORDER WHERE "
                                             "ID = ?"),
                              {o.value(QStringLiteral("id")).toInteger()});
            QVERIFY(q.next());
            QVERIFY(o.value(QStringLiteral("renew_failed")).isBool());
            QCOMPARE(o.value(QStringLiteral("renew_failed")).toBool(), q.value(0).toInt() > 0);
            failed += q.value(0).toInt() > 0 ? 1 : 0;
        }
        QVERIFY(failed > 0);
    }

    void addressWithoutPath()
    {
        // --api https://host means https://host/usageapi/v1.
        const UsagectlRun bare =
            run({QStringLiteral("--api"), m_host, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("usages"), QStringLiteral("total"),
                 QStringLiteral("--namespace"), m_failedNs, QStringLiteral("--no-cache")});
        const UsagectlRun full =
            run(api() + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("usages"), QStringLiteral("total"),
                                    QStringLiteral("--namespace"), m_failedNs,
                                    QStringLiteral("--no-cache")});
        QVERIFY2(bare.code == 0, qPrintable(bare.err));
        QCOMPARE(bare.out, full.out);
    }

    void everyResultHonoursFormat_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("cache clear")
            << QStringList{QStringLiteral("cache"), QStringLiteral("clear")}
            << QStringList{QStringLiteral("dropped_months"), QStringLiteral("of")};
        QTest::newRow("cache verify")
            << QStringList{QStringLiteral("cache"), QStringLiteral("verify")}
            << QStringList{QStringLiteral("checked_months"), QStringLiteral("mismatched_months"),
                           QStringLiteral("mismatches"), QStringLiteral("of")};
        QTest::newRow("db advise-indexes")
            << QStringList{QStringLiteral("db"), QStringLiteral("advise-indexes")}
            << QStringList{QStringLiteral("columns"), QStringLiteral("index"),
                           QStringLiteral("statement"), QStringLiteral("table"),
                           QStringLiteral("why")};
    }

    void everyResultHonoursFormat()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, keys);
        const UsagectlRun json =
            run(db() + QStringList{QStringLiteral("--format"), QStringLiteral("json")} + command);
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QList<QJsonObject> rows = rowsOf(json.out);
        QVERIFY2(!rows.isEmpty(), qPrintable(json.out));
        QStringList got = rows.constFirst().keys();
        got.sort();
        QCOMPARE(got, keys);
        const UsagectlRun csv =
            run(db() + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + command);
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY2(!csv.out.contains(QLatin1String("-- ")) && csv.out.count(QLatin1Char(',')) > 2,
                 qPrintable(csv.out));
    }

    void helpSaysWhatApiTakes()
    {
        const UsagectlRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("(= https://host/usageapi/v1;")), qPrintable(r.out));
        const UsagectlRun cancel =
            run({QStringLiteral("help"), QStringLiteral("orders"), QStringLiteral("cancel")});
        QCOMPARE(cancel.code, 0);
        QVERIFY2(cancel.out.contains(QLatin1String("--api: the service releases the")),
                 qPrintable(cancel.out));
    }

    // The API reads one namespace, the token's user's, unless told which: a
    // spend, total or list without --namespace says so (else 0.00 reads as
    // the region's), once, on stderr; with --namespace, or over the
    // database, nothing is said.
    void oneNamespaceSaid_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("spend") << QStringList{QStringLiteral("spend")};
        QTest::newRow("usages total")
            << QStringList{QStringLiteral("usages"), QStringLiteral("total")};
        QTest::newRow("usages list")
            << QStringList{QStringLiteral("usages"), QStringLiteral("list")};
        QTest::newRow("orders list")
            << QStringList{QStringLiteral("orders"), QStringLiteral("list")};
    }

    void oneNamespaceSaid()
    {
        QFETCH(QStringList, command);
        const QStringList region{QStringLiteral("--region"), m_region};
        const QString note =
            QStringLiteral("usagectl: note: the service's API reads one namespace, the token's "
                           "user's; name others with --namespace.");
        const UsagectlRun remote = run(api() + json() + command + region);
        QCOMPARE(remote.code, 0);
        QCOMPARE(remote.err.count(note), 1);
        const UsagectlRun named = run(api() + json() + command + region +
                                      QStringList{QStringLiteral("--namespace"), m_failedNs});
        QCOMPARE(named.code, 0);
        QVERIFY2(!named.err.contains(note), qPrintable(named.err));
        const UsagectlRun local = run(db() + json() + command + region);
        QCOMPARE(local.code, 0);
        QVERIFY2(!local.err.contains(note), qPrintable(local.err));
    }

    void unreachableService()
    {
        const UsagectlRun r = run({QStringLiteral("--api"), QStringLiteral("http://127.0.0.1:9"),
                                   QStringLiteral("orders"), QStringLiteral("list"),
                                   QStringLiteral("--namespace"), m_failedNs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QLatin1String("usagectl: ")), qPrintable(r.err));
    }

    void cancelOverTheService()
    {
        QSqlQuery q = raw(QStringLiteral("SELECT ID, ACCOUNT_ID, LAST_CONSUME_ID FROM "
                                         "DF_PURCHASE_ORDER WHERE STATUS = 5 AND EVER_PAYED = 1 "
                                         "AND ORDER_ID = ? LIMIT 1"),
                          {m_sharedNs + QStringLiteral("-resources")});
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        const QString ns = q.value(1).toString();
        const int last = q.value(2).toInt();
        q.finish(); // an open statement keeps SQLite's lock: the service could not write
        const QStringList cancel{QStringLiteral("orders"), QStringLiteral("cancel"), id};

        // Without --namespace the token's own user is asked: said plainly.
        const UsagectlRun foreign = run(api() + cancel + QStringList{QStringLiteral("--yes")});
        QCOMPARE(foreign.code, 1);
        QVERIFY2(foreign.err.contains(QLatin1String("not in the token's own namespace")),
                 qPrintable(foreign.err));

        // Without --yes and without a terminal nothing happens; the
        // confirmation says what the service does, not the database warning.
        const UsagectlRun asked =
            run(api() + cancel + QStringList{QStringLiteral("--namespace"), ns});
        QCOMPARE(asked.code, 3);
        QVERIFY2(asked.err.contains(QLatin1String("The service releases the resource")),
                 qPrintable(asked.err));
        QVERIFY(!asked.err.contains(QLatin1String("NOT released")));

        const UsagectlRun done =
            run(api() + json() + cancel +
                QStringList{QStringLiteral("--namespace"), ns, QStringLiteral("--yes")});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        const QJsonObject j = QJsonDocument::fromJson(done.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("id")).toVariant().toString(), id);
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(j.value(QStringLiteral("resource_released")).toBool(), true);
        QVERIFY(j.value(QStringLiteral("end_consume_id")).isNull()); // the service does not say

        // In the database behind the service: ended, one end row.
        QSqlQuery after =
            raw(QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = ?"), {id});
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toInt(), 15);
        after.finish();
        QSqlQuery end = raw(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID = ? "
                                           "AND CONSUME_ID = ? AND EXTRA_INFO = 3"),
                            {id, last + 1});
        QVERIFY(end.next());
        QCOMPARE(end.value(0).toInt(), 1);
        end.finish();

        // Again: the service says it is not consuming; CSV honours --format.
        const UsagectlRun again =
            run(api() + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + cancel +
                QStringList{QStringLiteral("--namespace"), ns, QStringLiteral("--yes")});
        QCOMPARE(again.code, 3);
        QVERIFY2(again.err.contains(QLatin1String("not consuming")), qPrintable(again.err));
        QVERIFY(again.out.isEmpty());

        // A cancel over the database honours --format csv too.
        QSqlQuery other = raw(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                                             "AND EVER_PAYED = 1 AND ACCOUNT_ID = ? LIMIT 1"),
                              {m_failedNs});
        QVERIFY(other.next());
        const QString otherId = other.value(0).toString();
        other.finish();
        const UsagectlRun local =
            run(db() + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("orders"), QStringLiteral("cancel"), otherId,
                                   QStringLiteral("--yes")});
        QVERIFY2(local.code == 0, qPrintable(local.err));
        QVERIFY2(local.out.startsWith(QLatin1String("FIELD,VALUE")), qPrintable(local.out));
        QVERIFY(local.out.contains(QLatin1String("resource released,no")));
        QVERIFY(local.err.contains(QLatin1String("NOT released")));
    }
};

QTEST_GUILESS_MAIN(TestUsagectlRest)
#include "tst_usagectlrest.moc"
