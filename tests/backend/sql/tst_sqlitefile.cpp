// SqliteFile: files on a local file system may be read through a map, one
// that cannot be looked at (missing) may not (a network file system cannot
// be mounted here); a file's identity tells it from another put at its path.

#include "sql/sqlitefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canMap_data()
    {
        QTest::addColumn<QString>("where"); // a folder; empty: the test's temporary one
        QTest::addColumn<bool>("exists");
        QTest::addColumn<bool>("mappable");
        QTest::newRow("a local file") << QString() << true << true;
        QTest::newRow("tmpfs") << QStringLiteral("/dev/shm") << true << true;
        QTest::newRow("missing") << QString() << false << false;
    }

    void canMap()
    {
        QFETCH(QString, where);
        QFETCH(bool, exists);
        QFETCH(bool, mappable);
        QTemporaryDir dir(where.isEmpty() ? QDir::tempPath() + QStringLiteral("/uc-XXXXXX")
                                          : where + QStringLiteral("/uc-XXXXXX"));
        if (!dir.isValid())
            QSKIP("no such folder here");
        const QString path = dir.filePath(QStringLiteral("file.db"));
        if (exists) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        QCOMPARE(SqliteFile::canMap(path), mappable);
    }

    void identity()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("a.db"));
        const QString other = dir.filePath(QStringLiteral("b.db"));
        for (const QString &p : {path, other}) {
            QFile file(p);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const auto first = SqliteFile::identity(path);
        QVERIFY(first);
        QCOMPARE(SqliteFile::identity(path), first); // the same file again
        QVERIFY(SqliteFile::identity(other) != first);
        // Another file renamed into its place is another file.
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(other, path));
        QVERIFY(SqliteFile::identity(path) != first);
        QVERIFY(!SqliteFile::identity(dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_MAIN(TestSqliteFile)
#include "tst_sqlitefile.moc"
