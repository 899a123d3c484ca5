#include "simserver.h"

#include "simfaults.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_store(m_options.db)
    , m_plans(m_store)
    , m_usage(m_options, m_store, m_plans)
    , m_planApi(m_plans)
{
}

SimServer::~SimServer() = default;

QString SimServer::open()
{
    if (m_options.tls()) {
        const QString problem = setUpTls();
        if (!problem.isEmpty())
            return problem;
    }
    return m_store.open();
}

QString SimServer::setUpTls()
{
    QFile certFile(m_options.tlsCert);
    if (!certFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read --tls-cert %1: %2")
            .arg(m_options.tlsCert, certFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return QStringLiteral("--tls-cert %1 holds no PEM certificate").arg(m_options.tlsCert);
    QFile keyFile(m_options.tlsKey);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read --tls-key %1: %2")
            .arg(m_options.tlsKey, keyFile.errorString());
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return QStringLiteral("--tls-key %1 holds no RSA or EC private key (PEM, unencrypted)")
            .arg(m_options.tlsKey);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificateChain(chain);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificates
    // Qt 6.4: must come before listen(), which then makes a QSslServer.
    sslSetup(ssl);
    return {};
}

quint16 SimServer::start()
{
    return listen(m_options.address, m_options.port);
}

void SimServer::setFault(const QString &kind, int delayMs)
{
    m_options.fault = kind == QLatin1String("none") ? QString() : kind;
    if (delayMs >= 0)
        m_options.delayMs = delayMs;
    Q_EMIT faultChanged(m_options.fault);
}

std::optional<SimResponse> SimServer::control(const SimRequest &r)
{
    if (!r.path().startsWith(QLatin1String("/__sim/")))
        return std::nullopt;
    const bool write =
        r.method() == SimRequest::Method::Post || r.method() == SimRequest::Method::Put;
    if (r.path() == QLatin1String("/__sim/fault")) {
        if (write) {
            const QString kind = r.param(QStringLiteral("kind"));
            bool ok = true;
            const int ms =
                r.hasParam(QStringLiteral("ms")) ? r.param(QStringLiteral("ms")).toInt(&ok) : -1;
            if (!SimFaults::isKnown(kind) || !ok)
                return SimResponse::invalidParameters(
                    QStringLiteral("kind must be one of ") +
                    SimOptions::faultKinds().join(QLatin1Char(' ')) +
                    QStringLiteral(", ms a number"));
            setFault(kind, ms);
        }
        SimJson data = SimJson::object();
        data.add("fault", SimJson::string(m_options.fault.isEmpty() ? QStringLiteral("none")
                                                                    : m_options.fault));
        data.add("delay_ms", SimJson::integer(m_options.delayMs));
        return SimResponse::ok(std::move(data));
    }
    if (r.path() == QLatin1String("/__sim/now")) {
        if (write) {
            const QString text = r.param(QStringLiteral("time"));
            if (text.isEmpty() || text == QLatin1String("clock")) {
                m_options.now.reset();
            } else {
                const QDateTime t = SimOptions::parseInstant(text);
                if (!t.isValid())
                    return SimResponse::invalidParameters(QStringLiteral("time=") + text);
                m_options.now = t;
            }
        }
        SimJson data = SimJson::object();
        data.add("now", SimJson::time(m_usage.now(), QTimeZone::utc()));
        data.add("fixed", SimJson::boolean(m_options.now.has_value()));
        return SimResponse::ok(std::move(data));
    }
    return SimResponse::unsupportedUrl();
}

SimResponse SimServer::dispatch(const SimRequest &request)
{
    if (auto r = control(request))
        return *r;
    if (auto r = m_usage.handle(request))
        return *r;
    if (auto r = m_planApi.handle(request))
        return *r;
    return SimResponse::unsupportedUrl();
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SimRequest r(request);
    Pending pending;
    pending.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    pending.socket = socket;
    const bool isControl = r.path().startsWith(QLatin1String("/__sim/"));
    deliver(pending, dispatch(r), isControl ? QString() : m_options.fault);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Pending pending;
    pending.responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    pending.socket = socket;
    writePlain(pending, SimResponse::unsupportedUrl());
}

void SimServer::deliver(const Pending &pending, SimResponse response, const QString &fault)
{
    if (!pending.socket)
        return;
    if (response.deferred) {
        // Slow work (a BSI cancel): do it later without blocking other requests.
        auto work = std::move(response.deferred);
        QTimer::singleShot(response.deferMs, this,
                           [this, pending, work, fault]() { deliver(pending, work(), fault); });
        return;
    }
    if (fault == QLatin1String("delay")) {
        QTimer::singleShot(m_options.delayMs, this,
                           [this, pending, response]() { deliver(pending, response, QString()); });
        return;
    }
    if (response.drop || fault == QLatin1String("drop")) {
        pending.socket->abort();
        return;
    }
    const SimResponse r = SimFaults::rewrite(response, fault);
    if (fault == QLatin1String("truncated"))
        writeTruncated(pending, r);
    else if (fault == QLatin1String("drip"))
        writeDrip(pending, r);
    else
        writePlain(pending, r);
}

void SimServer::writePlain(const Pending &pending, const SimResponse &response)
{
    if (!pending.socket || !pending.socket->isOpen())
        return;
    pending.responder->write(response.body,
                             {{QByteArrayLiteral("Content-Type"), response.contentType}},
                             static_cast<QHttpServerResponder::StatusCode>(response.status));
}

void SimServer::writeTruncated(const Pending &pending, const SimResponse &response)
{
    if (!pending.socket || !pending.socket->isOpen())
        return;
    // Announce the whole body and more, send half of it, then close.
    QHttpServerResponder &out = *pending.responder;
    out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    out.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    out.writeHeader(QByteArrayLiteral("Content-Length"),
                    QByteArray::number(response.body.size() + 100));
    out.writeBody(response.body.left(response.body.size() / 2));
    pending.socket->flush();
    pending.socket->disconnectFromHost();
}

void SimServer::writeDrip(const Pending &pending, const SimResponse &response)
{
    if (!pending.socket || !pending.socket->isOpen())
        return;
    QHttpServerResponder &out = *pending.responder;
    out.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    out.writeHeader(QByteArrayLiteral("Content-Type"), response.contentType);
    out.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    out.writeBody(QByteArray());
    pending.socket->flush();
    // One byte a second; the timer dies with the socket.
    auto *timer = new QTimer(pending.socket.data());
    auto sent = std::make_shared<qsizetype>(0);
    const QByteArray body = response.body;
    QPointer<QTcpSocket> socket = pending.socket;
    connect(timer, &QTimer::timeout, timer, [timer, sent, body, socket]() {
        if (!socket || !socket->isOpen() || *sent >= body.size()) {
            timer->stop();
            timer->deleteLater();
            return;
        }
        socket->write(body.constData() + *sent, 1);
        socket->flush();
        ++*sent;
    });
    timer->start(1000);
}
