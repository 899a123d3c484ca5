#include "rest/rfc3339.h"

#include <QRegularExpression>

namespace Rfc3339 {

QDateTime parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,18}))?"
        "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        const QString frac = (m.captured(7) + QStringLiteral("00")).left(3);
        ms = frac.toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    int offset = 0;
    if (!m.hasCaptured(8)) {
        const int oh = m.captured(10).toInt();
        const int om = m.captured(11).toInt();
        if (oh > 23 || om > 59)
            return {};
        offset = (oh * 60 + om) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
    }
    // An offset can carry 0001-01-01 or 9999-12-31 out of the years RFC 3339
    // can write; such a time could never be written back, so it is refused.
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offset);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

} // namespace Rfc3339
