// SqliteLibrary::canMap: files on a local file system may be read through a
// map; one that cannot be looked at (missing) may not. (A network file
// system cannot be mounted here: its magic numbers are checked by reading.)

#include "sql/sqlitelibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSqliteLibrary : public QObject
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
        QCOMPARE(SqliteLibrary::canMap(path), mappable);
    }
};

QTEST_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
