#include "simfaults.h"

#include "simoptions.h"

#include <QRegularExpression>

bool SimFaults::isKnown(const QString &kind)
{
    return SimOptions::faultKinds().contains(kind);
}

QByteArray SimFaults::html503Body()
{
    // What Go's http.TimeoutHandler answers by default.
    return QByteArrayLiteral("<html><head><title>Timeout</title></head><body><h1>Timeout</h1>"
                             "</body></html>");
}

QByteArray SimFaults::wrongTypes(const QByteArray &body)
{
    static const QRegularExpression numbers(QStringLiteral(
        "(\"(?:total|money|id|plan_history_id|price|plan_level)\": )(-?[0-9][0-9.eE+-]*)"));
    static const QRegularExpression moneyString(QStringLiteral("(\"money\": )\"([0-9.-]+)\""));
    QString text = QString::fromUtf8(body);
    if (text.contains(moneyString))
        text.replace(moneyString, QStringLiteral("\\1\\2"));
    else
        text.replace(numbers, QStringLiteral("\\1\"\\2\""));
    return text.toUtf8();
}

QByteArray SimFaults::huge(const QByteArray &body)
{
    QByteArray out = body;
    if (out.endsWith("\n}"))
        out.chop(2);
    else if (out.endsWith('}'))
        out.chop(1);
    out.reserve(HugeSize + 64);
    out += ",\n  \"padding\": \"";
    out += QByteArray(HugeSize, 'x');
    out += "\"\n}";
    return out;
}

QByteArray SimFaults::malformed(const QByteArray &body)
{
    return body.left(body.size() / 2) + QByteArrayLiteral("\n<<< not JSON >>>");
}

SimResponse SimFaults::rewrite(const SimResponse &response, const QString &kind)
{
    SimResponse r = response;
    if (kind == QLatin1String("html503")) {
        r.status = 503;
        r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        r.body = html503Body();
    } else if (kind == QLatin1String("malformed")) {
        r.status = 200;
        r.body = malformed(r.body);
    } else if (kind == QLatin1String("wrongtypes")) {
        r.body = wrongTypes(r.body);
    } else if (kind == QLatin1String("huge")) {
        r.body = huge(r.body);
    }
    return r;
}
