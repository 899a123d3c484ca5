// SecretStore::readNow, in a file of its own: usagectl, which links without
// the keychain, has app/localonly.cpp's in its place.

#include "profiles/secretstore.h"

#include <QEventLoop>
#include <QTimer>

std::optional<QString> SecretStore::readNow(const QString &key, int timeoutMs)
{
    SecretStore store;
    QEventLoop loop;
    std::optional<QString> secret;
    QObject::connect(&store, &SecretStore::secretRead, &loop,
                     [&](const QString &read, const QString &value, bool found) {
                         if (read != key)
                             return;
                         if (found)
                             secret = value;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    store.read(key);
    loop.exec();
    return secret;
}
