// Tools > Audit over a real demo database with two findings injected: the
// dialog lists them (and the demo's own), a double-click opens an order on
// the Orders tab (an unpaid one, which the list does not show) or a charge's
// order id on the Usages tab. Screenshots go to $UC_SCREENSHOT_DIR (the
// README's docs/screenshots) when it is set.

#include "auditdialog.h"
#include "auditfindingmodel.h"
#include "datatableview.h"
#include "demo/demodatagenerator.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "orderdetailpane.h"
#include "ordersview.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testevents.h"
#include "testwidgets.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestAuditDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    qint64 m_unpaid = 0;
    QString m_unpaidNs;

    struct Window
    {
        QSettings settings;
        ProfileStore profiles;
        SecretStore secrets;
        MainWindow window;
        explicit Window(const QString &file)
            : settings(file, QSettings::IniFormat)
            , profiles(&settings)
            , window(&profiles, &secrets)
        {
        }
    };

    std::unique_ptr<Window> open(const QString &language)
    {
        auto w = std::make_unique<Window>(m_dir.filePath(QStringLiteral("settings.ini")));
        w->window.resize(1280, 800);
        w->window.setLanguage(language);
        w->window.setDisplayZone(QStringLiteral("Asia/Shanghai"));
        w->window.show();
        w->window.setBackend(std::make_shared<SqlBackend>(m_spec),
                             ProfileStore::demoProfile(m_spec.path));
        return w;
    }

    static AuditDialog *runAudit(MainWindow &window)
    {
        window.openAudit();
        auto *dialog = window.findChild<AuditDialog *>(QStringLiteral("auditDialog"));
        if (!dialog || !QTest::qWaitFor([&] { return dialog->model()->rowCount({}) > 0; }, 30000))
            return nullptr;
        return dialog;
    }

    static int rowOf(const AuditFindingModel *model, AuditKind kind)
    {
        for (int row = 0; row < model->rowCount({}); ++row) {
            if (model->findingAt(row).kind == kind)
                return row;
        }
        return -1;
    }

    static void doubleClick(DataTableView *table, int row)
    {
        const QModelIndex index = table->model()->index(row, 0);
        table->scrollTo(index);
        const QPoint at = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auditdialog"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("demo.db"));
        {
            QSqlDatabase db = TestDatabases::openRaw(m_spec, QStringLiteral("gen"));
            DemoOptions options;
            options.namespaces = 20;
            options.months = 12;
            // Up to today, so that the audit (as of now) sees what it would
            // on the first run: the screenshots show that.
            options.until = QDateTime::currentDateTimeUtc().date();
            QVERIFY(DemoDataGenerator(options).writeTo(db).ok());
            QSqlQuery q(db);
            // A consuming order nobody paid for, and a charge of no order.
            QVERIFY(q.exec(QStringLiteral("SELECT ID, ACCOUNT_ID FROM DF_PURCHASE_ORDER WHERE "
                                          "STATUS = 5 ORDER BY ID LIMIT 1")) &&
                    q.next());
            m_unpaid = q.value(0).toLongLong();
            m_unpaidNs = q.value(1).toString();
            QVERIFY(q.exec(QStringLiteral("UPDATE DF_PURCHASE_ORDER SET EVER_PAYED = 0 WHERE ID "
                                          "= %1")
                               .arg(m_unpaid)));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, "
                "CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, "
                "EXTRA_INFO) VALUES (99999, 'lost-order', 1, 123000, '2026-05-01 08:00:00', "
                "'2026-06-01 08:00:00', 'ns-0004', 'cn-north-1', 'res-c1m2', 1, 0)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
    }

    void findingsOpenTheirOrderOrCharges()
    {
        auto w = open(QStringLiteral("en"));
        AuditDialog *dialog = runAudit(w->window);
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!dialog->isBusy());
        const int unpaid = rowOf(dialog->model(), AuditKind::UnpaidConsuming);
        const int orphan = rowOf(dialog->model(), AuditKind::OrphanCharge);
        QVERIFY(unpaid >= 0 && orphan >= 0);
        QCOMPARE(dialog->model()->findingAt(unpaid).orderKey, m_unpaid);
        QCOMPARE(dialog->model()->findingAt(orphan).orderKey, qint64(99999));
        QVERIFY2(dialog->summaryText().contains(QLatin1String("1 orphan-charge")),
                 qPrintable(dialog->summaryText()));
        QVERIFY(dialog->summaryText().contains(QLatin1String("1 unpaid-consuming")));

        // The unpaid order is not listed (the service lists paid ones), but
        // its detail shows.
        doubleClick(dialog->table(), unpaid);
        QCOMPARE(w->window.tabs()->currentWidget(), w->window.ordersView());
        QTRY_VERIFY(w->window.ordersView()->detail()->order() &&
                    w->window.ordersView()->detail()->order()->id == m_unpaid);
        QCOMPARE(w->window.ordersView()->filterFromWidgets().namespaces, QStringList{m_unpaidNs});

        doubleClick(dialog->table(), orphan);
        QCOMPARE(w->window.tabs()->currentWidget(), w->window.usagesView());
        const UsageFilter filter = w->window.usagesView()->filterFromWidgets();
        QCOMPARE(filter.orderId, QStringLiteral("lost-order"));
        QCOMPARE(filter.namespaces, QStringList{QStringLiteral("ns-0004")});
        QTRY_COMPARE(w->window.usagesView()->model()->rowCount({}), 1);

        // A filter the audit has no row in: nothing was audited, said so (not
        // "No findings"), with the namespace asked.
        dialog->filters()->setNamespaces({QStringLiteral("nobody")});
        dialog->runAudit();
        QTRY_VERIFY(!dialog->isBusy());
        QTRY_COMPARE(dialog->model()->rowCount({}), 0);
        QVERIFY2(dialog->summaryText().startsWith(QLatin1String("Nothing was audited")) &&
                     dialog->summaryText().contains(QLatin1String("(nobody)")),
                 qPrintable(dialog->summaryText()));
        QVERIFY(!w->window.errorBanner()->isVisible());
    }

    // The dialog goes with the backend it borrowed.
    void closesWithItsConnection()
    {
        auto w = open(QStringLiteral("en"));
        QPointer<AuditDialog> dialog = runAudit(w->window);
        QVERIFY(dialog);
        w->window.setBackend(std::make_shared<SqlBackend>(m_spec),
                             ProfileStore::demoProfile(m_spec.path));
        QTRY_VERIFY(!dialog);
    }

    void screenshots_data() { TestWidgets::addLanguageRows(); }

    void screenshots()
    {
        QFETCH(QString, language);
        if (!LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        auto w = open(language);
        AuditDialog *dialog = runAudit(w->window);
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->isBusy());
        dialog->resize(1200, 560);
        TestEvents::drain();
        const QImage image = dialog->grab().toImage();
        QVERIFY(image.width() >= 1200);
        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(QStringLiteral("%1/audit-dialog-%2.png").arg(dir, language)));
        }
    }
};

QTEST_MAIN(TestAuditDialog)
#include "tst_auditdialog.moc"
