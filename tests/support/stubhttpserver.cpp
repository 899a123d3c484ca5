#include "stubhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

StubHttpServer::StubHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    listen(nullptr);
}

StubHttpServer::StubHttpServer(Handler handler, const QSslConfiguration &tls)
    : m_handler(std::move(handler))
    , m_tls(true)
{
    listen(&tls);
}

void StubHttpServer::listen(const QSslConfiguration *tls)
{
    moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        this,
        [this, tls] {
            if (tls) {
                auto *ssl = new QSslServer(this);
                ssl->setSslConfiguration(*tls);
                connect(ssl, &QSslServer::startedEncryptionHandshake, this, [this] {
                    QMutexLocker lock(&m_mutex);
                    ++m_handshakes;
                });
                // A QSslServer queues a connection once its handshake is done.
                connect(ssl, &QTcpServer::pendingConnectionAvailable, this,
                        &StubHttpServer::accept);
                m_server = ssl;
            } else {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &StubHttpServer::accept);
            }
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                qFatal("StubHttpServer: cannot listen: %s", qPrintable(m_server->errorString()));
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

int StubHttpServer::handshakes() const
{
    QMutexLocker lock(&m_mutex);
    return m_handshakes;
}

QByteArray StubHttpServer::received() const
{
    QMutexLocker lock(&m_mutex);
    return m_received;
}

StubHttpServer::~StubHttpServer()
{
    QMetaObject::invokeMethod(
        this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl StubHttpServer::url(const char *path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port)
                    .arg(QLatin1String(path)));
}

QList<StubHttpServer::Request> StubHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QByteArray StubHttpServer::http(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" +
           body;
}

void StubHttpServer::accept()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        auto buf = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, this, [this, s, buf] {
            const QByteArray bytes = s->readAll();
            {
                QMutexLocker lock(&m_mutex);
                m_received += bytes;
            }
            *buf += bytes;
            const qsizetype end = buf->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            const QList<QByteArray> lines = buf->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.url = QUrl(QString::fromLatin1(first.value(1)));
            for (int i = 1; i < lines.size(); ++i) {
                const qsizetype c = lines[i].indexOf(':');
                if (c > 0)
                    r.headers.insert(lines[i].left(c).trimmed().toLower(),
                                     lines[i].mid(c + 1).trimmed());
            }
            const qint64 length = r.headers.value("content-length").toLongLong();
            if (buf->size() < end + 4 + length)
                return;
            r.body = buf->mid(end + 4, length);
            s->disconnect(this);
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(r);
            }
            const Response resp = m_handler(r);
            if (resp.hang)
                return;
            auto send = [s, resp] {
                if (resp.dripMs <= 0) {
                    s->write(resp.raw);
                    s->disconnectFromHost();
                    return;
                }
                auto *t = new QTimer(s);
                auto pos = std::make_shared<qsizetype>(0);
                QObject::connect(t, &QTimer::timeout, s, [s, t, pos, resp] {
                    if (*pos >= resp.raw.size()) {
                        t->stop();
                        s->disconnectFromHost();
                        return;
                    }
                    s->write(resp.raw.mid((*pos)++, 1));
                });
                t->start(resp.dripMs);
            };
            if (resp.delayMs > 0)
                QTimer::singleShot(resp.delayMs, s, send);
            else
                send();
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        // A TLS connection is queued after its handshake: the request may
        // be here already.
        if (s->bytesAvailable() > 0)
            Q_EMIT s->readyRead();
    }
}
