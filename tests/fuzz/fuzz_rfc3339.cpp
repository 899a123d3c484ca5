// Rfc3339::parse (RFC 3339 with offset and optional fraction -> UTC).
//
// Invariants:
//  1. Success is a valid QDateTime in UTC; failure is an invalid QDateTime.
//  2. Re-formatting a success with Qt::ISODateWithMs and parsing it again
//     gives the same instant (to the millisecond).
//  3. Milliseconds are truncated, never rounded up past the input's second.
#include "fuzz_common.h"
#include "rest/rfc3339.h"

#include <QtGlobal>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime t = Rfc3339::parse(text);
    if (!t.isValid())
        return 0;
    FUZZ_CHECK_MSG(t.timeSpec() == Qt::UTC, "\"%s\": spec %d", qPrintable(text), int(t.timeSpec()));
    // Finding fixed (docs/reliability.md, regressions/fuzz_rfc3339/): an
    // offset used to carry 0001-01-01 or 9999-12-31 out of the writable years.
    FUZZ_CHECK_MSG(t.date().year() >= 1 && t.date().year() <= 9999, "\"%s\": year %d",
                   qPrintable(text), t.date().year());
    const QString again = t.toString(Qt::ISODateWithMs);
    const QDateTime t2 = Rfc3339::parse(again);
    FUZZ_CHECK_MSG(t2.isValid() && t2 == t && t2.toMSecsSinceEpoch() == t.toMSecsSinceEpoch(),
                   "\"%s\" -> \"%s\" -> %s", qPrintable(text), qPrintable(again),
                   t2.isValid() ? qPrintable(t2.toString(Qt::ISODateWithMs)) : "invalid");
    return 0;
}
