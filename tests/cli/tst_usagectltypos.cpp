// A typo is not a quiet zero: usagectl over SQLite, MariaDB and the fake
// service (REST). An unknown --region is an error naming the regions (exit
// 2); a namespace or an order id that matches no order and no charge still
// prints the empty answer, plus a warning on stderr; an order key given to
// --order is named as such, with the id of that order. A filter that is
// right but empty (a quiet month) warns nothing. Names and keys come from
// the demo data, read here with plain SQL.

#include "fakeservice.h"
#include "testdata.h"
#include "testdatabases.h"
#include "usagectlrunner.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Run = UsagectlRun;

class TestUsageCtlTypos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlite;
    std::optional<ConnectionSpec> m_mariadb;
    std::unique_ptr<FakeService> m_sim;
    QString m_api;
    // A consuming order of demo-team in cn-north-1: its key and its id.
    qint64 m_orderKey = 0;
    QString m_orderId;

    Run usagectl(const QString &backend, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QStringList global;
        if (backend == QLatin1String("sqlite")) {
            global = {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_sqlite};
        } else if (backend == QLatin1String("mariadb")) {
            global = {QStringLiteral("--db"), QStringLiteral("mysql://%1@127.0.0.1:%2/%3")
                                                  .arg(m_mariadb->user)
                                                  .arg(m_mariadb->port)
                                                  .arg(m_mariadb->database)};
            env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_mariadb->password);
        } else {
            global = {QStringLiteral("--api"), m_api};
            env.insert(QStringLiteral("USAGECTL_TOKEN"), QStringLiteral("typo-token"));
        }
        // No cache: a test's answers come from the data.
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        return UsagectlRunner::run(global + args, env);
    }

    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
        QTest::newRow("rest") << QStringLiteral("rest");
    }

    bool skip(const QString &backend) const
    {
        return backend == QLatin1String("mariadb") && !m_mariadb;
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlite = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("typos.db"));
        const DemoOptions options = TestData::demo(5, 4, QDate(2026, 11, 25));
        ConnectionSpec sqlite;
        sqlite.kind = ConnectionSpec::Kind::Sqlite;
        sqlite.path = m_sqlite;
        TestData::writeDemo(sqlite, options);
        TestDatabases::withConnection(sqlite, [this](QSqlDatabase &db) {
            QSqlQuery q(
                QStringLiteral("SELECT ID, ORDER_ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                               "AND EVER_PAYED = 1 AND ACCOUNT_ID = 'demo-team' AND REGION "
                               "= 'cn-north-1' ORDER BY ID LIMIT 1"),
                db);
            QVERIFY(q.next());
            m_orderKey = q.value(0).toLongLong();
            m_orderId = q.value(1).toString();
            // The key must not be an order id itself, or the case proves nothing.
            QSqlQuery clash(db);
            clash.prepare(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                         "ORDER_ID = ?"));
            clash.addBindValue(QString::number(m_orderKey));
            QVERIFY(clash.exec() && clash.next());
            QCOMPARE(clash.value(0).toInt(), 0);
        });
        QVERIFY(m_orderKey != 0);
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("typos"));
            TestData::writeDemo(*m_mariadb, options);
        }
        m_sim = std::make_unique<FakeService>(m_sqlite,
                                              QStringList{QStringLiteral("typo-token=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_api = m_sim->usageApi().toString();
    }

    void cleanupTestCase()
    {
        m_sim.reset();
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void unknownRegion_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("command");
        const QStringList commands[] = {
            {"usages", "total", "--namespace", "demo-team"},
            {"usages", "list", "--namespace", "demo-team"},
            {"orders", "list", "--namespace", "demo-team"},
            {"spend", "--namespace", "demo-team"},
            {"namespaces", "list"},
        };
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            for (const QStringList &c : commands)
                QTest::addRow("%s %s", b, qPrintable(c.mid(0, 2).join(QLatin1Char(' '))))
                    << QString::fromLatin1(b) << c;
        }
    }

    void unknownRegion()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, command);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, command + QStringList{"--region", "cn-nrth-1"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("usagectl: unknown region \"cn-nrth-1\"; the regions are: "
                                       "cn-north-1, cn-north-2\n"));
    }

    void unmatchedNamespace_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("stdoutHas");
        const QStringList commands[] = {
            {"usages", "total"}, {"usages", "list"}, {"orders", "list"}, {"spend"}};
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            for (const QStringList &c : commands)
                QTest::addRow("%s %s", b, qPrintable(c.join(QLatin1Char(' '))))
                    << QString::fromLatin1(b) << c
                    << (c.value(1) == QLatin1String("total") ? QStringLiteral("0.00") : QString());
        }
    }

    void unmatchedNamespace()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, command);
        QFETCH(QString, stdoutHas);
        if (skip(backend))
            QSKIP("no MariaDB");
        // Alone it prints its (empty) answer, and says why it is empty.
        const Run alone = usagectl(
            backend, command + QStringList{"--region", "cn-north-1", "--namespace", "demo-teem"});
        QVERIFY2(alone.code == 0, qPrintable(alone.err));
        QVERIFY(alone.out.contains(stdoutHas));
        QCOMPARE(alone.err, QStringLiteral("usagectl: warning: Namespace “demo-teem” has no "
                                           "orders and no charges in cn-north-1: is the name "
                                           "right?\n"));
        // Beside a namespace that has charges, the typo would drop out of
        // the answer unseen: it is named too, and only it.
        const Run mixed =
            usagectl(backend, command + QStringList{"--region", "cn-north-1", "--namespace",
                                                    "demo-team,demo-teem", "--format", "csv"});
        QCOMPARE(mixed.code, 0);
        QCOMPARE(mixed.err, alone.err);
    }

    void quietRangeWarnsNothing_data() { addBackends(); }
    void quietRangeWarnsNothing()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, {"usages", "total", "--region", "cn-north-1", "--namespace",
                                         "demo-team", "--from", "2001-01-01", "--to", "2001-01-31",
                                         "--no-cache"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("0.00")));
        QCOMPARE(r.err, QString());
    }

    void unmatchedOrderId_data() { addBackends(); }
    void unmatchedOrderId()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, {"usages", "list", "--region", "cn-north-1", "--namespace",
                                         "demo-team", "--order", "no-such-order"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QStringLiteral("usagectl: warning: --order takes the order id. No charge "
                                       "has the order id “no-such-order”: an order id is text "
                                       "such as “ns-0001-resources”, not the order's number.\n"));
        // The right id matches, and warns nothing.
        const Run right = usagectl(backend, {"usages", "list", "--region", "cn-north-1",
                                             "--namespace", "demo-team", "--order", m_orderId});
        QCOMPARE(right.code, 0);
        QVERIFY(right.out.contains(m_orderId));
        QCOMPARE(right.err, QString());
    }

    void orderKeyInsteadOfId_data() { addBackends(); }
    void orderKeyInsteadOfId()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const QString key = QString::number(m_orderKey);
        const Run r = usagectl(backend, {"usages", "total", "--region", "cn-north-1", "--namespace",
                                         "demo-team", "--order", key});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("0.00")));
        QCOMPARE(r.err, QStringLiteral("usagectl: warning: --order takes the order id. “%1” is an "
                                       "order key, not an order id: the order with key %1 has "
                                       "the id “%2”.\n")
                            .arg(key, m_orderId));
    }

    void sortOnlyWhatTheBackendPages_data() { addBackends(); }
    void sortOnlyWhatTheBackendPages()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r =
            usagectl(backend, {"usages", "list", "--region", "cn-north-1", "--namespace",
                               "demo-team", "--sort", "amount", "--limit", "3", "--format", "csv"});
        if (backend == QLatin1String("rest")) {
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err, QStringLiteral("usagectl: this connection cannot sort by "
                                           "amount:desc; it sorts by time:desc\n"));
            return;
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 4); // the header and three rows, biggest first
        const int amount = lines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("AMOUNT"));
        QVERIFY(amount >= 0);
        double previous = 1e18;
        for (const QString &line : lines.mid(1)) {
            const double v = line.split(QLatin1Char(',')).at(amount).toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        const Run typo = usagectl(backend, {"usages", "list", "--sort", "amuont"});
        QCOMPARE(typo.code, 2);
        QVERIFY(
            typo.err.contains(QLatin1String("--sort must be time, amount, namespace or region")));
    }

    // Qt takes "Shanghai" or "CST" as a POSIX rule: UTC under that name. They
    // were run in UTC, exit 0; months of UTC differ from Shanghai's.
    void notAZone_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            for (const char *name : {"Shanghai", "CST", "Asia/Shangai"}) {
                QTest::addRow("%s --tz %s", b, name)
                    << QString::fromLatin1(b) << "--tz" << QString::fromLatin1(name)
                    << QStringLiteral("usagectl: unknown time zone \"%1\" (use an IANA name such "
                                      "as Asia/Shanghai, or UTC or UTC+8)\n")
                           .arg(QLatin1String(name));
                QTest::addRow("%s --service-tz %s", b, name)
                    << QString::fromLatin1(b) << "--service-tz" << QString::fromLatin1(name)
                    << QStringLiteral("usagectl: unknown service time zone \"%1\" (use an IANA "
                                      "name such as Asia/Shanghai)\n")
                           .arg(QLatin1String(name));
            }
        }
    }
    void notAZone()
    {
        QFETCH(QString, backend);
        QFETCH(QString, option);
        QFETCH(QString, name);
        QFETCH(QString, message);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(
            backend, {option, name, "spend", "--region", "cn-north-1", "--namespace", "demo-team"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, message);
    }

    // A link of the tz database is a zone: PRC is Asia/Shanghai. Its months
    // are read here from the charges with plain SQL: the last month's total.
    void zoneLink_data() { addBackends(); }
    void zoneLink()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, {"--tz", "PRC", "--format", "csv", "spend", "--region",
                                         "cn-north-1", "--namespace", "demo-team", "--from",
                                         "2026-10-01", "--to", "2026-10-31", "--no-cache"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // October in Shanghai: 2026-09-30 16:00 UTC to 2026-10-31 16:00 UTC.
        qint64 units = 0;
        ConnectionSpec sqlite;
        sqlite.kind = ConnectionSpec::Kind::Sqlite;
        sqlite.path = m_sqlite;
        TestDatabases::withConnection(sqlite, [&units](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT SUM(CONSUMING) FROM DF_CONSUMING_HISTORY WHERE "
                                       "ACCOUNT_ID = 'demo-team' AND REGION = 'cn-north-1' AND "
                                       "CONSUME_TIME >= '2026-09-30 16:00:00' AND "
                                       "CONSUME_TIME < '2026-10-31 16:00:00'"),
                        db);
            QVERIFY(q.next());
            units = q.value(0).toLongLong();
        });
        QVERIFY(units > 0);
        const QString yuan = QStringLiteral("%1.%2")
                                 .arg(units / 10000)
                                 .arg((units % 10000 + 50) / 100, 2, 10, QLatin1Char('0'));
        QVERIFY2(r.out.contains(QStringLiteral("2026-10,") + yuan), qPrintable(r.out + yuan));
    }

    // quote, orders show and orders cancel act for one namespace: a list (or
    // a second --namespace) was taken as one name, a new order's price.
    void oneNamespace_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("name");
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            QTest::addRow("%s quote", b)
                << QString::fromLatin1(b)
                << QStringList{"quote",    "--region",    "cn-north-1",       "--plan",
                               "res-c2m4", "--namespace", "demo-team,ns-0002"}
                << "quote";
            QTest::addRow("%s quote, twice", b)
                << QString::fromLatin1(b)
                << QStringList{"quote",       "--region",  "cn-north-1",  "--plan", "res-c2m4",
                               "--namespace", "demo-team", "--namespace", "ns-0002"}
                << "quote";
            QTest::addRow("%s orders show", b)
                << QString::fromLatin1(b)
                << QStringList{"orders", "show", "1", "--namespace", "demo-team,ns-0002"}
                << "orders show";
            QTest::addRow("%s orders cancel", b)
                << QString::fromLatin1(b)
                << QStringList{"orders", "cancel", "1", "--yes", "--namespace", "demo-team,ns-0002"}
                << "orders cancel";
        }
    }
    void oneNamespace()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, command);
        QFETCH(QString, name);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, command);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("usagectl: %1 takes one --namespace, not demo-team,ns-0002\n")
                     .arg(name));
    }

    // `--namespace "$NS"` with NS unset filtered nothing: every namespace.
    void blankValue_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("option");
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            QTest::addRow("%s empty", b)
                << QString::fromLatin1(b) << QStringList{"--namespace", ""};
            QTest::addRow("%s =", b) << QString::fromLatin1(b) << QStringList{"--namespace="};
            QTest::addRow("%s comma", b)
                << QString::fromLatin1(b) << QStringList{"--namespace", ","};
            QTest::addRow("%s region blank", b)
                << QString::fromLatin1(b) << QStringList{"--region", " "};
        }
    }
    void blankValue()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, option);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, QStringList{"spend"} + option);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        const QString name = option.first().section(QLatin1Char('='), 0, 0);
        QCOMPARE(r.err, QStringLiteral("usagectl: option %1 needs a value, not an empty one (see "
                                       "usagectl --help)\n")
                            .arg(name));
    }

    // --limit or --page with --size: one of them, and --size not alone.
    void pagingConflicts_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("paging");
        QTest::addColumn<QString>("message");
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            QTest::addRow("%s size alone", b)
                << QString::fromLatin1(b) << QStringList{"--size", "5"}
                << "usagectl: --size goes with --page P (for the first N rows: --limit N)\n";
            QTest::addRow("%s limit and page", b)
                << QString::fromLatin1(b) << QStringList{"--limit", "5", "--page", "1"}
                << "usagectl: give --limit N or --page P --size S, not both\n";
        }
    }
    void pagingConflicts()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, paging);
        QFETCH(QString, message);
        if (skip(backend))
            QSKIP("no MariaDB");
        for (const char *list : {"usages", "orders"}) {
            const Run r = usagectl(backend, QStringList{QString::fromLatin1(list), "list",
                                                        "--namespace", "demo-team"} +
                                                paging);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QString());
            QCOMPARE(r.err, message);
        }
    }

    void emptyRange_data() { addBackends(); }
    void emptyRange()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, {"usages", "total", "--namespace", "demo-team", "--from",
                                         "2026-11-10T21:14:00Z", "--to", "2026-11-10T21:14:00Z"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("usagectl: --to is --from: the range is empty\n"));
    }

    // Only --namespace and --month are lists; any other option given twice
    // was the last one, silently.
    void repeatedOption_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        for (const char *b : {"sqlite", "mariadb", "rest"}) {
            QTest::addRow("%s --tz", b)
                << QString::fromLatin1(b) << QStringList{"--tz", "UTC", "--tz", "Asia/Shanghai"}
                << "usagectl: option --tz is given 2 times; give it once\n";
            QTest::addRow("%s --region", b)
                << QString::fromLatin1(b)
                << QStringList{"--region", "cn-north-1", "--region", "cn-north-2"}
                << "usagectl: option --region is given 2 times; give it once\n";
        }
    }
    void repeatedOption()
    {
        QFETCH(QString, backend);
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, QStringList{"spend"} + options);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, message);
    }

    void caFileIsForTheApi_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }
    void caFileIsForTheApi()
    {
        QFETCH(QString, backend);
        if (skip(backend))
            QSKIP("no MariaDB");
        const Run r = usagectl(backend, {"--ca-file", m_sqlite, "spend"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, QStringLiteral("usagectl: --ca-file is for --api; a database's CA goes in "
                                       "its address (mysql://...?tls=required&ca=PEM)\n"));
    }

    // Over the API without --namespace only the token's user is read: an
    // order id of demo-team is no typo, and is not called one.
    void orderOfAnotherNamespaceOverTheApi()
    {
        const Run r = usagectl(QStringLiteral("rest"),
                               {"usages", "total", "--region", "cn-north-1", "--order", m_orderId});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.err, QStringLiteral("usagectl: note: the service's API reads one namespace, the "
                                       "token's user's; name others with --namespace.\n"
                                       "usagectl: warning: the token's user has no charge with the "
                                       "order id \"%1\"; for another namespace's order, add "
                                       "--namespace.\n")
                            .arg(m_orderId));
    }

    // The API has no list of namespaces: an empty list says why.
    void namespacesOverTheApi()
    {
        const Run r = usagectl(QStringLiteral("rest"), {"namespaces", "list", "--format", "json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("[]"));
        QCOMPARE(r.err, QStringLiteral("usagectl: note: the service's API cannot list namespaces: "
                                       "it reads one at a time, the token's user's unless "
                                       "--namespace names others.\n"));
    }

    // Over the API without --namespace the audit reads the token's own
    // user, who has no order here: nothing was audited, exit 2, not a clean 0.
    void auditThatReadNothing()
    {
        const Run none = usagectl(QStringLiteral("rest"), {"audit", "--region", "cn-north-1"});
        QCOMPARE(none.code, 2);
        QCOMPARE(none.out, QString());
        QCOMPARE(none.err, QStringLiteral("usagectl: nothing was audited: the API gave no paid "
                                          "order of the namespace it read (without --namespace, "
                                          "the token's own); name the namespaces with "
                                          "--namespace\n"));
        const Run named = usagectl(QStringLiteral("rest"),
                                   {"audit", "--region", "cn-north-1", "--namespace", "demo-team"});
        QVERIFY2(named.code == 0 || named.code == 1, qPrintable(named.err));
        QVERIFY2(named.err.contains(QLatin1String("usagectl: audited ")), qPrintable(named.err));
    }

    // The plan service lists active versions only: said, not silently.
    void allVersionsOverTheApi()
    {
        const Run r = usagectl(QStringLiteral("rest"), {"plans", "list", "--all-versions"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.isEmpty());
        QCOMPARE(r.err, QStringLiteral("usagectl: note: the plan service lists active plan "
                                       "versions only; old versions need --db\n"));
        const Run db = usagectl(QStringLiteral("sqlite"), {"plans", "list", "--all-versions"});
        QCOMPARE(db.code, 0);
        QCOMPARE(db.err, QString());
    }
};

QTEST_GUILESS_MAIN(TestUsageCtlTypos)
#include "tst_usagectltypos.moc"
