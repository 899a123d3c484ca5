// SecretStore without a keychain (no D-Bus session: the write falls back to
// memory, says so, and reads find it) and, where the tools exist, with a
// real gnome-keyring that this test starts in its own D-Bus session.
#include "profiles/secretstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Set in the child this test starts under dbus-run-session.
const char ChildFlag[] = "UC_SECRETSTORE_REAL_KEYCHAIN";

struct ReadAnswer
{
    QString secret;
    bool found = false;
};

ReadAnswer readSecret(SecretStore &store, const QString &key)
{
    QSignalSpy spy(&store, &SecretStore::secretRead);
    store.read(key);
    // The spy's count, not spy.wait(): an answer that came inside read()
    // would be missed by a wait that starts after it.
    if (!QTest::qWaitFor([&] { return spy.count() > 0; }, 20000))
        qFatal("no answer to read(%s)", qPrintable(key));
    if (spy.at(0).at(0).toString() != key)
        qFatal("answer for another key");
    return {spy.at(0).at(1).toString(), spy.at(0).at(2).toBool()};
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fallsBackToMemory();
    void realKeychain();
};

void TestSecretStore::initTestCase()
{
    if (!qEnvironmentVariableIsSet(ChildFlag)) {
        // No session bus at all, as on a server or in CI: deterministic
        // even where the developer's desktop has a keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/uc-test-bus");
        qunsetenv("DISPLAY");
    }
}

void TestSecretStore::fallsBackToMemory()
{
    if (qEnvironmentVariableIsSet(ChildFlag))
        QSKIP("runs in the parent process only");
    SecretStore store;
    QCOMPARE(SecretStore::serviceName(), QStringLiteral("usage-console"));
    const QString key = QStringLiteral("profile/test-fallback");
    const QString secret = QStringLiteral("s3cret-密码");

    QCOMPARE(readSecret(store, key).found, false);

    QSignalSpy written(&store, &SecretStore::secretWritten);
    store.write(key, secret);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
    QCOMPARE(written.at(0).at(0).toString(), key);
    QCOMPARE(written.at(0).at(1).toBool(), false); // not persisted
    const QString message = written.at(0).at(2).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(message.contains(QStringLiteral("memory")));
    QVERIFY(!message.contains(secret));
    qInfo("fallback message: %s", qPrintable(message));
    QVERIFY(!store.keychainAvailable());

    const ReadAnswer answer = readSecret(store, key);
    QVERIFY(answer.found);
    QCOMPARE(answer.secret, secret);

    // Another store (another run) does not have it: memory is per run.
    SecretStore other;
    QCOMPARE(readSecret(other, key).found, false);

    QSignalSpy removed(&store, &SecretStore::secretRemoved);
    store.remove(key);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
    QCOMPARE(readSecret(store, key).found, false);
}

void TestSecretStore::realKeychain()
{
    if (qEnvironmentVariableIsSet(ChildFlag)) {
        // Inside the private session: the keychain must really keep it.
        SecretStore store;
        const QString key = QStringLiteral("profile/test-real");
        QSignalSpy written(&store, &SecretStore::secretWritten);
        store.write(key, QStringLiteral("real-secret"));
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 20000);
        QVERIFY2(written.at(0).at(1).toBool(), qPrintable(written.at(0).at(2).toString()));
        SecretStore fresh; // nothing in its memory: the answer is the keychain's
        const ReadAnswer answer = readSecret(fresh, key);
        QVERIFY(answer.found);
        QCOMPARE(answer.secret, QStringLiteral("real-secret"));
        QSignalSpy removed(&fresh, &SecretStore::secretRemoved);
        fresh.remove(key);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 20000);
        QVERIFY(removed.at(0).at(1).toBool());
        QCOMPARE(readSecret(fresh, key).found, false);
        return;
    }
    const QString dbusRun = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRun.isEmpty() || keyring.isEmpty())
        QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");

    // A throw-away home, so no real keyring of the user is touched.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.insert(QString::fromLatin1(ChildFlag), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    const QString script = QStringLiteral(
        "mkdir -p -m 700 \"$XDG_RUNTIME_DIR\" && "
        "printf 'test-password' | \"$1\" --unlock --components=secrets >/dev/null && "
        "exec \"$2\" realKeychain");
    child.start(dbusRun, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                          QStringLiteral("sh"), keyring, QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForStarted());
    QVERIFY(child.waitForFinished(90000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    if (output.contains(QStringLiteral("failed to start")) || child.exitCode() == 127)
        QSKIP(qPrintable(QStringLiteral("no keyring could be started: ") + output.left(300)));
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestSecretStore::realKeychain()")),
             qPrintable(output));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
