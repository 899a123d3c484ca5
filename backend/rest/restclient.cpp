#include "rest/restclient.h"

#include "rest/restcertificate.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslError>
#include <QTimer>

#include <climits>

using Category = BackendError::Category;

struct RestClient::Pending
{
    quint64 id = 0;
    RestRequest request;
    Callback done;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QByteArray body;
    int redirects = 0;
    int timeoutMs = 0;
    QList<QSslError> sslErrors; // why the server's certificate was refused
};

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isTransportError(QNetworkReply::NetworkError e)
{
    // 1..99: network layer; 101..199: proxy; the HTTP-status errors (2xx,
    // 3xx, 4xx codes of the enum) still carry a complete answer.
    return (e >= 1 && e < 200) || e == QNetworkReply::ProtocolFailure ||
           e == QNetworkReply::ProtocolUnknownError;
}

// "GET /usageapi/v1/usages": which request, without its query.
QString endpointOf(const RestRequest &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.path();
}

// "16 MiB", "17,301,504 bytes": a size a person reads at a glance.
QString sizeText(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("RestClient", "%1 MiB").arg(bytes / (1024 * 1024));
    return QCoreApplication::translate("RestClient", "%1 bytes").arg(QLocale::c().toString(bytes));
}

} // namespace

RestClient::RestClient(const RestConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
    if (!m_config.caFile.isEmpty()) {
        QFile f(m_config.caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            m_sslProblem = QStringLiteral("Cannot read the CA file %1: %2")
                               .arg(m_config.caFile, f.errorString());
        } else {
            const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
            if (certs.isEmpty()) {
                m_sslProblem =
                    QStringLiteral("The CA file %1 holds no PEM certificate.").arg(m_config.caFile);
            } else {
                QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
                ssl.addCaCertificates(certs);
                m_ssl = ssl;
            }
        }
    }
}

RestClient::~RestClient()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        abort(id);
}

QString RestClient::hostOf(const QUrl &url) const
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort(url)));
}

QString RestClient::redact(QString text, const QString &token)
{
    if (token.isEmpty())
        return text;
    // Only where the token stands alone: a short token must not mask the
    // letters of every word it occurs in ("a" in "failed").
    static const QString tokenChar = QStringLiteral("[A-Za-z0-9._~+/=-]");
    const QRegularExpression alone(
        QStringLiteral("(?<!%1)%2(?!%1)").arg(tokenChar, QRegularExpression::escape(token)));
    text.replace(alone, QStringLiteral("***"));
    return text;
}

quint64 RestClient::send(const RestRequest &request, Callback done)
{
    auto *p = new Pending;
    p->id = m_nextId++;
    p->request = request;
    p->done = std::move(done);
    p->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : qMax(1, m_config.timeoutMs);
    m_pending.insert(p->id, p);
    // The deadline covers the whole request, from now on.
    p->deadline = new QTimer(this);
    p->deadline->setSingleShot(true);
    // A coarse timer may fire 5 % early: 1.5 s of a 30 s deadline.
    p->deadline->setTimerType(Qt::PreciseTimer);
    const quint64 id = p->id;
    connect(p->deadline, &QTimer::timeout, this, [this, id] {
        Pending *q = m_pending.value(id);
        if (!q)
            return;
        // Computed apart: lupdate (Qt 6.4) loops on a template argument
        // list inside translate()'s arguments.
        const int received = q->body.size() > INT_MAX ? INT_MAX : int(q->body.size());
        fail(id, BackendError(
                     Category::Timeout,
                     QCoreApplication::translate("RestClient",
                                                 "No complete answer from %1 within %2 s to %3.")
                         .arg(hostOf(q->request.url))
                         .arg(q->timeoutMs / 1000.0, 0, 'g', 3)
                         .arg(endpointOf(q->request)),
                     QCoreApplication::translate("RestClient", "%n bytes received", "", received)));
    });
    p->deadline->start(p->timeoutMs);
    QMetaObject::invokeMethod(
        this, [this, id] { start(id); }, Qt::QueuedConnection);
    return id;
}

void RestClient::start(quint64 id)
{
    Pending *p = m_pending.value(id);
    if (!p)
        return;
    const QUrl url = p->request.url;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        fail(id, BackendError(Category::InvalidInput,
                              QCoreApplication::translate(
                                  "RestClient", "The API address is not an http(s) URL: %1")
                                  .arg(url.toDisplayString(QUrl::RemoveUserInfo))));
        return;
    }
    if (url.scheme() == QLatin1String("https") && !m_sslProblem.isEmpty()) {
        fail(id, BackendError(Category::Connection, m_sslProblem));
        return;
    }
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    // Each redirect is checked in redirected() and followed only by
    // redirectAllowed(): same origin only (hence never to a less safe
    // scheme). With NoLessSafeRedirectPolicy Qt 6.4 queues the follow-up
    // request, Authorization included, before redirected() is emitted, so
    // aborting there does not reliably stop it (tst_restbackend caught it).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(MaxRedirects);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    if (m_ssl)
        req.setSslConfiguration(*m_ssl);
    QNetworkReply *reply = nullptr;
    if (p->request.method == "GET") {
        reply = m_nam->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(req, p->request.method, p->request.body);
    }
    p->reply = reply;
    // Without a read buffer limit Qt's HTTP thread reads the socket as fast
    // as it can and queues every byte for this thread: an endless body grew
    // the process past 1 GB before readyRead below saw the limit. With it,
    // the socket is read only as fast as we take the bytes.
    reply->setReadBufferSize(ReadBufferBytes);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        Pending *q = m_pending.value(id);
        if (!q || !q->reply)
            return;
        const int status = q->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return;
        const QVariant length = q->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_config.maxBodyBytes)
            fail(id, BackendError(
                         Category::Server,
                         QCoreApplication::translate("RestClient",
                                                     "The answer from %1 to %2 is %3, more than "
                                                     "the limit of %4: not read.")
                             .arg(hostOf(q->request.url), endpointOf(q->request),
                                  sizeText(length.toLongLong()), sizeText(m_config.maxBodyBytes))));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] {
        Pending *q = m_pending.value(id);
        if (!q || !q->reply)
            return;
        q->body += q->reply->readAll();
        if (q->body.size() > m_config.maxBodyBytes)
            fail(id, BackendError(Category::Server,
                                  QCoreApplication::translate(
                                      "RestClient", "The answer from %1 to %2 is larger than the "
                                                    "limit of %3: reading stopped.")
                                      .arg(hostOf(q->request.url), endpointOf(q->request),
                                           sizeText(m_config.maxBodyBytes))));
    });
    connect(reply, &QNetworkReply::redirected, this, [this, id](const QUrl &target) {
        Pending *q = m_pending.value(id);
        if (!q)
            return;
        ++q->redirects;
        q->body.clear();
        const QUrl resolved = q->request.url.resolved(target);
        if (q->request.url.scheme() == QLatin1String("https") &&
            resolved.scheme() != QLatin1String("https")) {
            // Never from an encrypted connection to a plain one.
            fail(id,
                 BackendError(
                     Category::Server,
                     QCoreApplication::translate("RestClient",
                                                 "Refused a redirect from %1 to the "
                                                 "unencrypted %2: the token is only sent "
                                                 "over a verified HTTPS connection.")
                         .arg(hostOf(q->request.url),
                              resolved.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
            return;
        }
        if (!sameOrigin(q->request.url, resolved)) {
            // Never let the token reach another origin: not followed.
            fail(id,
                 BackendError(Category::Server,
                              QCoreApplication::translate(
                                  "RestClient", "Refused a redirect from %1 to another origin "
                                                "(%2): the token is only sent to the configured "
                                                "server.")
                                  .arg(hostOf(q->request.url), hostOf(resolved))));
            return;
        }
        if (q->redirects > MaxRedirects) {
            fail(id, BackendError(Category::Server, QCoreApplication::translate(
                                                        "RestClient", "Too many redirects from %1.")
                                                        .arg(hostOf(q->request.url))));
            return;
        }
        Q_EMIT q->reply->redirectAllowed();
    });
    // Never ignored: there is no switch that turns verification off. The
    // errors are kept to say why the handshake failed.
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (Pending *q = m_pending.value(id))
            q->sslErrors = errors;
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id] {
        Pending *q = m_pending.value(id);
        if (!q || !q->reply)
            return;
        const QSslConfiguration ssl = q->reply->sslConfiguration();
        QString protocol = ssl.sessionCipher().protocolString();
        const QSslCertificate peer = ssl.peerCertificate();
        m_lastSecurity = QCoreApplication::translate("RestClient", "%1, certificate issued by %2")
                             .arg(protocol, peer.issuerDisplayName());
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id); });
}

BackendError RestClient::transportError(const Pending &p, QNetworkReply *reply) const
{
    const QString host = hostOf(p.request.url);
    const QString details = redact(reply->errorString(), m_config.token);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return BackendError(Category::Connection,
                            QCoreApplication::translate(
                                "RestClient", "Could not connect to %1: connection refused.")
                                .arg(host),
                            details);
    case QNetworkReply::HostNotFoundError:
        return BackendError(
            Category::Connection,
            QCoreApplication::translate("RestClient", "Could not connect to %1: host not found.")
                .arg(host),
            details);
    case QNetworkReply::RemoteHostClosedError:
        if (status > 0 || !p.body.isEmpty())
            return BackendError(Category::Server,
                                QCoreApplication::translate(
                                    "RestClient", "The answer from %1 was cut off: the connection "
                                                  "closed after %2 bytes.")
                                    .arg(host)
                                    .arg(p.body.size()),
                                details);
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "RestClient", "%1 closed the connection without answering (the "
                                              "service may have failed on this request).")
                                .arg(host),
                            details);
    case QNetworkReply::TimeoutError:
        return BackendError(
            Category::Timeout,
            QCoreApplication::translate("RestClient", "No answer from %1 in time.").arg(host),
            details);
    case QNetworkReply::SslHandshakeFailedError:
        if (!p.sslErrors.isEmpty())
            return BackendError(Category::Connection,
                                RestCertificate::problem(host, p.request.url.host(), p.sslErrors),
                                details);
        return BackendError(
            Category::Connection,
            QCoreApplication::translate("RestClient", "The secure connection to %1 failed: %2")
                .arg(host, details));
    case QNetworkReply::TooManyRedirectsError:
        return BackendError(
            Category::Server,
            QCoreApplication::translate("RestClient", "Too many redirects from %1.").arg(host),
            details);
    case QNetworkReply::InsecureRedirectError:
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "RestClient", "Refused a redirect from %1 to a less safe address.")
                                .arg(host),
                            details);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "RestClient", "%1 answered something that is not valid HTTP.")
                                .arg(host),
                            details);
    case QNetworkReply::OperationCanceledError:
        return BackendError(
            Category::Connection,
            QCoreApplication::translate("RestClient", "The request to %1 was aborted.").arg(host),
            details);
    default:
        break;
    }
    return BackendError(Category::Connection,
                        QCoreApplication::translate("RestClient", "The request to %1 failed: %2")
                            .arg(host, details),
                        details);
}

void RestClient::finish(quint64 id)
{
    Pending *p = m_pending.take(id);
    if (!p)
        return;
    QNetworkReply *reply = p->reply;
    p->deadline->stop();
    p->deadline->deleteLater();
    RestReply out;
    if (reply) {
        reply->disconnect(this);
        p->body += reply->readAll();
        out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isTransportError(reply->error()) || out.httpStatus <= 0) {
            out.error =
                reply->error() == QNetworkReply::NoError
                    ? BackendError(Category::Server, QCoreApplication::translate(
                                                         "RestClient", "%1 gave no HTTP status.")
                                                         .arg(hostOf(p->request.url)))
                    : transportError(*p, reply);
        } else if (p->body.size() > m_config.maxBodyBytes) {
            out.error = BackendError(
                Category::Server,
                QCoreApplication::translate("RestClient", "The answer from %1 to %2 is larger than "
                                                          "the limit of %3: reading stopped.")
                    .arg(hostOf(p->request.url), endpointOf(p->request),
                         sizeText(m_config.maxBodyBytes)));
        } else {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() != p->body.size()) {
                out.error = BackendError(Category::Server,
                                         QCoreApplication::translate(
                                             "RestClient", "The answer from %1 was cut off: %2 of "
                                                           "%3 bytes arrived.")
                                             .arg(hostOf(p->request.url))
                                             .arg(p->body.size())
                                             .arg(length.toLongLong()));
            }
        }
        out.body = p->body;
        reply->deleteLater();
    }
    Callback done = std::move(p->done);
    delete p;
    if (done)
        done(out);
}

void RestClient::fail(quint64 id, const BackendError &error)
{
    Pending *p = m_pending.take(id);
    if (!p)
        return;
    if (p->reply) {
        p->reply->disconnect(this);
        p->reply->abort();
        p->reply->deleteLater();
    }
    p->deadline->stop();
    p->deadline->deleteLater();
    Callback done = std::move(p->done);
    delete p;
    RestReply out;
    out.error = BackendError(error.category(), redact(error.message(), m_config.token),
                             redact(error.details(), m_config.token), error.serviceCode());
    if (done)
        done(out);
}

void RestClient::abort(quint64 id)
{
    Pending *p = m_pending.take(id);
    if (!p)
        return;
    if (p->reply) {
        p->reply->disconnect(this);
        p->reply->abort();
        p->reply->deleteLater();
    }
    p->deadline->stop();
    p->deadline->deleteLater();
    delete p;
}

void RestClient::abortAll(const QString &why)
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        fail(id, BackendError(Category::Connection, why));
}
