#include "faultyhttpserver.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

const char *const names[] = {"silent",          "drip",      "endless-chunked",
                             "endless-unsized", "data-null", "data-missing",
                             "data-wrong-type", "html503",   "empty-list"};

QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                    const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray json(const QByteArray &body)
{
    return response(200, "OK", "application/json; charset=utf-8", body);
}

// Valid JSON text, repeated without end: an array of list rows.
const QByteArray &filler()
{
    static const QByteArray bytes = [] {
        QByteArray row = "{\"order_id\":\"x\",\"money\":1.5,\"project\":\"ns\"},";
        QByteArray out;
        while (out.size() < 64 * 1024)
            out += row;
        return out;
    }();
    return bytes;
}

} // namespace

FaultyHttpServer::FaultyHttpServer(Behaviour behaviour, QObject *parent)
    : QObject(parent)
    , m_behaviour(behaviour)
{
    m_thread.setObjectName(QStringLiteral("FaultyHttpServer"));
}

FaultyHttpServer::~FaultyHttpServer()
{
    // Deleted on its thread as the thread finishes (with its sockets).
    if (m_server)
        m_server->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

bool FaultyHttpServer::start()
{
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    connect(m_server, &QTcpServer::newConnection, m_server, [this] { onConnection(); });
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok] {
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QUrl FaultyHttpServer::usageApi() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/usageapi/v1").arg(m_port));
}

void FaultyHttpServer::setBehaviour(Behaviour behaviour)
{
    QMutexLocker lock(&m_mutex);
    m_behaviour = behaviour;
}

void FaultyHttpServer::setDripIntervalMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_dripMs = ms;
}

QStringList FaultyHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

qint64 FaultyHttpServer::bytesSent() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytesSent;
}

QStringList FaultyHttpServer::behaviourNames()
{
    QStringList out;
    for (const char *n : names)
        out.append(QLatin1String(n));
    return out;
}

bool FaultyHttpServer::behaviourFromName(const QString &name, Behaviour *out)
{
    const int i = int(behaviourNames().indexOf(name));
    if (i < 0)
        return false;
    *out = Behaviour(i);
    return true;
}

QByteArray FaultyHttpServer::htmlPage()
{
    return QByteArrayLiteral("<!DOCTYPE html>\r\n<html>\r\n<head>\r\n"
                             "<meta charset=\"utf-8\">\r\n"
                             "<title>503 Service Temporarily Unavailable</title>\r\n"
                             "<style>body { font-family: sans-serif; }</style>\r\n"
                             "</head>\r\n<body>\r\n"
                             "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
                             "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

void FaultyHttpServer::count(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_bytesSent += bytes;
}

void FaultyHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(m_server);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadable(socket); });
    }
}

void FaultyHttpServer::onReadable(QTcpSocket *socket)
{
    // One request head at a time; a body (PUT/POST) is read by its length.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        qsizetype bodyLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                bodyLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + bodyLength)
            break;
        buffer.remove(0, end + 4 + bodyLength);
        const QString line = QString::fromLatin1(head.left(head.indexOf('\r')));
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(line);
        }
        Q_EMIT requestReceived(line);
        answer(socket);
    }
    socket->setProperty("buffer", buffer);
}

void FaultyHttpServer::answer(QTcpSocket *socket)
{
    Behaviour b;
    {
        QMutexLocker lock(&m_mutex);
        b = m_behaviour;
    }
    QByteArray out;
    switch (b) {
    case Behaviour::Silent:
        return;
    case Behaviour::Drip:
        drip(socket, json("{\"code\":0,\"msg\":\"OK\",\"data\":{\"total\":0,\"results\":[]}}"));
        return;
    case Behaviour::EndlessChunked:
        out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(out);
        count(out.size());
        pump(socket, true);
        return;
    case Behaviour::EndlessUnsized:
        out = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n";
        socket->write(out);
        count(out.size());
        pump(socket, false);
        return;
    case Behaviour::DataNull:
        out = json("{\"code\":0,\"msg\":\"OK\",\"data\":null}");
        break;
    case Behaviour::DataMissing:
        out = json("{\"code\":0,\"msg\":\"OK\"}");
        break;
    case Behaviour::DataWrongType:
        out = json("{\"code\":0,\"msg\":\"OK\",\"data\":\"results\"}");
        break;
    case Behaviour::Html503:
        out = response(503, "Service Temporarily Unavailable", "text/html", htmlPage());
        break;
    case Behaviour::EmptyList:
        out = json("{\"code\":0,\"msg\":\"OK\",\"data\":{\"total\":0,\"results\":[]}}");
        break;
    }
    socket->write(out);
    count(out.size());
}

void FaultyHttpServer::pump(QTcpSocket *socket, bool chunked)
{
    // Keep the socket's send buffer topped up for as long as the client
    // reads: as fast as it can take the bytes, without end.
    auto top = [this, socket, chunked] {
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 512 * 1024) {
            QByteArray piece = filler();
            if (chunked)
                piece = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            socket->write(piece);
            count(piece.size());
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, top);
    top();
}

void FaultyHttpServer::drip(QTcpSocket *socket, QByteArray rest)
{
    if (rest.isEmpty() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(rest.left(1));
    count(1);
    int ms;
    {
        QMutexLocker lock(&m_mutex);
        ms = m_dripMs;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(ms, socket, [this, guard, rest] {
        if (guard)
            drip(guard, rest.mid(1));
    });
}
