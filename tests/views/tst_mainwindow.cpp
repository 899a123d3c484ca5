// MainWindow over a real demo database (SqlBackend on a DemoDataGenerator
// SQLite file): every tab loads and renders something; screenshots are kept
// in $UC_SCREENSHOT_DIR (docs/screenshots) when it is set. The database is
// the demo a first start creates (its default size), ending on a fixed day
// so that the screenshots can be made again; the window has the size a
// first start gives it on a 1366x768 screen.

#include "datatableview.h"
#include "errorbanner.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "plansview.h"
#include "plantablemodel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "spendview.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testwidgets.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // The chart's month labels: there are some, none cut short
    // ("202…"), none on top of another.
    static bool monthLabelsReadable(SpendView *view, QString *why)
    {
        static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
        QList<QRectF> labels;
        const auto items = view->chartView()->scene()->items();
        for (const QGraphicsItem *item : items) {
            const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            const QString t = text->toPlainText();
            if (t.contains(QChar(0x2026)) || t.contains(QLatin1String("..."))) {
                *why = QStringLiteral("spend: a label is cut short: %1").arg(t);
                return false;
            }
            if (month.match(t).hasMatch())
                labels.append(text->sceneBoundingRect());
        }
        if (labels.size() < 6) {
            *why = QStringLiteral("spend: %1 month labels").arg(labels.size());
            return false;
        }
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                if (labels.at(i).intersects(labels.at(j))) {
                    *why = QStringLiteral("spend: month labels overlap");
                    return false;
                }
            }
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;

    static bool looksRendered(const QImage &image, QString *why)
    {
        QSet<QRgb> colours;
        qint64 notBackground = 0;
        const QRgb background = image.pixel(image.width() - 2, image.height() / 2);
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                notBackground += p != background;
            }
        }
        const qint64 sampled = qint64(image.width() / 2) * (image.height() / 2);
        *why = QStringLiteral("%1 colours, %2 of %3 pixels not background")
                   .arg(colours.size())
                   .arg(notBackground)
                   .arg(sampled);
        return colours.size() > 16 && notBackground > sampled / 50;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("demo.db"));
        ConnectionSpec demo;
        demo.path = m_dbPath;
        DemoOptions options; // as main_gui.cpp's first start
        options.until = QDate(2026, 6, 1);
        TestData::writeDemo(demo, options);
    }

    void screenshots_data() { TestWidgets::addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        QSettings profileSettings(m_dir.filePath(QStringLiteral("profiles.ini")),
                                  QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        MainWindow window(&profiles, &secrets);
        window.setLanguage(language);
        window.setDisplayZone(QStringLiteral("Asia/Shanghai"));
        window.resize(window.fittingSize(QRect(0, 0, 1366, 768)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_dbPath;
        const Profile profile = ProfileStore::demoProfile(m_dbPath);
        window.setBackend(std::make_shared<SqlBackend>(spec), profile);
        QTRY_VERIFY_WITH_TIMEOUT(window.usagesView()->model()->rowCount({}) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->model()->rowCount({}) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.plansView()->model()->rowCount({}) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
        QVERIFY2(!window.errorBanner()->isVisible(), qPrintable(window.errorBanner()->message()));
        // File > Statement… works once there is a connection.
        QVERIFY(TestWidgets::child<QAction>(&window, "statementAction")->isEnabled());
        // Show an order's detail with its charges on the Orders tab.
        window.ordersView()->table()->setCurrentIndex(window.ordersView()->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);

        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        const QStringList names{QStringLiteral("usages"), QStringLiteral("orders"),
                                QStringLiteral("plans"), QStringLiteral("spend")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
            // Until the page is drawn with its data (the spinner gone).
            QImage image;
            QString why;
            // The chart fills in month by month: until every month is there
            // and its labels can be read.
            if (tab == MainWindow::SpendTab)
                QTRY_VERIFY2_WITH_TIMEOUT(monthLabelsReadable(window.spendView(), &why),
                                          qPrintable(why), 30000);
            const auto rendered = [&] {
                image = window.grab().toImage();
                return looksRendered(image, &why);
            };
            QTRY_VERIFY2_WITH_TIMEOUT(rendered(),
                                      qPrintable(names.at(tab) + QLatin1String(": ") + why), 10000);
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(
                    image.save(QStringLiteral("%1/%2-%3.png").arg(dir, names.at(tab), language)));
            }
        }
        window.setBackend(nullptr, profile);
    }

    void remembersWindowStateAndFilters()
    {
        QSettings profileSettings(m_dir.filePath(QStringLiteral("profiles2.ini")),
                                  QSettings::IniFormat);
        ProfileStore profiles(&profileSettings);
        SecretStore secrets;
        {
            MainWindow window(&profiles, &secrets);
            window.setDisplayZone(QStringLiteral("UTC"));
            window.tabs()->setCurrentIndex(MainWindow::PlansTab);
            window.usagesView()->showUsages(QStringLiteral("ns-0003"), QStringLiteral("cn-north-2"),
                                            QDate(2026, 3, 1), QDate(2026, 3, 31));
            window.saveSettings();
        }
        MainWindow again(&profiles, &secrets);
        QCOMPARE(again.tabs()->currentIndex(), int(MainWindow::PlansTab));
        QCOMPARE(again.displayZone(), QTimeZone("UTC"));
        const UsageFilter filter = again.usagesView()->filterFromWidgets();
        QCOMPARE(filter.namespaces, QStringList{QStringLiteral("ns-0003")});
        QCOMPARE(filter.region, QStringLiteral("cn-north-2"));
        QCOMPARE(filter.from, QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(filter.to, QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
