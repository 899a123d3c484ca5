// usagectl report list / report run: reports saved in the window's settings
// file (written here as the window writes it) run on their own profile and
// print exactly what the command with the same filters prints; a report
// whose profile or region has gone says so and prints nothing.

#include "demo/demodatagenerator.h"
#include "profiles/profilestore.h"
#include "profiles/reportstore.h"
#include "testdatabases.h"
#include "usagectlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestUsageCtlReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
    std::optional<ConnectionSpec> m_mariadb;

    // The settings file the window keeps (XDG_CONFIG_HOME/UsageConsole/...).
    QString settingsPath() const
    {
        return m_dir.filePath(
            QStringLiteral("config/%1/%2.conf")
                .arg(ProfileStore::organizationName(), ProfileStore::windowApplicationName()));
    }

    void save(SavedReport report)
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ReportStore(&settings).save(report);
    }

    static SavedReport report(const char *name, SavedReport::Tab tab,
                              const QString &profile = QStringLiteral("demo"))
    {
        SavedReport r;
        r.name = QString::fromUtf8(name);
        r.profileId = profile;
        r.tab = tab;
        r.zoneId = QStringLiteral("Asia/Shanghai");
        return r;
    }

    UsagectlRun usagectl(const QStringList &args,
                         const QProcessEnvironment &extra = QProcessEnvironment()) const
    {
        QProcessEnvironment env = m_env;
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        return UsagectlRunner::run(args, env);
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.remove(QStringLiteral("USAGECTL_DB_PASSWORD"));
        m_env.remove(QStringLiteral("USAGECTL_TOKEN"));
        // No keychain to ask: the password must come from the environment.
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));

        // Nothing saved yet: the header alone.
        const UsagectlRun none = usagectl({QStringLiteral("report"), QStringLiteral("list")});
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.startsWith(QLatin1String("NAME")), qPrintable(none.out));
        QCOMPARE(none.out.count(QLatin1Char('\n')), 2);

        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.namespaces = 10;
        options.months = 12;
        options.until = QDate(2026, 11, 25);
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_db;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("gen"));
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));

        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        profiles.save(ProfileStore::demoProfile(m_db));
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("ctlreport"));
            {
                QSqlDatabase db = TestDatabases::openRaw(*m_mariadb, QStringLiteral("genm"));
                QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            }
            QSqlDatabase::removeDatabase(QStringLiteral("genm"));
            Profile p;
            p.id = QStringLiteral("maria");
            p.name = QStringLiteral("MariaDB");
            p.kind = Profile::Kind::Mysql;
            p.host = m_mariadb->host;
            p.port = m_mariadb->port;
            p.user = m_mariadb->user;
            p.database = m_mariadb->database;
            profiles.save(p);
        }

        SavedReport jan = report("Charges January", SavedReport::Tab::Usages);
        jan.region = QStringLiteral("cn-north-1");
        jan.namespaces = {QStringLiteral("data-platform"), QStringLiteral("demo-team")};
        jan.period = SavedReport::Period::Fixed;
        jan.from = QDate(2026, 1, 1);
        jan.to = QDate(2026, 1, 31);
        save(jan);
        SavedReport last = report("Last month", SavedReport::Tab::Usages);
        last.zoneId = QStringLiteral("UTC");
        last.period = SavedReport::Period::PreviousMonth;
        save(last);
        // "Shanghai" is no zone (Qt would take it as UTC under that name).
        SavedReport noZone = report("No zone", SavedReport::Tab::Usages);
        noZone.zoneId = QStringLiteral("Shanghai");
        save(noZone);
        SavedReport orders = report("Consuming orders", SavedReport::Tab::Orders);
        orders.status = StatusFilter::Consuming;
        save(orders);
        SavedReport spend = report("Spend Q1", SavedReport::Tab::Spend);
        spend.region = QStringLiteral("cn-north-1");
        spend.period = SavedReport::Period::Fixed;
        spend.from = QDate(2026, 1, 1);
        spend.to = QDate(2026, 3, 1);
        save(spend);
        SavedReport plans = report("Volume plans", SavedReport::Tab::Plans);
        plans.planType = PlanType::Volume;
        plans.allVersions = true;
        save(plans);
        // A value that is an option's name: the command must not read it as one.
        SavedReport dashed = report("Dashed resource", SavedReport::Tab::Orders);
        dashed.resourceName = QStringLiteral("--all-versions");
        save(dashed);
        save(report("Gone profile", SavedReport::Tab::Usages, QStringLiteral("deleted-id")));
        SavedReport region = report("Gone region", SavedReport::Tab::Orders);
        region.region = QStringLiteral("cn-south-9");
        save(region);
        if (m_mariadb) {
            SavedReport maria = jan;
            maria.name = QStringLiteral("MariaDB January");
            maria.profileId = QStringLiteral("maria");
            save(maria);
        }
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void runsAsTheCommand_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("format");
        const QString db = QStringLiteral("sqlite:") + m_db;
        const QStringList shanghai{QStringLiteral("--db"), db, QStringLiteral("--tz"),
                                   QStringLiteral("Asia/Shanghai")};
        QTest::newRow("usages, fixed days, csv")
            << QStringLiteral("Charges January")
            << (shanghai + QStringList{QStringLiteral("usages"), QStringLiteral("list"),
                                       QStringLiteral("--region"), QStringLiteral("cn-north-1"),
                                       QStringLiteral("--namespace"),
                                       QStringLiteral("data-platform,demo-team"),
                                       QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                       QStringLiteral("--to"), QStringLiteral("2026-01-31")})
            << QStringLiteral("csv");
        // The month before this one, in the report's zone (UTC).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        QTest::newRow("usages, the previous month")
            << QStringLiteral("Last month")
            << QStringList{QStringLiteral("--db"),
                           db,
                           QStringLiteral("--tz"),
                           QStringLiteral("UTC"),
                           QStringLiteral("usages"),
                           QStringLiteral("list"),
                           QStringLiteral("--from"),
                           first.toString(Qt::ISODate),
                           QStringLiteral("--to"),
                           first.addMonths(1).addDays(-1).toString(Qt::ISODate)}
            << QStringLiteral("csv");
        QTest::newRow("orders, json")
            << QStringLiteral("Consuming orders")
            << (shanghai + QStringList{QStringLiteral("orders"), QStringLiteral("list"),
                                       QStringLiteral("--status"), QStringLiteral("consuming")})
            << QStringLiteral("json");
        QTest::newRow("spend, whole months, table")
            << QStringLiteral("Spend Q1")
            << (shanghai + QStringList{QStringLiteral("spend"), QStringLiteral("--region"),
                                       QStringLiteral("cn-north-1"), QStringLiteral("--from"),
                                       QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                                       QStringLiteral("2026-03-31")})
            << QString();
        QTest::newRow("plans") << QStringLiteral("Volume plans")
                               << (shanghai +
                                   QStringList{QStringLiteral("plans"), QStringLiteral("list"),
                                               QStringLiteral("--type"), QStringLiteral("volume"),
                                               QStringLiteral("--all-versions")})
                               << QStringLiteral("csv");
    }

    void runsAsTheCommand()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, command);
        QFETCH(QString, format);
        QStringList formatArgs;
        if (!format.isEmpty())
            formatArgs << QStringLiteral("--format") << format;
        const UsagectlRun direct = usagectl(formatArgs + command);
        QCOMPARE(direct.code, 0);
        QVERIFY(direct.out.count(QLatin1Char('\n')) > 2);
        const UsagectlRun run = usagectl(
            formatArgs + QStringList{QStringLiteral("report"), QStringLiteral("run"), name});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, direct.out);
        // It says what it runs, on which profile.
        QVERIFY2(run.err.contains(QStringLiteral("report \"%1\" on profile \"Demo\"").arg(name)),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(command.mid(4).join(QLatin1Char(' '))), qPrintable(run.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("err");
        const QString run = QStringLiteral("run");
        QTest::newRow("profile gone")
            << QStringList{QStringLiteral("report"), run, QStringLiteral("Gone profile")} << 1
            << QStringLiteral("was saved on a profile that no longer exists (id deleted-id): it "
                              "is not run on another connection");
        QTest::newRow("region gone")
            << QStringList{QStringLiteral("report"), run, QStringLiteral("Gone region")} << 1
            << QStringLiteral("is on region cn-south-9, which profile \"Demo\" no longer has: it "
                              "is not run");
        QTest::newRow("no such report")
            << QStringList{QStringLiteral("report"), run, QStringLiteral("Nope")} << 2
            << QStringLiteral("no report is named \"Nope\"");
        QTest::newRow("no name") << QStringList{QStringLiteral("report"), run} << 2
                                 << QStringLiteral("usage: usagectl report run NAME");
        QTest::newRow("a database besides")
            << QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db,
                           QStringLiteral("report"), run, QStringLiteral("Volume plans")}
            << 2 << QStringLiteral("a report runs on the profile it was saved with");
        QTest::newRow("a zone that is no zone")
            << QStringList{QStringLiteral("report"), run, QStringLiteral("No zone")} << 2
            << QStringLiteral("usagectl: unknown time zone \"Shanghai\"");
        QTest::newRow("a typo") << QStringList{QStringLiteral("report"), QStringLiteral("rnu")} << 2
                                << QStringLiteral("unknown command \"report rnu\"");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, err);
        const UsagectlRun r = usagectl(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("%1: %2").arg(r.code).arg(r.err)));
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(err), qPrintable(r.err));
    }

    void list()
    {
        const UsagectlRun r = usagectl({QStringLiteral("--format"), QStringLiteral("json"),
                                        QStringLiteral("report"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QJsonArray reports = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(reports.size(), m_mariadb ? 10 : 9);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : reports)
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        const QJsonObject jan = byName.value(QStringLiteral("Charges January"));
        QCOMPARE(jan.value(QStringLiteral("profile")).toString(), QStringLiteral("Demo"));
        QCOMPARE(jan.value(QStringLiteral("tab")).toString(), QStringLiteral("usages"));
        QCOMPARE(jan.value(QStringLiteral("period")).toString(), QStringLiteral("fixed"));
        QCOMPARE(jan.value(QStringLiteral("command")).toString(),
                 QStringLiteral("usages list --region cn-north-1 --namespace "
                                "data-platform,demo-team --from 2026-01-01 --to 2026-01-31"));
        QVERIFY(
            byName.value(QStringLiteral("Gone profile")).value(QStringLiteral("profile")).isNull());
    }

    void valueThatIsAnOptionsName()
    {
        const QStringList command{QStringLiteral("orders"), QStringLiteral("list"),
                                  QStringLiteral("--resource-name=--all-versions")};
        const UsagectlRun direct =
            usagectl(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + m_db,
                                 QStringLiteral("--tz"), QStringLiteral("Asia/Shanghai")} +
                     command);
        QVERIFY2(direct.code == 0, qPrintable(direct.err));
        const UsagectlRun run = usagectl(
            {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("Dashed resource")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, direct.out);
        QVERIFY2(run.err.contains(command.join(QLatin1Char(' '))), qPrintable(run.err));
    }

    void mariadbProfile()
    {
        if (!m_mariadb)
            QSKIP("no MariaDB fixture (run through ctest)");
        // No keychain here and no password in the environment: it says how.
        const UsagectlRun refused = usagectl(
            {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("MariaDB January")});
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.out, QString());
        QVERIFY2(refused.err.contains(QLatin1String("set USAGECTL_DB_PASSWORD")),
                 qPrintable(refused.err));
        QProcessEnvironment password;
        password.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_mariadb->password);
        const UsagectlRun run =
            usagectl({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("report"),
                      QStringLiteral("run"), QStringLiteral("MariaDB January")},
                     password);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const UsagectlRun fromSqlite =
            usagectl({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("report"),
                      QStringLiteral("run"), QStringLiteral("Charges January")});
        QCOMPARE(run.out, fromSqlite.out); // the same data in both
        QVERIFY(!run.err.contains(m_mariadb->password));
    }
};

QTEST_MAIN(TestUsageCtlReport)
#include "tst_usagectlreport.moc"
