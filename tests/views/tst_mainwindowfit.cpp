// The first window fits a 1366×768 screen: on a first start (no saved
// geometry) MainWindow opens within the screen and shows every column of
// the Usages table without a horizontal scroll bar, in English and in
// Chinese. The offscreen platform is given a 1366×768 screen for this.

#include "datatableview.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testevents.h"
#include "testwidgets.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QFile>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Before QApplication reads it: an offscreen screen of a small laptop.
const bool screenConfigured = [] {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("screen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
        "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toUtf8());
    return true;
}();

} // namespace

class TestMainWindowFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(screenConfigured);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1366, 768));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowfit"));
        QVERIFY(m_dir.isValid());
        m_db = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_db;
        DemoOptions options;
        options.namespaces = 12;
        options.months = 6;
        TestData::writeDemo(spec, options);
    }

    void firstStartFits_data() { TestWidgets::addLanguageRows(); }

    void firstStartFits()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        QSettings().clear(); // a first start: no geometry saved
        QSettings profileSettings(m_dir.filePath(QStringLiteral("profiles.ini")),
                                  QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.setLanguage(language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("window %1x%2 at %3,%4")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())));
        QVERIFY(window.minimumSizeHint().width() <= screen.width());

        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_db;
        window.setBackend(std::make_shared<SqlBackend>(spec), ProfileStore::demoProfile(m_db));
        window.tabs()->setCurrentIndex(MainWindow::UsagesTab);
        DataTableView *table = window.usagesView()->table();
        QTRY_VERIFY_WITH_TIMEOUT(window.usagesView()->model()->rowCount({}) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
        TestEvents::drain(); // the table lays its columns out
        // Every column, Amount included, lies within the table's viewport.
        const QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < UsageTableModel::ColumnCount; ++column) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        window.setBackend(nullptr, ProfileStore::demoProfile(m_db));
    }

    void fittingSizeStaysOnSmallScreens_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1366x768 with a panel") << QRect(0, 27, 1366, 741);
        QTest::newRow("1280x720") << QRect(0, 0, 1280, 720);
        QTest::newRow("1024x600") << QRect(0, 0, 1024, 600);
        QTest::newRow("1920x1080") << QRect(0, 0, 1920, 1080);
    }

    void fittingSizeStaysOnSmallScreens()
    {
        QFETCH(QRect, available);
        QSettings profileSettings(m_dir.filePath(QStringLiteral("profiles.ini")),
                                  QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        MainWindow window(&profiles, &secrets);
        const QSize size = window.fittingSize(available);
        QVERIFY(size.width() <= available.width() && size.height() <= available.height());
        // On a big screen the table's columns decide, not the screen.
        if (available.width() >= 1366)
            QVERIFY(size.width() < 1366);
    }
};

QTEST_MAIN(TestMainWindowFit)
#include "tst_mainwindowfit.moc"
