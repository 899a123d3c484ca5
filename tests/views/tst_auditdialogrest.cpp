// Tools > Audit when it reads nothing: over the fake REST service with a
// profile without namespaces (the API then lists the token's user's own
// alone, which holds nothing), or over the service or a database with a
// namespace that does not exist, the dialog says nothing was audited, which
// namespaces were asked and what to do, in the summary and in the list's
// empty state: never "No findings". With namespaces that hold charges, the
// counts are the database's.

#include "auditdialog.h"
#include "auditfindingmodel.h"
#include "datatableview.h"
#include "fakeservice.h"
#include "filterbar.h"
#include "languageswitcher.h"
#include "rest/restbackend.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("audit-token");

} // namespace

class TestAuditDialogRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<FakeService> m_sim;

    // Orders (those `orderWhere` keeps) and charges of `namespaces` in the
    // database, by plain SQL.
    std::pair<qint64, qint64> counts(const QStringList &namespaces, const QString &orderWhere) const
    {
        std::pair<qint64, qint64> n{-1, -1};
        TestDatabases::withConnection(m_spec, [&](QSqlDatabase &db) {
            const QString where =
                QStringLiteral("ACCOUNT_ID IN ('%1')").arg(namespaces.join(QStringLiteral("','")));
            QSqlQuery q(QStringLiteral("SELECT (SELECT COUNT(*) FROM DF_PURCHASE_ORDER WHERE %1 "
                                       "AND %2), (SELECT COUNT(*) FROM DF_CONSUMING_HISTORY "
                                       "WHERE %1)")
                            .arg(where, orderWhere),
                        db);
            if (q.next())
                n = {q.value(0).toLongLong(), q.value(1).toLongLong()};
        });
        return n;
    }

    // The text the empty list shows in its viewport.
    static QString emptyState(const DataTableView *table)
    {
        for (const QLabel *label : table->findChildren<QLabel *>()) {
            if (label->isVisible())
                return label->text();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        DemoOptions o;
        o.namespaces = 8;
        o.months = 3;
        o.until = QDate(2026, 11, 20);
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("demo.db"));
        TestData::writeDemo(m_spec, o);
        m_sim = std::make_unique<FakeService>(m_spec.path,
                                              QStringList{Token + QStringLiteral("=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void nothingAudited_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("profileNamespaces");
        QTest::addColumn<QStringList>("filterNamespaces");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("said"); // in the summary
        const QStringList none;
        QTest::newRow("rest, no namespaces anywhere")
            << "rest" << none << none << "en"
            << QStringList{"Nothing was audited", "token's own namespace", "in the profile"};
        QTest::newRow("rest, no namespaces anywhere, zh_CN")
            << "rest" << none << none << "zh_CN"
            << QStringList{QStringLiteral("未审计任何内容"), QStringLiteral("连接配置")};
        QTest::newRow("rest, a namespace that does not exist")
            << "rest" << QStringList{"finance-prod"} << QStringList{"nosuch"} << "en"
            << QStringList{"Nothing was audited", "(nosuch)", "spelling"};
        QTest::newRow("rest, the profile's namespace does not exist")
            << "rest" << QStringList{"nosuch"} << none << "en"
            << QStringList{"Nothing was audited", "(nosuch)", "spelling"};
        QTest::newRow("sqlite, a namespace that does not exist")
            << "sqlite" << none << QStringList{"nosuch", "nosuch-2"} << "en"
            << QStringList{"Nothing was audited", "(nosuch, nosuch-2)", "spelling"};
    }

    void nothingAudited()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, profileNamespaces);
        QFETCH(QStringList, filterNamespaces);
        QFETCH(QString, language);
        QFETCH(QStringList, said);
        LanguageSwitcher switcher;
        if (!switcher.setLanguage(language))
            QSKIP("The translation is not built into this binary");
        std::unique_ptr<Backend> backend;
        if (kind == QLatin1String("sqlite"))
            backend = std::make_unique<SqlBackend>(m_spec);
        else
            backend = std::make_unique<RestBackend>(m_sim->restConfig(Token, profileNamespaces));
        AuditDialog dialog(backend.get(), QTimeZone::utc());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QSignalSpy finished(&dialog, &AuditDialog::auditFinished);
        dialog.filters()->setNamespaces(filterNamespaces);
        dialog.runAudit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(dialog.model()->rowCount({}), 0);
        QCOMPARE(dialog.model()->report().ordersMatched, 0);
        QCOMPARE(dialog.model()->report().chargesMatched, 0);
        const QString summary = dialog.summaryText();
        for (const QString &text : said)
            QVERIFY2(summary.contains(text), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("No findings")) &&
                     !summary.contains(QStringLiteral("未发现问题")),
                 qPrintable(summary));
        const QString empty = emptyState(dialog.table());
        QVERIFY2(empty.contains(said.constFirst()), qPrintable(empty));
    }

    // Namespaces with orders and charges: a real result, the database's
    // counts. Over the API the audit reads the consuming orders that were
    // paid (what the service lists), no charges.
    void somethingAudited_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("orderWhere");
        QTest::addColumn<bool>("readsCharges");
        QTest::newRow("sqlite") << "sqlite"
                                << "1 = 1" << true;
        QTest::newRow("rest") << "rest"
                              << "STATUS = 5 AND EVER_PAYED = 1" << false;
    }

    void somethingAudited()
    {
        QFETCH(QString, kind);
        QFETCH(QString, orderWhere);
        QFETCH(bool, readsCharges);
        const QStringList namespaces{QStringLiteral("finance-prod"), QStringLiteral("demo-team")};
        const auto [orders, charges] = counts(namespaces, orderWhere);
        QVERIFY(orders > 0 && charges > 0);
        std::unique_ptr<Backend> backend;
        if (kind == QLatin1String("sqlite"))
            backend = std::make_unique<SqlBackend>(m_spec);
        else
            backend = std::make_unique<RestBackend>(m_sim->restConfig(Token, namespaces));
        AuditDialog dialog(backend.get(), QTimeZone::utc());
        dialog.show();
        QSignalSpy finished(&dialog, &AuditDialog::auditFinished);
        if (kind == QLatin1String("sqlite"))
            dialog.filters()->setNamespaces(namespaces);
        dialog.runAudit();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const AuditReport &r = dialog.model()->report();
        QCOMPARE(r.ordersMatched, orders);
        QCOMPARE(r.chargesMatched, readsCharges ? charges : 0);
        const QString summary = dialog.summaryText();
        QVERIFY2(!summary.contains(QStringLiteral("Nothing was audited")), qPrintable(summary));
        QVERIFY2(summary.contains(
                     QStringLiteral("%1 orders and %2 charges audited")
                         .arg(QLocale().toString(orders), QLocale().toString(r.chargesMatched))),
                 qPrintable(summary));
        if (r.total() == 0)
            QCOMPARE(emptyState(dialog.table()), QStringLiteral("No findings."));
    }
};

QTEST_MAIN(TestAuditDialogRest)
#include "tst_auditdialogrest.moc"
