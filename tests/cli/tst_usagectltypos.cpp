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
};

QTEST_GUILESS_MAIN(TestUsageCtlTypos)
#include "tst_usagectltypos.moc"
