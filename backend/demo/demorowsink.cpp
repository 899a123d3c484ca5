#include "demo/demorowsink.h"

DemoRowSink::~DemoRowSink() = default;

bool DemoRowSink::fail(const QString &message, const QString &details)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_details = details;
    }
    return false;
}

void demoFormatUtc(qint64 secs, char out[19])
{
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // civil_from_days (H. Hinnant)
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    const int hh = int(rem / 3600), mm = int(rem / 60 % 60), ss = int(rem % 60);
    auto put = [](char *p, int v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            p[i] = char('0' + v % 10);
            v /= 10;
        }
    };
    put(out, y, 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
    out[10] = ' ';
    put(out + 11, hh, 2);
    out[13] = ':';
    put(out + 14, mm, 2);
    out[16] = ':';
    put(out + 17, ss, 2);
}

QString demoFormatUtc(qint64 secsSinceEpoch)
{
    char buf[19];
    demoFormatUtc(secsSinceEpoch, buf);
    return QString::fromLatin1(buf, 19);
}
