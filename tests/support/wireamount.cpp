#include "wireamount.h"

#include <QString>

#include <charconv>
#include <climits>

namespace WireAmount {

Money of(Money stored)
{
    const float yuan = 0.0001f * float(stored.units());
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, yuan);
    return Money::fromDecimalString(QString::fromLatin1(buf, int(res.ptr - buf)))
        .value_or(Money::fromUnits(INT64_MIN));
}

} // namespace WireAmount
