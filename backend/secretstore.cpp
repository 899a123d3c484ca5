#include "secretstore.h"

// Stub: to be replaced by the QtKeychain implementation.
SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::read(const QString &key)
{
    const bool found = m_memory.contains(key);
    Q_EMIT secretRead(key, m_memory.value(key), found);
}

void SecretStore::write(const QString &key, const QString &secret)
{
    m_memory.insert(key, secret);
    Q_EMIT secretWritten(key, false, QString());
}

void SecretStore::remove(const QString &key)
{
    m_memory.remove(key);
}
