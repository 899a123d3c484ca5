#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <utility>
#include <vector>

// A JSON value that keeps its object fields in insertion order and renders
// the way the usage service's Go code does (json.MarshalIndent with two
// spaces, Go's string escaping, Go's float and time formats).
class SimJson
{
public:
    enum class Kind { Null, Raw, String, Object, Array };

    SimJson() = default;
    static SimJson null() { return SimJson(); }
    static SimJson object();
    static SimJson array();
    static SimJson string(const QString &text);
    static SimJson integer(qint64 value);
    static SimJson boolean(bool value);
    // float32 as the (old, pre-1.8) Go encoder prints it: shortest digits,
    // exponent form below 1e-4 and from 1e6 on ("1.234567e+06", "5e-05").
    static SimJson float32(float value);
    static SimJson float64(double value);
    // RFC 3339 with nanosecond style fraction (only when non-zero) in `zone`.
    static SimJson time(const QDateTime &utc, const QTimeZone &zone);

    Kind kind() const { return m_kind; }
    bool isEmptyObject() const { return m_kind == Kind::Object && m_members.empty(); }

    SimJson &add(const char *key, SimJson value);
    SimJson &append(SimJson value);

    QByteArray render() const;

    static QByteArray goFloat(double value, bool single);
    static QByteArray rfc3339(const QDateTime &utc, const QTimeZone &zone);
    static QByteArray quote(const QString &text);

private:
    void renderInto(QByteArray &out, int depth) const;

    Kind m_kind = Kind::Null;
    QByteArray m_text; // Raw: the literal; String: the quoted text
    std::vector<std::pair<QByteArray, SimJson>> m_members;
    std::vector<SimJson> m_items;
};
