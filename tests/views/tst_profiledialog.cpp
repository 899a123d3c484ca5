// ProfileDialog: a profile typed into the form is saved without its
// password (which goes to the SecretStore only), "Test connection" reports
// OK on a real SQLite database and a plain error otherwise, and a dialog
// closed while a test waits on a silent server lets go of it at once.
// (Test connection over TLS: tst_profiledialogtls.)
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testwidgets.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using TestWidgets::child;

namespace {

void setKind(ProfileDialog &dialog, Profile::Kind kind)
{
    auto *combo = child<QComboBox>(&dialog, "profileKind");
    combo->setCurrentIndex(combo->findData(int(kind)));
}

void type(ProfileDialog &dialog, const char *field, const QString &text)
{
    // setText, not key clicks: QTest cannot type CJK characters.
    child<QLineEdit>(&dialog, field)->setText(text);
}

} // namespace

class TestProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void savesWithoutSecret();
    void testConnection();
    void closedDuringATest();
};

void TestProfileDialog::initTestCase()
{
    // No keychain here, deterministically: secrets stay in memory.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/uc-test-bus");
}

void TestProfileDialog::savesWithoutSecret()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("uc.ini"));
    const QString password = QStringLiteral("Typed-Pa55word!");
    QSettings settings(ini, QSettings::IniFormat);
    ProfileStore store(&settings);
    SecretStore secrets;
    QSignalSpy written(&secrets, &SecretStore::secretWritten);
    ProfileDialog dialog(&store, &secrets);
    QSignalSpy changed(&dialog, &ProfileDialog::profilesChanged);

    type(dialog, "profileName", QStringLiteral("财务 MySQL"));
    setKind(dialog, Profile::Kind::Mysql);
    type(dialog, "host", QStringLiteral("db.example.com"));
    type(dialog, "database", QStringLiteral("usage"));
    type(dialog, "user", QStringLiteral("reader"));
    type(dialog, "password", password);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    QVERIFY2(changed.count() == 1, qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY2(child<QLabel>(&dialog, "statusLabel")->text().startsWith(QStringLiteral("Saved")),
             qPrintable(child<QLabel>(&dialog, "statusLabel")->text()));
    QVERIFY(child<QLineEdit>(&dialog, "password")->text().isEmpty()); // off the screen

    QTRY_COMPARE(written.count(), 1);
    const QList<Profile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().host, QStringLiteral("db.example.com"));
    QCOMPARE(written.at(0).at(0).toString(), profiles.first().secretKey());
    // No keychain: the dialog says the secret is only kept for this run.
    QTRY_VERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("memory")));

    settings.sync();
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("db.example.com"));
    QVERIFY(!bytes.contains(password.toUtf8()));
}

void TestProfileDialog::testConnection()
{
    QTemporaryDir dir;
    ConnectionSpec demo;
    demo.path = TestDatabases::tempSqlitePath(dir, QStringLiteral("demo.db"));
    TestData::writeDemo(demo, TestData::demo(3, 2, QDate(2026, 1, 1)));
    const QString dbPath = demo.path;

    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    SecretStore secrets;
    ProfileDialog dialog(&store, &secrets);
    QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
    type(dialog, "profileName", QStringLiteral("Demo"));
    setKind(dialog, Profile::Kind::Sqlite);
    type(dialog, "sqlitePath", dbPath);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    // Not tested.wait(): in Qt 6.4 a continuation on a future that has
    // already finished runs at once, so the answer may come inside the click.
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY(
        child<QLabel>(&dialog, "statusLabel")->text().startsWith(QStringLiteral("Connection OK")));

    // A file that is not there: a plain error, and no file is created.
    const QString missing = dir.filePath(QStringLiteral("missing.db"));
    type(dialog, "sqlitePath", missing);
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
    QCOMPARE(tested.at(1).at(0).toBool(), false);
    QVERIFY(child<QLabel>(&dialog, "statusLabel")
                ->text()
                .startsWith(QStringLiteral("Connection failed")));
    QVERIFY(!QFile::exists(missing));

    // REST without a token: said plainly, nothing sent. The plan API is
    // optional (the one next to the usage API).
    setKind(dialog, Profile::Kind::Rest);
    type(dialog, "usageApiUrl", QStringLiteral("https://api.example.com"));
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 3);
    QCOMPARE(tested.at(2).at(0).toBool(), false);
    QVERIFY2(tested.at(2).at(1).toString().contains(QStringLiteral("needs an API token")),
             qPrintable(tested.at(2).at(1).toString()));
}

void TestProfileDialog::closedDuringATest()
{
    // A service that takes the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    SecretStore secrets;
    auto dialog = std::make_unique<ProfileDialog>(&store, &secrets);
    QSignalSpy tested(dialog.get(), &ProfileDialog::connectionTested);
    type(*dialog, "profileName", QStringLiteral("Silent"));
    setKind(*dialog, Profile::Kind::Rest);
    type(*dialog, "usageApiUrl", QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    type(*dialog, "token", QStringLiteral("tok"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 20000);
    QTcpSocket *request = silent.nextPendingConnection();
    QCOMPARE(tested.count(), 0);

    // Closed now: its destructor waits for the backend (which drops the
    // request) on the dialog's own pool, not for the request's 30 s.
    QElapsedTimer closing;
    closing.start();
    dialog.reset();
    QVERIFY2(closing.elapsed() < 10000, qPrintable(QString::number(closing.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(request->state(), QAbstractSocket::UnconnectedState, 10000);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
