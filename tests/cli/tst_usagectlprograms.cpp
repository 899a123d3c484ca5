// Which program runs a command line: usagectl itself, without Qt Network and
// QtKeychain (and the 20 libraries they bring), or usagectl-network for what
// reaches a server over HTTP or TLS or reads the keychain. As the dynamic
// loader reports it (LD_DEBUG=files), over the real binaries.

#include "fakeservice.h"
#include "testdata.h"
#include "usagectlrunner.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("programs-token");

// The programs the loader mapped a library for ("needed by PATH"), by the
// library's name.
QStringList neededBy(const QString &loaderLog, const QString &library)
{
    QStringList programs;
    for (const QString &line : loaderLog.split(QLatin1Char('\n'))) {
        if (!line.contains(QLatin1String("file=") + library))
            continue;
        const QString by =
            line.section(QLatin1String("needed by "), 1).section(QLatin1Char(' '), 0, 0);
        if (!by.isEmpty() && !programs.contains(by))
            programs.append(by);
    }
    return programs;
}

} // namespace

class TestUsagectlPrograms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<FakeService> m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.namespaces = 4;
        options.months = 3;
        options.until = QDate(2026, 11, 25);
        TestData::writeDemo(ConnectionSpec::parse(QStringLiteral("sqlite:") + m_db).value(),
                            options);
        m_sim = std::make_unique<FakeService>(m_db, QStringList{Token + QStringLiteral("=admin:*")},
                                              QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC));
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void whichProgram_data()
    {
        QTest::addColumn<QStringList>("args"); // {db}: the demo file, {api}: the service
        QTest::addColumn<bool>("network");     // run by usagectl-network
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err"); // what stderr starts with ("": anything)

        QTest::newRow("spend over SQLite")
            << QStringList{"--db", "{db}", "spend", "--region", "cn-north-1"} << false << 0 << "";
        QTest::newRow("a namespace's total over SQLite")
            << QStringList{"--db", "{db}", "usages", "total", "--namespace", "demo-team"} << false
            << 0 << "";
        QTest::newRow("MariaDB without TLS, unreachable")
            << QStringList{"--db", "mysql://uc@127.0.0.1:1/billing", "regions", "list"} << false
            << 1 << "usagectl: cannot reach the database server 127.0.0.1:1";
        QTest::newRow("the API") << QStringList{"--api", "{api}", "regions", "list"} << true << 0
                                 << "";
        QTest::newRow("the API, unreachable")
            << QStringList{"--api", "http://127.0.0.1:1", "regions", "list"} << true << 1
            << "usagectl: Could not connect to 127.0.0.1:1";
        QTest::newRow("MariaDB with tls=required, unreachable")
            << QStringList{"--db", "mysql://uc@127.0.0.1:1/billing?tls=required", "regions", "list"}
            << true << 1 << "usagectl: Could not connect to the database server 127.0.0.1:1";
        QTest::newRow("a saved report") << QStringList{"report", "run", "nothing-saved"} << true
                                        << 2 << "usagectl: no report is named \"nothing-saved\"";
        QTest::newRow("a line that does not parse stays")
            << QStringList{"--api"} << false << 2 << "usagectl: option --api needs a value";
    }

    void whichProgram()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, network);
        QFETCH(int, code);
        QFETCH(QString, err);
        for (QString &a : args) {
            a.replace(QLatin1String("{db}"), QStringLiteral("sqlite:") + m_db);
            a.replace(QLatin1String("{api}"), m_sim->usageApi().toString());
        }
        if (args.join(QLatin1Char(' ')).contains(QLatin1String("mysql://")) &&
            !QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
            QSKIP("no QMYSQL driver (libqt6sql6-mysql)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LD_DEBUG_OUTPUT")); // the loader's report on stderr
        env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        const UsagectlRun r = UsagectlRunner::run(args, env);
        QVERIFY2(r.code == code, qPrintable(r.err.right(2000)));
        QVERIFY2(!neededBy(r.err, QStringLiteral("libQt6Core.so")).isEmpty(),
                 "LD_DEBUG said nothing");

        const QStringList qtNetwork = neededBy(r.err, QStringLiteral("libQt6Network.so"));
        const QStringList keychain = neededBy(r.err, QStringLiteral("libqt6keychain.so"));
        if (network) {
            QCOMPARE(qtNetwork.size(), 1);
            QVERIFY2(qtNetwork.constFirst().endsWith(QLatin1String("/usagectl-network")),
                     qPrintable(qtNetwork.constFirst()));
            QCOMPARE(keychain, qtNetwork);
        } else {
            QVERIFY2(qtNetwork.isEmpty(), qPrintable(qtNetwork.join(QLatin1Char(' '))));
            QVERIFY2(keychain.isEmpty(), qPrintable(keychain.join(QLatin1Char(' '))));
            QVERIFY(!r.err.contains(QLatin1String("usagectl-network")));
        }
        // What the program said, without the loader's lines.
        QStringList said;
        for (const QString &line : r.err.split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.trimmed().front().isDigit())
                said.append(line);
        }
        const QString message = said.join(QLatin1Char('\n'));
        QVERIFY2(err.isEmpty() || message.startsWith(err), qPrintable(message));
        if (code == 0)
            QVERIFY(!r.out.isEmpty());
    }

    // The same regions whichever program asks (the service reads the file).
    void sameAnswerFromEither()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
        const UsagectlRun local = UsagectlRunner::run(
            {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("regions"), QStringLiteral("list")},
            env);
        const UsagectlRun remote = UsagectlRunner::run(
            {QStringLiteral("--api"), m_sim->usageApi().toString(), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("regions"), QStringLiteral("list")},
            env);
        QCOMPARE(local.code, 0);
        QCOMPARE(remote.code, 0);
        QVERIFY(local.out.contains(QLatin1String("cn-north-1")));
        QCOMPARE(remote.out, local.out);
    }
};

QTEST_GUILESS_MAIN(TestUsagectlPrograms)
#include "tst_usagectlprograms.moc"
