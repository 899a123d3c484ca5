// File ▸ Export exports the tab on show, as a user does it: the action,
// then the save dialog, then the file. Usages and Orders stream every row
// of the filter, Plans writes the list as shown, Spend writes its table as
// CSV or its chart as PNG or SVG, as the dialog's format says. The row
// counts are read from the database with plain SQL.

#include "datatableview.h"
#include "mainwindow.h"
#include "plansview.h"
#include "plantablemodel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "spendview.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindowExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QSqlDatabase m_oracle;
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;

    qint64 count(const QString &sql) const
    {
        QSqlQuery q(sql, m_oracle);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    // Triggers File ▸ Export on `tab` and answers the dialog with `name`
    // and the name filter that contains `format`; returns the dialog's title.
    QString exportVia(MainWindow::Tab tab, const QString &name, const QString &format = {})
    {
        m_window->tabs()->setCurrentIndex(tab);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportAction"));
        if (!action || !action->isEnabled())
            return QStringLiteral("no enabled export action");
        action->trigger();
        QFileDialog *dialog = nullptr;
        // The last one may still be there, closed: take the one on show.
        if (!QTest::qWaitFor([&] {
                const auto dialogs =
                    m_window->findChildren<QFileDialog *>(QStringLiteral("exportFileDialog"));
                for (QFileDialog *d : dialogs) {
                    if (d->isVisible())
                        dialog = d;
                }
                return dialog != nullptr;
            }))
            return QStringLiteral("no dialog");
        const QString title = dialog->windowTitle();
        if (!format.isEmpty()) {
            for (const QString &filter : dialog->nameFilters()) {
                if (filter.contains(format)) {
                    // What choosing it in the dialog's format box does.
                    dialog->selectNameFilter(filter);
                    Q_EMIT dialog->filterSelected(filter);
                }
            }
        }
        dialog->selectFile(m_dir.filePath(name));
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
        // It deletes itself on close; outside an event loop that waits for
        // this (a test function is not in one).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return title;
    }

    static QList<QByteArray> csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray data = file.readAll();
        if (!data.startsWith("\xEF\xBB\xBF"))
            return {};
        QList<QByteArray> lines = data.mid(3).split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowexport"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_db;
        TestData::writeDemo(spec, TestData::demo(10, 8, QDate(2026, 6, 1)));
        m_oracle = TestDatabases::openRaw(spec, QStringLiteral("oracle"));

        m_profileSettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")),
                                                        QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get());
        m_secrets = std::make_unique<SecretStore>();
        m_window = std::make_unique<MainWindow>(m_profiles.get(), m_secrets.get());
        m_window->setLanguage(QStringLiteral("en"));
        m_window->setDisplayZone(QStringLiteral("UTC"));
        m_window->resize(1300, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setBackend(std::make_shared<SqlBackend>(spec), ProfileStore::demoProfile(m_db));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->usagesView()->model()->rowCount({}) > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->spendView()->hasData(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_oracle = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
    }

    void usages()
    {
        QCOMPARE(exportVia(MainWindow::UsagesTab, QStringLiteral("usages.csv")),
                 QStringLiteral("Export charges as CSV"));
        const QString path = m_dir.filePath(QStringLiteral("usages.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) && !m_window->usagesView()->isExporting(),
                                 20000);
        const QList<QByteArray> lines = csvLines(path);
        QVERIFY(lines.value(0).startsWith("Time (UTC),Namespace"));
        QCOMPARE(lines.size() - 1,
                 count(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY")));
    }

    void orders()
    {
        QCOMPARE(exportVia(MainWindow::OrdersTab, QStringLiteral("orders.csv")),
                 QStringLiteral("Export orders as CSV"));
        const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(csvLines(path).size() > 1, 20000);
        const QList<QByteArray> lines = csvLines(path);
        QVERIFY(lines.value(0).startsWith("Start (UTC),Key,Order,Namespace"));
        QCOMPARE(
            lines.size() - 1,
            count(QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE EVER_PAYED = 1")));
    }

    void plans()
    {
        QCOMPARE(exportVia(MainWindow::PlansTab, QStringLiteral("plans.csv")),
                 QStringLiteral("Export plans as CSV"));
        const QString path = m_dir.filePath(QStringLiteral("plans.csv"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        const QList<QByteArray> lines = csvLines(path);
        QVERIFY(lines.value(0).startsWith("Plan,Version,Name"));
        // The list as shown: active versions unless old ones were asked for.
        QCOMPARE(lines.size() - 1, m_window->plansView()->model()->rowCount({}));
        QCOMPARE(lines.size() - 1,
                 count(QStringLiteral("SELECT COUNT(*) FROM DF_PLAN WHERE STATUS = 'A'")));
    }

    void spend_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("png") << "png";
        QTest::newRow("svg") << "svg";
    }

    void spend()
    {
        QFETCH(QString, format);
        // The file name has no suffix: the format chosen in the dialog decides.
        const QString name = QStringLiteral("spend-") + format;
        QCOMPARE(exportVia(MainWindow::SpendTab, name, QStringLiteral("*.") + format),
                 QStringLiteral("Export spend"));
        const QString path = m_dir.filePath(name + QLatin1Char('.') + format);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        if (format == QLatin1String("csv")) {
            QVERIFY(data.startsWith("\xEF\xBB\xBF"
                                    "Month,"));
        } else if (format == QLatin1String("png")) {
            QImage image;
            QVERIFY(image.loadFromData(data, "PNG"));
            QVERIFY(image.width() >= 200);
        } else {
            QVERIFY(data.contains("<svg"));
        }
    }
};

QTEST_MAIN(TestMainWindowExport)
#include "tst_mainwindowexport.moc"
