// When usagectl cannot write its output: a full disk is one line and exit 1
// (a cron job's CSV must not end half written with exit 0), a reader that
// went away (`| head`) ends it as SIGPIPE would, also over the service's API
// where the helper program runs with SIGPIPE ignored and went on fetching
// every page. Over SQLite and the fake service (REST); the writer is the
// same for every backend.

#include "fakeservice.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testpaths.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestUsageCtlOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sqlite;
    std::unique_ptr<FakeService> m_sim;
    QStringList m_namespaces;

    QStringList global(const QString &backend) const
    {
        if (backend == QLatin1String("sqlite"))
            return {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_sqlite};
        return {QStringLiteral("--api"), m_sim->usageApi().toString()};
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), QStringLiteral("output-token"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        return env;
    }

    // Every charge of every namespace: well over a pipe's 64 KiB.
    QStringList bigList(const QString &backend, const QString &format) const
    {
        return global(backend) +
               QStringList{QStringLiteral("--format"),    format,
                           QStringLiteral("usages"),      QStringLiteral("list"),
                           QStringLiteral("--namespace"), m_namespaces.join(QLatin1Char(','))};
    }

    static void addCases()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("format");
        for (const char *b : {"sqlite", "rest"}) {
            for (const char *f : {"csv", "json", "table"})
                QTest::addRow("%s %s", b, f) << QString::fromLatin1(b) << QString::fromLatin1(f);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlite = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("output.db"));
        ConnectionSpec sqlite;
        sqlite.kind = ConnectionSpec::Kind::Sqlite;
        sqlite.path = m_sqlite;
        TestData::writeDemo(sqlite, TestData::demo(20, 6, QDate(2026, 11, 25)));
        TestDatabases::withConnection(sqlite, [this](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT DISTINCT ACCOUNT_ID FROM DF_CONSUMING_HISTORY"), db);
            while (q.next())
                m_namespaces << q.value(0).toString();
        });
        QVERIFY(m_namespaces.size() >= 10);
        m_sim = std::make_unique<FakeService>(m_sqlite,
                                              QStringList{QStringLiteral("output-token=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void cleanupTestCase() { m_sim.reset(); }

    void fullDisk_data() { addCases(); }
    void fullDisk()
    {
        QFETCH(QString, backend);
        QFETCH(QString, format);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(TestPaths::program(QStringLiteral("usagectl")), bigList(backend, format));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QStringLiteral("usagectl: cannot write the output (No space left on device)\n"));
    }

    // A short answer that stdio holds until the end fails there, not silently.
    void fullDiskAtTheEnd_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("rest") << QStringLiteral("rest");
    }
    void fullDiskAtTheEnd()
    {
        QFETCH(QString, backend);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(TestPaths::program(QStringLiteral("usagectl")),
                global(backend) + QStringList{QStringLiteral("regions"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()),
                 QStringLiteral("usagectl: cannot write the output (No space left on device)\n"));
    }

    // `usagectl … | head -c 100`: the pipeline's status is usagectl's, 128 +
    // SIGPIPE, as for any filter. The list is bigger than the pipe holds, so
    // usagectl is still writing when head has gone.
    void readerGone_data() { addCases(); }
    void readerGone()
    {
        QFETCH(QString, backend);
        QFETCH(QString, format);
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("set -o pipefail; \"$0\" \"$@\" | head -c 100 "
                                           ">/dev/null"),
                            TestPaths::program(QStringLiteral("usagectl"))} +
                    bigList(backend, format));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 128 + SIGPIPE);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    }
};

QTEST_GUILESS_MAIN(TestUsageCtlOutput)
#include "tst_usagectloutput.moc"
