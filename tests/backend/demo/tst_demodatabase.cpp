// DemoDatabase::create: the file appears whole or not at all.
#include "demo/demodatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Row counts read with a connection of the test's own.
qint64 count(const QString &path, const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM ") + table, db);
            if (q.next())
                n = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
    return n;
}

DemoOptions small()
{
    DemoOptions o;
    o.namespaces = 3;
    o.months = 2;
    o.until = QDate(2026, 11, 25);
    return o;
}

} // namespace

class TestDemoDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTheFileAndItsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/demo.db"));
        const auto stats = DemoDatabase::create(path, small());
        QVERIFY2(stats.ok(), qPrintable(stats ? QString() : stats.error().message()));
        QCOMPARE(count(path, QStringLiteral("DF_PURCHASE_ORDER")), stats.value().orders);
        QCOMPARE(count(path, QStringLiteral("DF_CONSUMING_HISTORY")), stats.value().charges);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void refusesAnExistingFileUnlessReplacing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const auto refused = DemoDatabase::create(path, small());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().category(), BackendError::Category::Conflict);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        f.close();

        QVERIFY(DemoDatabase::create(path, small(), true).ok());
        QVERIFY(count(path, QStringLiteral("DF_CONSUMING_HISTORY")) > 0);
    }

    void aFailureLeavesNothing()
    {
        QTemporaryDir dir;
        // The temporary file's place is taken by a folder: SQLite cannot
        // open it, and neither it nor the target may be left behind.
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(QDir().mkpath(path + QStringLiteral(".part/x")));
        const auto stats = DemoDatabase::create(path, small());
        QVERIFY(!stats.ok());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabase)
#include "tst_demodatabase.moc"
