#include "fakeservice.h"

#include "simoptions.h"
#include "simserver.h"
#include "testpaths.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>

namespace {

constexpr int StartTimeoutMs = 20000;

// A SimServer that counts what it answers.
class CountingSimServer : public SimServer
{
public:
    using SimServer::SimServer;
    int requests = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++requests;
        return SimServer::handleRequest(request, socket);
    }
};

} // namespace

FakeService::FakeService(const QString &sqlitePath, const QStringList &tokens, const QDateTime &now,
                         const QStringList &extra)
    : m_sqlitePath(sqlitePath)
    , m_tokens(tokens)
    , m_now(now)
    , m_extra(extra)
{
}

FakeService::~FakeService()
{
    stop();
}

QStringList FakeService::arguments() const
{
    QStringList args{QStringLiteral("--db"),           QStringLiteral("sqlite:") + m_sqlitePath,
                     QStringLiteral("--listen"),       QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--bsi-delay-ms"), QStringLiteral("0")};
    for (const QString &token : m_tokens)
        args << QStringLiteral("--token") << token;
    if (m_now.isValid())
        args << QStringLiteral("--now") << m_now.toUTC().toString(Qt::ISODate);
    return args + m_extra;
}

bool FakeService::start(Mode mode)
{
    stop();
    m_error.clear();
    return mode == Mode::Process ? startProcess() : startInProcess();
}

bool FakeService::startProcess()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(TestPaths::program(QStringLiteral("usage-service-sim")));
    m_process->setArguments(arguments());
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    static const QRegularExpression listening(
        QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray out;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_process->readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_scheme = m.captured(1);
            m_port = quint16(m.captured(2).toUInt());
            return true;
        }
    }
    m_error = QStringLiteral("usage-service-sim did not say where it listens (%1): %2")
                  .arg(m_process->errorString(), QString::fromUtf8(out));
    stop();
    return false;
}

bool FakeService::startInProcess()
{
    const auto options =
        SimOptions::parse(QStringList{QStringLiteral("usage-service-sim")} + arguments(), &m_error);
    if (!options)
        return false;
    m_scheme = options->tls() ? QStringLiteral("https") : QStringLiteral("http");
    m_server = std::make_unique<CountingSimServer>(*options);
    m_error = m_server->open();
    if (m_error.isEmpty())
        m_port = m_server->start();
    if (m_port != 0)
        return true;
    if (m_error.isEmpty())
        m_error = QStringLiteral("the fake service cannot listen on 127.0.0.1");
    stop();
    return false;
}

void FakeService::stop()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }
    m_server.reset();
    m_port = 0;
}

QUrl FakeService::usageApi(const QString &host) const
{
    return QUrl(QStringLiteral("%1://%2:%3/usageapi/v1").arg(m_scheme, host).arg(m_port));
}

QUrl FakeService::planApi(const QString &host) const
{
    return QUrl(QStringLiteral("%1://%2:%3/charge/v1").arg(m_scheme, host).arg(m_port));
}

int FakeService::requests() const
{
    if (!m_server)
        qFatal("FakeService::requests(): only an in-process service counts its requests");
    return static_cast<const CountingSimServer *>(m_server.get())->requests;
}

void FakeService::resetRequests()
{
    if (!m_server)
        qFatal("FakeService::resetRequests(): only an in-process service counts its requests");
    static_cast<CountingSimServer *>(m_server.get())->requests = 0;
}

RestConfig FakeService::restConfig(const QString &token, const QStringList &namespaces) const
{
    RestConfig c;
    c.usageApi = usageApi();
    c.planApi = planApi();
    c.token = token;
    c.namespaces = namespaces;
    return c;
}
