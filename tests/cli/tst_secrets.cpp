// Secrets never leak: every usagectl command run with a wrong and a right
// database password and API token, with Qt's logging at its default and at
// full debug; stdout, stderr and every file written under a throw-away HOME
// are searched for the secrets.

#include "demo/demodatagenerator.h"
#include "testdatabases.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString wrongPassword = QStringLiteral("Wr0ng-Pa55word-7f3a");
const QString wrongToken = QStringLiteral("Wr0ng-T0ken-91bc");
const QString rightToken = QStringLiteral("R1ght-T0ken-5d2e");
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_db;
    QProcess m_sim;
    QString m_api;

    QByteArray run(const QStringList &args, const QString &password, const QString &token,
                   bool debugLogging)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), password);
        env.insert(QStringLiteral("USAGECTL_TOKEN"), token);
        if (debugLogging)
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(TestPaths::program(QStringLiteral("usagectl")), args);
        if (!p.waitForFinished(60000))
            qFatal("usagectl hung");
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("demo.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            DemoOptions options;
            options.namespaces = 4;
            options.months = 3;
            options.until = QDate(2026, 11, 25);
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        m_sim.start(TestPaths::program(QStringLiteral("usage-service-sim")),
                    {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--token"), rightToken + QStringLiteral("=admin:*"),
                     QStringLiteral("--bsi-delay-ms"), QStringLiteral("0")});
        QVERIFY(m_sim.waitForReadyRead(20000));
        const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)"))
                           .match(QString::fromUtf8(m_sim.readAllStandardOutput()));
        QVERIFY(m.hasMatch());
        m_api = QStringLiteral("http://127.0.0.1:%1/usageapi/v1").arg(m.captured(1));
    }

    void cleanupTestCase()
    {
        m_sim.kill();
        m_sim.waitForFinished();
    }

    void nothingLeaks_data()
    {
        QTest::addColumn<QStringList>("command");
        const QStringList region{QStringLiteral("--region"), QStringLiteral("cn-north-1")};
        QTest::newRow("orders list")
            << (QStringList{QStringLiteral("orders"), QStringLiteral("list")} + region);
        QTest::newRow("orders show")
            << QStringList{QStringLiteral("orders"), QStringLiteral("show"), QStringLiteral("1")};
        QTest::newRow("usages list")
            << (QStringList{QStringLiteral("usages"), QStringLiteral("list"),
                            QStringLiteral("--limit"), QStringLiteral("5")} +
                region);
        QTest::newRow("usages total")
            << (QStringList{QStringLiteral("usages"), QStringLiteral("total")} + region);
        QTest::newRow("spend") << (QStringList{QStringLiteral("spend")} + region);
        QTest::newRow("plans list")
            << (QStringList{QStringLiteral("plans"), QStringLiteral("list")} + region);
        QTest::newRow("quote") << (QStringList{QStringLiteral("quote"),
                                               QStringLiteral("--namespace"),
                                               QStringLiteral("ns-0001"), QStringLiteral("--plan"),
                                               QStringLiteral("res-c16m32")} +
                                   region);
        QTest::newRow("cancel") << QStringList{QStringLiteral("--read-only"),
                                               QStringLiteral("orders"), QStringLiteral("cancel"),
                                               QStringLiteral("1"), QStringLiteral("--yes")};
    }

    void nothingLeaks()
    {
        QFETCH(QStringList, command);
        const auto server = TestDatabases::mariadbServer();
        QList<QStringList> targets{{QStringLiteral("--api"), m_api}};
        if (server)
            targets.append({QStringLiteral("--db"), QStringLiteral("mysql://%1@127.0.0.1:%2/mysql")
                                                        .arg(server->user)
                                                        .arg(server->port)});
        for (const QStringList &target : targets) {
            for (bool debug : {false, true}) {
                for (const QString &password :
                     {wrongPassword, server ? server->password : wrongPassword}) {
                    for (const QString &token : {wrongToken, rightToken}) {
                        const QByteArray out = run(target + command, password, token, debug);
                        for (const QString &secret : {wrongPassword, wrongToken, rightToken,
                                                      server ? server->password : wrongPassword}) {
                            QVERIFY2(!out.contains(secret.toUtf8()),
                                     qPrintable(QStringLiteral("%1 leaked in: %2")
                                                    .arg(secret, QString::fromUtf8(out))));
                        }
                    }
                }
            }
        }
    }

    void noFileHoldsASecret()
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName() == m_db || !f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString &secret : {wrongPassword, wrongToken, rightToken})
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        qInfo("%d files written under HOME checked", files);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
