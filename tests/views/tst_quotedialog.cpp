// QuoteDialog over a fake backend: a quote shown with its numbers, a 3313
// refusal in plain words with the raw code under details, copy as text.
#include "fakebackend.h"
#include "quotedialog.h"
#include "quotetext.h"
#include "testwidgets.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using TestWidgets::child;

namespace {

Money yuan(const char *text)
{
    return *Money::fromDecimalString(QString::fromLatin1(text));
}

Plan plan(const char *id, const char *name, PlanType type, const char *price)
{
    Plan p;
    p.planId = QString::fromLatin1(id);
    p.name = QString::fromUtf8(name);
    p.type = type;
    p.priceMoney = yuan(price);
    p.price = QString::fromLatin1(price).toDouble();
    p.region = QStringLiteral("cn-north-1");
    p.active = true;
    return p;
}

// Plans in cn-north-1 only; ns-0009 switching to res-c2m4 is refused
// (3313), any other plan priced as the README's worked quote.
void setUp(FakeBackend &backend)
{
    backend.atOnce = true;
    backend.plans = {
        plan("res-c16m32", "16 核 32G", PlanType::Resources, "199.99"),
        plan("res-c2m4", "2 核 4G", PlanType::Resources, "19.99"),
        plan("vol-10g", "10 GB", PlanType::Volume, "10.00"),
    };
    backend.regions = {
        {QStringLiteral("cn-north-1"), QStringLiteral("北京一区"), QString()},
        {QStringLiteral("cn-north-2"), QStringLiteral("北京二区"), QString()},
    };
    backend.namespaces = {QStringLiteral("ns-0009"), QStringLiteral("ns-0010")};
    backend.quoteAnswer = [](const QuoteRequest &request) -> Result<Quote> {
        if (request.planId == QLatin1String("res-c2m4"))
            return BackendError(
                BackendError::Category::Conflict,
                QStringLiteral("failed to renew order (old order (ns-0009-resources) has too much "
                               "remaining spending)"),
                QString(), 3313);
        Quote q;
        q.planPrice = yuan("199.99");
        q.credit = yuan("33.94");
        q.due = yuan("166.05");
        q.dueText = QStringLiteral("166.05");
        Order old;
        old.id = 147;
        old.orderId = QStringLiteral("ns-0009-resources");
        old.planId = QStringLiteral("res-c4m8");
        q.replaces = old;
        q.periodEnd = QDateTime(QDate(2027, 1, 5), QTime(8, 0), Qt::UTC);
        q.warnings = QStringList{QStringLiteral("a volume with this name already exists")};
        return q;
    };
}

} // namespace

class TestQuoteDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsQuote();
    void refusalInPlainWords();
    void copyAsText();
    void resourceNameOnlyForVolumes();
    void refusalTexts();

private:
    std::unique_ptr<QuoteDialog> opened(FakeBackend &backend, const char *planId);
};

void TestQuoteDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<QuoteDialog> TestQuoteDialog::opened(FakeBackend &backend, const char *planId)
{
    setUp(backend);
    auto dialog = std::make_unique<QuoteDialog>(&backend, QTimeZone("Asia/Shanghai"),
                                                QTimeZone("Asia/Shanghai"));
    dialog->setRegion(QStringLiteral("cn-north-1"));
    dialog->setNamespace(QStringLiteral("ns-0009"));
    auto *plans = child<QComboBox>(dialog.get(), "planCombo");
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(plans->count(), 3, 5000);
    }();
    plans->setCurrentIndex(plans->findData(QString::fromLatin1(planId)));
    return dialog;
}

void TestQuoteDialog::showsQuote()
{
    FakeBackend backend;
    auto dialog = opened(backend, "res-c16m32");
    QCOMPARE(child<QComboBox>(dialog.get(), "regionCombo")->currentData().toString(),
             QStringLiteral("cn-north-1"));
    QCOMPARE(child<QComboBox>(dialog.get(), "namespaceCombo")->currentText(),
             QStringLiteral("ns-0009"));
    auto *button = child<QPushButton>(dialog.get(), "quoteButton");
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy finished(dialog.get(), &QuoteDialog::quoteFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);

    QCOMPARE(backend.quoteCalls.size(), 1);
    const QuoteRequest &sent = backend.quoteCalls.first();
    QCOMPARE(sent.ns, QStringLiteral("ns-0009"));
    QCOMPARE(sent.region, QStringLiteral("cn-north-1"));
    QCOMPARE(sent.planId, QStringLiteral("res-c16m32"));
    QCOMPARE(sent.resourceName, QString());
    QCOMPARE(sent.serviceZone, QTimeZone("Asia/Shanghai"));
    QVERIFY(qAbs(sent.now.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QVERIFY(child<QLabel>(dialog.get(), "dueLabel")->text().contains(QStringLiteral("166.05")));
    QCOMPARE(child<QLabel>(dialog.get(), "planPriceLabel")->text(), QStringLiteral("199.99"));
    QCOMPARE(child<QLabel>(dialog.get(), "creditLabel")->text(), QStringLiteral("33.94"));
    QVERIFY(child<QLabel>(dialog.get(), "replacesLabel")
                ->text()
                .contains(QStringLiteral("ns-0009-resources (id 147")));
    // 08:00 UTC is 16:00 in the display zone.
    QCOMPARE(child<QLabel>(dialog.get(), "periodEndLabel")->text(),
             QStringLiteral("2027-01-05 16:00:00"));
    const QString warnings = child<QLabel>(dialog.get(), "warningsLabel")->text();
    QVERIFY(warnings.contains(QStringLiteral("not part of the service's price")));
    QVERIFY(warnings.contains(QStringLiteral("already exists")));
    QVERIFY(child<QPushButton>(dialog.get(), "copyButton")->isEnabled());
}

void TestQuoteDialog::refusalInPlainWords()
{
    FakeBackend backend;
    auto dialog = opened(backend, "res-c2m4");
    QSignalSpy finished(dialog.get(), &QuoteDialog::quoteFinished);
    dialog->requestQuote();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(child<QLabel>(dialog.get(), "refusalLabel")->text(),
             QStringLiteral("The current plan has more remaining value than the new plan costs — "
                            "downgrades are not supported."));
    const QString details = child<QPlainTextEdit>(dialog.get(), "detailsText")->toPlainText();
    QVERIFY(details.contains(QStringLiteral("3313")));
    QVERIFY(details.contains(QStringLiteral("has too much remaining spending")));
    QVERIFY(dialog->summaryText().contains(QStringLiteral("downgrades are not supported")));
}

void TestQuoteDialog::copyAsText()
{
    FakeBackend backend;
    auto dialog = opened(backend, "res-c16m32");
    QVERIFY(!child<QPushButton>(dialog.get(), "copyButton")->isEnabled());
    QSignalSpy finished(dialog.get(), &QuoteDialog::quoteFinished);
    dialog->requestQuote();
    QTRY_COMPARE(finished.count(), 1);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "copyButton"), Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, dialog->summaryText());
    for (const char *expected :
         {"Namespace: ns-0009", "Region: cn-north-1", "Plan: res-c16m32 (16 核 32G, resources)",
          "Plan price: 199.99", "Credit for the current plan: 33.94", "Amount due: 166.05",
          "Replaces order: ns-0009-resources (id 147, plan res-c4m8)",
          "New period ends: 2027-01-05 16:00:00 Asia/Shanghai",
          "Advice (not part of the service's price):", "  - a volume with this name already exists",
          "dry run"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }

    // Changing an input takes the old result away: it no longer applies.
    child<QComboBox>(dialog.get(), "namespaceCombo")->setCurrentText(QStringLiteral("ns-0010"));
    QVERIFY(dialog->summaryText().isEmpty());
    QVERIFY(!child<QPushButton>(dialog.get(), "copyButton")->isEnabled());
}

void TestQuoteDialog::resourceNameOnlyForVolumes()
{
    FakeBackend backend;
    auto dialog = opened(backend, "res-c16m32");
    auto *resource = child<QLineEdit>(dialog.get(), "resourceEdit");
    auto *button = child<QPushButton>(dialog.get(), "quoteButton");
    QVERIFY(!resource->isEnabled());
    auto *plans = child<QComboBox>(dialog.get(), "planCombo");
    plans->setCurrentIndex(plans->findData(QStringLiteral("vol-10g")));
    QVERIFY(resource->isEnabled());
    QVERIFY(!button->isEnabled()); // a volume needs its name
    resource->setText(QStringLiteral("data-1"));
    QVERIFY(button->isEnabled());
    QSignalSpy finished(dialog.get(), &QuoteDialog::quoteFinished);
    dialog->requestQuote();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(backend.quoteCalls.last().resourceName, QStringLiteral("data-1"));
}

void TestQuoteDialog::refusalTexts()
{
    using C = BackendError::Category;
    QCOMPARE(QuoteText::refusal(BackendError(C::Conflict,
                                             QStringLiteral("failed to create order (Plan not "
                                                            "changed)"),
                                             {}, 3308)),
             QStringLiteral("This namespace already has this plan."));
    QCOMPARE(QuoteText::refusal(BackendError(C::InvalidInput,
                                             QStringLiteral("invalid parameters: region can't be "
                                                            "blank"),
                                             {}, 3307)),
             QStringLiteral("The service refused the request: region can't be blank"));
    QCOMPARE(QuoteText::refusal(BackendError(C::InvalidInput,
                                             QStringLiteral("invalid parameters: plan type is "
                                                            "invalid: "),
                                             {}, 3307)),
             QStringLiteral("This plan does not exist in this region."));
    QVERIFY(QuoteText::refusalDetails(
                BackendError(C::Server, QStringLiteral("raw"), QStringLiteral("more"), 3315))
                .contains(QStringLiteral("Service code 3315\nraw\nmore")));
}

QTEST_MAIN(TestQuoteDialog)
#include "tst_quotedialog.moc"
