#include "simprocess.h"

#include "testdatabases.h"

#include <QElapsedTimer>
#include <QRegularExpression>

SimProcess::~SimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString SimProcess::start(const QString &dbPath, const QString &token, const QString &now,
                          const QStringList &extra)
{
    m_process.setProgram(TestDatabases::binDir() + QStringLiteral("/usage-service-sim"));
    m_process.setArguments(QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + dbPath,
                                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--token"),
                                       token + QStringLiteral("=admin:*"), QStringLiteral("--now"),
                                       now, QStringLiteral("--bsi-delay-ms"), QStringLiteral("0")} +
                           extra);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("cannot start %1: %2")
            .arg(m_process.program(), m_process.errorString());
    // It says where it listens on its first line.
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (m_host.isEmpty() && t.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        m_host = listening.match(QString::fromUtf8(out)).captured(1);
    }
    return m_host.isEmpty() ? QStringLiteral("usage-service-sim did not say where it listens: ") +
                                  QString::fromUtf8(out)
                            : QString();
}
