#include "usagectlrunner.h"

#include "testpaths.h"

#include <QProcess>

namespace UsagectlRunner {

UsagectlRun run(const QStringList &args, const QProcessEnvironment &env)
{
    return runProgram(TestPaths::program(QStringLiteral("usagectl")), args, env);
}

UsagectlRun runProgram(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        qFatal("%s did not finish: %s", qPrintable(program),
               qPrintable(args.join(QLatin1Char(' '))));
    }
    UsagectlRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace UsagectlRunner
