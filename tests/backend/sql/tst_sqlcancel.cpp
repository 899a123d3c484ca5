// SqlBackend::cancel on SQLite and MariaDB: exactly the rows of SPEC §5, a
// second cancel writes nothing, two connections racing end the order once,
// a failure between the UPDATE and the INSERT leaves the database as it was,
// and a read-only connection refuses.

#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSqlCancel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QList<ConnectionSpec> m_created;

    // A fresh demo database of the given kind; nullopt when MariaDB is absent.
    std::optional<ConnectionSpec> freshDatabase(const QString &kind)
    {
        ConnectionSpec spec;
        if (kind == QLatin1String("mariadb")) {
            if (!TestDatabases::mariadbServer())
                return std::nullopt;
            spec = TestDatabases::createMariaDbDatabase(QStringLiteral("cancel"));
            m_created.append(spec);
        } else {
            spec.path =
                TestDatabases::tempSqlitePath(m_dir, QStringLiteral("c%1.db").arg(++m_counter));
        }
        TestData::writeDemo(spec, TestData::demo(4, 4, QDate(2026, 11, 25)));
        return spec;
    }

    // Everything a cancel may touch, as text, to compare before and after.
    static QString snapshot(const ConnectionSpec &spec)
    {
        QString out;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("snap"));
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT ID, STATUS, END_TIME, LAST_CONSUME_ID FROM DF_PURCHASE_ORDER ORDER BY ID"));
            while (q.next())
                out += q.value(0).toString() + q.value(1).toString() + q.value(2).toString() +
                       q.value(3).toString() + QLatin1Char(';');
            q.exec(QStringLiteral("SELECT COUNT(*), SUM(CONSUMING) FROM DF_CONSUMING_HISTORY"));
            q.next();
            out += q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snap"));
        return out;
    }

    // A consuming order: (id, namespace, last consume id, last plan version).
    static std::tuple<qint64, QString, int, qint64> consumingOrder(const ConnectionSpec &spec)
    {
        std::tuple<qint64, QString, int, qint64> r;
        {
            QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("pick"));
            QSqlQuery q(QStringLiteral(
                            "SELECT o.ID, o.ACCOUNT_ID, o.LAST_CONSUME_ID, h.PLAN_HISTORY_ID "
                            "FROM DF_PURCHASE_ORDER o JOIN DF_CONSUMING_HISTORY h ON h.ID = o.ID "
                            "AND h.CONSUME_ID = o.LAST_CONSUME_ID WHERE o.STATUS = 5 "
                            "AND o.EVER_PAYED = 1 ORDER BY o.ID LIMIT 1"),
                        db);
            if (!q.next())
                qFatal("no consuming order");
            r = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                 q.value(3).toLongLong()};
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pick"));
        return r;
    }

    static Result<CancelOutcome> cancel(const ConnectionSpec &spec, qint64 id, const QString &ns)
    {
        SqlBackend backend(spec);
        return TestFutures::resultOf(backend.cancel(id, ns), "cancel");
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void cleanupTestCase()
    {
        for (const ConnectionSpec &s : std::as_const(m_created))
            TestDatabases::dropMariaDbDatabase(s);
    }

    void writesExactlyTheEndRow_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }

    void writesExactlyTheEndRow()
    {
        QFETCH(QString, kind);
        const auto spec = freshDatabase(kind);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        const auto [id, ns, last, planVersion] = consumingOrder(*spec);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

        // The wrong namespace finds no order and writes nothing.
        const QString untouched = snapshot(*spec);
        auto foreign = cancel(*spec, id, QStringLiteral("somebody-else"));
        QCOMPARE(foreign.error().category(), BackendError::Category::NotFound);
        QCOMPARE(snapshot(*spec), untouched);

        auto r = cancel(*spec, id, ns);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r.value().endConsumeId, qint64(last + 1));
        {
            QSqlDatabase db = TestDatabases::openRaw(*spec, QStringLiteral("check"));
            QSqlQuery o(db);
            QVERIFY(o.exec(
                QStringLiteral("SELECT STATUS, LAST_CONSUME_ID, END_TIME, DEADLINE_TIME, ORDER_ID, "
                               "REGION, PLAN_ID FROM DF_PURCHASE_ORDER WHERE ID = %1")
                    .arg(id)));
            QVERIFY(o.next());
            QCOMPARE(o.value(0).toInt(), 15);
            QCOMPARE(o.value(1).toInt(), last); // the service leaves it as it was
            const QString deadline = o.value(3).toString();
            QSqlQuery h(db);
            QVERIFY(
                h.exec(QStringLiteral(
                           "SELECT CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, "
                           "PLAN_HISTORY_ID, EXTRA_INFO, ORDER_ID, REGION, PLAN_ID FROM "
                           "DF_CONSUMING_HISTORY WHERE ID = %1 AND CONSUME_ID > %2")
                           .arg(id)
                           .arg(last)));
            QVERIFY(h.next());
            QCOMPARE(h.value(0).toInt(), last + 1);
            QCOMPARE(h.value(1).toLongLong(), 0);
            QDateTime at = QDateTime::fromString(
                h.value(2).toString().left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            at.setTimeSpec(Qt::UTC); // written in UTC
            QVERIFY2(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(1),
                     qPrintable(at.toString(Qt::ISODate)));
            QCOMPARE(h.value(3).toString(), deadline);
            QCOMPARE(h.value(4).toString(), ns);
            QCOMPARE(h.value(5).toLongLong(), planVersion);
            QCOMPARE(h.value(6).toInt(), 3);
            QCOMPARE(h.value(7).toString(), o.value(4).toString());
            QCOMPARE(h.value(8).toString(), o.value(5).toString());
            QCOMPARE(h.value(9).toString(), o.value(6).toString());
            QVERIFY(!h.next()); // exactly one row
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // Again: not consuming, nothing written.
        const QString after = snapshot(*spec);
        auto again = cancel(*spec, id, ns);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().category(), BackendError::Category::Conflict);
        QVERIFY(again.error().message().contains(QLatin1String("not consuming")));
        QCOMPARE(snapshot(*spec), after);
    }

    void racingConnectionsEndItOnce_data() { writesExactlyTheEndRow_data(); }

    void racingConnectionsEndItOnce()
    {
        QFETCH(QString, kind);
        const auto spec = freshDatabase(kind);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        const auto [id, ns, last, planVersion] = consumingOrder(*spec);
        Q_UNUSED(planVersion)
        SqlBackend a(*spec);
        SqlBackend b(*spec);
        auto fa = a.cancel(id, ns);
        auto fb = b.cancel(id, ns);
        const Result<CancelOutcome> ra = TestFutures::resultOf(fa, "cancel a");
        const Result<CancelOutcome> rb = TestFutures::resultOf(fb, "cancel b");
        const int wins = int(ra.ok()) + int(rb.ok());
        QCOMPARE(wins, 1);
        const auto &loser = ra.ok() ? rb : ra;
        QVERIFY2(loser.error().message().contains(QLatin1String("not consuming")),
                 qPrintable(loser.error().message()));
        {
            QSqlDatabase db = TestDatabases::openRaw(*spec, QStringLiteral("count"));
            QSqlQuery q(
                QStringLiteral(
                    "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ID = %1 AND EXTRA_INFO = 3 "
                    "AND CONSUME_ID > %2")
                    .arg(id)
                    .arg(last),
                db);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
    }

    void failureBetweenStatementsLeavesNoTrace_data() { writesExactlyTheEndRow_data(); }

    void failureBetweenStatementsLeavesNoTrace()
    {
        QFETCH(QString, kind);
        const auto spec = freshDatabase(kind);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        const auto [id, ns, last, planVersion] = consumingOrder(*spec);
        Q_UNUSED(last)
        Q_UNUSED(planVersion)
        {
            // The INSERT of the end row fails after the UPDATE succeeded.
            QSqlDatabase db = TestDatabases::openRaw(*spec, QStringLiteral("trigger"));
            QSqlQuery q(db);
            const QString sql =
                kind == QLatin1String("mariadb")
                    ? QStringLiteral(
                          "CREATE TRIGGER fail_end_row BEFORE INSERT ON DF_CONSUMING_HISTORY "
                          "FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'forced "
                          "failure'")
                    : QStringLiteral(
                          "CREATE TRIGGER fail_end_row BEFORE INSERT ON DF_CONSUMING_HISTORY "
                          "BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const QString before = snapshot(*spec);
        auto r = cancel(*spec, id, ns);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().details().contains(QLatin1String("forced failure")),
                 qPrintable(r.error().details()));
        QCOMPARE(snapshot(*spec), before);
    }

    void readOnlyRefuses()
    {
        auto spec = freshDatabase(QStringLiteral("sqlite"));
        const auto [id, ns, last, planVersion] = consumingOrder(*spec);
        Q_UNUSED(last)
        Q_UNUSED(planVersion)
        const QString before = snapshot(*spec);
        spec->readOnly = true;
        auto r = cancel(*spec, id, ns);
        QCOMPARE(r.error().category(), BackendError::Category::Permission);
        QCOMPARE(snapshot(*spec), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlCancel)
#include "tst_sqlcancel.moc"
