#include "core/timezonename.h"

#include <QFile>
#include <QRegularExpression>

namespace {

// Where Qt's tz backend reads zones from (qtimezoneprivate_tz.cpp), after
// $TZDIR as glibc does.
QStringList zoneDirectories()
{
    QStringList dirs;
    const QString tzdir = qEnvironmentVariable("TZDIR");
    if (!tzdir.isEmpty())
        dirs << tzdir;
    dirs << QStringLiteral("/usr/share/zoneinfo") << QStringLiteral("/usr/lib/zoneinfo")
         << QStringLiteral("/usr/share/lib/zoneinfo");
    return dirs;
}

// A compiled zone file of the tz database (it starts with "TZif").
bool isZoneFile(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &p : parts) {
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    }
    for (const QString &dir : zoneDirectories()) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::ReadOnly))
            return f.read(4) == "TZif";
    }
    return false;
}

} // namespace

QTimeZone TimeZoneName::zone(const QString &name)
{
    const QString id = name.trimmed();
    if (id.isEmpty())
        return {};
    static const QRegularExpression utcOffset(
        QStringLiteral("^UTC(?:[+-](?:\\d{1,2}|\\d{2}:?\\d{2}))?$"));
    if (!utcOffset.match(id).hasMatch() && !isZoneFile(id) &&
        !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return {};
    return QTimeZone(id.toUtf8());
}
