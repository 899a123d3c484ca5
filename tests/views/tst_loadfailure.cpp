// A list that failed to load says so in its empty state, with the reason,
// as Spend does ("The spend could not be loaded: …"), instead of "No …
// match the filter"; a later load that succeeds brings the normal empty
// state back. Usages, Orders and Plans over a FakeBackend that fails.

#include "datatableview.h"
#include "fakebackend.h"
#include "ordersview.h"
#include "ordertablemodel.h"
#include "plansview.h"
#include "plantablemodel.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTest>

#include <functional>
#include <memory>

namespace {

struct Tab
{
    std::unique_ptr<QWidget> widget;
    DataTableView *table = nullptr;
    QAbstractItemModel *model = nullptr;
    std::function<void()> refresh;
};

Tab makeTab(const QString &name, FakeBackend *backend)
{
    Tab tab;
    if (name == QLatin1String("usages")) {
        auto *view = new UsagesView;
        tab.widget.reset(view);
        view->setBackend(backend);
        tab.table = view->table();
        tab.model = view->model();
        tab.refresh = [view] {
            view->refresh();
        };
    } else if (name == QLatin1String("orders")) {
        auto *view = new OrdersView;
        tab.widget.reset(view);
        view->setBackend(backend);
        tab.table = view->table();
        tab.model = view->model();
        tab.refresh = [view] {
            view->refresh();
        };
    } else {
        auto *view = new PlansView;
        tab.widget.reset(view);
        view->setBackend(backend);
        tab.table = view->table();
        tab.model = view->model();
        tab.refresh = [view] {
            view->refresh();
        };
    }
    return tab;
}

} // namespace

class TestLoadFailure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStateSaysTheLoadFailed_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("failed");
        QTest::addColumn<QString>("empty");
        QTest::newRow("usages") << "usages" << int(FakeBackend::Call::ListUsages)
                                << "The charges could not be loaded: "
                                << "No charges match the filter.";
        QTest::newRow("orders") << "orders" << int(FakeBackend::Call::ListOrders)
                                << "The orders could not be loaded: "
                                << "No orders match the filter.";
        QTest::newRow("plans") << "plans" << int(FakeBackend::Call::ListPlans)
                               << "The plans could not be loaded: "
                               << "No plans match the filter.";
    }

    void emptyStateSaysTheLoadFailed()
    {
        QFETCH(QString, tab);
        QFETCH(int, call);
        QFETCH(QString, failed);
        QFETCH(QString, empty);

        FakeBackend backend;
        backend.usages.clear();
        backend.orders.clear();
        backend.plans.clear();
        const QString reason = QStringLiteral("the server answered HTTP 404");
        backend.failing.insert(FakeBackend::Call(call),
                               BackendError(BackendError::Category::Server, reason));

        Tab t = makeTab(tab, &backend);
        QAbstractItemModelTester tester(t.model);
        t.widget->show();
        auto *label = t.table->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(label);

        t.refresh();
        QTRY_COMPARE(label->text(), failed + reason);
        QVERIFY(label->isVisible());

        // The service is back: an empty answer is an empty result again.
        backend.failing.clear();
        t.refresh();
        QTRY_COMPARE(label->text(), empty);
        QVERIFY(label->isVisible());

        // And a new failure after a good load says so again.
        backend.failing.insert(FakeBackend::Call(call),
                               BackendError(BackendError::Category::Auth, QStringLiteral("no")));
        t.refresh();
        QTRY_COMPARE(label->text(), failed + QStringLiteral("no"));
    }
};

QTEST_MAIN(TestLoadFailure)
#include "tst_loadfailure.moc"
