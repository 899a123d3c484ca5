#include "profiles/profilestore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

// Keys under "profiles/<id>". There is deliberately no key for a password or
// token: secrets live in the keychain under Profile::secretKey().
const QString GroupProfiles = QStringLiteral("profiles");
const QString KeyCurrent = QStringLiteral("currentProfile");

QString kindName(Profile::Kind kind)
{
    switch (kind) {
    case Profile::Kind::Sqlite:
        return QStringLiteral("sqlite");
    case Profile::Kind::Mysql:
        return QStringLiteral("mysql");
    case Profile::Kind::Rest:
        return QStringLiteral("rest");
    }
    return QStringLiteral("sqlite");
}

Profile::Kind kindFromName(const QString &name)
{
    if (name == QLatin1String("mysql"))
        return Profile::Kind::Mysql;
    if (name == QLatin1String("rest"))
        return Profile::Kind::Rest;
    return Profile::Kind::Sqlite;
}

// A group name must not contain '/' (it would nest groups) or '\\'.
bool isUsableId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('\\'));
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(!settings)
{
}

ProfileStore::~ProfileStore()
{
    if (m_ownsSettings)
        delete m_settings;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(GroupProfiles);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!isUsableId(id))
        return std::nullopt;
    m_settings->beginGroup(GroupProfiles);
    const bool exists = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;

    Profile p;
    m_settings->beginGroup(GroupProfiles + QLatin1Char('/') + id);
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name"), id).toString();
    p.kind = kindFromName(m_settings->value(QStringLiteral("kind")).toString());
    p.sqlitePath = m_settings->value(QStringLiteral("sqlitePath")).toString();
    p.host = m_settings->value(QStringLiteral("host")).toString();
    p.port = m_settings->value(QStringLiteral("port"), 3306).toInt();
    p.user = m_settings->value(QStringLiteral("user")).toString();
    p.database = m_settings->value(QStringLiteral("database")).toString();
    p.planDatabase = m_settings->value(QStringLiteral("planDatabase")).toString();
    p.usageApiUrl = m_settings->value(QStringLiteral("usageApiUrl")).toString();
    p.planApiUrl = m_settings->value(QStringLiteral("planApiUrl")).toString();
    p.namespaces = m_settings->value(QStringLiteral("namespaces")).toStringList();
    p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
    // Written by the address's words; a profile saved before there was TLS
    // has no key, and is off.
    p.mysqlTls =
        m_settings->value(QStringLiteral("mysqlTls")).toString() == QLatin1String("required");
    p.mysqlCaFile = m_settings->value(QStringLiteral("mysqlCaFile")).toString();
    p.mysqlCertFile = m_settings->value(QStringLiteral("mysqlCertFile")).toString();
    p.mysqlKeyFile = m_settings->value(QStringLiteral("mysqlKeyFile")).toString();
    p.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
    p.useCache = m_settings->value(QStringLiteral("useCache"), true).toBool();
    p.serviceZone =
        m_settings->value(QStringLiteral("serviceZone"), QStringLiteral("Asia/Shanghai"))
            .toString();
    // A value out of range (a hand-edited file) falls back to the default.
    auto seconds = [this](const QString &key) {
        bool ok = false;
        const int s = m_settings->value(key, Profile::DefaultTimeoutSeconds).toInt(&ok);
        return ok && s >= 1 && s <= Profile::MaxTimeoutSeconds ? s : Profile::DefaultTimeoutSeconds;
    };
    p.requestTimeoutSeconds = seconds(QStringLiteral("requestTimeout"));
    p.connectTimeoutSeconds = seconds(QStringLiteral("connectTimeout"));
    p.readTimeoutSeconds = seconds(QStringLiteral("readTimeout"));
    p.writeTimeoutSeconds = seconds(QStringLiteral("writeTimeout"));
    m_settings->endGroup();
    return p;
}

QString ProfileStore::save(Profile profile)
{
    if (!isUsableId(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QString group = GroupProfiles + QLatin1Char('/') + profile.id;
    // Replace, not merge: a key dropped from the profile must not linger.
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("kind"), kindName(profile.kind));
    m_settings->setValue(QStringLiteral("sqlitePath"), profile.sqlitePath);
    m_settings->setValue(QStringLiteral("host"), profile.host);
    m_settings->setValue(QStringLiteral("port"), profile.port);
    m_settings->setValue(QStringLiteral("user"), profile.user);
    m_settings->setValue(QStringLiteral("database"), profile.database);
    m_settings->setValue(QStringLiteral("planDatabase"), profile.planDatabase);
    m_settings->setValue(QStringLiteral("usageApiUrl"), profile.usageApiUrl);
    m_settings->setValue(QStringLiteral("planApiUrl"), profile.planApiUrl);
    m_settings->setValue(QStringLiteral("namespaces"), profile.namespaces);
    m_settings->setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings->setValue(QStringLiteral("mysqlTls"),
                         profile.mysqlTls ? QStringLiteral("required") : QStringLiteral("off"));
    m_settings->setValue(QStringLiteral("mysqlCaFile"), profile.mysqlCaFile);
    m_settings->setValue(QStringLiteral("mysqlCertFile"), profile.mysqlCertFile);
    m_settings->setValue(QStringLiteral("mysqlKeyFile"), profile.mysqlKeyFile);
    m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings->setValue(QStringLiteral("useCache"), profile.useCache);
    m_settings->setValue(QStringLiteral("serviceZone"), profile.serviceZone);
    m_settings->setValue(QStringLiteral("requestTimeout"), profile.requestTimeoutSeconds);
    m_settings->setValue(QStringLiteral("connectTimeout"), profile.connectTimeoutSeconds);
    m_settings->setValue(QStringLiteral("readTimeout"), profile.readTimeoutSeconds);
    m_settings->setValue(QStringLiteral("writeTimeout"), profile.writeTimeoutSeconds);
    m_settings->endGroup();
    // Written now, so that a crash later does not lose a profile the user
    // saw being saved.
    m_settings->sync();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isUsableId(id))
        return;
    m_settings->remove(GroupProfiles + QLatin1Char('/') + id);
    if (currentId() == id)
        m_settings->remove(KeyCurrent);
    m_settings->sync();
}

QString ProfileStore::currentId() const
{
    return m_settings->value(KeyCurrent).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(KeyCurrent);
    else
        m_settings->setValue(KeyCurrent, id);
    m_settings->sync();
}

std::unique_ptr<QSettings> ProfileStore::windowSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, organizationName(),
                                       windowApplicationName());
}

Profile ProfileStore::demoProfile(const QString &path)
{
    Profile p;
    p.id = QStringLiteral("demo");
    p.name = QStringLiteral("Demo");
    p.kind = Profile::Kind::Sqlite;
    p.sqlitePath = path;
    return p;
}
