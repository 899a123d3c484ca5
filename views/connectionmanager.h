#pragma once

#include "core/backenderror.h"
#include "profiles/profile.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <optional>

class Backend;
class ProfileStore;
class SecretStore;
class QWidget;

// Turns a profile into a backend: reads its secret from the keychain, asks
// for it (once per run) when it is missing, and makes the backend. Owns the
// current backend; the views only borrow it.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(SecretStore *secrets, QWidget *dialogParent, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void open(const Profile &profile);
    // An already made backend (the first run's demo, tests).
    void setBackend(std::shared_ptr<Backend> backend, const Profile &profile);
    void close();

    Backend *backend() const { return m_backend.get(); }
    std::optional<Profile> profile() const { return m_profile; }

Q_SIGNALS:
    // backend null = disconnected.
    void backendChanged(Backend *backend);
    void errorOccurred(const BackendError &error);

private:
    void secretRead(const QString &key, const QString &secret, bool found);
    void askSecret(const Profile &profile);
    void create(const Profile &profile, const QString &secret);
    void dispose(std::shared_ptr<Backend> backend);

    SecretStore *m_secrets;
    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<Backend> m_backend;
    // Where old backends are destroyed; joined by the destructor, while the
    // application still runs (a backend's worker thread stops by an event,
    // and Qt delivers none once QCoreApplication is being destroyed).
    QThreadPool m_disposer;
    std::optional<Profile> m_profile;
    std::optional<Profile> m_pending; // waiting for its secret
    QSet<QString> m_asked;            // profiles whose secret was asked this run
};
