// The window's side of a REST server that stops answering (issue 16): the
// Usages view over a RestBackend whose server never answers shows the
// timeout in the error banner within the deadline and a margin, and the GUI
// thread keeps running all the while.

#include "errorbanner.h"
#include "faultyhttpserver.h"
#include "rest/restbackend.h"
#include "usagesview.h"
#include "usagetablemodel.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

class TestViewFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentServer()
    {
        FaultyHttpServer server{FaultyHttpServer::Behaviour::Silent};
        QVERIFY(server.start());
        RestConfig config;
        config.usageApi = server.usageApi();
        config.planApi = QUrl(QStringLiteral("http://127.0.0.1:%1/charge/v1").arg(server.port()));
        config.token = QStringLiteral("s3cret-token");
        config.namespaces = {QStringLiteral("ns-a")};
        config.timeoutMs = 1000;
        RestBackend backend(config);

        UsagesView view;
        ErrorBanner banner;
        connect(&view, &UsagesView::errorOccurred, &banner, &ErrorBanner::showError);
        view.show();

        // A heartbeat on the GUI thread: its longest gap is how long the
        // GUI was unresponsive.
        QElapsedTimer sinceBeat;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceBeat.restart()); });
        sinceBeat.start();
        heartbeat.start();

        QElapsedTimer t;
        t.start();
        view.setBackend(&backend);
        view.showUsages(QStringLiteral("ns-a"), QStringLiteral("cn-north-1"), QDate(2026, 1, 1),
                        QDate(2026, 1, 31));
        QTRY_VERIFY_WITH_TIMEOUT(banner.message().contains(QLatin1String("within 1 s")), 10000);
        const qint64 ms = t.elapsed();
        QVERIFY2(ms >= 1000 && ms < 3000, qPrintable(QString::number(ms)));
        QTRY_VERIFY_WITH_TIMEOUT(!view.model()->isBusy(), 5000);
        heartbeat.stop();
        QVERIFY2(longestGap < 250, qPrintable(QString::number(longestGap)));
        QVERIFY(!banner.message().contains(QLatin1String("s3cret-token")));
    }
};

QTEST_MAIN(TestViewFaults)
#include "tst_viewfaults.moc"
