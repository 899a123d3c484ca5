#include "usagectlrunner.h"

#include "testpaths.h"

#include <QProcess>

namespace UsagectlRunner {

UsagectlRun run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(TestPaths::program(QStringLiteral("usagectl")), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        qFatal("usagectl did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    }
    UsagectlRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace UsagectlRunner
