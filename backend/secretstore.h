#pragma once

#include <QHash>
#include <QObject>

// Secrets in the system keychain (QtKeychain). Where no keychain is
// available (no D-Bus session, no secret service), a secret is kept in
// memory for this run only and `persisted` says so; callers then ask the
// user once per run. Asynchronous: answers come as signals.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &key);
    void write(const QString &key, const QString &secret);
    void remove(const QString &key);

Q_SIGNALS:
    // found = false: neither the keychain nor this run's memory has it.
    void secretRead(const QString &key, const QString &secret, bool found);
    // persisted = false: kept in memory only (no keychain here).
    void secretWritten(const QString &key, bool persisted, const QString &message);

private:
    QHash<QString, QString> m_memory;
};
