// usagectl's help and usage errors, run as a user would: `--help`, `-h`,
// `help` and `help COMMAND` print on stdout and exit 0, every command takes
// --help (and -h); no command, an unknown one or a group without its
// subcommand print the usage on stderr and exit 2. The commands and the
// options each must mention are listed here, from the README.

#include "usagectlrunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using Run = UsagectlRun;

namespace {

struct CommandCase
{
    const char *words;
    QStringList options;
};

QList<CommandCase> commands()
{
    return {
        {"orders list",
         {"--region", "--namespace", "--status", "--resource-name", "--type", "--sort", "--limit",
          "--page", "--size"}},
        {"orders show", {"--namespace"}},
        {"orders cancel", {"--namespace", "--yes"}},
        {"quote", {"--region", "--namespace", "--plan", "--resource-name", "--at"}},
        {"usages list",
         {"--region", "--namespace", "--order", "--from", "--to", "--sort", "--limit", "--page",
          "--size"}},
        {"usages total", {"--region", "--namespace", "--order", "--from", "--to", "--no-cache"}},
        {"spend", {"--region", "--namespace", "--from", "--to", "--no-cache", "--share"}},
        {"statement", {"--namespace", "--month", "--region", "--out"}},
        {"forecast", {"--region", "--namespace", "--month", "--no-cache"}},
        {"cache clear", {"--all"}},
        {"cache verify", {"--region"}},
        {"plans list", {"--region", "--type", "--all-versions"}},
        {"namespaces list", {"--region"}},
        {"regions list", {}},
        {"db advise-indexes", {}},
        {"db check", {}},
        {"audit", {"--region", "--namespace", "--at"}},
        {"report list", {}},
        {"report run", {}},
        {"demo-db create", {"--namespaces", "--months", "--seed", "--until", "--steady"}},
    };
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

} // namespace

class TestUsageCtlHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --version prints the version project() declares, read here from the
    // top CMakeLists.txt, and exits 0 before any connection is made.
    void version()
    {
        QFile cmake(qEnvironmentVariable("UC_SOURCE_DIR") + QStringLiteral("/CMakeLists.txt"));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const auto m =
            QRegularExpression(QStringLiteral(R"(project\(UsageConsole VERSION ([0-9.]+))"))
                .match(QString::fromUtf8(cmake.readAll()));
        QVERIFY(m.hasMatch());
        const Run r = UsagectlRunner::run({"--db", "mysql://nobody@127.0.0.1:1/none", "--version"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("usagectl %1\n").arg(m.captured(1)));
    }

    void overview_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("-h") << QStringList{"-h"};
        QTest::newRow("help") << QStringList{"help"};
        QTest::newRow("global option, then --help") << QStringList{"--format", "json", "--help"};
    }

    void overview()
    {
        QFETCH(QStringList, args);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(QLatin1String("usage: usagectl [global options] COMMAND")),
                 qPrintable(r.out.left(200)));
        QVERIFY(r.out.endsWith(QLatin1Char('\n')));
        // Every command is listed, and so is every global option.
        for (const CommandCase &c : commands())
            QVERIFY2(
                r.out.contains(QLatin1String("  ") + QLatin1String(c.words) + QLatin1String(" ")),
                c.words);
        for (const char *o : {"--db", "--api", "--plan-api", "--timeout", "--tz", "--service-tz",
                              "--format", "--read-only"})
            QVERIFY2(r.out.contains(QLatin1String(o)), o);
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        for (const CommandCase &c : commands()) {
            const QStringList w = words(c.words);
            QTest::addRow("help %s", c.words) << (QStringList{"help"} + w) << c.words << c.options;
            QTest::addRow("%s --help", c.words)
                << (w + QStringList{"--help"}) << c.words << c.options;
            QTest::addRow("%s -h", c.words) << (w + QStringList{"-h"}) << c.words << c.options;
        }
    }

    void commandHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.startsWith(QStringLiteral("usage: usagectl [global options] ") + command),
                 qPrintable(r.out.left(200)));
        for (const QString &o : options)
            QVERIFY2(r.out.contains(o + QLatin1Char(' ')), qPrintable(o));
    }

    void groupHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("subcommands");
        const QStringList orders{"orders list", "orders show", "orders cancel"};
        QTest::newRow("help orders") << QStringList{"help", "orders"} << orders;
        QTest::newRow("orders --help") << QStringList{"orders", "--help"} << orders;
        QTest::newRow("help db") << QStringList{"help", "db"}
                                 << QStringList{"db advise-indexes", "db check"};
        QTest::newRow("help report")
            << QStringList{"help", "report"} << QStringList{"report list", "report run"};
    }

    void groupHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, subcommands);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        for (const QString &s : subcommands)
            QVERIFY2(r.out.contains(s), qPrintable(s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QStringList{} << "no command given";
        QTest::newRow("only global options")
            << QStringList{"--format", "csv"} << "no command given";
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
        QTest::newRow("typo of a command")
            << QStringList{"usage", "list"} << "unknown command \"usage\"";
        QTest::newRow("group alone") << QStringList{"orders"} << "\"orders\" needs a subcommand";
        QTest::newRow("unknown subcommand")
            << QStringList{"orders", "lst"} << "unknown command \"orders lst\"";
        QTest::newRow("help for nothing")
            << QStringList{"help", "frobnicate"} << "no help for \"frobnicate\"";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.startsWith(QStringLiteral("usagectl: ") + message), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("\nusage: usagectl [global options]")),
                 qPrintable(r.err));
    }

    void optionWithoutValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString hint = QStringLiteral(" (--%1=VALUE for one that starts with --)");
        // The value forgotten before another option: "--no-cache" was the
        // namespace looked up (a warning that it has no orders, exit 0).
        QTest::newRow("another option next")
            << QStringList{"usages", "total", "--namespace", "--no-cache"}
            << "option --namespace needs a value" + hint.arg("namespace");
        QTest::newRow("an option with its value next")
            << QStringList{"spend", "--region", "--format=json"}
            << "option --region needs a value" + hint.arg("region");
        QTest::newRow("the end of options next")
            << QStringList{"usages", "list", "--namespace", "--", "x"}
            << "option --namespace needs a value" + hint.arg("namespace");
        QTest::newRow("nothing next")
            << QStringList{"spend", "--region"} << "option --region needs a value";
    }

    void optionWithoutValue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, QStringLiteral("usagectl: %1 (see usagectl --help)\n").arg(message));
    }

    void helpInPlaceOfAValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{"spend", "--region", "--help"};
        QTest::newRow("-h") << QStringList{"spend", "--namespace", "-h"};
    }

    // The command's help, as without the option.
    void helpInPlaceOfAValue()
    {
        QFETCH(QStringList, args);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, UsagectlRunner::run({"spend", "--help"}).out);
        QVERIFY(r.out.startsWith(QLatin1String("usage: usagectl [global options] spend")));
    }

    void valueThatLooksLikeAnOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("inline") << QStringList{"usages", "total", "--namespace=--no-cache"};
        QTest::newRow("not an option's name")
            << QStringList{"usages", "total", "--namespace", "--ns-x"};
    }

    // Taken as the value: what follows is the missing database.
    void valueThatLooksLikeAnOption()
    {
        QFETCH(QStringList, args);
        const Run r = UsagectlRunner::run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("usagectl: usages total needs a database")),
                 qPrintable(r.err));
    }

    void unknownOptionSaysWhereHelpIs()
    {
        const Run r = UsagectlRunner::run({"orders", "list", "--regoin", "cn-north-1"});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err,
                 QStringLiteral("usagectl: unknown option --regoin (see usagectl --help)\n"));
    }

    // quote and orders show/cancel act for one namespace; the lists take many.
    void namespaceOption_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("line");
        const QString one = QStringLiteral("  --namespace N        the namespace (one)\n");
        const QString many =
            QStringLiteral("  --namespace N,...    namespaces (repeat, or comma-separated)\n");
        QTest::newRow("quote") << QStringList{"quote"} << one;
        QTest::newRow("orders show") << QStringList{"orders", "show"} << one;
        QTest::newRow("orders cancel") << QStringList{"orders", "cancel"} << one;
        QTest::newRow("usages list") << QStringList{"usages", "list"} << many;
        QTest::newRow("spend") << QStringList{"spend"} << many;
    }
    void namespaceOption()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, line);
        const Run r = UsagectlRunner::run(command + QStringList{"--help"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(line), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestUsageCtlHelp)
#include "tst_usagectlhelp.moc"
