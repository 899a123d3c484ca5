#include "profilestore.h"

#include <QSettings>

// Stub: to be replaced by the real implementation.
ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings)
{}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    return {};
}

std::optional<Profile> ProfileStore::profile(const QString &) const
{
    return std::nullopt;
}

QString ProfileStore::save(Profile profile)
{
    return profile.id;
}

void ProfileStore::remove(const QString &) {}

QString ProfileStore::currentId() const
{
    return {};
}

void ProfileStore::setCurrentId(const QString &) {}

Profile ProfileStore::demoProfile(const QString &path)
{
    Profile p;
    p.id = QStringLiteral("demo");
    p.name = QStringLiteral("Demo");
    p.sqlitePath = path;
    return p;
}
