// The error banner goes away when the tab whose load failed loads again
// successfully, and only then: another tab's success does not hide it, and
// a message (not an error) stays until it is closed.

#include "errorbanner.h"
#include "fakebackend.h"
#include "mainwindow.h"
#include "plansview.h"
#include "plantablemodel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The charges of `backend` fail, or answer again; everything else answers.
void failUsages(FakeBackend &backend, bool fail)
{
    if (fail)
        backend.failing.insert(FakeBackend::Call::ListUsages,
                               BackendError(BackendError::Category::Connection,
                                            QStringLiteral("The server went away.")));
    else
        backend.failing.remove(FakeBackend::Call::ListUsages);
}

} // namespace

class TestMainWindowBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowbanner"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void clearsWhenTheSameTabLoads()
    {
        QSettings profileSettings(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.setLanguage(QStringLiteral("en"));
        window.show();
        auto backend = std::make_shared<FakeBackend>();
        failUsages(*backend, true);
        backend->usages = FakeBackend::makeUsages(4);
        Plan plan;
        plan.planId = QStringLiteral("res-c4m8");
        plan.region = QStringLiteral("cn-north-1");
        backend->plans = {plan};
        window.setBackend(backend, ProfileStore::demoProfile(m_dir.filePath("x.db")));
        ErrorBanner *banner = window.errorBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->message(), QStringLiteral("The server went away."));

        // The other tabs load fine meanwhile: the Usages error stays.
        QTRY_VERIFY(!window.isBusy());
        QCOMPARE(window.plansView()->model()->rowCount({}), 1);
        window.plansView()->refresh();
        QTRY_VERIFY(!window.isBusy());
        QVERIFY(banner->isVisible());

        // The next load of the Usages tab succeeds: the banner goes.
        failUsages(*backend, false);
        window.usagesView()->refresh();
        QTRY_COMPARE(window.usagesView()->model()->rowCount({}), 4);
        QTRY_VERIFY(!banner->isVisible());

        // News that replaced an error is not an error: the next load that
        // succeeds leaves it.
        failUsages(*backend, true);
        window.usagesView()->refresh();
        QTRY_COMPARE(banner->message(), QStringLiteral("The server went away."));
        Q_EMIT window.usagesView()->messageShown(QStringLiteral("Exported 4 charges."), QString());
        QCOMPARE(banner->message(), QStringLiteral("Exported 4 charges."));
        failUsages(*backend, false);
        window.usagesView()->refresh();
        QTRY_COMPARE(window.usagesView()->model()->rowCount({}), 4);
        QTRY_VERIFY(!window.isBusy());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->message(), QStringLiteral("Exported 4 charges."));
        window.setBackend(nullptr, ProfileStore::demoProfile(m_dir.filePath("x.db")));
    }
};

QTEST_MAIN(TestMainWindowBanner)
#include "tst_mainwindowbanner.moc"
