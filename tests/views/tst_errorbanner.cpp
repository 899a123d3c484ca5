// ErrorBanner: message, expandable details, close; no modal window.

#include "errorbanner.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestErrorBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsMessageAndDetails_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("details");
        QTest::addColumn<int>("code");
        QTest::newRow("sql") << "The database went away."
                             << "QMYSQL: Lost connection (2013)" << 0;
        QTest::newRow("service") << "permission denied"
                                 << "{\"reason\":\"no access\"}" << 3306;
        QTest::newRow("chinese") << "权限不足"
                                 << "" << 0;
    }

    void showsMessageAndDetails()
    {
        QFETCH(QString, message);
        QFETCH(QString, details);
        QFETCH(int, code);
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        QVERIFY(!banner->isVisible());
        banner->showError(BackendError(BackendError::Category::Permission, message, details, code));
        QVERIFY(banner->isVisible());
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(banner->message(), message);
        QVERIFY(banner->details().contains(details));
        QCOMPARE(banner->details().contains(QStringLiteral("Service code: %1").arg(code)),
                 code != 0);
        QVERIFY(!banner->detailsExpanded());
        auto *detailsButton = banner->findChild<QToolButton *>(QStringLiteral("detailsButton"));
        QVERIFY(detailsButton->isVisible());
        detailsButton->click();
        QVERIFY(banner->detailsExpanded());
        QVERIFY(banner->findChild<QPlainTextEdit *>()->toPlainText().contains(details));
        detailsButton->click();
        QVERIFY(!banner->detailsExpanded());
        QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
        banner->findChild<QToolButton *>(QStringLiteral("closeButton"))->click();
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.count(), 1);
    }

    void repeatsAreCounted()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        // The text a person sees: the one visible label that carries the message.
        const auto shown = [banner] {
            QStringList texts;
            for (const QLabel *label : banner->findChildren<QLabel *>()) {
                if (label->isVisible() && !label->text().isEmpty())
                    texts.append(label->text());
            }
            return texts.join(QLatin1Char('|'));
        };
        const BackendError error(BackendError::Category::Timeout, QStringLiteral("timed out"));
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out"));
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out (2 times)"));
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out (3 times)"));
        // The message itself (for the status bar, the log) has no count.
        QCOMPARE(banner->message(), QStringLiteral("timed out"));

        // Another failure starts again at one.
        const BackendError other(BackendError::Category::Connection, QStringLiteral("refused"));
        banner->showError(other);
        QCOMPARE(shown(), QStringLiteral("refused"));
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out"));
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out (2 times)"));

        // Closed and shown again: a new failure, not a repeat.
        banner->findChild<QToolButton *>(QStringLiteral("closeButton"))->click();
        QVERIFY(!banner->isVisible());
        banner->showError(error);
        QCOMPARE(shown(), QStringLiteral("timed out"));
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
