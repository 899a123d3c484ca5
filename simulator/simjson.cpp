#include "simjson.h"

#include <charconv>
#include <cmath>

SimJson SimJson::object()
{
    SimJson v;
    v.m_kind = Kind::Object;
    return v;
}

SimJson SimJson::array()
{
    SimJson v;
    v.m_kind = Kind::Array;
    return v;
}

SimJson SimJson::string(const QString &text)
{
    SimJson v;
    v.m_kind = Kind::String;
    v.m_text = quote(text);
    return v;
}

SimJson SimJson::integer(qint64 value)
{
    SimJson v;
    v.m_kind = Kind::Raw;
    v.m_text = QByteArray::number(value);
    return v;
}

SimJson SimJson::boolean(bool value)
{
    SimJson v;
    v.m_kind = Kind::Raw;
    v.m_text = value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    return v;
}

SimJson SimJson::float32(float value)
{
    SimJson v;
    v.m_kind = Kind::Raw;
    v.m_text = goFloat(double(value), true);
    return v;
}

SimJson SimJson::float64(double value)
{
    SimJson v;
    v.m_kind = Kind::Raw;
    v.m_text = goFloat(value, false);
    return v;
}

SimJson SimJson::time(const QDateTime &utc, const QTimeZone &zone)
{
    SimJson v;
    v.m_kind = Kind::String;
    v.m_text = '"' + rfc3339(utc, zone) + '"';
    return v;
}

SimJson &SimJson::add(const char *key, SimJson value)
{
    m_members.emplace_back(QByteArray(key), std::move(value));
    return *this;
}

SimJson &SimJson::append(SimJson value)
{
    m_items.push_back(std::move(value));
    return *this;
}

QByteArray SimJson::render() const
{
    QByteArray out;
    renderInto(out, 0);
    return out;
}

void SimJson::renderInto(QByteArray &out, int depth) const
{
    const QByteArray inner(2 * (depth + 1), ' ');
    const QByteArray outer(2 * depth, ' ');
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::Raw:
    case Kind::String:
        out += m_text;
        return;
    case Kind::Object:
        if (m_members.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (size_t i = 0; i < m_members.size(); ++i) {
            out += inner;
            out += quote(QString::fromUtf8(m_members[i].first));
            out += ": ";
            m_members[i].second.renderInto(out, depth + 1);
            out += i + 1 < m_members.size() ? ",\n" : "\n";
        }
        out += outer;
        out += '}';
        return;
    case Kind::Array:
        if (m_items.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < m_items.size(); ++i) {
            out += inner;
            m_items[i].renderInto(out, depth + 1);
            out += i + 1 < m_items.size() ? ",\n" : "\n";
        }
        out += outer;
        out += ']';
        return;
    }
}

QByteArray SimJson::goFloat(double value, bool single)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Shortest round-trip digits of the float32 / float64, in scientific form.
    char buf[64];
    const auto res =
        single ? std::to_chars(buf, buf + sizeof buf, float(value), std::chars_format::scientific)
               : std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const QByteArray sci(buf, int(res.ptr - buf));
    bool negative = sci.startsWith('-');
    const QByteArray body = negative ? sci.mid(1) : sci;
    const int e = body.indexOf('e');
    QByteArray digits = body.left(e);
    digits.replace('.', QByteArray());
    const int exp = body.mid(e + 1).toInt();
    // Go's strconv 'g' with shortest precision: %e when exp < -4 || exp >= 6.
    QByteArray out = negative ? QByteArrayLiteral("-") : QByteArray();
    if (exp < -4 || exp >= 6) {
        out += digits.left(1);
        if (digits.size() > 1)
            out += '.' + digits.mid(1);
        out += 'e';
        out += exp < 0 ? '-' : '+';
        const int a = exp < 0 ? -exp : exp;
        if (a < 10)
            out += '0';
        out += QByteArray::number(a);
        return out;
    }
    const int dp = exp + 1; // digits before the point
    if (dp <= 0) {
        out += "0." + QByteArray(-dp, '0') + digits;
    } else if (dp >= digits.size()) {
        out += digits + QByteArray(dp - digits.size(), '0');
    } else {
        out += digits.left(dp) + '.' + digits.mid(dp);
    }
    return out;
}

QByteArray SimJson::rfc3339(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime t = utc.toTimeZone(zone);
    QByteArray out = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    const int ms = t.time().msec();
    if (ms != 0) {
        QByteArray frac = QByteArray::number(ms).rightJustified(3, '0');
        while (frac.endsWith('0'))
            frac.chop(1);
        out += '.' + frac;
    }
    const int offset = t.offsetFromUtc();
    if (offset == 0) {
        out += 'Z';
    } else {
        const int a = offset < 0 ? -offset : offset;
        out += offset < 0 ? '-' : '+';
        out += QByteArray::number(a / 3600).rightJustified(2, '0') + ':' +
               QByteArray::number((a % 3600) / 60).rightJustified(2, '0');
    }
    return out;
}

QByteArray SimJson::quote(const QString &text)
{
    // Go's encoding/json: HTML-safe escapes, \u2028 and \u2029 escaped.
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.mid(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(c)) {
            out += "\\ufffd";
        } else {
            out += QString(QChar(c)).toUtf8();
        }
    }
    out += '"';
    return out;
}
