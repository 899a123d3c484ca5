#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

// An amount of money as a signed count of 1/10000 yuan. The service stores
// CONSUMING as such a count; we keep it that way end to end so that sums are
// exact. Only the conversion from the wire (JSON doubles) and to the display
// involves rounding, and both are done here.
class Money
{
public:
    static constexpr qint64 UnitsPerYuan = 10000;

    constexpr Money() = default;
    static constexpr Money fromUnits(qint64 units) { return Money(units); }

    // Decimal text such as "12.3", "-0.5000", "+7", "1.234567e+06". More than
    // four fraction digits round half away from zero. Returns nullopt for
    // anything that is not a finite decimal number or does not fit.
    static std::optional<Money> fromDecimalString(QStringView text);
    // A JSON number in yuan, rounded to the nearest 1/10000 of its shortest
    // decimal form (so 123.456696 -> 123.4567 exactly, not via binary error).
    static std::optional<Money> fromYuanDouble(double yuan);

    constexpr qint64 units() const { return m_units; }

    // "12.30", "-0.50": two decimals, half away from zero.
    QString toString2() const;
    // "1,234.56" in `locale`: grouped, the locale's decimal point and sign,
    // two decimals from the exact cents (what people read in the window and
    // on a statement).
    QString toLocaleString2(const QLocale &locale = QLocale()) const;
    // A count of hundredths (cents, basis points) as such text: 12345 ->
    // "123.45" with the locale's grouping and decimal point.
    static QString hundredthsText(qint64 hundredths, const QLocale &locale);
    // "12.3000": exact, four decimals.
    QString toString4() const;
    // toString4() written into `buf` (room for 32 chars) without allocating;
    // returns the length.
    int toChars4(char *buf) const;
    // Cents, rounded half away from zero (the two-decimal value).
    qint64 roundedCents() const;

    constexpr Money operator+(Money o) const { return Money(m_units + o.m_units); }
    constexpr Money operator-(Money o) const { return Money(m_units - o.m_units); }
    constexpr Money operator-() const { return Money(-m_units); }
    Money &operator+=(Money o)
    {
        m_units += o.m_units;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_units == o.m_units; }
    constexpr bool operator!=(Money o) const { return m_units != o.m_units; }
    constexpr bool operator<(Money o) const { return m_units < o.m_units; }
    constexpr bool operator>(Money o) const { return m_units > o.m_units; }

private:
    constexpr explicit Money(qint64 units)
        : m_units(units)
    {
    }
    qint64 m_units = 0;
};

Q_DECLARE_METATYPE(Money)
