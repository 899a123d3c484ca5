// usagectl's finance reports end to end, the real binary over SQLite, MariaDB
// (when the fixture runs) and the fake REST service: spend --share,
// statement (its PDF read back with pdftotext), forecast, and their failures.

#include "fakeservice.h"
#include "pdftext.h"
#include "testdata.h"
#include "testdatabases.h"
#include "usagectlrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Run = UsagectlRun;

// QSKIP returns from the function it is in: a macro, not a helper.
#define NEED_SOURCE(source)                                                                        \
    if ((source) == QLatin1String("mariadb") && !m_mariadb)                                        \
    QSKIP("no MariaDB fixture (run through ctest)")

namespace {

const QString Token = QStringLiteral("reports-token");
const QDate Until(2026, 11, 25);

// Exact hundredths (the share's basis points) of "12.34" / "-0.50".
qint64 hundredths(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(-?)(\\d+)\\.(\\d\\d)$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        qFatal("not a number with two decimals: \"%s\"", qPrintable(text));
    const qint64 v = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? v : -v;
}

// Exact 1/10000 yuan of "12.3400".
qint64 units(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(-?)(\\d+)\\.(\\d{4})$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        qFatal("not an amount with four decimals: \"%s\"", qPrintable(text));
    const qint64 v = m.captured(2).toLongLong() * 10000 + m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? v : -v;
}

} // namespace

class TestUsagectlFinance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<FakeService> m_sim;
    std::optional<ConnectionSpec> m_mariadb;
    QStringList m_namespaces; // the demo's, for REST, which needs them named

    Run usagectl(const QStringList &args, const QString &source,
                 QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
    {
        QStringList all;
        if (source == QLatin1String("sqlite")) {
            all << QStringLiteral("--db") << QStringLiteral("sqlite:") + m_db;
        } else if (source == QLatin1String("mariadb")) {
            all << QStringLiteral("--db")
                << QStringLiteral("mysql://%1@127.0.0.1:%2/%3")
                       .arg(m_mariadb->user)
                       .arg(m_mariadb->port)
                       .arg(m_mariadb->database);
            env.insert(QStringLiteral("USAGECTL_DB_PASSWORD"), m_mariadb->password);
        } else if (source == QLatin1String("api")) {
            all << QStringLiteral("--api") << m_sim->usageApi().toString();
            env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
        }
        all << QStringLiteral("--tz") << QStringLiteral("Asia/Shanghai") << args;
        return UsagectlRunner::run(all, env);
    }

    void sources()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("mariadb") << "mariadb";
        QTest::newRow("api") << "api";
    }

    QJsonArray jsonArray(const Run &r)
    {
        if (r.code != 0)
            qFatal("usagectl failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase();
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void cleanupTestCase();
    void spendShares_data() { sources(); }
    void spendShares();
    void spendShareTable();
    void statementPdf_data() { sources(); }
    void statementPdf();
    void statementInChinese();
    void guiOnlyToDraw();
    void forecastCells_data() { sources(); }
    void forecastCells();
    void failures_data();
    void failures();
};

void TestUsagectlFinance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    DemoOptions options;
    options.namespaces = 8;
    options.months = 6;
    options.until = Until;
    TestData::writeDemo(ConnectionSpec::parse(QStringLiteral("sqlite:") + m_db).value(), options);
    m_namespaces = {QStringLiteral("finance-prod"), QStringLiteral("demo-team"),
                    QStringLiteral("data-platform"), QStringLiteral("web-frontend")};
    if (TestDatabases::mariadbServer()) {
        m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("reports"));
        TestData::writeDemo(*m_mariadb, options);
    }
    m_sim = std::make_unique<FakeService>(m_db, QStringList{Token + QStringLiteral("=admin:*")},
                                          QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC));
    QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
}

void TestUsagectlFinance::cleanupTestCase()
{
    if (m_mariadb)
        TestDatabases::dropMariaDbDatabase(*m_mariadb);
}

// Every cell has its share of the month; a month's shares add up to exactly
// 100.00, and each is the exact percent to within 0.01.
void TestUsagectlFinance::spendShares()
{
    QFETCH(QString, source);
    NEED_SOURCE(source);
    const QStringList args{QStringLiteral("--format"),    QStringLiteral("json"),
                           QStringLiteral("spend"),       QStringLiteral("--share"),
                           QStringLiteral("--region"),    QStringLiteral("cn-north-1"),
                           QStringLiteral("--namespace"), m_namespaces.join(QLatin1Char(','))};
    const QJsonArray cells = jsonArray(usagectl(args, source));
    QVERIFY(cells.size() > 10);
    QMap<QString, qint64> shareSums, totals;
    for (const QJsonValue &v : cells) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.keys(), (QStringList{"amount", "charges", "month", "namespace", "share"}));
        totals[c.value(QStringLiteral("month")).toString()] +=
            units(c.value(QStringLiteral("amount")).toString());
    }
    for (const QJsonValue &v : cells) {
        const QJsonObject c = v.toObject();
        const QString month = c.value(QStringLiteral("month")).toString();
        const qint64 total = totals.value(month);
        if (total == 0) {
            QVERIFY(c.value(QStringLiteral("share")).isNull());
            continue;
        }
        const qint64 share = hundredths(c.value(QStringLiteral("share")).toString());
        shareSums[month] += share;
        // |share - amount / total x 10000| < 1, in integers.
        const qint64 exact = units(c.value(QStringLiteral("amount")).toString()) * 10000;
        QVERIFY2(qAbs(share * total - exact) < qAbs(total),
                 qPrintable(QStringLiteral("%1 %2: share %3")
                                .arg(month, c.value(QStringLiteral("namespace")).toString())
                                .arg(share)));
    }
    for (auto it = shareSums.cbegin(); it != shareSums.cend(); ++it)
        QCOMPARE(it.value(), qint64(10000));
    // Without --share, no share.
    QStringList plain = args;
    plain.removeAll(QStringLiteral("--share"));
    QVERIFY(!jsonArray(usagectl(plain, source)).first().toObject().contains("share"));
}

// The table and CSV get a "%" column per namespace; the TOTAL row holds
// each namespace's share of the whole period.
void TestUsagectlFinance::spendShareTable()
{
    const Run r = usagectl({QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("spend"), QStringLiteral("--share"),
                            QStringLiteral("--namespace"), m_namespaces.join(QLatin1Char(','))},
                           QStringLiteral("sqlite"));
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.trimmed().split(QStringLiteral("\r\n"));
    const QStringList header = lines.first().split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("MONTH"));
    QCOMPARE(header.last(), QStringLiteral("TOTAL"));
    QCOMPARE(header.size(), 2 + 2 * m_namespaces.size());
    for (int i = 1; i + 1 < header.size(); i += 2)
        QCOMPARE(header.at(i + 1), header.at(i) + QStringLiteral(" %"));
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(','));
        qint64 sum = 0;
        for (int i = 2; i + 1 < fields.size(); i += 2)
            sum += fields.at(i).isEmpty() ? 0 : hundredths(fields.at(i));
        QVERIFY2(sum == 10000, qPrintable(line));
    }
    QVERIFY(lines.last().startsWith(QLatin1String("TOTAL,")));
}

// The PDF says who, when, which regions and zone; one line per order; the
// total equals spend's, and it reads back, Chinese plan names included.
void TestUsagectlFinance::statementPdf()
{
    QFETCH(QString, source);
    NEED_SOURCE(source);
    const QString ns = QStringLiteral("finance-prod");
    const QString month = QStringLiteral("2026-10");
    const QString pdf = m_dir.filePath(source + QStringLiteral(".pdf"));
    const QStringList args{QStringLiteral("statement"),
                           QStringLiteral("--namespace"),
                           ns,
                           QStringLiteral("--month"),
                           month,
                           QStringLiteral("--out"),
                           pdf};
    const Run made = usagectl(args, source);
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QVERIFY2(made.out.startsWith(QStringLiteral("Wrote ") + pdf), qPrintable(made.out));

    const Run json = usagectl(
        QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args.mid(0, 5), source);
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject s = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(s.value(QStringLiteral("namespace")).toString(), ns);
    QCOMPARE(s.value(QStringLiteral("month")).toString(), month);
    QCOMPARE(s.value(QStringLiteral("zone")).toString(), QStringLiteral("Asia/Shanghai"));
    QCOMPARE(s.value(QStringLiteral("regions")).toArray().size(), 2); // the regions charged
    QCOMPARE(s.value(QStringLiteral("order_keys_known")).toBool(), source != QLatin1String("api"));
    const QJsonArray lines = s.value(QStringLiteral("lines")).toArray();
    QVERIFY(lines.size() >= 2);

    // The total is spend's, to the 1/10000 yuan, region by region too.
    qint64 total = 0;
    for (const QJsonValue &sub : s.value(QStringLiteral("subtotals")).toArray()) {
        const QString region = sub.toObject().value(QStringLiteral("region")).toString();
        const QJsonArray spend = jsonArray(
            usagectl({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("spend"),
                      QStringLiteral("--region"), region, QStringLiteral("--namespace"), ns,
                      QStringLiteral("--from"), month + QStringLiteral("-01"),
                      QStringLiteral("--to"), month + QStringLiteral("-31")},
                     source));
        QCOMPARE(spend.size(), 1);
        QCOMPARE(sub.toObject().value(QStringLiteral("amount")).toString(),
                 spend.first().toObject().value(QStringLiteral("amount")).toString());
        total += units(spend.first().toObject().value(QStringLiteral("amount")).toString());
    }
    QCOMPARE(units(s.value(QStringLiteral("total")).toString()), total);
    qint64 lineSum = 0;
    for (const QJsonValue &l : lines)
        lineSum += units(l.toObject().value(QStringLiteral("amount")).toString());
    QCOMPARE(lineSum, total);

    const QString text = PdfText::read(pdf);
    for (const QString &expected :
         {ns, month, QStringLiteral("Asia/Shanghai"), QStringLiteral("cn-north-1"),
          QStringLiteral("Monthly statement"), QStringLiteral("Total"),
          QLocale(QLocale::English).toString(double(total) / 10000.0, 'f', 2)})
        QVERIFY2(text.contains(PdfText::bare(expected)),
                 qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    bool chinese = false;
    for (const QJsonValue &l : lines) {
        const QJsonObject line = l.toObject();
        QVERIFY2(text.contains(line.value(QStringLiteral("order_id")).toString()),
                 qPrintable(line.value(QStringLiteral("order_id")).toString()));
        const QString name = line.value(QStringLiteral("plan_name")).toString();
        QVERIFY2(text.contains(PdfText::bare(name)),
                 qPrintable(name + QStringLiteral(" missing in:\n") + text));
        chinese =
            chinese || name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
    }
    QVERIFY2(chinese, "the test needs a Chinese plan name on the statement");
    // The CJK font travels with the file.
    const QString fonts = PdfText::fonts(pdf);
    QVERIFY2(fonts.contains(QLatin1String("CJK")), qPrintable(fonts));
    for (const QString &row : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!row.trimmed().isEmpty())
            QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row)); // embedded
    }
}

// Under a Chinese locale the same statement is made; the amounts agree.
void TestUsagectlFinance::statementInChinese()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    const QString pdf = m_dir.filePath(QStringLiteral("zh.pdf"));
    const Run r = usagectl({QStringLiteral("statement"), QStringLiteral("--namespace"),
                            QStringLiteral("demo-team"), QStringLiteral("--month"),
                            QStringLiteral("2026-09"), QStringLiteral("--region"),
                            QStringLiteral("cn-north-1"), QStringLiteral("--out"), pdf},
                           QStringLiteral("sqlite"), env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString total = r.out.section(QStringLiteral("total "), 1).trimmed();
    const QString text = PdfText::read(pdf);
    QVERIFY2(text.contains(QStringLiteral("demo-team")), qPrintable(text));
    QVERIFY2(
        text.contains(QLocale(QLocale::Chinese, QLocale::China).toString(total.toDouble(), 'f', 2)),
        qPrintable(total + QStringLiteral(" missing in:\n") + text));
}

// Only `statement` (in usagectl-documents) loads Qt Gui: every other command
// starts without it and what it pulls in (as the dynamic loader reports).
void TestUsagectlFinance::guiOnlyToDraw()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const QString gui = QStringLiteral("libQt6Gui.so");
    // A namespace named like the command is no statement.
    for (const QStringList &command :
         {QStringList{QStringLiteral("spend"), QStringLiteral("--region"),
                      QStringLiteral("cn-north-1")},
          QStringList{QStringLiteral("usages"), QStringLiteral("total"),
                      QStringLiteral("--namespace"), QStringLiteral("statement")}}) {
        const Run r = usagectl(command, QStringLiteral("sqlite"), env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("libQt6Core.so")), "LD_DEBUG said nothing");
        QVERIFY2(!r.err.contains(gui), qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY(!r.err.contains(QLatin1String("usagectl-documents")));
    }
    const QString pdf = m_dir.filePath(QStringLiteral("gui.pdf"));
    const Run statement = usagectl({QStringLiteral("statement"), QStringLiteral("--namespace"),
                                    QStringLiteral("demo-team"), QStringLiteral("--month"),
                                    QStringLiteral("2026-09"), QStringLiteral("--out"), pdf},
                                   QStringLiteral("sqlite"), env);
    QCOMPARE(statement.code, 0);
    // Qt Gui loaded for the program that draws, not for usagectl.
    QVERIFY(statement.err.contains(QLatin1String("needed by ")));
    bool guiForDocuments = false;
    for (const QString &line : statement.err.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("file=") + gui) &&
            line.contains(QLatin1String("needed by "))) {
            QVERIFY2(line.contains(QLatin1String("usagectl-documents")), qPrintable(line));
            guiForDocuments = true;
        }
    }
    QVERIFY(guiForDocuments);
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

// The JSON cells have exactly the fields of the issue, add up, and are the
// same over every backend (the figures themselves: tst_forecast).
void TestUsagectlFinance::forecastCells()
{
    QFETCH(QString, source);
    NEED_SOURCE(source);
    const QJsonArray cells = jsonArray(
        usagectl({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("forecast"),
                  QStringLiteral("--region"), QStringLiteral("cn-north-1"),
                  QStringLiteral("--namespace"), m_namespaces.join(QLatin1Char(',')),
                  QStringLiteral("--month"), QStringLiteral("2026-11,2026-12")},
                 source));
    QVERIFY(cells.size() >= 4);
    QSet<QString> months;
    qint64 renewals = 0;
    for (const QJsonValue &v : cells) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.keys(),
                 (QStringList{"amount", "at_risk", "month", "namespace", "renewals", "written"}));
        QVERIFY(m_namespaces.contains(c.value(QStringLiteral("namespace")).toString()));
        months.insert(c.value(QStringLiteral("month")).toString());
        const qint64 written = units(c.value(QStringLiteral("written")).toString());
        const qint64 renew = units(c.value(QStringLiteral("renewals")).toString());
        QCOMPARE(units(c.value(QStringLiteral("amount")).toString()), written + renew);
        const qint64 risk = units(c.value(QStringLiteral("at_risk")).toString());
        QVERIFY(risk >= 0 && risk <= renew);
        renewals += renew;
    }
    QCOMPARE(months, (QSet<QString>{"2026-11", "2026-12"}));
    QVERIFY(renewals > 0);
    if (source != QLatin1String("sqlite")) {
        const QJsonArray local = jsonArray(usagectl(
            {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("forecast"),
             QStringLiteral("--region"), QStringLiteral("cn-north-1"),
             QStringLiteral("--namespace"), m_namespaces.join(QLatin1Char(',')),
             QStringLiteral("--month"), QStringLiteral("2026-11,2026-12")},
            QStringLiteral("sqlite")));
        QCOMPARE(cells, local);
    }
    // The table has a TOTAL row per month.
    const Run table = usagectl({QStringLiteral("forecast"), QStringLiteral("--region"),
                                QStringLiteral("cn-north-1"), QStringLiteral("--month"),
                                QStringLiteral("2026-12")},
                               source == QLatin1String("api") ? QStringLiteral("sqlite") : source);
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith(QLatin1String("MONTH")));
    QCOMPARE(table.out.count(QLatin1String("TOTAL")), 1);
}

void TestUsagectlFinance::failures_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/nonexistent-dir/x.pdf");
    QTest::newRow("statement without namespace")
        << "sqlite" << QStringList{"statement", "--month", "2026-10"} << 2 << "one --namespace";
    QTest::newRow("statement with two namespaces")
        << "sqlite" << QStringList{"statement", "--namespace", "a,b", "--month", "2026-10"} << 2
        << "one --namespace";
    QTest::newRow("statement without month")
        << "sqlite" << QStringList{"statement", "--namespace", "demo-team"} << 2 << "one --month";
    QTest::newRow("bad month") << "sqlite" << QStringList{"forecast", "--month", "2026-13"} << 2
                               << "--month must be a month as YYYY-MM";
    QTest::newRow("typo in the command")
        << "sqlite" << QStringList{"forcast"} << 2 << "unknown command \"forcast\"";
    QTest::newRow("typo in an option")
        << "sqlite" << QStringList{"forecast", "--monht", "x"} << 2 << "unknown option --monht";
    QTest::newRow("share is spend's")
        << "sqlite" << QStringList{"forecast", "--share"} << 2 << "forecast does not take --share";
    QTest::newRow("unwritable pdf")
        << "sqlite"
        << QStringList{"statement", "--namespace", "demo-team", "--month", "2026-10", "--out", out}
        << 1 << "Cannot write";
    QTest::newRow("unreachable service")
        << "unreachable" << QStringList{"forecast", "--region", "cn-north-1"} << 1 << "127.0.0.1";
    QTest::newRow("unreachable service, statement")
        << "unreachable"
        << QStringList{"statement", "--namespace", "demo-team", "--month", "2026-10"} << 1
        << "127.0.0.1";
}

void TestUsagectlFinance::failures()
{
    QFETCH(QString, source);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QStringList all = args;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (source == QLatin1String("unreachable")) {
        all = QStringList{QStringLiteral("--api"), QStringLiteral("http://127.0.0.1:1/usageapi/v1"),
                          QStringLiteral("--timeout"), QStringLiteral("5")} +
              args;
        env.insert(QStringLiteral("USAGECTL_TOKEN"), Token);
    }
    const Run r = usagectl(all, source == QLatin1String("sqlite") ? source : QString(), env);
    QCOMPARE(r.code, code);
    // One clear first line (a usage error then shows the help).
    QVERIFY2(r.err.section(QLatin1Char('\n'), 0, 0).contains(message), qPrintable(r.err));
    QVERIFY(r.err.startsWith(QLatin1String("usagectl: ")));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestUsagectlFinance)
#include "tst_usagectlfinance.moc"
