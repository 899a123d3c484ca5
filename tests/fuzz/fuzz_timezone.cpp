// Time-zone names as usagectl takes them (--tz / --service-tz):
// QTimeZone(QByteArray id) from the UTF-8 of the argument.
//
// Invariants:
//  1. Constructing never crashes, whatever the bytes.
//  2. A valid zone's id() round-trips: QTimeZone(zone.id()) is valid and has
//     the same id and the same offset at a fixed instant.
#include "fuzz_common.h"

#include <QDateTime>
#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    // usagectl does QString -> toUtf8(); do the same so the bytes are what a
    // command line can deliver.
    const QByteArray id =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)).toUtf8();
    const QTimeZone zone(id);
    if (!zone.isValid())
        return 0;
    const QByteArray canonical = zone.id();
    FUZZ_CHECK(!canonical.isEmpty());
    const QTimeZone again(canonical);
    FUZZ_CHECK_MSG(again.isValid() && again.id() == canonical, "\"%s\" -> \"%s\" -> \"%s\"",
                   id.constData(), canonical.constData(), again.id().constData());
    const QDateTime at(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    FUZZ_CHECK(zone.offsetFromUtc(at) == again.offsetFromUtc(at));
    return 0;
}
