// Concurrency against one MariaDB: two usagectl processes and an in-process
// SqlBackend worker cancel the same order at the same moment, 200 rounds —
// exactly one end row each time, the losers told plainly that someone else
// ended it; and 200 concurrent read-only usagectl runs, none of which hangs.

#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <vector>

class TestConcurrency : public QObject
{
    Q_OBJECT

    std::optional<ConnectionSpec> m_spec;
    int m_workerSessions = 0;

    QString dbUrl() const
    {
        return QStringLiteral("mysql://%1@%2:%3/%4")
            .arg(m_spec->user, m_spec->host)
            .arg(m_spec->port)
            .arg(m_spec->database);
    }

    std::unique_ptr<QProcess> start(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_spec->password);
        p->setProcessEnvironment(env);
        p->start(TestPaths::program(QStringLiteral("usagectl")), args);
        return p;
    }

    // Sessions of the test database other than this test's own (the admin
    // connection) and the worker's: the usagectl processes that have connected.
    int usagectlSessions()
    {
        QSqlQuery q(admin());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = ? "
                                 "AND ID <> CONNECTION_ID()"));
        q.addBindValue(m_spec->database);
        if (!q.exec() || !q.next())
            qFatal("PROCESSLIST: %s", qPrintable(q.lastError().text()));
        return q.value(0).toInt() - m_workerSessions;
    }

    QSqlDatabase admin()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"), false);
        if (!db.isValid())
            db = TestDatabases::openRaw(*m_spec, QStringLiteral("admin"));
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB fixture (run through ctest)");
        m_spec = TestDatabases::createMariaDbDatabase(QStringLiteral("concurrency"));
        TestData::writeDemo(*m_spec, TestData::demo(6, 6, QDate(2026, 11, 25)));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        if (m_spec)
            TestDatabases::dropMariaDbDatabase(*m_spec);
    }

    void threeWayCancel()
    {
        QSqlQuery pick(admin());
        QVERIFY(pick.exec(
            QStringLiteral("SELECT ID, ACCOUNT_ID, LAST_CONSUME_ID FROM DF_PURCHASE_ORDER "
                           "WHERE STATUS = 5 AND EVER_PAYED = 1 ORDER BY ID LIMIT 1")));
        QVERIFY(pick.next());
        const qint64 id = pick.value(0).toLongLong();
        const QString ns = pick.value(1).toString();
        const int last = pick.value(2).toInt();
        const QStringList args{QStringLiteral("--db"),   dbUrl(),
                               QStringLiteral("orders"), QStringLiteral("cancel"),
                               QString::number(id),      QStringLiteral("--yes")};
        SqlBackend worker(*m_spec);
        TestFutures::valueOf(worker.listRegions(), "worker connects"); // its sessions, counted once
        m_workerSessions = 0;
        m_workerSessions = usagectlSessions();
        int processWins = 0, workerWins = 0;
        for (int round = 0; round < 200; ++round) {
            // Make the order consuming again, without its end row.
            QSqlQuery reset(admin());
            QVERIFY(reset.exec(
                QStringLiteral("DELETE FROM DF_CONSUMING_HISTORY WHERE ID = %1 AND CONSUME_ID > %2")
                    .arg(id)
                    .arg(last)));
            QVERIFY(reset.exec(
                QStringLiteral("UPDATE DF_PURCHASE_ORDER SET STATUS = 5 WHERE ID = %1").arg(id)));

            auto a = start(args);
            auto b = start(args);
            QVERIFY(a->waitForStarted() && b->waitForStarted());
            // Vary when the worker starts, so that every contender wins some
            // rounds: at once, or once one or both processes have connected
            // (conditions, not sleeps: the same stages on any machine).
            const int connectedBefore = round % 3;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return connectedBefore == 0 || usagectlSessions() >= connectedBefore ||
                           a->state() == QProcess::NotRunning || b->state() == QProcess::NotRunning;
                },
                60000));
            auto f = worker.cancel(id, ns);
            for (QProcess *p : {a.get(), b.get()}) {
                // Generous: 200 rounds under ASan on a loaded 2-core machine.
                // (It may have finished while the event loop ran.)
                if (p->state() != QProcess::NotRunning && !p->waitForFinished(120000)) {
                    p->kill();
                    QFAIL(qPrintable(QStringLiteral("usagectl hung in round %1: %2")
                                         .arg(round)
                                         .arg(QString::fromUtf8(p->readAllStandardError()))));
                }
            }
            const Result<CancelOutcome> fr = TestFutures::resultOf(f, "worker cancel");

            int wins = 0;
            for (QProcess *p : {a.get(), b.get()}) {
                const QString err = QString::fromUtf8(p->readAllStandardError());
                if (p->exitCode() == 0) {
                    ++wins;
                    ++processWins;
                } else {
                    // Either it saw the order ended before asking, or its
                    // UPDATE lost the race: both say so plainly.
                    QVERIFY2(err.contains(QLatin1String("not consuming")),
                             qPrintable(QStringLiteral("round %1, %2 with code %3: %4")
                                            .arg(round)
                                            .arg(p->exitStatus() == QProcess::CrashExit
                                                     ? QStringLiteral("crashed")
                                                     : QStringLiteral("exited"))
                                            .arg(p->exitCode())
                                            .arg(err)));
                }
            }
            if (fr.ok()) {
                ++wins;
                ++workerWins;
            } else {
                QVERIFY2(fr.error().message().contains(QLatin1String("not consuming")),
                         qPrintable(fr.error().message()));
            }
            QCOMPARE(wins, 1);
            QSqlQuery count(admin());
            QVERIFY(count.exec(
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID = %1 AND CONSUME_ID > %2")
                    .arg(id)
                    .arg(last)));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 1);
        }
        qInfo("200 rounds: usagectl won %d, the worker %d", processWins, workerWins);
        QVERIFY(processWins > 0);
        QVERIFY(workerWins > 0);
    }

    void manyReaders()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < 200; ++i)
            runs.push_back(start({QStringLiteral("--db"), dbUrl(), QStringLiteral("--read-only"),
                                  QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("usages"), QStringLiteral("total")}));
        // What each must print, summed by the server itself.
        QSqlQuery sum(admin());
        QVERIFY(
            sum.exec(QStringLiteral("SELECT COUNT(*), SUM(CONSUMING) FROM DF_CONSUMING_HISTORY")));
        QVERIFY(sum.next());
        const qint64 units = sum.value(1).toLongLong();
        const QByteArray expected = QStringLiteral("{\"charges\":%1,\"total\":\"%2.%3\"}")
                                        .arg(sum.value(0).toLongLong())
                                        .arg(units / 10000)
                                        .arg(units % 10000, 4, 10, QLatin1Char('0'))
                                        .toUtf8();
        int ok = 0, clearFailures = 0;
        for (auto &p : runs) {
            QVERIFY2(p->waitForFinished(120000), "a read-only run hung");
            if (p->exitCode() == 0) {
                QCOMPARE(p->readAllStandardOutput().trimmed(), expected);
                ++ok;
            } else {
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(err.startsWith(QLatin1String("usagectl: ")) &&
                             err.count(QLatin1Char('\n')) == 1,
                         qPrintable(err));
                ++clearFailures;
            }
        }
        qInfo("200 concurrent readers: %d succeeded, %d failed with a clear message, %lld ms", ok,
              clearFailures, timer.elapsed());
        QVERIFY(ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
