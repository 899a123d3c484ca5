// The Plans tab's status line counts what the search box leaves: "4 of 34
// plan versions shown" while a search narrows the list, "34 plan versions"
// without one, and the rows shown are those it counts.

#include "datatableview.h"
#include "fakebackend.h"
#include "plansview.h"
#include "plantablemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

class TestPlansView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusCountsTheSearch_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("shown");
        QTest::addColumn<QString>("status");
        QTest::newRow("no search") << "" << 34 << "34 plan versions";
        QTest::newRow("redis") << "redis" << 4 << "4 of 34 plan versions shown";
        QTest::newRow("case-insensitive") << "REDIS" << 4 << "4 of 34 plan versions shown";
        QTest::newRow("nothing") << "zzz" << 0 << "0 of 34 plan versions shown";
        QTest::newRow("one") << "volume 7" << 1 << "1 of 34 plan versions shown";
    }

    void statusCountsTheSearch()
    {
        QFETCH(QString, search);
        QFETCH(int, shown);
        QFETCH(QString, status);
        FakeBackend backend;
        for (int i = 0; i < 34; ++i) {
            Plan plan;
            plan.id = i + 1;
            plan.planId = QStringLiteral("plan-%1").arg(i);
            plan.name =
                i < 4 ? QStringLiteral("Redis HA %1").arg(i) : QStringLiteral("volume %1").arg(i);
            plan.region = QStringLiteral("cn-north-1");
            backend.plans.append(plan);
        }
        PlansView view;
        QAbstractItemModelTester tester(view.model());
        view.show();
        view.setBackend(&backend);
        view.refresh();
        auto *line = view.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY(line);
        QTRY_COMPARE(line->text(), QStringLiteral("34 plan versions"));

        view.findChild<QLineEdit *>(QStringLiteral("search"))->setText(search);
        QCOMPARE(line->text(), status);
        QCOMPARE(view.table()->model()->rowCount(), shown);

        // Cleared, the whole list again.
        view.findChild<QLineEdit *>(QStringLiteral("search"))->clear();
        QCOMPARE(line->text(), QStringLiteral("34 plan versions"));
    }
};

QTEST_MAIN(TestPlansView)
#include "tst_plansview.moc"
