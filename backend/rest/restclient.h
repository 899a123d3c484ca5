#pragma once

#include "core/backenderror.h"
#include "rest/restconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

struct RestRequest
{
    QByteArray method = "GET"; // GET, POST, PUT
    QUrl url;
    QByteArray body;   // JSON, for POST and PUT
    int timeoutMs = 0; // 0 = the configured timeout
};

// What came back: an HTTP status and a complete body, or a transport error
// (timeout, refused, dropped, truncated, too large, refused redirect).
struct RestReply
{
    int httpStatus = 0;
    QByteArray body;
    std::optional<BackendError> error;
};

// One request at a time per call, many in flight: a whole-request deadline,
// a body size cap enforced while reading, `Authorization: Bearer <token>`,
// redirects followed only within the same origin and never to a less safe
// scheme, HTTPS with the system CAs plus an optional extra CA file. Lives
// on (and must be used from) the thread that created it; its
// QNetworkAccessManager is created there too.
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestReply &)>;

    explicit RestClient(const RestConfig &config, QObject *parent = nullptr);
    ~RestClient() override;

    // Starts the request; `done` is called exactly once, later (never from
    // inside send()), unless the request is aborted with abort() first.
    quint64 send(const RestRequest &request, Callback done);
    // Drops a request in flight without calling its callback.
    void abort(quint64 id);
    // Aborts everything in flight; each callback gets a Connection error.
    void abortAll(const QString &why);
    int inFlight() const { return int(m_pending.size()); }
    // "TLSv1.3, certificate issued by Example CA" after a verified HTTPS
    // answer; empty before one (or over plain HTTP).
    QString lastSecurity() const { return m_lastSecurity; }
    // `text` with `token` masked ("***") wherever it stands alone.
    static QString redact(QString text, const QString &token);

    // Why a server's certificate was refused, naming the reason, its subject

    static constexpr int MaxRedirects = 5;
    // How much of an answer Qt may hold unread (its back-pressure).
    static constexpr qint64 ReadBufferBytes = 256 * 1024;

private:
    struct Pending;
    void start(quint64 id);
    void finish(quint64 id);
    void fail(quint64 id, const BackendError &error);
    BackendError transportError(const Pending &p, QNetworkReply *reply) const;
    QString hostOf(const QUrl &url) const;

    RestConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    std::optional<QSslConfiguration> m_ssl;
    QString m_sslProblem;
    QString m_lastSecurity;
    quint64 m_nextId = 1;
    QHash<quint64, Pending *> m_pending;
};
