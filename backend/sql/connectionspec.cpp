#include "sql/connectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

BackendError invalid(const QString &message)
{
    return BackendError(BackendError::Category::InvalidInput, message);
}

} // namespace

bool isSafeIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_$]{1,64}$"));
    return re.match(name).hasMatch();
}

Result<ConnectionSpec> ConnectionSpec::parse(const QString &text)
{
    ConnectionSpec spec;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        spec.kind = Kind::Sqlite;
        spec.path = text.mid(7);
        if (spec.path.startsWith(QLatin1String("//")))
            spec.path = QUrl(QStringLiteral("file:") + spec.path).toLocalFile();
        if (spec.path.isEmpty())
            return invalid(
                QStringLiteral("sqlite: needs a file path, e.g. sqlite:/path/to/usage.db"));
        // One spelling per file, so that the display string parses back to
        // the same path ("sqlite:////srv/x.db" is /srv/x.db).
        spec.path = QDir::cleanPath(spec.path);
        if (spec.path.isEmpty())
            return invalid(
                QStringLiteral("sqlite: needs a file path, e.g. sqlite:/path/to/usage.db"));
        return spec;
    }
    if (text.startsWith(QLatin1String("mysql://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return invalid(QStringLiteral("not a valid MySQL address: expected "
                                          "mysql://USER@HOST:PORT/DB[?plans=PLANDB]"));
        if (!url.password().isEmpty())
            return invalid(QStringLiteral("do not put the password in the address; set "
                                          "USAGECTL_DB_PASSWORD instead"));
        spec.kind = Kind::Mysql;
        spec.host = url.host();
        spec.port = url.port(3306);
        spec.user = url.userName();
        spec.database = url.path().mid(1);
        const QUrlQuery query(url);
        // A misspelt setting (read_timout=5) would leave the default in force.
        static const QStringList known = {
            QStringLiteral("plans"),        QStringLiteral("connect_timeout"),
            QStringLiteral("read_timeout"), QStringLiteral("write_timeout"),
            QStringLiteral("tls"),          QStringLiteral("ca"),
            QStringLiteral("cert"),         QStringLiteral("key")};
        for (const auto &item : query.queryItems()) {
            if (!known.contains(item.first))
                return invalid(QStringLiteral("unknown setting \"%1\" in the MySQL address (it "
                                              "takes %2)")
                                   .arg(item.first, known.join(QStringLiteral(", "))));
        }
        spec.planDatabase = query.queryItemValue(QStringLiteral("plans"));
        for (const auto &[name, target] :
             {std::pair{QStringLiteral("connect_timeout"), &spec.connectTimeoutSeconds},
              std::pair{QStringLiteral("read_timeout"), &spec.readTimeoutSeconds},
              std::pair{QStringLiteral("write_timeout"), &spec.writeTimeoutSeconds}}) {
            if (!query.hasQueryItem(name))
                continue;
            bool ok = false;
            const int seconds = query.queryItemValue(name).toInt(&ok);
            if (!ok || seconds < 1 || seconds > MaxTimeoutSeconds)
                return invalid(QCoreApplication::translate("ConnectionSpec",
                                                           "%1 must be a number of seconds "
                                                           "from 1 to %2")
                                   .arg(name)
                                   .arg(MaxTimeoutSeconds));
            *target = seconds;
        }
        if (query.hasQueryItem(QStringLiteral("tls"))) {
            const QString tls = query.queryItemValue(QStringLiteral("tls"));
            if (tls == QLatin1String("required"))
                spec.tls = Tls::Required;
            else if (tls != QLatin1String("off"))
                return invalid(
                    QCoreApplication::translate("ConnectionSpec", "tls must be required or off"));
        }
        spec.caFile = query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
        spec.certFile = query.queryItemValue(QStringLiteral("cert"), QUrl::FullyDecoded);
        spec.keyFile = query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
        if (spec.tls != Tls::Required &&
            !(spec.caFile.isEmpty() && spec.certFile.isEmpty() && spec.keyFile.isEmpty()))
            return invalid(QCoreApplication::translate(
                "ConnectionSpec", "ca, cert and key need tls=required (a CA that is not "
                                  "checked would protect nothing)"));
        if (spec.certFile.isEmpty() != spec.keyFile.isEmpty())
            return invalid(
                QCoreApplication::translate("ConnectionSpec", "cert and key go together"));
        if (spec.user.isEmpty())
            return invalid(QStringLiteral("the MySQL address needs a user: mysql://USER@HOST/DB"));
        if (!isSafeIdentifier(spec.database))
            return invalid(QStringLiteral("the MySQL address needs a database name: "
                                          "mysql://USER@HOST:PORT/DB"));
        if (!spec.planDatabase.isEmpty() && !isSafeIdentifier(spec.planDatabase))
            return invalid(
                QStringLiteral("plans=%1 is not a valid database name").arg(spec.planDatabase));
        return spec;
    }
    // Not echoed back: a mistyped address may hold a password.
    return invalid(QStringLiteral("unknown database address: use sqlite:PATH or "
                                  "mysql://USER@HOST:PORT/DB"));
}

QString ConnectionSpec::toDisplayString() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    // Written by QUrl, which parse() reads it with: a user name holding `@`,
    // `%` or a control character comes out encoded, an IPv6 host in
    // brackets, and the string parses back to the same spec.
    QUrl url;
    url.setScheme(QStringLiteral("mysql"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!planDatabase.isEmpty())
        query.addQueryItem(QStringLiteral("plans"), planDatabase);
    // Only what differs from the defaults, so that plain addresses stay plain.
    for (const auto &[name, seconds] :
         {std::pair{QStringLiteral("connect_timeout"), connectTimeoutSeconds},
          std::pair{QStringLiteral("read_timeout"), readTimeoutSeconds},
          std::pair{QStringLiteral("write_timeout"), writeTimeoutSeconds}}) {
        if (seconds != DefaultTimeoutSeconds)
            query.addQueryItem(name, QString::number(seconds));
    }
    if (tls == Tls::Required) {
        query.addQueryItem(QStringLiteral("tls"), QStringLiteral("required"));
        // Encoded so that a path holding '&', '=' or '%' parses back.
        for (const auto &[name, file] :
             {std::pair{QStringLiteral("ca"), caFile}, std::pair{QStringLiteral("cert"), certFile},
              std::pair{QStringLiteral("key"), keyFile}}) {
            if (!file.isEmpty())
                query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(file, "/")));
        }
    }
    url.setQuery(query);
    // Spaces encoded: parse() reads in strict mode, which refuses a bare one.
    return url.toString(QUrl::EncodeSpaces);
}
