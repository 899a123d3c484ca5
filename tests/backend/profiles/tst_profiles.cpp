// ProfileStore over a QSettings in a temporary file: save, load, replace,
// remove, the current profile — and never a secret in the file.
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveAndLoad();
    void replaceAndRemove();
    void currentProfile();
    void noSecretInSettings();
};

namespace {

Profile mysqlProfile()
{
    Profile p;
    p.name = QStringLiteral("生产库 (只读)");
    p.kind = Profile::Kind::Mysql;
    p.host = QStringLiteral("db.example.com");
    p.port = 3307;
    p.user = QStringLiteral("reader");
    p.database = QStringLiteral("usage");
    p.planDatabase = QStringLiteral("plan");
    p.readOnly = true;
    p.useCache = false;
    p.serviceZone = QStringLiteral("UTC");
    return p;
}

Profile restProfile()
{
    Profile p;
    p.name = QStringLiteral("API");
    p.kind = Profile::Kind::Rest;
    p.usageApiUrl = QStringLiteral("https://api.example.com/usageapi/v1");
    p.planApiUrl = QStringLiteral("https://api.example.com/charge/v1");
    p.namespaces = QStringList{"ns-a", "ns-b"};
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestProfiles::saveAndLoad()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QVERIFY(store.profiles().isEmpty());

    const QString id = store.save(mysqlProfile());
    QVERIFY(!QUuid::fromString(id).isNull()); // ids come from QUuid
    const auto loaded = store.profile(id);
    QVERIFY(loaded);
    const Profile expected = mysqlProfile();
    QCOMPARE(loaded->id, id);
    QCOMPARE(loaded->name, expected.name);
    QCOMPARE(loaded->kind, Profile::Kind::Mysql);
    QCOMPARE(loaded->host, expected.host);
    QCOMPARE(loaded->port, 3307);
    QCOMPARE(loaded->user, expected.user);
    QCOMPARE(loaded->database, expected.database);
    QCOMPARE(loaded->planDatabase, expected.planDatabase);
    QCOMPARE(loaded->readOnly, true);
    QCOMPARE(loaded->useCache, false);
    QCOMPARE(loaded->serviceZone, QStringLiteral("UTC"));

    const QString restId = store.save(restProfile());
    QVERIFY(restId != id);
    const auto rest = store.profile(restId);
    QVERIFY(rest);
    QCOMPARE(rest->kind, Profile::Kind::Rest);
    QCOMPARE(rest->namespaces, (QStringList{"ns-a", "ns-b"}));
    QCOMPARE(rest->usageApiUrl, restProfile().usageApiUrl);
    QCOMPARE(rest->caFile, restProfile().caFile);
    QCOMPARE(rest->serviceZone, QStringLiteral("Asia/Shanghai"));

    // A second store over the same file sees both, sorted by name.
    QSettings again(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    const QList<Profile> all = ProfileStore(&again).profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("API"));
    QVERIFY(!store.profile(QStringLiteral("no-such-id")));
    QVERIFY(!store.profile(QStringLiteral("../x")));
}

void TestProfiles::replaceAndRemove()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile p = restProfile();
    p.id = store.save(p);
    p.kind = Profile::Kind::Sqlite;
    p.sqlitePath = QStringLiteral("/data/demo.db");
    p.namespaces.clear();
    QCOMPARE(store.save(p), p.id); // replaced in place
    QCOMPARE(store.profiles().size(), 1);
    const auto loaded = store.profile(p.id);
    QCOMPARE(loaded->kind, Profile::Kind::Sqlite);
    QCOMPARE(loaded->sqlitePath, QStringLiteral("/data/demo.db"));
    QVERIFY(loaded->namespaces.isEmpty());

    store.remove(p.id);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(p.id));
}

void TestProfiles::currentProfile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    const QString a = store.save(mysqlProfile());
    const QString b = store.save(restProfile());
    QCOMPARE(store.currentId(), QString());
    store.setCurrentId(b);
    QCOMPARE(store.currentId(), b);
    store.remove(a);
    QCOMPARE(store.currentId(), b);
    store.remove(b); // removing the current one clears it
    QCOMPARE(store.currentId(), QString());

    const Profile demo = ProfileStore::demoProfile(QStringLiteral("/tmp/demo.db"));
    QCOMPARE(demo.kind, Profile::Kind::Sqlite);
    QCOMPARE(demo.sqlitePath, QStringLiteral("/tmp/demo.db"));
    QVERIFY(!demo.needsSecret());
}

void TestProfiles::noSecretInSettings()
{
    // Through the SecretStore as the dialog does it: with or without a
    // keychain, the password must not reach the settings file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uc.ini"));
    const QString password = QStringLiteral("Pa55-w0rd-that-must-not-leak");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = mysqlProfile();
        p.id = store.save(p);
        store.setCurrentId(p.id);
        SecretStore secrets;
        QSignalSpy written(&secrets, &SecretStore::secretWritten);
        secrets.write(p.secretKey(), password);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        // The message says what happened without repeating the secret.
        QVERIFY(!written.at(0).at(2).toString().contains(password));
        store.save(p);
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.contains("db.example.com"));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.toLower().contains("password"));
    QVERIFY(!bytes.toLower().contains("token"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
