#include "simoptions.h"

#include <QCommandLineParser>

QStringList SimOptions::faultKinds()
{
    return {QStringLiteral("none"),      QStringLiteral("delay"),     QStringLiteral("html503"),
            QStringLiteral("malformed"), QStringLiteral("truncated"), QStringLiteral("wrongtypes"),
            QStringLiteral("huge"),      QStringLiteral("drop"),      QStringLiteral("drip")};
}

std::optional<SimToken> SimOptions::parseTokenValue(const QString &value, QString *token)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    *token = value.left(eq);
    const QString rest = value.mid(eq + 1);
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    SimToken t;
    t.user = colon < 0 ? rest : rest.left(colon);
    if (t.user.isEmpty())
        return std::nullopt;
    if (colon >= 0) {
        const QStringList list = rest.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &ns : list) {
            if (ns == QLatin1String("*"))
                t.allNamespaces = true;
            else
                t.namespaces << ns;
        }
    }
    return t;
}

QDateTime SimOptions::parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    // A time without an offset is taken as UTC.
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

std::optional<SimOptions> SimOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A fake of the usage service's REST API (/usageapi/v1) and the plan service's routes."));
    p.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("sqlite:PATH or mysql://USER@HOST:PORT/DB[?plans=DB] "
                       "(password from USAGE_SIM_DB_PASSWORD)"),
        QStringLiteral("spec"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("127.0.0.1:PORT (0 = a free port)"),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("TOKEN=USER[:NS,NS...|*] (repeatable)"),
                                   QStringLiteral("token"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("fixed clock, e.g. 2026-11-25T03:00:00Z"),
                                 QStringLiteral("time"));
    const QCommandLineOption tz(QStringLiteral("service-tz"),
                                QStringLiteral("the service's time zone (default Asia/Shanghai)"),
                                QStringLiteral("zone"), QStringLiteral("Asia/Shanghai"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"),
                                   QStringLiteral("delay of the `delay` fault (default 2000)"),
                                   QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption bsiDelay(QStringLiteral("bsi-delay-ms"),
                                      QStringLiteral("wait after releasing a BSI (default 5000)"),
                                      QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("fault for every request: ") +
                                       faultKinds().join(QLatin1Char('|')),
                                   QStringLiteral("kind"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("serve HTTPS with this certificate (PEM; the server's first, then "
                       "any intermediate CAs)"),
        QStringLiteral("pem"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("the certificate's private key (PEM)"),
                                    QStringLiteral("pem"));
    p.addOptions({db, listen, token, now, tz, delay, bsiDelay, fault, tlsCert, tlsKey});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *error = p.helpText();
        return std::nullopt;
    }

    SimOptions o;
    if (!p.isSet(db)) {
        *error = QStringLiteral("--db is required");
        return std::nullopt;
    }
    auto spec = ConnectionSpec::parse(p.value(db));
    if (!spec) {
        *error = spec.error().message();
        return std::nullopt;
    }
    o.db = spec.value();
    o.db.password = qEnvironmentVariable("USAGE_SIM_DB_PASSWORD");

    const QString where = p.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon < 0 ? 0 : where.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || port > 65535 || !o.address.setAddress(where.left(colon))) {
        *error = QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:0");
        return std::nullopt;
    }
    o.port = quint16(port);

    const QStringList tokens = p.values(token);
    for (const QString &value : tokens) {
        QString name;
        const auto t = parseTokenValue(value, &name);
        if (!t) {
            *error = QStringLiteral("--token wants TOKEN=USER[:NS,NS...|*]");
            return std::nullopt;
        }
        o.tokens.insert(name, *t);
    }

    if (p.isSet(now)) {
        const QDateTime t = parseInstant(p.value(now));
        if (!t.isValid()) {
            *error = QStringLiteral("--now wants an RFC 3339 time, e.g. 2026-11-25T03:00:00Z");
            return std::nullopt;
        }
        o.now = t;
    }
    o.serviceZone = QTimeZone(p.value(tz).toUtf8());
    if (!o.serviceZone.isValid()) {
        *error = QStringLiteral("--service-tz: unknown time zone %1").arg(p.value(tz));
        return std::nullopt;
    }
    bool ok = false;
    o.delayMs = p.value(delay).toInt(&ok);
    if (!ok || o.delayMs < 0) {
        *error = QStringLiteral("--delay-ms wants a number of milliseconds");
        return std::nullopt;
    }
    o.bsiDelayMs = p.value(bsiDelay).toInt(&ok);
    if (!ok || o.bsiDelayMs < 0) {
        *error = QStringLiteral("--bsi-delay-ms wants a number of milliseconds");
        return std::nullopt;
    }
    if (p.isSet(fault)) {
        o.fault = p.value(fault);
        if (!faultKinds().contains(o.fault)) {
            *error = QStringLiteral("--fault wants one of ") + faultKinds().join(QLatin1Char(' '));
            return std::nullopt;
        }
        if (o.fault == QLatin1String("none"))
            o.fault.clear();
    }
    o.tlsCert = p.value(tlsCert);
    o.tlsKey = p.value(tlsKey);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return std::nullopt;
    }
    return o;
}
