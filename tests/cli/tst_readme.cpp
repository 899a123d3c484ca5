// The README's commands run as written. Every ```sh block is read from
// README.md and its commands are run in order through bash, with the
// build's binaries first on PATH (as after an install) and with these
// substitutions only, so that parallel runs cannot collide and the
// reader's own server becomes the test's:
//   /tmp/                            -> a private temporary folder
//   127.0.0.1:8080                   -> 127.0.0.1:<a free port>
//   reader@db.example.com:3306/usage -> the fixture's MariaDB (demo data)
//   USAGECTL_DB_PASSWORD=…           -> its password
// A block printed right after a command's block is that command's output
// and must match it exactly; so must the JSON the text quotes. Not run:
// `scripts/test.sh` (it runs this test), and `scripts/run.sh` with a
// display (it opens the window). `scripts/run.sh` without a display runs
// when this build is the source tree's build/ and is up to date.

#include "profiles/profilestore.h"
#include "profiles/reportstore.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Block
{
    QString language;
    QString text;
};

QList<Block> codeBlocks(const QString &markdown)
{
    QList<Block> blocks;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    std::optional<Block> open;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("```"))) {
            if (open) {
                blocks.append(*open);
                open.reset();
            } else {
                open = Block{line.mid(3).trimmed(), {}};
            }
            continue;
        }
        if (open)
            open->text += line + QLatin1Char('\n');
    }
    return blocks;
}

// Commands of a block: continued lines joined, comments and blanks left out.
QStringList commandsOf(const QString &block)
{
    QStringList out;
    QString current;
    for (const QString &line : block.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (line.endsWith(QLatin1Char('\\'))) {
            current += line.chopped(1) + QLatin1Char(' ');
            continue;
        }
        out.append(current + line);
        current.clear();
    }
    return out;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestReadme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_readme;
    QList<Block> m_blocks;
    std::optional<ConnectionSpec> m_mariadb;
    ConnectionSpec m_planDb;
    quint16 m_port = 0;

    static QString source() { return TestPaths::sourceDir(); }

    QString substitute(QString command) const
    {
        command.replace(QLatin1String("/tmp/"), m_dir.path() + QLatin1Char('/'));
        command.replace(QLatin1String("127.0.0.1:8080"),
                        QStringLiteral("127.0.0.1:%1").arg(m_port));
        if (m_mariadb) {
            command.replace(QLatin1String("reader@db.example.com:3306/usage?plans=plan"),
                            QStringLiteral("%1@127.0.0.1:%2/%3?plans=%4")
                                .arg(m_mariadb->user)
                                .arg(m_mariadb->port)
                                .arg(m_mariadb->database, m_planDb.database));
            command.replace(QStringLiteral("USAGECTL_DB_PASSWORD=…"),
                            QStringLiteral("USAGECTL_DB_PASSWORD='%1'").arg(m_mariadb->password));
        }
        return command;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   TestPaths::binDir() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        // No display: the README's no-display path of scripts/run.sh.
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    // Runs one command as bash would, in `dir`.
    std::pair<int, QString> run(const QString &command, const QString &dir,
                                QString *err = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setWorkingDirectory(dir);
        // As a user's shell with nothing typed: a command that reads its
        // input gets its end, not a wait for ever.
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        // Each example takes seconds; a stuck one fails here, named, long
        // before CTest's timeout would end the whole test unnamed.
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished(5000);
            if (err)
                *err = QStringLiteral("timed out after 120 s; stderr so far: ") +
                       QString::fromUtf8(p.readAllStandardError());
            return {-1, QString()};
        }
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
        QFile file(source() + QStringLiteral("/README.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_readme = QString::fromUtf8(file.readAll());
        m_blocks = codeBlocks(m_readme);
        QVERIFY(m_blocks.size() >= 6);
        // `build/bin/...` in the README is relative to the source root.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("work/build")));
        QVERIFY(QFile::link(TestPaths::binDir(), m_dir.filePath(QStringLiteral("work/build/bin"))));
        m_port = freePort();
        // The report the README runs, saved as the window saves it, on a
        // profile of the demo database the README makes first.
        {
            QSettings settings(m_dir.filePath(QStringLiteral("config/%1/%2.conf")
                                                  .arg(ProfileStore::organizationName(),
                                                       ProfileStore::windowApplicationName())),
                               QSettings::IniFormat);
            ProfileStore(&settings).save(
                ProfileStore::demoProfile(m_dir.filePath(QStringLiteral("demo.db"))));
            SavedReport report;
            report.name = QStringLiteral("Charges last month");
            report.profileId = ProfileStore::demoProfile(QString()).id;
            report.tab = SavedReport::Tab::Usages;
            report.zoneId = QStringLiteral("UTC");
            report.period = SavedReport::Period::PreviousMonth;
            ReportStore(&settings).save(report);
        }
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("readme"));
            m_planDb = TestDatabases::createMariaDbDatabase(QStringLiteral("readmeplan"));
            ConnectionSpec spec = *m_mariadb;
            spec.planDatabase = m_planDb.database;
            DemoOptions options;
            options.namespaces = 12;
            options.months = 3;
            TestData::writeDemo(spec, options);
        }
    }

    void cleanupTestCase()
    {
        if (m_mariadb) {
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
            TestDatabases::dropMariaDbDatabase(m_planDb);
        }
    }

    void examplesRun()
    {
        QProcess server; // a command that serves until stopped
        const QString work = m_dir.filePath(QStringLiteral("work"));
        int ran = 0;
        for (int b = 0; b < m_blocks.size(); ++b) {
            if (m_blocks.at(b).language != QLatin1String("sh"))
                continue;
            const QStringList commands = commandsOf(m_blocks.at(b).text);
            for (int c = 0; c < commands.size(); ++c) {
                const QString written = commands.at(c).trimmed();
                if (written.startsWith(QLatin1String("scripts/")))
                    continue; // quickStart() below
                if (written.contains(QLatin1String("db.example.com")) && !m_mariadb) {
                    // The other commands still run: later ones use their files.
                    qInfo("not run without the MariaDB fixture (run through ctest): %s",
                          qPrintable(written));
                    continue;
                }
                const QString command = substitute(written);
                if (written.contains(QLatin1String("usage-service-sim"))) {
                    server.setProcessEnvironment(environment());
                    server.setWorkingDirectory(work);
                    server.setStandardInputFile(QProcess::nullDevice());
                    server.start(QStringLiteral("bash"),
                                 {QStringLiteral("-c"), QStringLiteral("exec ") + command});
                    QTRY_VERIFY_WITH_TIMEOUT(
                        [this] {
                            QTcpSocket s;
                            s.connectToHost(QHostAddress::LocalHost, m_port);
                            return s.waitForConnected(200);
                        }(),
                        20000);
                    continue;
                }
                QString err;
                const auto [code, out] = run(command, work, &err);
                QVERIFY2(code == 0, qPrintable(written + QStringLiteral("\n") + err));
                ++ran;
                // An untagged block right after this one is its output.
                const bool last = c == commands.size() - 1;
                if (last && b + 1 < m_blocks.size() && m_blocks.at(b + 1).language.isEmpty() &&
                    !m_blocks.at(b + 1).text.startsWith(QLatin1String("usagectl ")))
                    QCOMPARE(out, m_blocks.at(b + 1).text);
            }
            if (server.state() != QProcess::NotRunning) {
                server.terminate();
                server.waitForFinished(5000);
            }
        }
        QVERIFY(ran >= 5);
    }

    void quotedJsonMatches()
    {
        // "`usagectl --format json quote …` prints `{...}`": the quote of the
        // worked example, as JSON.
        const auto m =
            QRegularExpression(QStringLiteral("`usagectl --format json quote …` prints\\s*"
                                              "`(\\{[^`]*\\})`"))
                .match(m_readme);
        QVERIFY(m.hasMatch());
        QString quote;
        for (const Block &b : std::as_const(m_blocks)) {
            for (const QString &c : commandsOf(b.text)) {
                if (c.contains(QLatin1String(" quote ")))
                    quote = c.trimmed();
            }
        }
        QVERIFY(quote.startsWith(QLatin1String("usagectl ")));
        quote.insert(QStringLiteral("usagectl ").size(), QStringLiteral("--format json "));
        const QString work = m_dir.filePath(QStringLiteral("work"));
        // The database the worked example made (examplesRun ran first).
        const auto [code, out] = run(substitute(quote), work);
        QCOMPARE(code, 0);
        QCOMPARE(out.trimmed(), m.captured(1));
    }

    void quickStart()
    {
        // scripts/run.sh without a display: builds build/ (a no-op when it
        // is up to date) and prints the demo database's spend.
        const QString build = source() + QStringLiteral("/build");
        if (QFileInfo(TestPaths::binDir()).canonicalFilePath() !=
            QFileInfo(build + QStringLiteral("/bin")).canonicalFilePath())
            QSKIP("this build is not the source tree's build/: run.sh would build another");
        // A dry run always "re-checks globs" and "re-runs CMake"; any other
        // step means sources changed since the build.
        const auto [pending, plan] = run(QStringLiteral("ninja -C build -n"), source());
        const QStringList steps =
            plan.split(QLatin1Char('\n'))
                .filter(QRegularExpression(
                    QStringLiteral("^\\[\\d+/\\d+\\] (?!Re-checking globbed|Re-running CMake)")));
        if (pending != 0 || !steps.isEmpty())
            QSKIP("build/ is not up to date: run.sh would rebuild it under the running tests");
        QVERIFY(m_readme.contains(QLatin1String("```sh\nscripts/run.sh\n```")));
        QString err;
        const auto [code, out] = run(QStringLiteral("scripts/run.sh"), source(), &err);
        QVERIFY2(code == 0, qPrintable(err));
        // The build's own output, then the table: months, then the totals.
        const qsizetype table = out.indexOf(QLatin1String("\nMONTH "));
        QVERIFY2(table >= 0, qPrintable(out.right(600)));
        const QStringList rows = out.mid(table + 1).trimmed().split(QLatin1Char('\n'));
        QVERIFY(rows.size() >= 20); // 24 months of the default demo, and more
        QVERIFY(rows.last().startsWith(QLatin1String("TOTAL ")));
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
