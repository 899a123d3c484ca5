// Money::fromDecimalString / fromYuanDouble / toString4 / toString2.
//
// Invariants:
//  1. fromDecimalString yields a value or nullopt (std::optional: never both).
//  2. A parsed amount formats with toString4 and re-parses to the same units.
//  3. toString2 re-parses to exactly roundedCents() * 100 units, and
//     roundedCents() is the half-away-from-zero rounding of units / 100.
//  4. fromYuanDouble of a finite double with |x| <= 9e14 yields a value, and
//     the shortest decimal of that double (std::to_chars) re-parses to the
//     same units; non-finite doubles are rejected.
#include "fuzz_common.h"
#include "core/money.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace {

void checkFormats(Money m)
{
    const QString s4 = m.toString4();
    const auto back4 = Money::fromDecimalString(s4);
    FUZZ_CHECK_MSG(back4 && back4->units() == m.units(), "units %lld -> \"%s\" -> %lld",
                   (long long)m.units(), qPrintable(s4), back4 ? (long long)back4->units() : -1LL);

    const qint64 cents = m.roundedCents();
    // Independent rounding: half away from zero on |units| in unsigned.
    const bool neg = m.units() < 0;
    const quint64 mag = neg ? quint64(0) - quint64(m.units()) : quint64(m.units());
    const quint64 magCents = mag / 100 + (mag % 100 >= 50 ? 1 : 0);
    const qint64 expectCents = neg ? -qint64(magCents) : qint64(magCents);
    FUZZ_CHECK_MSG(cents == expectCents, "units %lld: roundedCents %lld, expected %lld",
                   (long long)m.units(), (long long)cents, (long long)expectCents);

    const QString s2 = m.toString2();
    const auto back2 = Money::fromDecimalString(s2);
    FUZZ_CHECK_MSG(back2 && back2->units() == cents * 100, "units %lld -> \"%s\" -> %lld",
                   (long long)m.units(), qPrintable(s2), back2 ? (long long)back2->units() : -1LL);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Decimal text, as UTF-8 (covers non-ASCII digits and spaces too).
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto m = Money::fromDecimalString(text))
        checkFormats(*m);

    // The same bytes as a double (the JSON number path).
    if (size >= sizeof(double)) {
        double d;
        std::memcpy(&d, data, sizeof d);
        const auto m = Money::fromYuanDouble(d);
        if (!std::isfinite(d)) {
            FUZZ_CHECK(!m);
        } else if (std::fabs(d) <= 9.0e14) {
            FUZZ_CHECK_MSG(m.has_value(), "fromYuanDouble(%.17g) failed", d);
            char buf[64];
            const auto res = std::to_chars(buf, buf + sizeof buf, d);
            FUZZ_CHECK(res.ec == std::errc());
            const QString shortest = QString::fromLatin1(buf, int(res.ptr - buf));
            const auto again = Money::fromDecimalString(shortest);
            FUZZ_CHECK_MSG(again && again->units() == m->units(), "\"%s\": %lld vs %lld",
                           qPrintable(shortest), (long long)m->units(),
                           again ? (long long)again->units() : -1LL);
            checkFormats(*m);
        }
    }
    return 0;
}
