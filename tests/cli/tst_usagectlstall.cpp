// usagectl against a MariaDB that stops answering (SIGSTOP), on a private
// server: before the connection, during a listing and during a cancel
// (issue 16). Each must end within the configured timeout plus a margin,
// exit 1 with one short message and no driver chatter, and change nothing:
// a cancel cut off inside its transaction says it was rolled back.

#include "demo/demodatagenerator.h"
#include "privatemariadb.h"
#include "testdatabases.h"
#include "testpaths.h"
#include "usagectlrunner.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

constexpr int TimeoutSeconds = 2;
// The promise: the timeout, plus a second or two.
constexpr qint64 BoundMs = TimeoutSeconds * 1000 + 2000;

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestUsagectlStall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir{QStringLiteral("/tmp/uc-stall-XXXXXX")};
    std::unique_ptr<PrivateMariaDb> m_server;
    ConnectionSpec m_spec;
    QString m_address;
    QString m_region;
    qint64 m_orderId = 0;

    QSqlDatabase connection(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid())
            db = TestDatabases::openRaw(m_spec, name);
        return db;
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(connection(QStringLiteral("watcher")));
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    // Waits (the server running) until a statement like `pattern` is in the
    // server's process list, i.e. usagectl has sent it and waits.
    bool waitForStatement(const QString &pattern)
    {
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            QSqlQuery q(connection(QStringLiteral("watcher")));
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE "
                                     "INFO LIKE ?"));
            q.addBindValue(pattern);
            if (q.exec() && q.next() && q.value(0).toInt() > 0)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    bool orderIsFreeAndConsuming()
    {
        QSqlQuery q(connection(QStringLiteral("watcher")));
        return q.exec(QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = %1 "
                                     "FOR UPDATE NOWAIT")
                          .arg(m_orderId)) &&
               q.next() && q.value(0).toInt() == 5;
    }

    QStringList checksums()
    {
        QSqlQuery q(connection(QStringLiteral("watcher")));
        if (!q.exec(QStringLiteral("CHECKSUM TABLE DF_PURCHASE_ORDER, DF_CONSUMING_HISTORY")))
            qFatal("checksum: %s", qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next())
            out.append(q.value(1).toString());
        return out;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_spec.password);
        return env;
    }

    struct Run
    {
        UsagectlRun result;
        qint64 afterStopMs = 0;
    };

    // Starts usagectl, waits until it has sent a statement like `pattern`,
    // stops the server, and waits for usagectl to give up.
    Run stopDuring(const QStringList &args, const QString &pattern)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(TestPaths::program(QStringLiteral("usagectl")), args);
        Run run;
        if (!p.waitForStarted() || !waitForStatement(pattern)) {
            p.kill();
            p.waitForFinished();
            qWarning("usagectl never sent %s", qPrintable(pattern));
            return run;
        }
        QElapsedTimer t;
        t.start();
        m_server->signal(SIGSTOP);
        const bool finished = p.waitForFinished(int(BoundMs) + 10000);
        run.afterStopMs = t.elapsed();
        m_server->signal(SIGCONT);
        if (!finished) {
            p.kill();
            p.waitForFinished();
        }
        run.result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.result.out = QString::fromUtf8(p.readAllStandardOutput());
        run.result.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    void expectOneClearError(const UsagectlRun &r, const QString &mentions)
    {
        QCOMPARE(r.code, 1);
        // A cancel first writes what it is about to do on stderr; the error
        // is what follows, from "usagectl: " to the end.
        QStringList err = lines(r.err);
        while (!err.isEmpty() && !err.first().startsWith(QLatin1String("usagectl: ")))
            err.removeFirst();
        QVERIFY2(!err.isEmpty() && err.size() <= 3, qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        // The driver's own noise stays out of what the user reads.
        QVERIFY2(!r.err.contains(QLatin1String("QMYSQLResult")), qPrintable(r.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestDatabases::mariadbServer())
            QSKIP("no MariaDB fixture (run through ctest)");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<PrivateMariaDb>(m_dir.filePath(QStringLiteral("server")));
        QVERIFY(m_server->start());
        {
            ConnectionSpec root = m_server->spec(QString());
            QSqlDatabase db = TestDatabases::openRaw(root, QStringLiteral("setup"));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE stall")));
            db.close();
            db.setDatabaseName(QStringLiteral("stall"));
            QVERIFY(db.open());
            DemoOptions options;
            options.namespaces = 10;
            options.months = 6;
            options.until = QDate(2026, 11, 25);
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        m_spec = m_server->spec(QStringLiteral("stall"));
        m_address = QStringLiteral("mysql://uc@127.0.0.1:%1/stall?connect_timeout=%2&"
                                   "read_timeout=%2&write_timeout=%2")
                        .arg(m_spec.port)
                        .arg(TimeoutSeconds);
        m_region =
            value(QStringLiteral("SELECT REGION FROM DF_CONSUMING_HISTORY LIMIT 1")).toString();
        m_orderId = value(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 AND "
                                         "EVER_PAYED = 1 ORDER BY ID LIMIT 1"))
                        .toLongLong();
        QVERIFY(m_orderId > 0);
    }

    void cleanupTestCase()
    {
        for (const QString &name : {QStringLiteral("watcher"), QStringLiteral("holder")}) {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
        m_server.reset();
    }

    // The kernel completes the TCP handshake of a stopped server; its
    // greeting never comes. Through the roll-up cache too: the source is
    // not asked again live after it timed out.
    void stoppedBeforeConnecting_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("usages list") << QStringList{"usages", "list"};
        QTest::newRow("usages total (cache)") << QStringList{"usages", "total"};
        QTest::newRow("spend (cache)")
            << QStringList{"spend", "--from", "2026-06-01", "--to", "2026-11-30"};
    }
    void stoppedBeforeConnecting()
    {
        QFETCH(QStringList, command);
        // The bound is the promise and the process's start-up as measured
        // now: under a loaded ctest -j2 with the sanitizers the start-up
        // alone took more than the promise's margin.
        QElapsedTimer t;
        t.start();
        QCOMPARE(UsagectlRunner::run({QStringLiteral("--version")}).code, 0);
        const qint64 bound = BoundMs + t.elapsed();
        QVERIFY(m_server->signal(SIGSTOP));
        t.restart();
        const UsagectlRun r =
            UsagectlRunner::run(QStringList{QStringLiteral("--db"), m_address} + command +
                                    QStringList{QStringLiteral("--region"), m_region},
                                environment());
        const qint64 ms = t.elapsed();
        QVERIFY(m_server->signal(SIGCONT));
        expectOneClearError(r, QStringLiteral("did not greet within 2 s"));
        QVERIFY2(ms < bound, qPrintable(QStringLiteral("%1 of %2 ms").arg(ms).arg(bound)));
        QVERIFY(r.out.isEmpty());
    }

    // A listing waits for the server (a table lock holds its SELECT), and
    // the server stops: the read timeout ends it.
    void stoppedDuringList()
    {
        QSqlQuery holder(connection(QStringLiteral("holder")));
        QVERIFY(holder.exec(QStringLiteral("LOCK TABLES DF_CONSUMING_HISTORY WRITE")));
        const Run run = stopDuring({QStringLiteral("--db"), m_address, QStringLiteral("usages"),
                                    QStringLiteral("list"), QStringLiteral("--region"), m_region},
                                   QStringLiteral("SELECT ID, ORDER_ID, CONSUME_ID%"));
        QVERIFY(holder.exec(QStringLiteral("UNLOCK TABLES")));
        expectOneClearError(run.result, QStringLiteral("sent nothing for 2 s (list charges)"));
        QVERIFY2(run.afterStopMs < BoundMs, qPrintable(QString::number(run.afterStopMs)));
        QVERIFY(run.result.out.isEmpty());
    }

    // A cancel has ended the order (UPDATE) and waits to write the end row
    // (another session's lock holds the INSERT); the server stops. Nothing
    // was committed, and nothing is written.
    void stoppedDuringCancel()
    {
        const QStringList before = checksums();
        const qint64 endRows =
            value(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE EXTRA_INFO = 3"))
                .toLongLong();
        QSqlDatabase holderDb = connection(QStringLiteral("holder"));
        QVERIFY(holderDb.transaction());
        QSqlQuery holder(holderDb);
        QVERIFY(holder.exec(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                           "ID = %1 FOR UPDATE")
                                .arg(m_orderId)));
        const Run run = stopDuring({QStringLiteral("--db"), m_address, QStringLiteral("orders"),
                                    QStringLiteral("cancel"), QString::number(m_orderId),
                                    QStringLiteral("--yes")},
                                   QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY%"));
        QVERIFY(holderDb.rollback());
        expectOneClearError(run.result, QStringLiteral("the transaction was rolled back and "
                                                       "nothing was written"));
        QVERIFY2(run.afterStopMs < BoundMs, qPrintable(QString::number(run.afterStopMs)));
        // The server rolls the cancel back once it sees the connection gone:
        // then the order's row is free again (a locking read gets it at
        // once) and still consuming. (INNODB_TRX is no witness: MariaDB
        // 10.11 keeps showing the killed transaction as ROLLING BACK.)
        QTRY_VERIFY_WITH_TIMEOUT(orderIsFreeAndConsuming(), 30000);
        QCOMPARE(
            value(
                QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = %1").arg(m_orderId))
                .toInt(),
            5);
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE EXTRA_INFO = 3"))
                .toLongLong(),
            endRows);
        QCOMPARE(checksums(), before);
    }
};

QTEST_GUILESS_MAIN(TestUsagectlStall)
#include "tst_usagectlstall.moc"
