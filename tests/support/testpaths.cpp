#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

QString envOr(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

QString existing(const QString &path, const char *what)
{
    if (!QFileInfo::exists(path))
        qFatal("TestPaths: no %s %s", what, qPrintable(path));
    return path;
}

} // namespace

QString TestPaths::fixturesDir()
{
    return QDir::cleanPath(
        envOr("UC_FIXTURES_DIR", QString::fromUtf8(UC_DEFAULT_SOURCE_DIR "/tests/fixtures")));
}

QString TestPaths::fixture(const QString &name)
{
    return existing(fixturesDir() + QLatin1Char('/') + name, "fixture");
}

QString TestPaths::binDir()
{
    return envOr("UC_BIN_DIR", QCoreApplication::applicationDirPath());
}

QString TestPaths::program(const QString &name)
{
    return existing(binDir() + QLatin1Char('/') + name, "program");
}

QString TestPaths::sourceDir()
{
    return QDir::cleanPath(envOr("UC_SOURCE_DIR", QString::fromUtf8(UC_DEFAULT_SOURCE_DIR)));
}
