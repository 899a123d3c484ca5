#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, for the
// fault tests of the REST client (SPEC §6). It serves on its own thread, so
// a test may block (waiting for a usagectl process) while it answers. Every
// request gets the same behaviour, whatever its path.
class FaultyHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Silent,         // accepts, reads the request, never answers
        Drip,           // a valid empty list, one byte per drip interval, headers included
        EndlessChunked, // Transfer-Encoding: chunked, chunks without end, as fast as read
        EndlessUnsized, // no Content-Length, Connection: close, bytes without end
        DataNull,       // {"code":0,"msg":"OK","data":null}
        DataMissing,    // {"code":0,"msg":"OK"}
        DataWrongType,  // {"code":0,"msg":"OK","data":"results"}
        Html503,        // 503 with a multi-line HTML page (nginx-like)
        EmptyList,      // a real empty list: {"total":0,"results":[]}
    };

    explicit FaultyHttpServer(Behaviour behaviour, QObject *parent = nullptr);
    ~FaultyHttpServer() override;

    // Listens on a free port of 127.0.0.1; false if it cannot.
    bool start();
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/usageapi/v1
    QUrl usageApi() const;

    void setBehaviour(Behaviour behaviour);
    void setDripIntervalMs(int ms);

    // The request lines received so far ("GET /usageapi/v1/usages?… HTTP/1.1").
    QStringList requests() const;
    qint64 bytesSent() const;

    static QStringList behaviourNames();
    // The behaviour named `name` (as in behaviourNames()); false if unknown.
    static bool behaviourFromName(const QString &name, Behaviour *out);
    static QByteArray htmlPage();

Q_SIGNALS:
    // From the server's thread, as each request head arrives.
    void requestReceived(const QString &requestLine);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    void pump(QTcpSocket *socket, bool chunked);
    void drip(QTcpSocket *socket, QByteArray rest);
    void count(qint64 bytes);

    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives on m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    Behaviour m_behaviour;
    int m_dripMs = 1000;
    QStringList m_requests;
    qint64 m_bytesSent = 0;
};
