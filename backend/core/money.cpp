#include "core/money.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace {

// Writes units (in 1/10^decimals) as sign, integer part and fraction into
// `buf` (room for 32 chars); returns the length. No allocation: a spend
// table prints a quarter of a million amounts.
int formatFixed(qint64 units, int decimals, char *buf)
{
    quint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = units < 0;
    // Work in unsigned so that INT64_MIN does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    char *p = buf;
    if (negative)
        *p++ = '-';
    p = std::to_chars(p, buf + 24, magnitude / scale).ptr;
    *p++ = '.';
    quint64 frac = magnitude % scale;
    for (int i = decimals - 1; i >= 0; --i) {
        p[i] = char('0' + frac % 10);
        frac /= 10;
    }
    return int(p - buf) + decimals;
}

QString formatFixed(qint64 units, int decimals)
{
    char buf[32];
    return QString::fromLatin1(buf, formatFixed(units, decimals, buf));
}

} // namespace

std::optional<Money> Money::fromDecimalString(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    int i = 0;
    bool negative = false;
    if (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')) {
        negative = s[i] == QLatin1Char('-');
        ++i;
    }
    // Collect significant digits and the decimal exponent exactly.
    QString digits;
    int exponent = 0; // value = digits * 10^exponent
    bool sawDigit = false;
    bool sawPoint = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128) {
            sawDigit = true;
            if (!(digits.isEmpty() && c == QLatin1Char('0')))
                digits += c;
            if (sawPoint)
                --exponent;
        } else if (c == QLatin1Char('.') && !sawPoint) {
            sawPoint = true;
        } else {
            break;
        }
    }
    if (!sawDigit)
        return std::nullopt;
    if (i < s.size()) {
        if (s[i] != QLatin1Char('e') && s[i] != QLatin1Char('E'))
            return std::nullopt;
        ++i;
        bool expNegative = false;
        if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
            expNegative = s[i] == QLatin1Char('-');
            ++i;
        }
        if (i >= s.size())
            return std::nullopt;
        int e = 0;
        for (; i < s.size(); ++i) {
            const QChar c = s[i];
            if (!c.isDigit() || c.unicode() >= 128)
                return std::nullopt;
            if (e < 100000)
                e = e * 10 + c.digitValue();
        }
        exponent += expNegative ? -e : e;
    }
    if (digits.isEmpty())
        return Money(0);
    // Scale to 1/10000: units = digits * 10^(exponent + 4), rounding half
    // away from zero when digits are dropped.
    const int shift = exponent + 4;
    constexpr qint64 maxUnits = std::numeric_limits<qint64>::max();
    qint64 units = 0;
    if (shift >= 0) {
        if (digits.size() + shift > 19)
            return std::nullopt;
        for (const QChar c : digits) {
            if (units > (maxUnits - c.digitValue()) / 10)
                return std::nullopt;
            units = units * 10 + c.digitValue();
        }
        for (int k = 0; k < shift; ++k) {
            if (units > maxUnits / 10)
                return std::nullopt;
            units *= 10;
        }
    } else {
        const int keep = int(digits.size()) + shift; // digits left of the cut
        if (keep > 19)
            return std::nullopt;
        for (int k = 0; k < keep; ++k) {
            const int d = digits[k].digitValue();
            if (units > (maxUnits - d) / 10)
                return std::nullopt;
            units = units * 10 + d;
        }
        const int firstDropped = keep >= 0 ? digits[keep].digitValue() : 0;
        if (firstDropped >= 5) {
            if (units == maxUnits)
                return std::nullopt;
            ++units;
        }
    }
    return Money(negative ? -units : units);
}

std::optional<Money> Money::fromYuanDouble(double yuan)
{
    if (!std::isfinite(yuan) || std::fabs(yuan) > 9.0e14)
        return std::nullopt;
    // The shortest decimal that reads back as this double is what the sender
    // printed; round that text, not the binary value.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, yuan);
    if (res.ec != std::errc())
        return std::nullopt;
    return fromDecimalString(QString::fromLatin1(buf, int(res.ptr - buf)));
}

qint64 Money::roundedCents() const
{
    const qint64 q = m_units / 100;
    const qint64 r = m_units % 100;
    if (r >= 50)
        return q + 1;
    if (r <= -50)
        return q - 1;
    return q;
}

QString Money::toString2() const
{
    return formatFixed(roundedCents(), 2);
}

QString Money::toLocaleString2(const QLocale &locale) const
{
    return hundredthsText(roundedCents(), locale);
}

QString Money::hundredthsText(qint64 hundredths, const QLocale &locale)
{
    // From the exact integer: a double would round 0.005 steps the wrong way.
    const bool negative = hundredths < 0;
    const quint64 magnitude = negative ? 0 - quint64(hundredths) : quint64(hundredths);
    QString text = locale.toString(qulonglong(magnitude / 100));
    text += locale.decimalPoint();
    text += QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString Money::toString4() const
{
    return formatFixed(m_units, 4);
}

int Money::toChars4(char *buf) const
{
    return formatFixed(m_units, 4, buf);
}
