#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

class QSslConfiguration;
class QTcpServer;

// A tiny HTTP/1.1 server on 127.0.0.1 (a free port), on a thread of its own,
// for testing a client: every request is recorded and answered by the
// test's handler, byte for byte as the handler writes it (a recorded
// answer, a synthetic one, or a fault: late, dripping, cut off, never).
class StubHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        QByteArray raw;    // the whole HTTP response; empty: close at once
        int dripMs = 0;    // > 0: one byte every dripMs
        int delayMs = 0;   // wait before answering
        bool hang = false; // never answer
    };
    using Handler = std::function<Response(const Request &)>;

    explicit StubHttpServer(Handler handler);
    // Over TLS with `tls`'s certificate and key (a QSslServer): url() is
    // https, and requests() holds only what arrived after a handshake the
    // client accepted.
    StubHttpServer(Handler handler, const QSslConfiguration &tls);
    ~StubHttpServer() override;

    quint16 port() const { return m_port; }
    // http(s)://127.0.0.1:<port><path>
    QUrl url(const char *path = "/usageapi/v1") const;
    // Every request so far, in the order they arrived.
    QList<Request> requests() const;
    // TLS: the handshakes clients started, and the bytes that arrived
    // decrypted (all of them, requests or not).
    int handshakes() const;
    QByteArray received() const;

    // "HTTP/1.1 <status>" with a JSON body, its length and "Connection: close";
    // `extraHeaders` are whole "Name: value\r\n" lines.
    static QByteArray http(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void listen(const QSslConfiguration *tls);
    void accept();

    Handler m_handler;
    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Request> m_requests;
    bool m_tls = false;
    int m_handshakes = 0;
    QByteArray m_received;
};
