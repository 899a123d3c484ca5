// SqlSourceFacts: what one connection reads of its database (the advised
// indexes present, the money check's expression) and the connections that
// share it. On SQLite and MariaDB: the first connection reads the catalogue
// (an index counts under another name, not with its columns in another
// order) and shares it; a connection given facts trusts them and asks no
// catalogue, until it reconnects; a shared money expression is the one used
// (until a reconnect reads it again);
// facts read from one SQLite file are not another's put at its path. And
// SQLite's mapped reads: a namespace's total is the rows' sum, read through a
// map only where the program allows it, and the map is gone afterwards, also
// where a query still read from it when it was turned off.

#include "demodatabasepair.h"
#include "sql/sqlconnection.h"
#include "sql/sqlitefile.h"
#include "sql/sqlitelibrary.h"
#include "sql/sqlsourcefacts.h"
#include "sql/sqlusagequeries.h"
#include "testdatabases.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSqlSourceFacts : public QObject
{
    Q_OBJECT

private:
    DemoDatabasePair m_data;

    static DemoOptions options()
    {
        DemoOptions options;
        options.namespaces = 6;
        options.months = 4;
        options.seed = 3;
        options.until = QDate(2026, 11, 25);
        return options;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }

    // Runs each statement on a connection of the test's own.
    static void run(const ConnectionSpec &spec, const QStringList &statements)
    {
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        });
    }

    // A connection's identity of its database: the SQLite file's, as the
    // connection reads it; empty for a server.
    static QString sqliteIdentity(const ConnectionSpec &spec)
    {
        return spec.kind == ConnectionSpec::Kind::Sqlite ? SqliteFile::identity(spec.path).value()
                                                         : QString();
    }

    static QString dropIndex(const ConnectionSpec &spec, const QString &name)
    {
        return spec.kind == ConnectionSpec::Kind::Mysql
                   ? QStringLiteral("DROP INDEX %1 ON DF_CONSUMING_HISTORY").arg(name)
                   : QStringLiteral("DROP INDEX %1").arg(name);
    }

    static qint64 mapSize(SqlConnection &c)
    {
        auto q = c.exec(QStringLiteral("PRAGMA mmap_size"), {}, QStringLiteral("map size"));
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { m_data.make(QStringLiteral("sourcefacts"), options()); }
    void init() { TestDatabases::skipRowsOutsideThisRun(); }

    void firstConnectionReadsAndShares_data() { backends(); }
    void firstConnectionReadsAndShares()
    {
        QFETCH(QString, backend);
        const auto spec = m_data.spec(backend);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        // The advised namespace/time index under a name of its own, and the
        // region/time index's columns in another order (not that index).
        run(*spec,
            {QStringLiteral("CREATE INDEX facts_ns_time ON DF_CONSUMING_HISTORY "
                            "(ACCOUNT_ID, REGION, CONSUME_TIME, ID, CONSUME_ID, CONSUMING)"),
             QStringLiteral("CREATE INDEX facts_wrong_order ON DF_CONSUMING_HISTORY "
                            "(CONSUME_TIME, REGION, ID, CONSUME_ID, ACCOUNT_ID, CONSUMING)")});
        const auto facts = std::make_shared<SqlSourceFacts>();
        {
            SqlConnection c(*spec, facts);
            QVERIFY(!facts->indexes(sqliteIdentity(*spec)));
            const auto open = c.ensureOpen();
            QVERIFY2(open, open ? "" : qPrintable(open.error().message()));
            QVERIFY(c.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME")));
            QVERIFY(!c.hasIndex(QStringLiteral("UC_HISTORY_REGION_TIME")));
        }
        const QHash<QString, QString> want{
            {QStringLiteral("UC_HISTORY_NS_TIME"), QStringLiteral("facts_ns_time")}};
        const QString identity = sqliteIdentity(*spec);
        QVERIFY(facts->indexes(identity));
        QCOMPARE(*facts->indexes(identity), want);
        run(*spec, {dropIndex(*spec, QStringLiteral("facts_ns_time")),
                    dropIndex(*spec, QStringLiteral("facts_wrong_order"))});
    }

    void givenFactsAreTrustedUntilAReconnect_data() { backends(); }
    void givenFactsAreTrustedUntilAReconnect()
    {
        QFETCH(QString, backend);
        const auto spec = m_data.spec(backend);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        // Facts that the database does not bear out: a connection that read
        // the catalogue would not see this index.
        const auto facts = std::make_shared<SqlSourceFacts>();
        const QString identity = sqliteIdentity(*spec);
        facts->setIndexes(identity, {{QStringLiteral("UC_HISTORY_REGION_AMOUNT"),
                                      QStringLiteral("no_such_index")}});
        SqlConnection c(*spec, facts);
        QVERIFY(c.ensureOpen());
        QVERIFY(c.hasIndex(QStringLiteral("UC_HISTORY_REGION_AMOUNT")));
        QCOMPARE(facts->indexes(identity)->value(QStringLiteral("UC_HISTORY_REGION_AMOUNT")),
                 QStringLiteral("no_such_index"));

        // A reconnect reads the catalogue again, and tells the others.
        c.close();
        QVERIFY(c.ensureOpen());
        QVERIFY(!c.hasIndex(QStringLiteral("UC_HISTORY_REGION_AMOUNT")));
        QCOMPARE(*facts->indexes(identity), (QHash<QString, QString>{}));
    }

    void moneyExpressionShared_data() { backends(); }
    void moneyExpressionShared()
    {
        QFETCH(QString, backend);
        const auto spec = m_data.spec(backend);
        if (!spec)
            QSKIP("no MariaDB fixture (run through ctest)");
        UsageFilter all;
        all.region = QStringLiteral("cn-north-1");
        const auto facts = std::make_shared<SqlSourceFacts>();
        {
            SqlConnection c(*spec, facts);
            QVERIFY(c.ensureOpen());
            SqlUsageQueries q(c);
            QVERIFY(q.total(all));
        }
        // The demo schema's CONSUMING is a NOT NULL integer: nothing to count
        // on MySQL, the type of the SUM on SQLite.
        const QString identity = sqliteIdentity(*spec);
        QCOMPARE(facts->moneyExpression(identity).value_or(QStringLiteral("unset")),
                 backend == QLatin1String("mariadb")
                     ? QStringLiteral("0")
                     : QStringLiteral("(typeof(SUM(CONSUMING)) = 'real')"));

        // Another connection uses the shared expression, not one of its own:
        // an expression that finds every group damaged makes its total fail.
        facts->setMoneyExpression(identity, QStringLiteral("1"));
        SqlConnection other(*spec, facts);
        QVERIFY(other.ensureOpen());
        SqlUsageQueries q(other);
        const auto total = q.total(all);
        QVERIFY(!total);
        QVERIFY2(total.error().message().contains(QLatin1String("CONSUMING")),
                 qPrintable(total.error().message()));

        // A reconnect reads the column again (another server may answer).
        other.close();
        QVERIFY(other.ensureOpen());
        QVERIFY(q.total(all));
        QCOMPARE(facts->moneyExpression(identity).value_or(QStringLiteral("unset")),
                 backend == QLatin1String("mariadb")
                     ? QStringLiteral("0")
                     : QStringLiteral("(typeof(SUM(CONSUMING)) = 'real')"));
    }

    void otherFileAtThePath()
    {
        // Facts read from one file; another file (without the index) is
        // renamed into its place, as `demo-db create` does.
        const ConnectionSpec first = *m_data.spec(QStringLiteral("sqlite"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnectionSpec spec = first;
        spec.path = dir.filePath(QStringLiteral("live.db"));
        QVERIFY(QFile::copy(first.path, spec.path));
        run(spec,
            {QStringLiteral("CREATE INDEX UC_HISTORY_NS_TIME ON DF_CONSUMING_HISTORY "
                            "(ACCOUNT_ID, REGION, CONSUME_TIME, ID, CONSUME_ID, CONSUMING)")});
        const auto facts = std::make_shared<SqlSourceFacts>();
        {
            SqlConnection c(spec, facts);
            QVERIFY(c.ensureOpen());
            QVERIFY(c.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME")));
        }
        const QString replacement = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(QFile::copy(first.path, replacement));
        QVERIFY(QFile::remove(spec.path));
        QVERIFY(QFile::rename(replacement, spec.path));

        SqlConnection second(spec, facts);
        QVERIFY(second.ensureOpen());
        QVERIFY(!second.hasIndex(QStringLiteral("UC_HISTORY_NS_TIME")));
        QCOMPARE(*facts->indexes(second.identity()), (QHash<QString, QString>{}));
    }

    void namespaceTotalThroughAMap_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("namespaced");
        QTest::addColumn<int>("mapped");
        QTest::newRow("a namespace") << true << true << 1;
        QTest::newRow("the region") << true << false << 0;
        QTest::newRow("not allowed") << false << true << 0;
    }

    void namespaceTotalThroughAMap()
    {
        QFETCH(bool, allowed);
        QFETCH(bool, namespaced);
        QFETCH(int, mapped);
        const ConnectionSpec original = *m_data.spec(QStringLiteral("sqlite"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnectionSpec spec = original;
        spec.path = dir.filePath(QStringLiteral("indexed.db"));
        QVERIFY(QFile::copy(original.path, spec.path));
        if (!SqliteFile::canMap(spec.path))
            QSKIP("the temporary folder is not on a local file system");
        run(spec,
            {QStringLiteral("CREATE INDEX UC_HISTORY_NS_TIME ON DF_CONSUMING_HISTORY "
                            "(ACCOUNT_ID, REGION, CONSUME_TIME, ID, CONSUME_ID, CONSUMING)")});
        // The oracle: the rows in the region (of the namespace), summed here.
        qint64 amount = 0;
        qint64 charges = 0;
        QString ns;
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            QSqlQuery q(QStringLiteral("SELECT MIN(ACCOUNT_ID) FROM DF_CONSUMING_HISTORY"), db);
            QVERIFY(q.next());
            ns = q.value(0).toString();
            QSqlQuery rows(db);
            QVERIFY(
                rows.prepare(QStringLiteral("SELECT ACCOUNT_ID, CONSUMING FROM "
                                            "DF_CONSUMING_HISTORY WHERE REGION = 'cn-north-1'")));
            QVERIFY(rows.exec());
            while (rows.next()) {
                if (namespaced && rows.value(0).toString() != ns)
                    continue;
                amount += rows.value(1).toLongLong();
                ++charges;
            }
        });
        QVERIFY(charges > 0);

        SqliteLibrary::setMappedReadsAllowed(allowed);
        SqlConnection c(spec);
        QVERIFY(c.ensureOpen());
        SqliteLibrary::setMappedReadsAllowed(false);
        UsageFilter f;
        f.region = QStringLiteral("cn-north-1");
        if (namespaced)
            f.namespaces = {ns};
        SqlUsageQueries q(c);
        const auto total = q.total(f);
        QVERIFY2(total, total ? "" : qPrintable(total.error().message()));
        QCOMPARE(total.value().amount.units(), amount);
        QCOMPARE(total.value().charges, charges);
        QCOMPARE(c.mappedReads(), mapped);
        // Turned off again: a later scan of the table must not be mapped.
        QCOMPARE(mapSize(c), 0);
    }

    // SQLite keeps a map that a statement still reads from when told to
    // drop it: the connection is opened anew before its next use.
    void mapKeptByAnActiveQuery()
    {
        const ConnectionSpec original = *m_data.spec(QStringLiteral("sqlite"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnectionSpec spec = original;
        spec.path = dir.filePath(QStringLiteral("mapped.db"));
        QVERIFY(QFile::copy(original.path, spec.path));
        if (!SqliteFile::canMap(spec.path))
            QSKIP("the temporary folder is not on a local file system");
        SqliteLibrary::setMappedReadsAllowed(true);
        SqlConnection c(spec);
        QVERIFY(c.ensureOpen());
        SqliteLibrary::setMappedReadsAllowed(false);
        c.setMappedReads(true);
        QCOMPARE(c.mappedReads(), 1);
        {
            auto active = c.exec(QStringLiteral("SELECT CONSUMING FROM DF_CONSUMING_HISTORY"), {},
                                 QStringLiteral("read"));
            QVERIFY(active && active.value().next()); // a page of the map in use
            c.setMappedReads(false);
        }
        QVERIFY(mapSize(c) != 0); // still mapped: SQLite kept it
        QVERIFY(c.ensureOpen());
        QCOMPARE(mapSize(c), 0);
    }
};

QTEST_MAIN(TestSqlSourceFacts)
#include "tst_sqlsourcefacts.moc"
