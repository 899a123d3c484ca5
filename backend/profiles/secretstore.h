#pragma once

#include <QHash>
#include <QObject>

#include <optional>

namespace QKeychain {
class Job;
}

// Secrets in the system keychain (QtKeychain). Where no keychain is
// available (no D-Bus session, no secret service), a secret is kept in
// memory for this run only and `persisted` says so; callers then ask the
// user once per run. Asynchronous: answers come as signals.
//
// Never writes a secret anywhere else: QtKeychain's plain-text fallback is
// off, and no message carries the secret itself.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    // The keychain's service name: every key is stored under it.
    static QString serviceName();

    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

    // The secret under `key`, waiting for the keychain (at most
    // `timeoutMs`: a keychain may never answer); nullopt when it has none.
    // For a program without an event loop of its own (usagectl).
    static std::optional<QString> readNow(const QString &key, int timeoutMs);

    // Whether the last keychain job reached a keychain (true until one
    // fails for want of one).
    bool keychainAvailable() const { return m_keychainAvailable; }
    // Whether this run's memory holds the secret under `key` (it does only
    // where the keychain failed).
    bool hasInMemory(const QString &key) const { return m_memory.contains(key); }

Q_SIGNALS:
    // found = false: neither the keychain nor this run's memory has it.
    void secretRead(const QString &key, const QString &secret, bool found);
    // persisted = false: kept in memory only (no keychain here).
    void secretWritten(const QString &key, bool persisted, const QString &message);
    // ok = false: the keychain could not delete it (message says why); the
    // in-memory copy is gone either way.
    void secretRemoved(const QString &key, bool ok, const QString &message);

private:
    void noteKeychainError(QKeychain::Job *job);

    QHash<QString, QString> m_memory;
    bool m_keychainAvailable = true;
};
