// Secrets never leak, and the right ones really work: every usagectl
// command, over a real MariaDB (--db) and over the fake service (--api), with
// a wrong and the right database password and API token, with Qt's logging
// at its default and at full debug. Each run must end with the exit code the
// credentials call for and, when they are right, print the data the database
// holds (read back here with plain SQL); stdout, stderr and every file
// written under a throw-away HOME are searched for the secrets.

#include "core/money.h"
#include "fakeservice.h"
#include "testdata.h"
#include "testdatabases.h"
#include "usagectlrunner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString WrongPassword = QStringLiteral("Wr0ng-Pa55word-7f3a");
const QString WrongToken = QStringLiteral("Wr0ng-T0ken-91bc");
const QString RightToken = QStringLiteral("R1ght-T0ken-5d2e");
const QString Region = QStringLiteral("cn-north-1");

// What the data holds, read with plain SQL.
struct Expected
{
    QString ns;          // a namespace with a consuming order in Region
    qint64 orderId = 0;  // its first consuming order
    int orders = 0;      // its paid orders in Region
    qint64 charges = 0;  // its charges in Region
    qint64 units = 0;    // their sum
    int plans = 0;       // active plans in Region
    QString volumePlan;  // an active volume plan there
    QString volumePrice; // its price, two decimals
};

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0).toLongLong();
}

Expected readExpected(const ConnectionSpec &spec)
{
    Expected e;
    {
        QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("expected"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT ID, ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 "
                                 "AND EVER_PAYED = 1 AND REGION = ? ORDER BY ID"));
        q.addBindValue(Region);
        if (!q.exec() || !q.next())
            qFatal("no consuming order in %s", qPrintable(Region));
        e.orderId = q.value(0).toLongLong();
        e.ns = q.value(1).toString();
        e.orders = int(scalar(db,
                              QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE "
                                             "EVER_PAYED = 1 AND REGION = ? AND ACCOUNT_ID = ?"),
                              {Region, e.ns}));
        e.charges = scalar(db,
                           QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE "
                                          "REGION = ? AND ACCOUNT_ID = ?"),
                           {Region, e.ns});
        e.units = scalar(db,
                         QStringLiteral("SELECT SUM(CONSUMING) FROM DF_CONSUMING_HISTORY WHERE "
                                        "REGION = ? AND ACCOUNT_ID = ?"),
                         {Region, e.ns});
        const QString activeInRegion = QStringLiteral(
            "FROM DF_PLAN P JOIN DF_PLAN_REGION R ON R.ID = P.REGION_ID WHERE P.STATUS = 'A' AND "
            "R.IDENTIFICATION = ?");
        e.plans = int(scalar(db, QStringLiteral("SELECT COUNT(*) ") + activeInRegion, {Region}));
        q.prepare(QStringLiteral("SELECT P.PLAN_ID, P.PRICE ") + activeInRegion +
                  QStringLiteral(" AND P.PLAN_TYPE = 'volume' ORDER BY P.ID"));
        q.addBindValue(Region);
        if (!q.exec() || !q.next())
            qFatal("no volume plan in %s", qPrintable(Region));
        e.volumePlan = q.value(0).toString();
        e.volumePrice = QString::number(q.value(1).toDouble(), 'f', 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("expected"));
    return e;
}

QString yuan4(qint64 units)
{
    return QStringLiteral("%1%2.%3")
        .arg(units < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(units) / 10000)
        .arg(qAbs(units) % 10000, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    ConnectionSpec m_sqlite;
    ConnectionSpec m_maria;
    std::unique_ptr<FakeService> m_sim;
    Expected m_expected;

    UsagectlRun run(const QStringList &args, const QString &password, const QString &token,
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
        return UsagectlRunner::run(args, env);
    }

    QString mariaUrl(const QString &database) const
    {
        return QStringLiteral("mysql://%1@127.0.0.1:%2/%3")
            .arg(m_maria.user)
            .arg(m_maria.port)
            .arg(database);
    }

    // What a successful run must have printed (JSON), by command.
    void checkOutput(const QString &check, const QString &out)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8());
        const QJsonArray rows = doc.array();
        const Expected &e = m_expected;
        if (check == QLatin1String("orders")) {
            QCOMPARE(rows.size(), e.orders);
        } else if (check == QLatin1String("show")) {
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).toObject().value(QLatin1String("id")).toInteger(), e.orderId);
        } else if (check == QLatin1String("usages")) {
            QCOMPARE(rows.size(), 5);
        } else if (check == QLatin1String("total")) {
            QCOMPARE(doc.object().value(QLatin1String("charges")).toInteger(), e.charges);
            // REST amounts are float32 on the wire (SPEC §4.1): the demo's
            // charges are below 2^24 units, where that step is exact.
            QCOMPARE(doc.object().value(QLatin1String("total")).toString(), yuan4(e.units));
        } else if (check == QLatin1String("spend")) {
            Money sum;
            for (const QJsonValue &v : rows)
                sum +=
                    Money::fromDecimalString(v.toObject().value(QLatin1String("amount")).toString())
                        .value_or(Money::fromUnits(INT64_MIN / 2));
            QCOMPARE(sum.units(), e.units);
        } else if (check == QLatin1String("plans")) {
            QCOMPARE(rows.size(), e.plans);
        } else if (check == QLatin1String("quote")) {
            // A volume replaces nothing: the price is due.
            QCOMPARE(doc.object().value(QLatin1String("due")).toString(), e.volumePrice);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto server = TestDatabases::mariadbServer();
        if (!server)
            QSKIP("needs the MariaDB fixture: run through ctest");
        QVERIFY(m_home.isValid());
        const DemoOptions options = TestData::demo(4, 3, QDate(2026, 11, 25));
        m_sqlite.path = m_home.filePath(QStringLiteral("demo.db"));
        TestData::writeDemo(m_sqlite, options);
        m_maria = TestDatabases::createMariaDbDatabase(QStringLiteral("secrets"));
        TestData::writeDemo(m_maria, options);
        m_expected = readExpected(m_sqlite);
        // The same rows in both: what the MariaDB runs print is checked
        // against the same figures.
        const Expected maria = readExpected(m_maria);
        QCOMPARE(maria.ns, m_expected.ns);
        QCOMPARE(maria.charges, m_expected.charges);
        QCOMPARE(maria.units, m_expected.units);
        QVERIFY(m_expected.charges >= 5);

        m_sim = std::make_unique<FakeService>(m_sqlite.path,
                                              QStringList{RightToken + QStringLiteral("=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void cleanupTestCase()
    {
        m_sim.reset();
        if (!m_maria.database.isEmpty())
            TestDatabases::dropMariaDbDatabase(m_maria);
    }

    void nothingLeaks_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("check");
        const QStringList filter{QStringLiteral("--region"), Region, QStringLiteral("--namespace"),
                                 m_expected.ns};
        const QList<std::tuple<const char *, QStringList, QString>> commands = {
            {"orders list", QStringList{QStringLiteral("orders"), QStringLiteral("list")} + filter,
             QStringLiteral("orders")},
            {"orders show",
             {QStringLiteral("orders"), QStringLiteral("show"), QString::number(m_expected.orderId),
              QStringLiteral("--namespace"), m_expected.ns},
             QStringLiteral("show")},
            {"usages list",
             QStringList{QStringLiteral("usages"), QStringLiteral("list"),
                         QStringLiteral("--limit"), QStringLiteral("5")} +
                 filter,
             QStringLiteral("usages")},
            {"usages total",
             QStringList{QStringLiteral("usages"), QStringLiteral("total")} + filter,
             QStringLiteral("total")},
            {"spend", QStringList{QStringLiteral("spend")} + filter, QStringLiteral("spend")},
            {"plans list",
             {QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("--region"), Region},
             QStringLiteral("plans")},
            {"quote",
             QStringList{QStringLiteral("quote"), QStringLiteral("--plan"), m_expected.volumePlan,
                         QStringLiteral("--resource-name"), QStringLiteral("secret-test")} +
                 filter,
             QStringLiteral("quote")},
            {"cancel, read-only",
             {QStringLiteral("--read-only"), QStringLiteral("orders"), QStringLiteral("cancel"),
              QString::number(m_expected.orderId), QStringLiteral("--yes")},
             QStringLiteral("cancel")},
        };
        for (const char *target : {"db", "api"}) {
            for (const auto &[name, command, check] : commands)
                QTest::addRow("%s: %s", target, name)
                    << QString::fromLatin1(target) << command << check;
        }
    }

    void nothingLeaks()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, command);
        QFETCH(QString, check);
        const bool overDb = target == QLatin1String("db");
        const QStringList where =
            overDb ? QStringList{QStringLiteral("--db"), mariaUrl(m_maria.database)}
                   : QStringList{QStringLiteral("--api"), m_sim->usageApi().toString()};
        const QStringList secrets{WrongPassword, WrongToken, RightToken, m_maria.password};
        for (bool debug : {false, true}) {
            for (const QString &password : {WrongPassword, m_maria.password}) {
                for (const QString &token : {WrongToken, RightToken}) {
                    const UsagectlRun r = run(
                        where + QStringList{QStringLiteral("--format"), QStringLiteral("json")} +
                            command,
                        password, token, debug);
                    const QString what =
                        QStringLiteral("%1 password, %2 token%3: exit %4\n%5%6")
                            .arg(password == WrongPassword ? QStringLiteral("wrong")
                                                           : QStringLiteral("right"),
                                 token == WrongToken ? QStringLiteral("wrong")
                                                     : QStringLiteral("right"),
                                 debug ? QStringLiteral(", debug logging") : QString())
                            .arg(r.code)
                            .arg(r.out.left(300), r.err.left(2000));
                    for (const QString &secret : secrets)
                        QVERIFY2(!(r.out + r.err).contains(secret),
                                 qPrintable(secret + QStringLiteral(" leaked: ") + what));

                    // The exit code the credentials call for.
                    const bool rightCredentials =
                        overDb ? password == m_maria.password : token == RightToken;
                    if (check == QLatin1String("cancel")) {
                        // Refused before anything is asked of the data.
                        QVERIFY2(r.code == 3, qPrintable(what));
                        QVERIFY2(r.err.contains(QLatin1String("--read-only")), qPrintable(what));
                    } else if (rightCredentials || (check == QLatin1String("plans") && !overDb)) {
                        // The plan service asks for no token.
                        QVERIFY2(r.code == 0, qPrintable(what));
                        checkOutput(check, r.out);
                    } else {
                        QVERIFY2(r.code == 1, qPrintable(what));
                        QVERIFY2(r.out.isEmpty(), qPrintable(what));
                        QVERIFY2(r.err.contains(overDb ? QLatin1String("wrong password")
                                                       : QLatin1String("auth failed")),
                                 qPrintable(what));
                    }
                }
            }
        }
    }

    void mariadbWithoutTheTables()
    {
        // The right password to a database of the server without the
        // service's tables: connected, and said so.
        const UsagectlRun r = run(
            {QStringLiteral("--db"), mariaUrl(QStringLiteral("mysql")), QStringLiteral("spend")},
            m_maria.password, RightToken, false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no usage-service tables")), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_maria.password));
    }

    void noFileHoldsASecret()
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.fileName() == m_sqlite.path || !f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = f.readAll();
            for (const QString &secret : {WrongPassword, WrongToken, RightToken, m_maria.password})
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        qInfo("%d files written under HOME checked", files);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
