#include "stubhttpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

StubHttpServer::StubHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_server = new QTcpServer(this);
            if (!m_server->listen(QHostAddress::LocalHost, 0))
                qFatal("StubHttpServer: cannot listen: %s", qPrintable(m_server->errorString()));
            m_port = m_server->serverPort();
            connect(m_server, &QTcpServer::newConnection, this, &StubHttpServer::accept);
        },
        Qt::BlockingQueuedConnection);
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
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path)));
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
            *buf += s->readAll();
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
    }
}
