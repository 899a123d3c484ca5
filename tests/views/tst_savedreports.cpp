// Saved reports in the window, over real demo databases: Save as report
// keeps the tab, its filters, the zone and the chart options; the Reports
// menu opens them again (switching profile when the report's is another),
// and refuses a report whose profile or region has gone, or whose zone is
// no zone.

#include "demo/demodatagenerator.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "ordersview.h"
#include "plansview.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "reportsmenu.h"
#include "savereportdialog.h"
#include "spendview.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testevents.h"
#include "testwidgets.h"
#include "usagesview.h"
#include "zonecombobox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestSavedReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Profile m_a;
    Profile m_b;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore m_secrets;

    // Save as report… on the window's current tab, named `name`, with the
    // period choice `periodIndex` (0 = as shown); returns the dialog's report.
    static std::optional<SavedReport> saveVia(MainWindow &window, const QString &name,
                                              int periodIndex = 0)
    {
        window.saveReport();
        SaveReportDialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = window.findChild<SaveReportDialog *>(QStringLiteral("saveReportDialog"));
                return dialog && dialog->isVisible();
            }))
            return std::nullopt;
        dialog->nameEdit()->setText(name);
        dialog->periodBox()->setCurrentIndex(periodIndex);
        const SavedReport report = dialog->report();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        return report;
    }

    void connectTo(MainWindow &window, const Profile &profile)
    {
        window.openProfile(profile);
        QVERIFY(QTest::qWaitFor([&] {
            return window.backend() && window.currentProfile() &&
                   window.currentProfile()->id == profile.id;
        }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_savedreports"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString pathA = m_dir.filePath(QStringLiteral("a.db"));
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = pathA;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("gen"));
            DemoOptions options;
            options.namespaces = 10;
            options.months = 6;
            options.until = QDate(2026, 6, 1);
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
        const QString pathB = m_dir.filePath(QStringLiteral("b.db"));
        QVERIFY(QFile::copy(pathA, pathB));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_a = ProfileStore::demoProfile(pathA);
        m_a.id = QStringLiteral("a");
        m_a.name = QStringLiteral("Profile A");
        m_a.useCache = false;
        m_b = m_a;
        m_b.id = QStringLiteral("b");
        m_b.name = QStringLiteral("Profile B");
        m_b.sqlitePath = pathB;
        m_profiles->save(m_a);
        m_profiles->save(m_b);
    }

    void usagesReportRoundTrip()
    {
        MainWindow window(m_profiles.get(), &m_secrets);
        window.setDisplayZone(QStringLiteral("Asia/Shanghai"));
        window.show();
        connectTo(window, m_a);
        window.usagesView()->showUsages(QStringLiteral("demo-team"), QStringLiteral("cn-north-1"),
                                        QDate(2026, 3, 1), QDate(2026, 3, 31));
        window.tabs()->setCurrentWidget(window.usagesView());
        const auto saved = saveVia(window, QStringLiteral("March of demo-team"));
        QVERIFY(saved);
        const auto stored = window.reports()->findByName(QStringLiteral("March of demo-team"));
        QVERIFY(stored);
        QCOMPARE(stored->profileId, QStringLiteral("a"));
        QCOMPARE(stored->tab, SavedReport::Tab::Usages);
        QCOMPARE(stored->zoneId, QStringLiteral("Asia/Shanghai"));
        QCOMPARE(stored->region, QStringLiteral("cn-north-1"));
        QCOMPARE(stored->namespaces, QStringList{QStringLiteral("demo-team")});
        QCOMPARE(stored->period, SavedReport::Period::Fixed);
        QCOMPARE(stored->from, QDate(2026, 3, 1));
        QCOMPARE(stored->to, QDate(2026, 3, 31));

        // Elsewhere, in another zone and tab: opening it brings all back.
        window.usagesView()->showUsages(QString(), QString(), {}, {});
        window.setDisplayZone(QStringLiteral("UTC"));
        window.tabs()->setCurrentWidget(window.plansView());
        window.openReport(*stored);
        QTRY_COMPARE(window.tabs()->currentWidget(), window.usagesView());
        QCOMPARE(window.displayZone(), QTimeZone("Asia/Shanghai"));
        const UsageFilter f = window.usagesView()->filterFromWidgets();
        QCOMPARE(f.region, QStringLiteral("cn-north-1"));
        QCOMPARE(f.namespaces, QStringList{QStringLiteral("demo-team")});
        // Days of the report's zone: Shanghai midnight is 16:00 UTC before.
        QCOMPARE(f.from, QDateTime(QDate(2026, 2, 28), QTime(16, 0), Qt::UTC));
        QCOMPARE(f.to, QDateTime(QDate(2026, 3, 31), QTime(16, 0), Qt::UTC));
        QVERIFY(!window.errorBanner()->isVisible());
    }

    void relativePeriodAndChartOptions()
    {
        MainWindow window(m_profiles.get(), &m_secrets);
        window.setDisplayZone(QStringLiteral("UTC"));
        window.show();
        connectTo(window, m_a);
        window.tabs()->setCurrentWidget(window.spendView());
        window.spendView()->setMonthRange(QDate(2026, 1, 1), QDate(2026, 2, 1));
        window.spendView()->setTopCount(15);
        const auto saved = saveVia(window, QStringLiteral("Spend last month"), 1);
        QVERIFY(saved);
        QCOMPARE(saved->period, SavedReport::Period::PreviousMonth);
        QCOMPARE(saved->topCount, 15);
        window.spendView()->setTopCount(5);
        window.spendView()->setMonthRange({}, {});
        window.tabs()->setCurrentWidget(window.ordersView());
        window.openReport(*window.reports()->findByName(QStringLiteral("Spend last month")));
        QTRY_COMPARE(window.tabs()->currentWidget(), window.spendView());
        QCOMPARE(window.spendView()->topCount(), 15);
        SavedReport shown;
        window.spendView()->fillReport(shown);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate previous = QDate(today.year(), today.month(), 1).addMonths(-1);
        QCOMPARE(shown.period, SavedReport::Period::Fixed);
        QCOMPARE(shown.from.addDays(1 - shown.from.day()), previous);
        QCOMPARE(shown.to.addDays(1 - shown.to.day()), previous);
    }

    void anotherProfilesReportSwitchesProfile()
    {
        SavedReport r;
        r.name = QStringLiteral("Orders of B");
        r.profileId = m_b.id;
        r.tab = SavedReport::Tab::Orders;
        r.zoneId = QStringLiteral("UTC");
        r.region = QStringLiteral("cn-north-2");
        r.status = StatusFilter::Consuming;
        MainWindow window(m_profiles.get(), &m_secrets);
        window.show();
        connectTo(window, m_a);
        window.reports()->save(r);
        // Through the Reports menu, as a user opens it.
        auto *menu = window.findChild<ReportsMenu *>(QStringLiteral("reportsMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QAction *action = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("Orders of B\tProfile B"))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(window.currentProfile() && window.currentProfile()->id == m_b.id);
        QTRY_COMPARE(window.tabs()->currentWidget(), window.ordersView());
        QTRY_COMPARE(window.ordersView()->filterFromWidgets().status, StatusFilter::Consuming);
        QCOMPARE(window.ordersView()->filterFromWidgets().region, QStringLiteral("cn-north-2"));
    }

    void goneProfileRegionOrZoneIsNotOpened_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        QTest::newRow("profile") << QStringLiteral("deleted") << QString() << QStringLiteral("UTC")
                                 << QStringLiteral("was saved on a profile that has been deleted");
        // Qt alone takes "Shanghai" as a POSIX rule: UTC under another name.
        QTest::newRow("zone") << QStringLiteral("a") << QString() << QStringLiteral("Shanghai")
                              << QStringLiteral("is saved with the time zone “Shanghai”, which is "
                                                "not a time zone: it is not opened");
        QTest::newRow("region") << QStringLiteral("a") << QStringLiteral("cn-south-9")
                                << QStringLiteral("UTC")
                                << QStringLiteral("is on region cn-south-9, which profile "
                                                  "“Profile A” no longer has");
    }

    void goneProfileRegionOrZoneIsNotOpened()
    {
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        MainWindow window(m_profiles.get(), &m_secrets);
        window.show();
        connectTo(window, m_a);
        window.tabs()->setCurrentWidget(window.plansView());
        SavedReport r;
        r.name = QStringLiteral("Stale");
        r.profileId = profile;
        r.tab = SavedReport::Tab::Orders;
        r.zoneId = zone;
        r.region = region;
        window.openReport(r);
        QTRY_VERIFY(window.errorBanner()->isVisible());
        QVERIFY2(window.errorBanner()->message().contains(message),
                 qPrintable(window.errorBanner()->message()));
        QCOMPARE(window.tabs()->currentWidget(), window.plansView());
        QCOMPARE(window.currentProfile()->id, m_a.id);
        QVERIFY(window.ordersView()->filterFromWidgets().region != region || region.isEmpty());
    }

    void deleteFromTheMenu()
    {
        MainWindow window(m_profiles.get(), &m_secrets);
        window.show();
        connectTo(window, m_a);
        SavedReport r;
        r.name = QStringLiteral("To delete");
        r.profileId = m_a.id;
        r.zoneId = QStringLiteral("UTC");
        window.reports()->save(r);
        auto *menu = window.findChild<ReportsMenu *>(QStringLiteral("reportsMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        auto *remove = menu->findChild<QMenu *>(QStringLiteral("deleteReportMenu"));
        QVERIFY(remove);
        QAction *action = nullptr;
        for (QAction *a : remove->actions()) {
            if (a->text() == QStringLiteral("To delete"))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!window.reports()->findByName(QStringLiteral("To delete")));
    }

    void screenshot_data() { TestWidgets::addLanguageRows(); }

    // The save dialog and the window showing a saved report, for the README.
    void screenshot()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        MainWindow window(m_profiles.get(), &m_secrets);
        window.resize(1280, 800);
        window.setLanguage(language);
        window.show();
        connectTo(window, m_a);
        window.usagesView()->showUsages(QStringLiteral("demo-team"), QStringLiteral("cn-north-1"),
                                        QDate(2026, 3, 1), QDate(2026, 3, 31));
        window.tabs()->setCurrentWidget(window.usagesView());
        window.saveReport();
        SaveReportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SaveReportDialog *>()) && dialog->isVisible());
        dialog->nameEdit()->setText(QStringLiteral("demo-team — March"));
        TestEvents::drain();
        const QImage save = dialog->grab().toImage();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        window.usagesView()->showUsages(QString(), QString(), {}, {});
        window.openReport(*window.reports()->findByName(QStringLiteral("demo-team — March")));
        QTRY_VERIFY(!window.isBusy());
        TestEvents::drain();
        const QImage shown = window.grab().toImage();
        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(save.save(QStringLiteral("%1/report-save-%2.png").arg(dir, language)));
            QVERIFY(shown.save(QStringLiteral("%1/report-open-%2.png").arg(dir, language)));
        }
    }
};

QTEST_MAIN(TestSavedReports)
#include "tst_savedreports.moc"
