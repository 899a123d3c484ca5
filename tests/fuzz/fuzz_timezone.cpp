// Time-zone names as usagectl takes them (--tz / --service-tz):
// TimeZoneName::zone(QString) of the argument, which refuses what Qt alone
// would take as a POSIX rule ("Shanghai": UTC under that name).
//
// Invariants:
//  1. Never crashes, whatever the bytes.
//  2. A zone it gives is one Qt gives for the same (trimmed) name.
//  3. A valid zone's id() round-trips: TimeZoneName::zone(zone.id()) is valid
//     and has the same id and the same offset at a fixed instant.
#include "core/timezonename.h"
#include "fuzz_common.h"

#include <QDateTime>
#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    // usagectl hands the argument's QString over; do the same so the bytes
    // are what a command line can deliver.
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QTimeZone zone = TimeZoneName::zone(name);
    if (!zone.isValid())
        return 0;
    const QDateTime at(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    const QTimeZone qt(name.trimmed().toUtf8());
    FUZZ_CHECK(qt.isValid() && qt.id() == zone.id() &&
               qt.offsetFromUtc(at) == zone.offsetFromUtc(at));
    const QByteArray canonical = zone.id();
    FUZZ_CHECK(!canonical.isEmpty());
    const QTimeZone again = TimeZoneName::zone(QString::fromUtf8(canonical));
    FUZZ_CHECK_MSG(again.isValid() && again.id() == canonical, "\"%s\" -> \"%s\" -> \"%s\"",
                   qPrintable(name), canonical.constData(), again.id().constData());
    FUZZ_CHECK(zone.offsetFromUtc(at) == again.offsetFromUtc(at));
    return 0;
}
