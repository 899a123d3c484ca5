// The Spend view's finance figures over a demo database and the fake REST
// service: each namespace's share in the table (months and period add up to
// 100.00 %) and the chart's tooltips, and the forecast bars of this month
// and the next (hatched, with their own tooltip) equal to what
// ForecastLoader computes. Screenshots to $UC_SCREENSHOT_DIR when set.
// And the loader's one-pass spend over a database without the cache.

#include "fakeservice.h"
#include "languageswitcher.h"
#include "reports/forecastloader.h"
#include "rest/restbackend.h"
#include "spendchart.h"
#include "spendloader.h"
#include "spendtablemodel.h"
#include "spendview.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Token = QStringLiteral("spend-token");
const QDateTime At(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

} // namespace

class TestSpendForecast : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    std::unique_ptr<FakeService> m_sim;
    QStringList m_namespaces{"finance-prod", "demo-team", "data-platform", "web-frontend",
                             "ml-research"};

    std::unique_ptr<Backend> backend(const QString &kind) const
    {
        if (kind == QLatin1String("sqlite"))
            return std::make_unique<SqlBackend>(m_spec);
        return std::make_unique<RestBackend>(m_sim->restConfig(Token, m_namespaces));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        DemoOptions o;
        o.namespaces = 20;
        o.months = 12;
        o.until = At.date();
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("demo.db"));
        TestData::writeDemo(m_spec, o);
        m_sim = std::make_unique<FakeService>(m_spec.path,
                                              QStringList{Token + QStringLiteral("=admin:*")});
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void forecastAndShares_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("region");
        QTest::newRow("sqlite en") << "sqlite"
                                   << "en"
                                   << "";
        QTest::newRow("sqlite zh_CN") << "sqlite"
                                      << "zh_CN"
                                      << "";
        QTest::newRow("rest en") << "rest"
                                 << "en"
                                 << "cn-north-1";
        QTest::newRow("rest zh_CN") << "rest"
                                    << "zh_CN"
                                    << "cn-north-1";
    }

    void forecastAndShares()
    {
        QFETCH(QString, kind);
        QFETCH(QString, language);
        QFETCH(QString, region);
        LanguageSwitcher switcher;
        if (!switcher.setLanguage(language))
            QSKIP("The translation is not built into this binary");
        auto source = backend(kind);
        const QTimeZone zone("Asia/Shanghai");
        SpendView view;
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.tableModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDisplayZone(zone);
        view.setServiceZone(zone);
        view.setRegion(region);
        view.setForecastAt(At);
        view.setBackend(source.get());
        QTRY_VERIFY_WITH_TIMEOUT(view.hasData() && !view.isBusy(), 60000);
        QVERIFY(view.isForecastShown());

        // The view's forecast is ForecastLoader's for November and December.
        ForecastRequest request;
        request.region = region;
        request.namespaces = source->namespaceScope();
        request.months = MonthCalendar::months(QDate(2026, 11, 1), QDate(2026, 12, 1), zone);
        request.zone = zone;
        request.serviceZone = zone;
        ForecastLoader loader;
        const Forecast want = TestFutures::valueOf(loader.load(source.get(), request));
        QCOMPARE(view.forecast().size(), want.cells.size());
        Money wantRenewals;
        for (const ForecastCell &c : want.cells)
            wantRenewals += c.renewals;
        QVERIFY(wantRenewals > Money());

        // The chart stacks those renewals, hatched, on the last two months.
        const SpendBreakdown &b = view.tableModel()->breakdown();
        QVERIFY(b.hasForecast());
        const int months = int(b.months().size());
        QCOMPARE(b.months().constLast(), QDate(2026, 12, 1));
        QVERIFY(b.isForecastMonth(months - 1) && b.isForecastMonth(months - 2));
        QVERIFY(!b.isForecastMonth(0));
        Money charted;
        for (int m = 0; m < months; ++m)
            charted += b.monthRenewals(m);
        QCOMPARE(charted, wantRenewals);
        auto *chart = static_cast<SpendChart *>(view.chartView());
        QCOMPARE(chart->forecastSets().size(), b.groupCount());
        QCOMPARE(chart->forecastSets().constFirst()->brush().style(), Qt::BDiagPattern);
        int group = -1;
        for (int g = 0; g < b.groupCount() && group < 0; ++g) {
            if (b.renewals(g, months - 1) > Money())
                group = g;
        }
        QVERIFY(group >= 0);
        const QString tip = chart->forecastToolTip(group, months - 1);
        QVERIFY2(tip.contains(QStringLiteral("2026-12")), qPrintable(tip));
        QVERIFY2(tip.count(QLatin1Char('\n')) >= 4, qPrintable(tip));

        // December has no charge (the demo ends on 2026-11-20, as the rows
        // say): it is charted with its forecast, but it is no 0.00 row of
        // spend in the table or its CSV, nor the end of the export's name.
        TestDatabases::withConnection(m_spec, [](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT COUNT(*), MAX(CONSUME_TIME >= '2026-10-31 16:00') "
                                       "FROM DF_CONSUMING_HISTORY WHERE CONSUME_TIME >= "
                                       "'2026-09-30 16:00'"),
                        db);
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0); // charges in November (Shanghai)...
            QCOMPARE(q.value(1).toInt(), 1);
            QSqlQuery dec(QStringLiteral("SELECT COUNT(*) FROM DF_CONSUMING_HISTORY "
                                         "WHERE CONSUME_TIME >= '2026-11-30 16:00'"),
                          db);
            QVERIFY(dec.next());
            QCOMPARE(dec.value(0).toInt(), 0); // ...and none in December
        });
        QVERIFY(b.isForecastOnlyMonth(months - 1));
        QCOMPARE(b.spendMonthCount(), months - 1);
        QCOMPARE(view.tableModel()->rowCount(), months); // the months of spend and Total
        const int lastRow = view.tableModel()->rowCount() - 2;
        QCOMPARE(view.tableModel()->index(lastRow, 0).data(SpendTableModel::MonthRole).toDate(),
                 QDate(2026, 11, 1));
        const QString csvPath = m_dir.filePath(QStringLiteral("spend-%1.csv").arg(kind));
        QString error;
        QVERIFY2(view.exportCsv(csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), months + 1); // header, months of spend, Total
        QVERIFY2(lines.at(lines.size() - 2).startsWith(QStringLiteral("2026-11,")),
                 qPrintable(lines.at(lines.size() - 2)));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("2026-12")));
        view.exportFile();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))));
        const QString name = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        QVERIFY2(name.endsWith(QStringLiteral("-2026-11.csv")), qPrintable(name));
        dialog->reject();
        delete dialog;

        // Shares: each month row and the totals row add up to 100.00 %.
        const SpendTableModel *model = view.tableModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            qint64 sum = 0;
            bool any = false;
            for (int col = 0; col + 1 < model->columnCount(); ++col) {
                const QVariant share = model->index(row, col).data(SpendTableModel::ShareRole);
                any = any || share.isValid();
                sum += share.toLongLong();
            }
            if (any)
                QCOMPARE(sum, qint64(10000));
        }
        const QString cell = model->index(0, 0).data().toString();
        QVERIFY2(cell.contains(QLatin1Char('%')), qPrintable(cell));
        QVERIFY(chart->segmentToolTip(0, 0).contains(QLatin1Char('%')));
        view.setSharesShown(false);
        QVERIFY(!model->index(0, 0).data().toString().contains(QLatin1Char('%')));
        view.setSharesShown(true);

        const QString dir = qEnvironmentVariable("UC_SCREENSHOT_DIR");
        if (!dir.isEmpty() && kind == QLatin1String("sqlite")) {
            QDir().mkpath(dir);
            QVERIFY(view.grab().save(QStringLiteral("%1/forecast-%2.png").arg(dir, language)));
        }

        // Off: no forecast, no months beyond the charges.
        view.setForecastShown(false);
        QTRY_VERIFY_WITH_TIMEOUT(!view.tableModel()->breakdown().hasForecast() && !view.isBusy(),
                                 60000);
        QVERIFY(chart->forecastSets().isEmpty());
        view.setBackend(nullptr);
    }

    // Without the cache, SqlBackend finds the months and groups them in one
    // pass (spendOfEveryMonth): the loader hands the view those months,
    // first to last with charges, and their sums, as the raw rows say.
    void loaderInOnePass()
    {
        SqlBackend source(m_spec);
        QVERIFY(source.spendsEveryMonthAtOnce());
        const QTimeZone zone("America/New_York");
        QMap<QDate, qint64> want; // local month -> sum, from the raw rows
        TestDatabases::withConnection(m_spec, [&](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT CONSUME_TIME, CONSUMING FROM DF_CONSUMING_HISTORY "
                                       "WHERE REGION = 'cn-north-1' AND CONSUME_TIME IS NOT NULL"),
                        db);
            while (q.next()) {
                QDateTime t = QDateTime::fromString(q.value(0).toString().left(19),
                                                    QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                t.setTimeZone(QTimeZone::utc());
                const QDate d = t.toTimeZone(zone).date();
                want[QDate(d.year(), d.month(), 1)] += q.value(1).toLongLong();
            }
        });
        QVERIFY(!want.isEmpty());
        QList<QDate> wantMonths;
        for (QDate m = want.firstKey(); m <= want.lastKey(); m = m.addMonths(1))
            wantMonths.append(m);

        SpendLoader loader;
        loader.setBackend(&source);
        QSignalSpy loaded(&loader, &SpendLoader::loaded);
        loader.load(QStringLiteral("cn-north-1"), {}, zone, std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QCOMPARE(loaded.constFirst().at(1).value<QList<QDate>>(), wantMonths);
        QMap<QDate, qint64> got;
        for (const SpendCell &c : loaded.constFirst().at(0).value<QList<SpendCell>>())
            got[c.month] += c.amount.units();
        QCOMPARE(got, want);
    }
};

QTEST_MAIN(TestSpendForecast)
#include "tst_spendforecast.moc"
