#include "connectionmanager.h"

#include "core/backend.h"
#include "profiles/backendfactory.h"
#include "profiles/secretstore.h"

#include <QInputDialog>
#include <QLineEdit>

ConnectionManager::ConnectionManager(SecretStore *secrets, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_dialogParent(dialogParent)
{
    connect(m_secrets, &SecretStore::secretRead, this, &ConnectionManager::secretRead);
}

ConnectionManager::~ConnectionManager()
{
    dispose(std::move(m_backend));
    m_disposer.waitForDone();
}

void ConnectionManager::open(const Profile &profile)
{
    m_pending = profile;
    if (!profile.needsSecret()) {
        create(profile, QString());
        return;
    }
    m_secrets->read(profile.secretKey()); // answers with secretRead()
}

void ConnectionManager::secretRead(const QString &key, const QString &secret, bool found)
{
    if (!m_pending || m_pending->secretKey() != key)
        return;
    const Profile profile = *m_pending;
    if (found) {
        create(profile, secret);
        return;
    }
    if (m_asked.contains(profile.id)) {
        m_pending.reset();
        Q_EMIT errorOccurred(
            BackendError(BackendError::Category::Auth,
                         tr("No password or token for profile “%1”.").arg(profile.name),
                         tr("Enter it in Profiles… to connect.")));
        return;
    }
    askSecret(profile);
}

void ConnectionManager::askSecret(const Profile &profile)
{
    m_asked.insert(profile.id);
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("secretDialog"));
    dialog->setWindowTitle(tr("Connect to %1").arg(profile.name));
    dialog->setLabelText(profile.kind == Profile::Kind::Rest
                             ? tr("API token for “%1”:").arg(profile.name)
                             : tr("Database password for %1@%2:").arg(profile.user, profile.host));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, profile](const QString &text) {
        if (!m_pending || m_pending->id != profile.id)
            return;
        m_secrets->write(profile.secretKey(), text); // keychain, or memory for this run
        create(profile, text);
    });
    connect(dialog, &QDialog::rejected, this, [this, profile] {
        if (m_pending && m_pending->id == profile.id)
            m_pending.reset();
    });
    dialog->open();
}

void ConnectionManager::create(const Profile &profile, const QString &secret)
{
    m_pending.reset();
    auto made = BackendFactory::create(profile, secret);
    if (!made.ok()) {
        Q_EMIT errorOccurred(made.error());
        return;
    }
    setBackend(made.value(), profile);
}

void ConnectionManager::setBackend(std::shared_ptr<Backend> backend, const Profile &profile)
{
    std::shared_ptr<Backend> old = std::move(m_backend);
    m_backend = std::move(backend);
    m_profile = profile;
    Q_EMIT backendChanged(m_backend.get()); // the views let go of the old one here
    dispose(std::move(old));
}

void ConnectionManager::close()
{
    std::shared_ptr<Backend> old = std::move(m_backend);
    m_profile.reset();
    Q_EMIT backendChanged(nullptr);
    dispose(std::move(old));
}

void ConnectionManager::dispose(std::shared_ptr<Backend> backend)
{
    if (!backend)
        return;
    // A backend's destructor waits for its queued queries, which may take
    // seconds on a big table: let that happen off the GUI thread. Detached
    // from every thread first, so deleting it elsewhere is allowed.
    backend->moveToThread(nullptr);
    m_disposer.start([backend = std::move(backend)]() mutable { backend.reset(); });
}
