// The installed layout, as a package lays it out: `cmake --install` of this
// build into a fresh prefix, then the installed usagectl draws a statement
// through the installed usagectl-documents and reaches an API through the
// installed usagectl-network (both in libexec/usage-console), and says
// clearly when either program is missing.

#include "usagectlrunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using UsagectlRunner::runProgram;

class TestInstallLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementFromAnInstall()
    {
        const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
        if (cmake.isEmpty())
            QSKIP("no cmake on PATH");
        const QString build =
            QDir(qEnvironmentVariable("UC_BIN_DIR")).filePath(QStringLiteral(".."));
        QVERIFY(QFileInfo::exists(QDir(build).filePath(QStringLiteral("CMakeCache.txt"))));
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const UsagectlRun install = runProgram(
            cmake, {QStringLiteral("--install"), build, QStringLiteral("--prefix"), prefix.path()});
        QVERIFY2(install.code == 0, qPrintable(install.err + install.out));
        const QString usagectl = prefix.filePath(QStringLiteral("bin/usagectl"));
        const QString documents =
            prefix.filePath(QStringLiteral("libexec/usage-console/usagectl-documents"));
        QVERIFY(QFileInfo(usagectl).isExecutable());
        QVERIFY(QFileInfo(documents).isExecutable());

        const QString db = prefix.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runProgram(usagectl, {QStringLiteral("demo-db"), QStringLiteral("create"), db,
                                       QStringLiteral("--namespaces"), QStringLiteral("3"),
                                       QStringLiteral("--months"), QStringLiteral("3"),
                                       QStringLiteral("--until"), QStringLiteral("2026-11-25")})
                     .code,
                 0);
        const QStringList statement{QStringLiteral("--db"),
                                    QStringLiteral("sqlite:") + db,
                                    QStringLiteral("statement"),
                                    QStringLiteral("--namespace"),
                                    QStringLiteral("demo-team"),
                                    QStringLiteral("--month"),
                                    QStringLiteral("2026-10"),
                                    QStringLiteral("--out"),
                                    prefix.filePath(QStringLiteral("s.pdf"))};
        const UsagectlRun drawn = runProgram(usagectl, statement);
        QVERIFY2(drawn.code == 0, qPrintable(drawn.err));
        QVERIFY(drawn.out.startsWith(QLatin1String("Wrote ")));
        QVERIFY(QFileInfo(prefix.filePath(QStringLiteral("s.pdf"))).size() > 1000);

        QVERIFY(QFile::remove(documents));
        const UsagectlRun missing = runProgram(usagectl, statement);
        QCOMPARE(missing.code, 127); // as a shell says "not found"
        QVERIFY2(missing.err.startsWith(QLatin1String("usagectl: cannot start ")) &&
                     missing.err.contains(QLatin1String("usagectl-documents")),
                 qPrintable(missing.err));
        // Every other command is unaffected.
        QCOMPARE(runProgram(usagectl, {QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                       QStringLiteral("regions"), QStringLiteral("list")})
                     .code,
                 0);

        // What reaches a server over HTTP runs in the installed
        // usagectl-network: its own message for an address nothing listens
        // on (usagectl alone cannot reach it at all).
        const QString network =
            prefix.filePath(QStringLiteral("libexec/usage-console/usagectl-network"));
        QVERIFY(QFileInfo(network).isExecutable());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("USAGECTL_TOKEN"), QStringLiteral("t"));
        const QStringList api{QStringLiteral("--api"), QStringLiteral("http://127.0.0.1:1"),
                              QStringLiteral("regions"), QStringLiteral("list")};
        const UsagectlRun refused = runProgram(usagectl, api, env);
        QCOMPARE(refused.code, 1);
        QVERIFY2(
            refused.err.startsWith(QLatin1String("usagectl: Could not connect to 127.0.0.1:1")),
            qPrintable(refused.err));
        QVERIFY(QFile::remove(network));
        const UsagectlRun noHelper = runProgram(usagectl, api, env);
        QCOMPARE(noHelper.code, 127);
        QVERIFY2(noHelper.err.startsWith(QLatin1String("usagectl: cannot start ")) &&
                     noHelper.err.contains(QLatin1String("usagectl-network")),
                 qPrintable(noHelper.err));
    }
};

QTEST_GUILESS_MAIN(TestInstallLayout)
#include "tst_installlayout.moc"
