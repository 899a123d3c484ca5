#include "profiles/secretstore.h"

#include <qt6keychain/keychain.h>

namespace {

// Errors that mean "there is no keychain to talk to" rather than "this
// entry is missing" or "the user said no".
bool isUnavailable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::serviceName()
{
    return QStringLiteral("usage-console");
}

void SecretStore::noteKeychainError(QKeychain::Job *job)
{
    if (isUnavailable(job->error()))
        m_keychainAvailable = false;
}

void SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (readJob->error() == QKeychain::NoError) {
            m_keychainAvailable = true;
            Q_EMIT secretRead(key, readJob->textData(), true);
            return;
        }
        noteKeychainError(readJob);
        // Not in the keychain, or no keychain at all: this run's memory is
        // the only other place a secret may be.
        const auto it = m_memory.constFind(key);
        if (it != m_memory.constEnd())
            Q_EMIT secretRead(key, it.value(), true);
        else
            Q_EMIT secretRead(key, QString(), false);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    // The secret is captured only to keep it in memory if the keychain
    // fails; it never goes into a message.
    connect(job, &QKeychain::Job::finished, this, [this, key, secret](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            m_keychainAvailable = true;
            m_memory.remove(key); // the keychain is the one copy now
            Q_EMIT secretWritten(key, true, QString());
            return;
        }
        noteKeychainError(j);
        m_memory.insert(key, secret);
        Q_EMIT secretWritten(
            key, false,
            tr("The system keychain is not available (%1). The secret is kept in memory for "
               "this session only and will be asked for again next time.")
                .arg(j->errorString().section(QLatin1Char('\n'), 0, 0)));
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *j) {
        // A missing entry is as good as a deleted one.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            Q_EMIT secretRemoved(key, true, QString());
            return;
        }
        // Without a keychain we cannot tell whether an earlier run stored
        // it there: say so rather than claim it is gone.
        noteKeychainError(j);
        Q_EMIT secretRemoved(key, false, j->errorString().section(QLatin1Char('\n'), 0, 0));
    });
    job->start();
}
