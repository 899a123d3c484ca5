// File ▸ Statement…: the dialog over a demo database and over the fake REST
// service, in English and Chinese: the statement is made off the GUI thread,
// previewed, shown in a print preview and saved as a PDF whose text
// (pdftotext) carries the namespace, the Chinese plan names and the total,
// which equals the usages' total. Screenshots (the dialog, the PDF's first
// page) go to $UC_SCREENSHOT_DIR when it is set.

#include "displayformat.h"
#include "fakeservice.h"
#include "languageswitcher.h"
#include "pdftext.h"
#include "rest/restbackend.h"
#include "sql/sqlbackend.h"
#include "statementdialog.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString Token = QStringLiteral("dialog-token");
} // namespace

class TestStatementDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<FakeService> m_sim;

    std::unique_ptr<Backend> backend(const QString &kind) const
    {
        if (kind == QLatin1String("sqlite"))
            return std::make_unique<SqlBackend>(m_spec);
        return std::make_unique<RestBackend>(m_sim->restConfig(
            Token, {QStringLiteral("finance-prod"), QStringLiteral("demo-team")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        DemoOptions o;
        o.namespaces = 10;
        o.months = 8;
        o.until = QDate(2026, 11, 25);
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("demo.db"));
        TestData::writeDemo(m_spec, o);
        m_sim = std::make_unique<FakeService>(m_spec.path,
                                              QStringList{Token + QStringLiteral("=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void statement_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        QTest::newRow("sqlite en") << "sqlite"
                                   << "en";
        QTest::newRow("sqlite zh_CN") << "sqlite"
                                      << "zh_CN";
        QTest::newRow("rest en") << "rest"
                                 << "en";
        QTest::newRow("rest zh_CN") << "rest"
                                    << "zh_CN";
    }

    void statement()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        LanguageSwitcher switcher;
        if (!switcher.setLanguage(language))
            QSKIP("The translation is not built into this binary");
        auto source = backend(kind);
        const QTimeZone zone("Asia/Shanghai");
        StatementDialog dialog(source.get(), zone);
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setNamespace(QStringLiteral("finance-prod"));
        dialog.setMonth(QDate(2026, 10, 1));
        auto *pdfButton = dialog.findChild<QPushButton *>(QStringLiteral("pdfButton"));
        QVERIFY(pdfButton && !pdfButton->isEnabled());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("makeButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statement().has_value(), 60000);
        QVERIFY(!dialog.isBusy());
        QVERIFY(pdfButton->isEnabled());
        const Statement &s = *dialog.statement();

        // The total is the usages' total of both regions.
        SqlBackend local(m_spec);
        UsageFilter filter;
        filter.namespaces = {QStringLiteral("finance-prod")};
        filter.from = s.month.startUtc;
        filter.to = s.month.endUtc;
        Money total;
        QStringList charged; // the regions with a charge of it that month
        for (const char *region : {"cn-north-1", "cn-north-2"}) {
            filter.region = QString::fromLatin1(region);
            const UsageTotal inRegion = TestFutures::valueOf(local.usageTotal(filter));
            total += inRegion.amount;
            if (inRegion.charges > 0)
                charged.append(filter.region);
        }
        QCOMPARE(s.total, total);
        QCOMPARE(s.regionsRead, (QStringList{"cn-north-1", "cn-north-2"}));
        QCOMPARE(s.regions, charged);
        QCOMPARE(dialog.warningText(), QString());
        QVERIFY(s.lines.size() >= 2);
        const QString money = DisplayFormat::money(total);
        QVERIFY2(dialog.previewText().contains(money), qPrintable(dialog.previewText()));

        const QString pdf = m_dir.filePath(kind + language + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(dialog.savePdf(pdf, &error), qPrintable(error));
        const QString text = PdfText::read(pdf);
        QVERIFY2(text.contains(QStringLiteral("finance-prod")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2026-10")), qPrintable(text));
        QVERIFY2(text.contains(money), qPrintable(money + QStringLiteral(" missing in:\n") + text));
        for (const StatementLine &l : s.lines)
            QVERIFY2(text.contains(PdfText::bare(l.planName)), qPrintable(l.planName));

        // The print preview shows it; closed again from the event loop.
        QImage previewImage;
        QTimer::singleShot(0, this, [&previewImage] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *preview = qobject_cast<QPrintPreviewDialog *>(w)) {
                    preview->resize(900, 800);
                    QVERIFY(QTest::qWaitForWindowExposed(preview));
                    previewImage = preview->grab().toImage();
                    preview->reject();
                }
            }
        });
        dialog.printPreview();
        QVERIFY(!previewImage.isNull());

        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        if (!dir.isEmpty() && kind == QLatin1String("sqlite")) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(
                QStringLiteral("%1/statement-preview-%2.png").arg(dir, language)));
            QProcess png;
            png.start(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                       QStringLiteral("-singlefile"), pdf,
                       QStringLiteral("%1/statement-pdf-%2").arg(dir, language)});
            QVERIFY(png.waitForFinished(60000) && png.exitCode() == 0);
        }
    }

    // A namespace without a charge in the month (here: a typo, and one that
    // exists but was not charged in that region) makes a statement without
    // lines: the dialog warns before it is printed, and its Regions line
    // lists no region it was not charged in.
    void noLinesWarns_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("said");
        QTest::newRow("sqlite en, a typo")
            << "sqlite"
            << "en"
            << "finanse-prod" << QString()
            << QStringList{"finanse-prod has no charge in 2026-10 — is the namespace right?",
                           "not one of the namespaces"};
        QTest::newRow("rest en, a typo")
            << "rest"
            << "en"
            << "nosuch" << QString()
            << QStringList{"nosuch has no charge in 2026-10 — is the namespace right?"};
        QTest::newRow("sqlite zh_CN, a typo")
            << "sqlite"
            << "zh_CN"
            << "finanse-prod" << QString()
            << QStringList{QStringLiteral("finanse-prod 在 2026-10 没有任何扣费")};
        QTest::newRow("sqlite en, a region without its charges")
            << "sqlite"
            << "en"
            << ""
            << "cn-north-2" << QStringList{"has no charge in 2026-10 in region cn-north-2"};
    }

    void noLinesWarns()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(QString, ns);
        QFETCH(QString, region);
        QFETCH(QStringList, said);
        LanguageSwitcher switcher;
        if (!switcher.setLanguage(language))
            QSKIP("The translation is not built into this binary");
        const QTimeZone zone("Asia/Shanghai");
        const MonthSpan october =
            MonthCalendar::months(QDate(2026, 10, 1), QDate(2026, 10, 1), zone).constFirst();
        if (ns.isEmpty()) {
            // A namespace charged in October, but not in `region`: by plain SQL.
            TestDatabases::withConnection(m_spec, [&](QSqlDatabase &db) {
                const QString from =
                    october.startUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                const QString to = october.endUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT ACCOUNT_ID FROM DF_CONSUMING_HISTORY WHERE CONSUME_TIME >= :f AND "
                    "CONSUME_TIME < :t GROUP BY ACCOUNT_ID HAVING SUM(REGION = :r) = 0 ORDER BY "
                    "ACCOUNT_ID LIMIT 1"));
                q.bindValue(QStringLiteral(":f"), from);
                q.bindValue(QStringLiteral(":t"), to);
                q.bindValue(QStringLiteral(":r"), region);
                QVERIFY(q.exec());
                if (q.next())
                    ns = q.value(0).toString();
            });
            if (ns.isEmpty())
                QSKIP("Every namespace was charged in both regions in October");
            said.prepend(ns + QStringLiteral(" has no charge"));
        }
        auto source = backend(kind);
        StatementDialog dialog(source.get(), zone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!region.isEmpty()) {
            auto *regions = dialog.findChild<QComboBox *>(QStringLiteral("regionCombo"));
            QTRY_VERIFY(regions->findData(region) >= 0);
            regions->setCurrentIndex(regions->findData(region));
        }
        // The namespaces listed first, so that a typo is known as one.
        auto *names = dialog.findChild<QComboBox *>(QStringLiteral("namespaceCombo"));
        QTRY_VERIFY(names->count() > 0);
        dialog.setNamespace(ns);
        dialog.setMonth(QDate(2026, 10, 1));
        dialog.makeStatement();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statement().has_value(), 60000);
        const Statement &s = *dialog.statement();
        QCOMPARE(s.lines.size(), qsizetype(0));
        QCOMPARE(s.total, Money());
        QCOMPARE(s.regions, QStringList());
        const QStringList read =
            region.isEmpty() ? QStringList{"cn-north-1", "cn-north-2"} : QStringList{region};
        QCOMPARE(s.regionsRead, read);
        const QString warning = dialog.warningText();
        for (const QString &text : said)
            QVERIFY2(warning.contains(text), qPrintable(warning));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statementWarning"))->isVisible());
        // Another month or namespace: the warning goes with the statement.
        dialog.setNamespace(QStringLiteral("finance-prod"));
        QCOMPARE(dialog.warningText(), QString());
    }
};

QTEST_MAIN(TestStatementDialog)
#include "tst_statementdialog.moc"
