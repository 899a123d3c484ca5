#pragma once

#include "rest/restconfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;
class SimServer;

// The fake usage service (usage-service-sim, SPEC §3) over a SQLite file,
// listening on a free port of 127.0.0.1: the one way tests start it.
//
// As a process (the real binary, for tests of the program itself and for
// usagectl runs, which block the test's thread) or in this process (a
// SimServer answering on the test's event loop, which counts the requests it
// gets). Either way it runs with --bsi-delay-ms 0 and stops with the object.
class FakeService
{
public:
    enum class Mode { Process, InProcess };

    // `tokens`: --token values ("tok=admin:*"); `now`: its fixed clock
    // (invalid: the system clock); `extra`: more command-line options.
    FakeService(const QString &sqlitePath, const QStringList &tokens, const QDateTime &now = {},
                const QStringList &extra = {});
    ~FakeService();
    FakeService(const FakeService &) = delete;
    FakeService &operator=(const FakeService &) = delete;

    // Starts it and waits until it listens; false (see errorString()) when it
    // does not within 20 s.
    bool start(Mode mode = Mode::Process);
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>/usageapi/v1, https://… when started with
    // --tls-cert/--tls-key; `host` names the same server otherwise
    // ("localhost"), for a certificate's host name.
    QUrl usageApi(const QString &host = QStringLiteral("127.0.0.1")) const;
    QUrl planApi(const QString &host = QStringLiteral("127.0.0.1")) const; // …/charge/v1
    // A REST backend's configuration for this service, with `token` and
    // the namespaces it may see.
    RestConfig restConfig(const QString &token, const QStringList &namespaces = {}) const;

    // Requests answered since the last reset (in-process only).
    int requests() const;
    void resetRequests();

private:
    QStringList arguments() const;
    bool startProcess();
    bool startInProcess();

    QString m_sqlitePath;
    QStringList m_tokens;
    QDateTime m_now;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<SimServer> m_server;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
    QString m_error;
};
