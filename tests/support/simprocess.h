#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The fake usage service (build/bin/usage-service-sim) as a process of the
// test's own, on a free port of 127.0.0.1; killed with this object.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Serves the SQLite file `dbPath` with `token` acting for every
    // namespace (user admin), its clock fixed at `now` (RFC 3339), BSIs
    // released at once; `extra` arguments are added. Empty on success, else
    // what went wrong.
    QString start(const QString &dbPath, const QString &token, const QString &now,
                  const QStringList &extra = {});
    // http://127.0.0.1:PORT once started.
    QString host() const { return m_host; }

private:
    QProcess m_process;
    QString m_host;
};
