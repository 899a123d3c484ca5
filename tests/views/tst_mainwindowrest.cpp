// MainWindow with a REST profile against the fake service (the
// usage-service-sim binary over a demo SQLite file): every tab loads data
// with "All regions", the Spend view draws its chart, an order's charges
// pane equals the one over the SQLite file itself, a cancel goes through the
// service and the lists reload; saving the open profile read-only applies at
// once, and the profile box follows every switch. Screenshots go to
// $UC_SCREENSHOT_DIR as *-rest.png when it is set.

#include "auditdialog.h"
#include "datatableview.h"
#include "demo/demodatabase.h"
#include "errorbanner.h"
#include "fakeservice.h"
#include "filterbar.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "namespaceedit.h"
#include "orderchargesmodel.h"
#include "orderdetailpane.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "plansview.h"
#include "plantablemodel.h"
#include "profilecombobox.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "spendbreakdown.h"
#include "spendtablemodel.h"
#include "spendview.h"
#include "sql/sqlbackend.h"
#include "testdatabases.h"
#include "testevents.h"
#include "testwidgets.h"
#include "usagesview.h"
#include "usagetablemodel.h"
#include "wireamount.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString Token = QStringLiteral("gui-token");

// Time, amount and period end of each charge in the pane, as shown.
QStringList chargeLines(const OrderChargesModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount({}); ++row) {
        QStringList cells;
        for (int column :
             {int(OrderChargesModel::TimeColumn), int(OrderChargesModel::AmountColumn),
              int(OrderChargesModel::PeriodEndColumn), int(OrderChargesModel::PlanColumn)})
            cells.append(model.index(row, column).data().toString());
        lines.append(cells.join(QLatin1Char(' ')));
    }
    return lines;
}

} // namespace

class TestMainWindowRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<FakeService> m_sim;
    QString m_host;
    QStringList m_namespaces;
    qint64 m_sharedOrder = 0; // an ended order whose ORDER_ID other orders share
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    Profile m_rest;

    static QSqlQuery raw(const QString &sql, const QVariantList &values = {})
    {
        return TestDatabases::query(QStringLiteral("gui-raw"), sql, values);
    }

    // Empty once every tab has data and nothing loads; else what is missing.
    static QString waitLoaded(MainWindow &window)
    {
        QString missing;
        const bool loaded = QTest::qWaitFor(
            [&] {
                missing.clear();
                if (window.usagesView()->model()->rowCount({}) == 0)
                    missing += QStringLiteral(" usages");
                if (window.ordersView()->model()->rowCount({}) == 0)
                    missing += QStringLiteral(" orders");
                if (window.plansView()->model()->rowCount({}) == 0)
                    missing += QStringLiteral(" plans");
                if (!window.spendView()->hasData())
                    missing += QStringLiteral(" spend (") + window.spendView()->messageText() +
                               QLatin1Char(')');
                if (window.isBusy())
                    missing += QStringLiteral(" (still busy)");
                if (window.errorBanner()->isVisible())
                    missing += QStringLiteral(" error: ") + window.errorBanner()->message();
                return missing.isEmpty();
            },
            120000);
        return loaded ? QString() : missing;
    }

    void selectOrder(MainWindow &window, qint64 id)
    {
        OrderTableModel *model = window.ordersView()->model();
        // Page on until the order is loaded (the list loads 200 at a time).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (model->rowOfOrder(id) >= 0)
                    return true;
                if (!model->isBusy() && model->canFetchMore({}))
                    model->fetchMore({});
                return false;
            }(),
            60000);
        window.ordersView()->table()->setCurrentIndex(model->index(model->rowOfOrder(id), 0));
        QTRY_VERIFY_WITH_TIMEOUT(window.ordersView()->detail()->order() &&
                                     window.ordersView()->detail()->order()->id == id &&
                                     !window.ordersView()->detail()->isBusy(),
                                 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UsageConsoleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowrest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions o;
        o.namespaces = 12;
        o.months = 12;
        o.seed = 4;
        o.until = QDate(2026, 6, 1);
        QVERIFY(DemoDatabase::create(m_dbPath, o).ok());
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gui-raw"));
        db.setDatabaseName(m_dbPath);
        QVERIFY(db.open());

        // An ended resources order whose ORDER_ID later orders reuse, and the
        // namespaces of the profile: its own and the biggest other one.
        QSqlQuery q = raw(QStringLiteral(
            "SELECT o.ID, o.ACCOUNT_ID FROM DF_PURCHASE_ORDER o WHERE o.STATUS = 15 AND "
            "o.EVER_PAYED = 1 AND o.ORDER_ID = o.ACCOUNT_ID || '-resources' AND (SELECT COUNT(*) "
            "FROM DF_PURCHASE_ORDER p WHERE p.ORDER_ID = o.ORDER_ID AND p.REGION = o.REGION) >= 3 "
            "ORDER BY o.ID LIMIT 1"));
        QVERIFY2(q.next(), "no shared ORDER_ID in the data");
        m_sharedOrder = q.value(0).toLongLong();
        m_namespaces.append(q.value(1).toString());
        q = raw(QStringLiteral("SELECT ACCOUNT_ID FROM DF_CONSUMING_HISTORY WHERE ACCOUNT_ID <> ? "
                               "GROUP BY ACCOUNT_ID ORDER BY COUNT(*) DESC LIMIT 1"),
                {m_namespaces.constFirst()});
        QVERIFY(q.next());
        m_namespaces.append(q.value(0).toString());

        m_sim =
            std::make_unique<FakeService>(m_dbPath, QStringList{Token + QStringLiteral("=admin:*")},
                                          QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_host = QStringLiteral("http://127.0.0.1:%1").arg(m_sim->port());

        m_profileSettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")),
                                                        QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get());
        m_secrets = std::make_unique<SecretStore>();
        m_rest.name = QStringLiteral("Service");
        m_rest.kind = Profile::Kind::Rest;
        m_rest.usageApiUrl = m_host; // no path: /usageapi/v1 there; plan API by default
        m_rest.namespaces = m_namespaces;
        m_rest.id = m_profiles->save(m_rest);
        // The token: in the keychain, or in this run's memory where there is none.
        QSignalSpy written(m_secrets.get(), &SecretStore::secretWritten);
        m_secrets->write(m_rest.secretKey(), Token);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 30000);
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("gui-raw")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("gui-raw"));
    }

    void everyTabOverTheService_data() { TestWidgets::addLanguageRows(); }

    void everyTabOverTheService()
    {
        QFETCH(QString, language);
        if (language != QLatin1String("en") && !LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.resize(1280, 800);
        window.setLanguage(language);
        window.setDisplayZone(QStringLiteral("Asia/Shanghai"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProfile(m_rest);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        QCOMPARE(waitLoaded(window), QString());
        QVERIFY2(!window.errorBanner()->isVisible(), qPrintable(window.errorBanner()->message()));
        // All regions, on every tab that has the choice.
        QCOMPARE(window.usagesView()->filterFromWidgets().region, QString());
        QCOMPARE(window.ordersView()->filterFromWidgets().region, QString());
        QCOMPARE(window.spendView()->filterBar()->region(), QString());
        QSet<QString> regions;
        for (int row = 0; row < window.ordersView()->model()->rowCount({}); ++row)
            regions.insert(window.ordersView()->model()->orderAt(row).region);
        QVERIFY2(regions.size() >= 2, "the orders of both regions are listed");
        QAbstractItemModelTester tester(window.spendView()->tableModel());
        QVERIFY(!window.spendView()->chartView()->chart()->series().isEmpty());

        selectOrder(window, m_sharedOrder);
        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        const QStringList names{QStringLiteral("usages"), QStringLiteral("orders"),
                                QStringLiteral("plans"), QStringLiteral("spend")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
            TestEvents::drain(); // what the last answer scheduled has been drawn
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            if (!dir.isEmpty()) {
                QDir().mkpath(dir);
                QVERIFY(image.save(
                    QStringLiteral("%1/%2-%3-rest.png").arg(dir, names.at(tab), language)));
            }
        }
        window.setBackend(nullptr, m_rest);
    }

    void chargesPaneAsOverTheFile()
    {
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.setDisplayZone(QStringLiteral("UTC"));
        window.openProfile(m_rest);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        QCOMPARE(waitLoaded(window), QString());
        QSqlQuery shared = raw(QStringLiteral("SELECT ORDER_ID, REGION FROM DF_PURCHASE_ORDER "
                                              "WHERE ID = ?"),
                               {m_sharedOrder});
        QVERIFY(shared.next());
        // Every order of the shared ORDER_ID, the one chosen first.
        QSqlQuery q = raw(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE ORDER_ID = ? "
                                         "AND REGION = ? AND EVER_PAYED = 1 ORDER BY ID = ? DESC, "
                                         "ID"),
                          {shared.value(0), shared.value(1), m_sharedOrder});
        ConnectionSpec spec;
        spec.kind = ConnectionSpec::Kind::Sqlite;
        spec.path = m_dbPath;
        SqlBackend local(spec);
        int orders = 0;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            selectOrder(window, id);
            if (QTest::currentTestFailed())
                return;
            const OrderChargesModel *remote = window.ordersView()->detail()->chargesModel();
            QVERIFY(remote->isComplete());

            OrderChargesModel model;
            model.setDisplayZone(QTimeZone::utc());
            model.setBackend(&local);
            QSignalSpy loaded(&model, &OrderChargesModel::loaded);
            model.setOrder(window.ordersView()->detail()->order());
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
            QVERIFY(model.rowCount({}) > 0);
            // The same rows, count and sum as over the file; the sum from the
            // raw rows of the order's key, through the API's float32 step.
            QCOMPARE(chargeLines(*remote), chargeLines(model));
            QSqlQuery rows = raw(QStringLiteral("SELECT CONSUMING FROM DF_CONSUMING_HISTORY "
                                                "WHERE ID = ?"),
                                 {id});
            Money wireSum;
            int count = 0;
            while (rows.next()) {
                wireSum += WireAmount::of(Money::fromUnits(rows.value(0).toLongLong()));
                ++count;
            }
            QCOMPARE(remote->rowCount({}), count);
            QCOMPARE(remote->sum().toString4(), wireSum.toString4());
            ++orders;
        }
        QVERIFY(orders >= 3);
    }

    void spendFiltersOnBothBackends_data()
    {
        QTest::addColumn<bool>("rest");
        QTest::newRow("sqlite") << false;
        QTest::newRow("rest") << true;
    }

    void spendFiltersOnBothBackends()
    {
        QFETCH(bool, rest);
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.setDisplayZone(QStringLiteral("UTC"));
        if (rest) {
            window.openProfile(m_rest);
        } else {
            ConnectionSpec spec;
            spec.kind = ConnectionSpec::Kind::Sqlite;
            spec.path = m_dbPath;
            window.setBackend(std::make_shared<SqlBackend>(spec),
                              ProfileStore::demoProfile(m_dbPath));
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        QCOMPARE(waitLoaded(window), QString());
        // One region and one namespace, applied from the Spend tab's own filters.
        const QString ns = m_namespaces.constLast();
        QSqlQuery q = raw(QStringLiteral("SELECT REGION, CONSUMING FROM DF_CONSUMING_HISTORY "
                                         "WHERE ACCOUNT_ID = ? ORDER BY REGION"),
                          {ns});
        QString region;
        Money expected;
        qint64 charges = 0;
        while (q.next()) {
            if (region.isEmpty())
                region = q.value(0).toString();
            if (q.value(0).toString() != region)
                continue;
            const Money m = Money::fromUnits(q.value(1).toLongLong());
            expected += rest ? WireAmount::of(m) : m;
            ++charges;
        }
        SpendView *spend = window.spendView();
        window.tabs()->setCurrentWidget(spend);
        spend->filterBar()->setRegion(region);
        spend->filterBar()->setNamespaces({ns});
        QSignalSpy busy(spend, &SpendView::busyChanged);
        QTest::mouseClick(spend->filterBar()->findChild<QPushButton *>(QStringLiteral("apply")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(busy.count() >= 2 && !spend->isBusy(), 60000);
        const SpendBreakdown &b = spend->tableModel()->breakdown();
        QCOMPARE(b.grandCharges(), charges);
        QCOMPARE(b.grandTotal().toString4(), expected.toString4());
        QVERIFY(spend->chartView()->chart()->title().contains(region));
    }

    void cancelThroughTheService()
    {
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.openProfile(m_rest);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        QCOMPARE(waitLoaded(window), QString());
        QSqlQuery q = raw(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 AND "
                                         "EVER_PAYED = 1 AND ACCOUNT_ID = ? ORDER BY ID LIMIT 1"),
                          {m_namespaces.constLast()});
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish(); // an open statement keeps SQLite's lock: the service could not write
        selectOrder(window, id);
        if (QTest::currentTestFailed())
            return;
        QPushButton *cancel = window.ordersView()->detail()->cancelButton();
        QTRY_VERIFY(cancel->isEnabled());
        cancel->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"))));
        QVERIFY2(box->text().contains(QLatin1String("The service releases the resource")),
                 qPrintable(box->text()));
        QVERIFY(!box->text().contains(QLatin1String("NOT released")));
        QSignalSpy cancelled(window.ordersView(), &OrdersView::orderCancelled);
        box->findChild<QPushButton *>(QStringLiteral("confirmCancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 30000);
        QVERIFY2(window.errorBanner()->message().contains(
                     QLatin1String("The service released its resource")),
                 qPrintable(window.errorBanner()->message()));
        // In the database behind the service, and in the reloaded list.
        QSqlQuery after =
            raw(QStringLiteral("SELECT STATUS FROM DF_PURCHASE_ORDER WHERE ID = ?"), {id});
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toInt(), 15);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        QTRY_VERIFY(window.ordersView()->model()->rowOfOrder(id) >= 0);
        const int row = window.ordersView()->model()->rowOfOrder(id);
        QCOMPARE(window.ordersView()->model()->orderAt(row).status, OrderStatus::Ended);
        QTRY_VERIFY(window.ordersView()->detail()->order() &&
                    window.ordersView()->detail()->order()->id == id); // selected again
        QVERIFY(!cancel->isEnabled());
    }

    // A profile without namespaces reads the token's user's only (the API
    // lists one namespace at a time): every filter bar says so where it
    // would say "all"; with the profile's namespaces, "all" again.
    void tokenUsersNamespaceSaid_data() { TestWidgets::addLanguageRows(); }

    void tokenUsersNamespaceSaid()
    {
        QFETCH(QString, language);
        if (language != QLatin1String("en") && !LanguageSwitcher::hasTranslation(language))
            QSKIP("The translation is not built into this binary");
        const bool en = language == QLatin1String("en");
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.resize(1280, 800);
        window.setLanguage(language);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Profile unnamed = m_rest;
        unnamed.namespaces.clear();
        window.openProfile(unnamed);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        // The token's user (admin) has no charges: the tabs load empty.
        QTRY_VERIFY_WITH_TIMEOUT(window.plansView()->model()->rowCount({}) > 0 && !window.isBusy(),
                                 60000);
        QVERIFY2(!window.errorBanner()->isVisible(), qPrintable(window.errorBanner()->message()));
        const QList<FilterBar *> bars = window.findChildren<FilterBar *>();
        QVERIFY(bars.size() >= 3); // usages, orders, spend
        for (FilterBar *bar : bars) {
            QCOMPARE(bar->namespaceEdit()->placeholderText(),
                     en ? QStringLiteral("the token's user's — or ns-a, ns-b")
                        : QStringLiteral("令牌用户的 — 或 ns-a, ns-b"));
            QVERIFY(!bar->namespaceEdit()->toolTip().isEmpty());
        }
        if (const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            TestEvents::drain();
            QDir().mkpath(dir);
            QVERIFY(window.grab().toImage().save(
                QStringLiteral("%1/usages-unnamed-%2-rest.png").arg(dir, language)));
        }
        window.openProfile(m_rest);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend() && !window.backend()->namespaceScope().isEmpty(),
                                 30000);
        QCOMPARE(waitLoaded(window), QString());
        for (FilterBar *bar : window.findChildren<FilterBar *>()) {
            QCOMPARE(bar->namespaceEdit()->placeholderText(),
                     en ? QStringLiteral("all — or ns-a, ns-b")
                        : QStringLiteral("全部 — 或 ns-a, ns-b"));
            QVERIFY(bar->namespaceEdit()->toolTip().isEmpty());
        }
        window.setBackend(nullptr, m_rest);
    }

    // Tools > Audit starts from the tab's namespaces: over the API those are
    // all it can read. A profile without namespaces and a Usages filter of
    // one namespace: the audit asks that namespace and reads its orders
    // (without the filter it read the token's own user: nothing).
    void auditTakesTheTabsNamespaces()
    {
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Profile unnamed = m_rest;
        unnamed.namespaces.clear();
        window.openProfile(unnamed);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend(), 30000);
        const QString ns = m_namespaces.constFirst();
        window.usagesView()->showUsages(ns, QString(), QDate(), QDate());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
        window.openAudit();
        auto *dialog = window.findChild<AuditDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->filters()->namespaces(), QStringList{ns});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 60000);
        QVERIFY2(!dialog->summaryText().contains(QLatin1String("Nothing was audited")),
                 qPrintable(dialog->summaryText()));
        dialog->close();
        window.setBackend(nullptr, m_rest);
    }

    void savingTheOpenProfileAppliesAtOnce()
    {
        MainWindow window(m_profiles.get(), m_secrets.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *box = window.findChild<ProfileComboBox *>(QStringLiteral("profile"));
        QVERIFY(box);
        // A switch: the box follows.
        const Profile demo = ProfileStore::demoProfile(m_dbPath);
        window.openProfile(demo);
        QTRY_COMPARE(box->currentText(), demo.name);
        window.openProfile(m_rest);
        QTRY_VERIFY_WITH_TIMEOUT(window.backend() && !window.backend()->isReadOnly() &&
                                     box->currentText() == m_rest.name,
                                 30000);
        QCOMPARE(waitLoaded(window), QString());
        Backend *before = window.backend();

        // Tick "Read-only" on the open profile and save.
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ProfileDialog *>()));
        dialog->selectProfile(m_rest.id);
        dialog->findChild<QCheckBox *>(QStringLiteral("readOnly"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.backend() && window.backend() != before &&
                                     window.backend()->isReadOnly(),
                                 30000);
        dialog->close();
        QCOMPARE(box->currentText(), m_rest.name);
        QCOMPARE(waitLoaded(window), QString());
        window.tabs()->setCurrentWidget(window.ordersView());
        window.ordersView()->table()->setCurrentIndex(window.ordersView()->model()->index(0, 0));
        QTRY_VERIFY(window.ordersView()->detail()->order());
        QVERIFY(!window.ordersView()->detail()->cancelButton()->isVisible());
        // And the backend itself refuses.
        const Order o = *window.ordersView()->detail()->order();
        auto refused = window.backend()->cancel(o.id, o.ns);
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(!refused.result().ok());
        QCOMPARE(refused.result().error().category(), BackendError::Category::Permission);

        // Back to writable for the tests after this one.
        m_rest.readOnly = false;
        m_profiles->save(m_rest);
    }
};

QTEST_MAIN(TestMainWindowRest)
#include "tst_mainwindowrest.moc"
