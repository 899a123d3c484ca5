// ProfileDialog: a profile typed into the form is saved without its
// password (which goes to the SecretStore only), "Test connection" reports
// OK on a real SQLite database and a plain error otherwise, and a dialog
// closed while a test waits on a silent server lets go of it at once.
// Close and Escape ask before they discard an edited form (Save / Discard /
// Cancel), and ask nothing when nothing changed. Without a keychain the
// token field's hint does not claim the token is in the keychain.
// (Test connection over TLS: tst_profiledialogtls.)
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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

// Answers the "discard changes?" box with `answer` once it shows (it runs
// its own event loop); `asked` gets its text.
void answerDiscardBox(ProfileDialog *dialog, QMessageBox::StandardButton answer, QString *asked)
{
    auto *timer = new QTimer(dialog);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, dialog, [dialog, answer, asked, timer] {
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("discardChanges"));
        if (!box || !box->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        *asked = box->text();
        box->button(answer)->click();
    });
    timer->start();
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
    void closingAsksAboutANewProfile_data();
    void closingAsksAboutANewProfile();
    void closingAsksAboutAnEditedProfile();
    void closingUnchangedAsksNothing();
    void switchingAsks_data();
    void switchingAsks();
    void secretHintWithoutKeychain();
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

void TestProfileDialog::closingAsksAboutANewProfile_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("escape"); // else the Close button
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("saved");
    QTest::newRow("close, discard") << int(QMessageBox::Discard) << false << true << 0;
    QTest::newRow("escape, discard") << int(QMessageBox::Discard) << true << true << 0;
    QTest::newRow("close, cancel") << int(QMessageBox::Cancel) << false << false << 0;
    QTest::newRow("escape, cancel") << int(QMessageBox::Cancel) << true << false << 0;
    QTest::newRow("close, save") << int(QMessageBox::Save) << false << true << 1;
    QTest::newRow("escape, save") << int(QMessageBox::Save) << true << true << 1;
}

void TestProfileDialog::closingAsksAboutANewProfile()
{
    QFETCH(int, answer);
    QFETCH(bool, escape);
    QFETCH(bool, closed);
    QFETCH(int, saved);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    SecretStore secrets;
    ProfileDialog dialog(&store, &secrets);
    QSignalSpy savedSpy(&dialog, &ProfileDialog::profileSaved);
    QSignalSpy written(&secrets, &SecretStore::secretWritten);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A new REST profile, filled in and not saved.
    type(dialog, "profileName", QStringLiteral("Sim REST"));
    setKind(dialog, Profile::Kind::Rest);
    type(dialog, "usageApiUrl", QStringLiteral("http://127.0.0.1:9"));
    type(dialog, "token", QStringLiteral("TOK"));

    QString asked;
    answerDiscardBox(&dialog, QMessageBox::StandardButton(answer), &asked);
    if (escape)
        QTest::keyClick(&dialog, Qt::Key_Escape);
    else
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    QCOMPARE(asked, QStringLiteral("Discard the unsaved changes to profile “Sim REST”?"));
    QTRY_COMPARE(!dialog.isVisible(), closed);
    QCOMPARE(store.profiles().size(), saved);
    if (saved) {
        QCOMPARE(store.profiles().first().usageApiUrl, QStringLiteral("http://127.0.0.1:9"));
        // The secret was written (to memory: no keychain here) before it closed.
        QCOMPARE(savedSpy.count(), 1);
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.at(0).at(0).toString(), store.profiles().first().secretKey());
    }
    if (!closed) { // still there, as typed
        QCOMPARE(child<QLineEdit>(&dialog, "token")->text(), QStringLiteral("TOK"));
        QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Sim REST"));
    }
}

void TestProfileDialog::closingAsksAboutAnEditedProfile()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile saved;
    saved.name = QStringLiteral("Demo");
    saved.sqlitePath = dir.filePath(QStringLiteral("demo.db"));
    saved.id = store.save(saved);
    SecretStore secrets;
    ProfileDialog dialog(&store, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Demo"));

    child<QCheckBox>(&dialog, "readOnly")->setChecked(true);
    QString asked;
    answerDiscardBox(&dialog, QMessageBox::Discard, &asked);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(asked, QStringLiteral("Discard the unsaved changes to profile “Demo”?"));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(store.profile(saved.id)->readOnly, false);
}

void TestProfileDialog::closingUnchangedAsksNothing()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile saved;
    saved.name = QStringLiteral("Demo");
    saved.sqlitePath = dir.filePath(QStringLiteral("demo.db"));
    saved.id = store.save(saved);
    SecretStore secrets;
    for (const bool newOne : {false, true}) {
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (newOne) // New, untouched
            child<QPushButton>(&dialog, "newButton")->click();
        // Edited and edited back is no change either.
        child<QCheckBox>(&dialog, "readOnly")->setChecked(true);
        child<QCheckBox>(&dialog, "readOnly")->setChecked(false);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("discardChanges")));
        QVERIFY(!dialog.isVisible());
    }
}

void TestProfileDialog::secretHintWithoutKeychain()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    {
        SecretStore secrets;
        ProfileDialog dialog(&store, &secrets);
        type(dialog, "profileName", QStringLiteral("Sim REST"));
        setKind(dialog, Profile::Kind::Rest);
        type(dialog, "usageApiUrl", QStringLiteral("http://127.0.0.1:9"));
        type(dialog, "token", QStringLiteral("TOK"));
        QCOMPARE(child<QLineEdit>(&dialog, "token")->placeholderText(), QString()); // new
        child<QPushButton>(&dialog, "saveButton")->click();
        // No keychain here: the token is in this session's memory, and the
        // hint says so once the write has failed over to it.
        QTRY_COMPARE(child<QLineEdit>(&dialog, "token")->placeholderText(),
                     QStringLiteral("kept for this session only (no system keychain) — leave "
                                    "empty to keep it"));
        QVERIFY(!secrets.keychainAvailable());
    }
    // The next run, which found no keychain either, has no token at all.
    SecretStore secrets;
    QSignalSpy read(&secrets, &SecretStore::secretRead);
    secrets.read(store.profiles().value(0).secretKey());
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(2).toBool(), false);
    ProfileDialog dialog(&store, &secrets);
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Sim REST"));
    QCOMPARE(child<QLineEdit>(&dialog, "token")->placeholderText(),
             QStringLiteral("not stored (no system keychain) — type it to connect"));
}

// Another profile clicked in the list, or New, while the form holds an
// unsaved edit: the same question; Cancel keeps the form and the list as
// they were, Discard and Save go on (Save first saving the edit).
void TestProfileDialog::switchingAsks_data()
{
    QTest::addColumn<bool>("viaNew"); // else a click on the other profile
    QTest::addColumn<int>("answer");
    for (const bool viaNew : {false, true}) {
        const char *how = viaNew ? "new" : "other profile";
        QTest::addRow("%s, cancel", how) << viaNew << int(QMessageBox::Cancel);
        QTest::addRow("%s, discard", how) << viaNew << int(QMessageBox::Discard);
        QTest::addRow("%s, save", how) << viaNew << int(QMessageBox::Save);
    }
}

void TestProfileDialog::switchingAsks()
{
    QFETCH(bool, viaNew);
    QFETCH(int, answer);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("uc.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    Profile a;
    a.name = QStringLiteral("Alpha");
    a.sqlitePath = dir.filePath(QStringLiteral("a.db"));
    a.id = store.save(a);
    Profile b;
    b.name = QStringLiteral("Beta");
    b.sqlitePath = dir.filePath(QStringLiteral("b.db"));
    b.id = store.save(b);
    SecretStore secrets;
    ProfileDialog dialog(&store, &secrets);
    dialog.selectProfile(a.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QListWidget>(&dialog, "profileList");
    QCOMPARE(child<QLineEdit>(&dialog, "profileName")->text(), QStringLiteral("Alpha"));

    child<QCheckBox>(&dialog, "readOnly")->setChecked(true);
    QString asked;
    answerDiscardBox(&dialog, QMessageBox::StandardButton(answer), &asked);
    if (viaNew) {
        child<QPushButton>(&dialog, "newButton")->click();
    } else {
        const auto items = list->findItems(QStringLiteral("Beta"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
    }
    QCOMPARE(asked, QStringLiteral("Discard the unsaved changes to profile “Alpha”?"));
    const QString shown = child<QLineEdit>(&dialog, "profileName")->text();
    switch (answer) {
    case QMessageBox::Cancel:
        QCOMPARE(shown, QStringLiteral("Alpha"));
        QVERIFY(child<QCheckBox>(&dialog, "readOnly")->isChecked());
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Alpha"));
        QCOMPARE(store.profile(a.id)->readOnly, false);
        break;
    case QMessageBox::Discard:
        QCOMPARE(shown, viaNew ? QStringLiteral("New profile") : QStringLiteral("Beta"));
        QCOMPARE(store.profile(a.id)->readOnly, false);
        break;
    default:
        QCOMPARE(shown, viaNew ? QStringLiteral("New profile") : QStringLiteral("Beta"));
        QCOMPARE(store.profile(a.id)->readOnly, true);
        break;
    }
    if (!viaNew && answer != QMessageBox::Cancel)
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Beta"));
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
