// A SQLite file another program holds locked for writing (an exclusive
// transaction): the read waits out SQLite's busy timeout (5 s) and then says
// the file stayed locked, as a timeout; once the lock goes, the same backend
// answers. The expected total is read with plain SQL.

#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Category = BackendError::Category;

class TestSqliteLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ConnectionSpec m_spec;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec.kind = ConnectionSpec::Kind::Sqlite;
        m_spec.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("locked.db"));
        TestData::writeDemo(m_spec, TestData::demo(3, 2, QDate(2026, 11, 25)));
    }

    void lockedForWriting()
    {
        qint64 units = 0;
        TestDatabases::withConnection(m_spec, [&units](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT SUM(CONSUMING) FROM DF_CONSUMING_HISTORY"), db);
            QVERIFY(q.next());
            units = q.value(0).toLongLong();
        });
        QVERIFY(units > 0);

        QSqlDatabase writer = TestDatabases::openRaw(m_spec, QStringLiteral("writer"));
        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        SqlBackend b(m_spec);
        QElapsedTimer t;
        t.start();
        const auto locked = TestFutures::resultOf(b.usageTotal(UsageFilter{}), "locked total");
        const qint64 waited = t.elapsed();
        QVERIFY(!locked);
        QCOMPARE(locked.error().category(), Category::Timeout);
        QVERIFY2(locked.error().message().startsWith(
                     QStringLiteral("sqlite:%1 stayed locked by another program's write for 5 s")
                         .arg(m_spec.path)),
                 qPrintable(locked.error().message()));
        // The busy timeout, not a hang: it gave up after about 5 s.
        QVERIFY2(waited >= 4500 && waited < 30000, qPrintable(QString::number(waited)));

        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("ROLLBACK")));
        writer.close();
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        const UsageTotal total = TestFutures::valueOf(b.usageTotal(UsageFilter{}), "total");
        QCOMPARE(total.amount.units(), units);
    }
};

QTEST_GUILESS_MAIN(TestSqliteLock)
#include "tst_sqlitelock.moc"
