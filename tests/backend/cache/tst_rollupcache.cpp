// The roll-up cache (CachingBackend over SqlBackend) on SQLite and MariaDB:
// cached spend and totals equal the live queries in three zones; an edit of
// a closed month is found by verification and corrected; two sources never
// share entries; a damaged, torn or unwritable cache file never gives a
// wrong figure; with the advised indexes, totals from a spend's months.

#include "cache/cachingbackend.h"
#include "cache/rollupcache.h"
#include "countingbackend.h"
#include "sql/schema.h"
#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using TestFutures::describe;
using TestFutures::valueOf;

// The generator's `now`; months that ended 8 days before it are closed.
const QDateTime Now(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);

void fill(const ConnectionSpec &spec, quint64 seed)
{
    TestData::writeDemo(spec, TestData::demo(10, 14, Now.date(), seed));
}

// One charge written behind the cache's back, on the 10th of `month`.
void insertCharge(const ConnectionSpec &spec, const QString &region, const QString &ns, QDate month,
                  qint64 units)
{
    {
        QSqlDatabase db = TestDatabases::openRaw(spec, QStringLiteral("edit"));
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, "
            "DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) "
            "VALUES (999999999, 'out-of-band', ?, ?, ?, ?, ?, ?, 'plan', 1, 1)"));
        const QString at = QDateTime(month.addDays(9), QTime(12, 0), Qt::UTC)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        static int consumeId = 0;
        q.addBindValue(++consumeId);
        q.addBindValue(units);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(ns);
        q.addBindValue(region);
        if (!q.exec())
            qFatal("insert: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

} // namespace

class TestRollupCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_sqlite;
    std::optional<ConnectionSpec> m_mariadb;
    int m_caches = 0;

    std::optional<ConnectionSpec> spec(const QString &name) const
    {
        if (name == QLatin1String("mariadb"))
            return m_mariadb;
        return m_sqlite;
    }

    QString freshCachePath()
    {
        return m_dir.filePath(QStringLiteral("cache-%1/rollups.sqlite").arg(++m_caches));
    }

    // `second`: where the cache's second connection goes (the same database
    // unless a test wants it to fail).
    static std::unique_ptr<CachingBackend> cached(const ConnectionSpec &spec, const QString &path,
                                                  std::optional<ConnectionSpec> second = {})
    {
        auto c = std::make_unique<CachingBackend>(
            std::make_shared<SqlBackend>(spec), path,
            [other = second.value_or(spec)] { return std::make_shared<SqlBackend>(other); });
        c->setClock([] { return Now; });
        c->setVerifyInBackground(false);
        return c;
    }

    static QList<MonthSpan> allMonths(Backend &b, const QTimeZone &zone)
    {
        const auto range = valueOf(b.usageTimeRange(UsageFilter()));
        return MonthCalendar::monthsCovering(range.first, range.second, zone);
    }

    void addBackends()
    {
        QTest::addColumn<QString>("backend");
        for (const char *b : {"sqlite", "mariadb"})
            QTest::newRow(b) << QString::fromLatin1(b);
    }

private Q_SLOTS:
    void init() { TestDatabases::skipRowsOutsideThisRun(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sqlite.kind = ConnectionSpec::Kind::Sqlite;
        m_sqlite.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("demo.db"));
        fill(m_sqlite, 11);
        if (TestDatabases::mariadbServer()) {
            m_mariadb = TestDatabases::createMariaDbDatabase(QStringLiteral("rollups"));
            fill(*m_mariadb, 11);
        }
    }

    void cleanupTestCase()
    {
        if (m_mariadb)
            TestDatabases::dropMariaDbDatabase(*m_mariadb);
    }

    void matchesLive_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("zone");
        for (const char *b : {"sqlite", "mariadb"}) {
            for (const char *z : {"Asia/Shanghai", "America/New_York", "Asia/Kolkata"})
                QTest::newRow(
                    qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(b), QLatin1String(z))))
                    << QString::fromLatin1(b) << QString::fromLatin1(z);
        }
    }

    void matchesLive()
    {
        QFETCH(QString, backend);
        QFETCH(QString, zone);
        const auto s = spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        SqlBackend live(*s);
        const QString path = freshCachePath();
        auto c = cached(*s, path);
        const QList<MonthSpan> months = allMonths(live, tz);
        QVERIFY(months.size() >= 14);

        const auto regions = valueOf(live.listRegions());
        QVERIFY(!regions.isEmpty());
        const QString region = regions.first().identification;
        const QStringList namespaces = valueOf(live.listNamespaces(region)).mid(0, 3);
        QCOMPARE(namespaces.size(), 3);

        QList<UsageFilter> filters(6);
        filters[1].region = region;
        filters[2].region = region;
        filters[2].namespaces = namespaces.mid(0, 2);
        filters[3].region = region; // a window that cuts two months in half
        filters[3].from = months[2].startUtc.addDays(10);
        filters[3].to = months[months.size() - 4].startUtc.addDays(5);
        filters[4].region = region; // only a start, inside a month
        filters[4].from = months[3].startUtc.addSecs(3600 * 30);
        filters[5].namespaces = namespaces; // only an end, inside a month
        filters[5].to = months[months.size() - 2].startUtc.addSecs(3600 * 50);
        for (const UsageFilter &f : std::as_const(filters)) {
            const auto want = valueOf(live.spendByNamespaceAndMonth(f, months));
            QVERIFY(!want.isEmpty());
            const auto cold = valueOf(c->spendByNamespaceAndMonth(f, months));
            QCOMPARE(describe(cold), describe(want));
            const auto warm = valueOf(c->spendByNamespaceAndMonth(f, months));
            QCOMPARE(describe(warm), describe(want));

            const auto total = valueOf(live.usageTotal(f));
            for (int pass = 0; pass < 2; ++pass) {
                const auto t = valueOf(c->usageTotal(f));
                QCOMPARE(t.amount.units(), total.amount.units());
                QCOMPARE(t.charges, total.charges);
            }
        }
        // The closed months are in the file; the open ones are not.
        RollupCache file(path);
        QVERIFY(file.open());
        const QString source = valueOf(live.sourceIdentity());
        const auto kept = file.months(source, QString());
        QVERIFY(kept.ok());
        int closedMonths = 0;
        for (const MonthSpan &m : months)
            closedMonths += m.endUtc.addDays(RollupCoordinator::ClosedAfterDays) <= Now ? 1 : 0;
        QVERIFY(closedMonths >= 12);
        QVERIFY(closedMonths < months.size());
        int keptInZone = 0;
        int beginnings = 0; // of the open month, up to 8 days before Now
        const QDateTime cutoff = Now.addDays(-RollupCoordinator::ClosedAfterDays);
        for (const CachedMonth &m : kept.value()) {
            QVERIFY(m.endUtc <= cutoff);
            beginnings += m.endUtc == cutoff ? 1 : 0;
            for (const MonthSpan &span : months)
                keptInZone += span.startUtc == m.startUtc && span.endUtc == m.endUtc ? 1 : 0;
        }
        QCOMPARE(keptInZone, closedMonths);
        QVERIFY(beginnings >= 1);
        // Days later the closed beginning of the open month grows from the
        // one kept (and November closes): still the live figures.
        for (int days : {3, 9, 40}) {
            c->setClock([days] { return Now.addDays(days); });
            for (const UsageFilter &f : std::as_const(filters)) {
                QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(f, months))),
                         describe(valueOf(live.spendByNamespaceAndMonth(f, months))));
                QCOMPARE(valueOf(c->usageTotal(f)).amount.units(),
                         valueOf(live.usageTotal(f)).amount.units());
            }
        }
    }

    // A schema with fractions of a second (DATETIME(6) on MariaDB, text
    // with a fraction on SQLite; the service writes whole seconds): the
    // cached spend, cold and warm, equals the rows bucketed here by their
    // month in Shanghai, and the time range their first and last second.
    // MariaDB's DATETIME(6) + 0 is a DECIMAL, read as text: once no time
    // at all, and the cached spend empty.
    void fractionsOfSeconds_data() { addBackends(); }
    void fractionsOfSeconds()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("mariadb") && !m_mariadb)
            QSKIP("no MariaDB (run through ctest)");
        ConnectionSpec s = m_sqlite;
        if (backend == QLatin1String("mariadb")) {
            s = TestDatabases::createMariaDbDatabase(QStringLiteral("fractions"));
        } else {
            s.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("fractions.db"));
        }
        const auto drop = qScopeGuard([&] {
            if (backend == QLatin1String("mariadb"))
                TestDatabases::dropMariaDbDatabase(s);
        });
        fill(s, 12);
        const QTimeZone tz("Asia/Shanghai");
        QMap<std::pair<QDate, QString>, std::pair<qint64, qint64>> want;
        QString first, last;
        TestDatabases::withConnection(s, [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            const bool mysql = backend == QLatin1String("mariadb");
            if (mysql && !q.exec(QStringLiteral("ALTER TABLE DF_CONSUMING_HISTORY MODIFY "
                                                "CONSUME_TIME DATETIME(6)")))
                qFatal("alter: %s", qPrintable(q.lastError().text()));
            if (!q.exec(mysql ? QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUME_TIME = "
                                               "CONSUME_TIME + INTERVAL 250000 MICROSECOND "
                                               "WHERE MOD(CONSUME_ID, 2) = 0")
                              : QStringLiteral("UPDATE DF_CONSUMING_HISTORY SET CONSUME_TIME = "
                                               "CONSUME_TIME || '.250000' WHERE CONSUME_ID % 2 "
                                               "= 0 AND CONSUME_TIME IS NOT NULL")))
                qFatal("fractions: %s", qPrintable(q.lastError().text()));
            if (!q.exec(QStringLiteral("SELECT ACCOUNT_ID, CONSUMING, CAST(CONSUME_TIME AS CHAR) "
                                       "FROM DF_CONSUMING_HISTORY WHERE CONSUME_TIME IS NOT NULL")))
                qFatal("rows: %s", qPrintable(q.lastError().text()));
            int fractions = 0;
            while (q.next()) {
                const QString text = q.value(2).toString();
                fractions += text.contains(QLatin1String(".25")) ? 1 : 0;
                const QString second = text.left(19);
                QDateTime t = QDateTime::fromString(second, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                t.setTimeZone(QTimeZone::utc());
                if (!t.isValid())
                    qFatal("an unreadable time: %s", qPrintable(text));
                const QDate local = t.toTimeZone(tz).date();
                auto &cell = want[{QDate(local.year(), local.month(), 1), q.value(0).toString()}];
                cell.first += q.value(1).toLongLong();
                ++cell.second;
                if (first.isEmpty() || second < first)
                    first = second;
                if (last.isEmpty() || second > last)
                    last = second;
            }
            if (fractions < 100)
                qFatal("only %d times with a fraction", fractions);
        });
        QVERIFY(!want.isEmpty());

        auto c = cached(s, freshCachePath());
        const auto range = valueOf(c->usageTimeRange(UsageFilter()));
        const auto text = [](const QDateTime &t) {
            return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        };
        QCOMPARE(text(range.first), first);
        QCOMPARE(text(range.second), last);
        const QList<MonthSpan> months =
            MonthCalendar::monthsCovering(range.first, range.second, tz);
        for (const char *pass : {"cold", "warm"}) {
            const auto cells = valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months));
            QMap<std::pair<QDate, QString>, std::pair<qint64, qint64>> got;
            for (const SpendCell &cell : cells) {
                auto &g = got[{cell.month, cell.ns}];
                g.first += cell.amount.units();
                g.second += cell.charges;
            }
            QVERIFY2(got == want, pass);
        }
    }

    // With the advised indexes the cache keeps months (no ledger): a total
    // after a spend comes from that spend's months (its zone's), the
    // source asked only for the edges either side of them (the later with
    // the charges without a time); a total of a namespace is the raw SUM,
    // read by the namespace index.
    void indexedTotalsFromMonths_data() { addBackends(); }

    void indexedTotalsFromMonths()
    {
        QFETCH(QString, backend);
        std::optional<ConnectionSpec> s;
        if (backend == QLatin1String("mariadb")) {
            if (!m_mariadb)
                QSKIP("no MariaDB (run through ctest)");
            s = TestDatabases::createMariaDbDatabase(QStringLiteral("rollupsidx"));
            fill(*s, 11);
        } else {
            s = m_sqlite;
            s->path = m_dir.filePath(QStringLiteral("indexed.db"));
            QFile::remove(s->path);
            QVERIFY(QFile::copy(m_sqlite.path, s->path));
        }
        const auto drop = qScopeGuard([&] {
            if (s->kind == ConnectionSpec::Kind::Mysql)
                TestDatabases::dropMariaDbDatabase(*s);
        });
        {
            QSqlDatabase db = TestDatabases::openRaw(*s, QStringLiteral("index"));
            const auto dialect = s->kind == ConnectionSpec::Kind::Mysql ? Schema::Dialect::Mysql
                                                                        : Schema::Dialect::Sqlite;
            for (const Schema::IndexAdvice &index : Schema::advisedIndexes()) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(Schema::createIndexStatement(index, dialect)),
                         qPrintable(q.lastError().text()));
            }
            // Two charges without a time: in a total with no time bound.
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, "
                         "CONSUME_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID) SELECT ID, "
                         "ORDER_ID, CONSUME_ID + 5000, 777, NULL, ACCOUNT_ID, REGION, PLAN_ID, "
                         "PLAN_HISTORY_ID FROM DF_CONSUMING_HISTORY ORDER BY ID, ORDER_ID, "
                         "CONSUME_ID LIMIT 2")),
                     qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("index"));

        const QTimeZone tz("Asia/Shanghai");
        SqlBackend live(*s);
        auto counting = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(*s));
        CachingBackend c(counting, freshCachePath(),
                         [spec = *s] { return std::make_shared<SqlBackend>(spec); });
        c.setClock([] { return Now; });
        c.setVerifyInBackground(false);
        c.setCalendarZone(tz);
        const QString region = valueOf(live.listRegions()).constFirst().identification;
        UsageFilter f;
        f.region = region;
        const QList<MonthSpan> months = allMonths(live, tz);
        QCOMPARE(describe(valueOf(c.spendByNamespaceAndMonth(f, months))),
                 describe(valueOf(live.spendByNamespaceAndMonth(f, months))));

        const int before = int(counting->totalsAsked().size());
        const int halvesBefore = int(counting->halvesAsked().size());
        const UsageTotal want = valueOf(live.usageTotal(f));
        const UsageTotal got = valueOf(c.usageTotal(f));
        QCOMPARE(got.amount.units(), want.amount.units());
        QCOMPARE(got.charges, want.charges);
        const QList<UsageFilter> asked = counting->totalsAsked().mid(before);
        QVERIFY(!asked.isEmpty());
        for (const UsageFilter &edge : asked) {
            // No whole-region SUM: the earlier edge bounded by the first month.
            QVERIFY(!edge.from.isValid() && edge.to.isValid());
            QVERIFY2(edge.to <= months.constFirst().endUtc,
                     qPrintable(edge.to.toString(Qt::ISODate)));
        }
        // The later edge, 8 days before Now at the earliest, with the
        // untimed charges: the upper half of a cut by the time there.
        const QList<TotalHalf> halves = counting->halvesAsked().mid(halvesBefore);
        QCOMPARE(halves.size(), 1);
        QVERIFY(halves.constFirst().upper);
        QVERIFY2(halves.constFirst().cut.at >= Now.addDays(-RollupCoordinator::ClosedAfterDays - 1),
                 qPrintable(halves.constFirst().cut.at.toString(Qt::ISODate)));

        UsageFilter one = f;
        one.namespaces = valueOf(live.listNamespaces(region)).mid(0, 1);
        const UsageTotal wantOne = valueOf(live.usageTotal(one));
        const int beforeOne = int(counting->totalsAsked().size());
        const UsageTotal gotOne = valueOf(c.usageTotal(one));
        QCOMPARE(gotOne.amount.units(), wantOne.amount.units());
        QCOMPARE(gotOne.charges, wantOne.charges);
        const QList<UsageFilter> askedOne = counting->totalsAsked().mid(beforeOne);
        QCOMPARE(askedOne.size(), 1);
        QVERIFY(!askedOne.constFirst().from.isValid() && !askedOne.constFirst().to.isValid());

        // First thing in a process: neither the source's identity nor the
        // cache file is needed for it.
        auto fresh = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(*s));
        const QString unopened = freshCachePath();
        CachingBackend first(fresh, unopened,
                             [spec = *s] { return std::make_shared<SqlBackend>(spec); });
        first.setClock([] { return Now; });
        const UsageTotal firstOne = valueOf(first.usageTotal(one));
        QCOMPARE(firstOne.amount.units(), wantOne.amount.units());
        QCOMPARE(firstOne.charges, wantOne.charges);
        QCOMPARE(fresh->calls(QStringLiteral("identity")), 0);
        QVERIFY(!QFile::exists(unopened));
    }

    void editFoundByVerification_data() { addBackends(); }

    void editFoundByVerification()
    {
        QFETCH(QString, backend);
        const auto s0 = spec(backend);
        if (!s0)
            QSKIP("no MariaDB (run through ctest)");
        // A database of its own: the edit must not disturb the other tests.
        ConnectionSpec s = *s0;
        if (s.kind == ConnectionSpec::Kind::Mysql) {
            s = TestDatabases::createMariaDbDatabase(QStringLiteral("rollupedit"));
        } else {
            s.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("edit.db"));
        }
        fill(s, 12);
        const QTimeZone tz("Asia/Shanghai");
        SqlBackend live(s);
        const QList<MonthSpan> months = allMonths(live, tz);
        auto c = cached(s, freshCachePath());
        const auto before = valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months));

        // The newest closed month gets a charge the cache does not know.
        int edited = int(months.size()) - 1;
        while (months[edited].endUtc.addDays(RollupCoordinator::ClosedAfterDays) > Now)
            --edited;
        const QString ns = before.constFirst().ns;
        const QString region = valueOf(live.listRegions()).constFirst().identification;
        insertCharge(s, region, ns, months[edited].month, 123456);
        const auto want = valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months));
        QVERIFY(describe(want) != describe(before));
        // Trusted until checked: the cache answers what it holds.
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(before));

        // The background check after a cached answer finds it.
        QSignalSpy corrected(c.get(), &Backend::cachedFiguresCorrected);
        c->setVerifyInBackground(true);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(before));
        // Counted, not wait(): the check may finish before wait() would start.
        QTRY_VERIFY_WITH_TIMEOUT(!corrected.isEmpty(), 10000);
        QVERIFY2(corrected.constFirst().constFirst().toString().contains(
                     months[edited].month.toString(QStringLiteral("yyyy-MM"))),
                 qPrintable(corrected.constFirst().constFirst().toString()));
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(want));

        // An explicit check finds a second edit in an older month too.
        c->setVerifyInBackground(false);
        insertCharge(s, region, ns, months[2].month, 7);
        const auto report = valueOf(c->verify());
        QCOMPARE(report.mismatches.size(), 1);
        QVERIFY(report.checked >= 12);
        const auto clean = valueOf(c->verify());
        QCOMPARE(clean.checked, 0); // everything was dropped, nothing is cached yet
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months))));
        QCOMPARE(valueOf(c->verify()).mismatches.size(), 0);
        if (s.kind == ConnectionSpec::Kind::Mysql)
            TestDatabases::dropMariaDbDatabase(s);
    }

    void sourcesNeverShare_data() { addBackends(); }

    void sourcesNeverShare()
    {
        QFETCH(QString, backend);
        const auto s0 = spec(backend);
        if (!s0)
            QSKIP("no MariaDB (run through ctest)");
        ConnectionSpec other = *s0;
        if (other.kind == ConnectionSpec::Kind::Mysql)
            other = TestDatabases::createMariaDbDatabase(QStringLiteral("rollupother"));
        else
            other.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("other.db"));
        fill(other, 99);
        const QString path = freshCachePath(); // one cache file for both
        const QTimeZone tz("Asia/Shanghai");
        for (int pass = 0; pass < 2; ++pass) {
            for (const ConnectionSpec &s : {*s0, other}) {
                SqlBackend live(s);
                const QList<MonthSpan> months = allMonths(live, tz);
                auto c = cached(s, path);
                QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                         describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months))));
                QVERIFY(valueOf(c->sourceIdentity()) != QString());
            }
        }
        SqlBackend a(*s0);
        SqlBackend b(other);
        QVERIFY(valueOf(a.sourceIdentity()) != valueOf(b.sourceIdentity()));

        if (other.kind == ConnectionSpec::Kind::Mysql) {
            TestDatabases::dropMariaDbDatabase(other);
            return;
        }
        // A new file at the same path is another source.
        const QString before = valueOf(SqlBackend(other).sourceIdentity());
        QVERIFY(QFile::remove(other.path));
        fill(other, 5);
        SqlBackend live(other);
        QVERIFY(valueOf(live.sourceIdentity()) != before);
        const QList<MonthSpan> months = allMonths(live, tz);
        auto c = cached(other, path);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months))));
    }

    void damagedCacheRebuilt_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is not a database\n").repeated(100);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3");
        QTest::newRow("empty") << QByteArray();
    }

    void damagedCacheRebuilt()
    {
        QFETCH(QByteArray, content);
        const QString path = freshCachePath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        SqlBackend live(m_sqlite);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("Asia/Kolkata"));
        auto c = cached(m_sqlite, path);
        QSignalSpy unavailable(c.get(), &Backend::cacheUnavailable);
        const auto want = describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months)));
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))), want);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))), want);
        QCOMPARE(unavailable.size(), 0);
        RollupCache file(path);
        QVERIFY(file.open());
        QVERIFY(file.months(valueOf(live.sourceIdentity())).value().size() >= 12);
    }

    void tornMonthRecomputed_data()
    {
        QTest::addColumn<QString>("damage");
        const QString one = QStringLiteral(" WHERE rowid = (SELECT MIN(rowid) FROM months)");
        QTest::newRow("total") << QStringLiteral("UPDATE months SET amount = amount + 1") + one;
        QTest::newRow("cut blob") << QStringLiteral(
                                         "UPDATE months SET cells = substr(cells, 1, 9)") +
                                         one;
        // Same length and sums, one namespace renamed: only the digest tells.
        QTest::newRow("renamed namespace") << QStringLiteral("FLIP");
    }

    void tornMonthRecomputed()
    {
        QFETCH(QString, damage);
        const QString path = freshCachePath();
        SqlBackend live(m_sqlite);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("Asia/Shanghai"));
        const auto want = describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months)));
        {
            auto c = cached(m_sqlite, path);
            QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))), want);
        }
        {
            // One cell changed behind the cache's back (a torn write, a bit flip).
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (damage == QLatin1String("FLIP")) {
                QVERIFY(q.exec(QStringLiteral("SELECT rowid, cells FROM months LIMIT 1")));
                QVERIFY(q.next());
                const qint64 row = q.value(0).toLongLong();
                QByteArray blob = q.value(1).toByteArray();
                QVERIFY(blob.size() > 8);
                blob[4] = char(blob[4] ^ 0x01); // the first namespace's first letter
                q.finish();
                q.prepare(QStringLiteral("UPDATE months SET cells = ? WHERE rowid = ?"));
                q.addBindValue(blob);
                q.addBindValue(row);
            } else {
                q.prepare(damage);
            }
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.numRowsAffected() >= 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
        auto c = cached(m_sqlite, path);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))), want);
    }

    void mariadbNamespaceCase()
    {
        if (!m_mariadb)
            QSKIP("no MariaDB (run through ctest)");
        // MySQL's default collation matches names without regard to case
        // or trailing spaces; cached answers must match the same way.
        SqlBackend live(*m_mariadb);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("Asia/Shanghai"));
        const QString ns = valueOf(live.listNamespaces(QString())).constFirst();
        UsageFilter f;
        f.namespaces = {ns.toUpper() + QStringLiteral("  ")};
        const auto want = describe(valueOf(live.spendByNamespaceAndMonth(f, months)));
        QVERIFY(!want.isEmpty());
        auto c = cached(*m_mariadb, freshCachePath());
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))).isEmpty(),
                 false);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(f, months))), want);
        QCOMPARE(valueOf(c->usageTotal(f)).amount.units(),
                 valueOf(live.usageTotal(f)).amount.units());
    }

    void fileReplacedInPlace()
    {
        // Same path, same inode, same birth time, other data (cp over it).
        ConnectionSpec a = m_sqlite;
        a.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("inplace.db"));
        ConnectionSpec b = m_sqlite;
        b.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("inplace-src.db"));
        fill(a, 21);
        fill(b, 22);
        const QString path = freshCachePath();
        const QTimeZone tz("Asia/Shanghai");
        {
            SqlBackend live(a);
            auto c = cached(a, path);
            const auto months = allMonths(live, tz);
            QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                     describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months))));
        }
        QFile from(b.path);
        QVERIFY(from.open(QIODevice::ReadOnly));
        QFile to(a.path);
        QVERIFY(to.open(QIODevice::ReadWrite)); // keeps the inode
        QVERIFY(to.resize(0));
        QCOMPARE(to.write(from.readAll()), from.size());
        to.close();
        SqlBackend live(a);
        auto c = cached(a, path);
        const auto months = allMonths(live, tz);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(UsageFilter(), months))),
                 describe(valueOf(live.spendByNamespaceAndMonth(UsageFilter(), months))));
    }

    void destroyedWhileLoading()
    {
        // Closing the window (or switching profile) during a cold fill and
        // a background check: no crash, no hang (ASan watches this one).
        SqlBackend live(m_sqlite);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("Asia/Shanghai"));
        const QString path = freshCachePath();
        // Destroyed at once, then after more and more of the fill has been
        // reported: conditions, not sleeps, so every stage is reached on a
        // fast machine and a slow one alike.
        for (int round = 0; round < 5; ++round) {
            auto c = cached(m_sqlite, path);
            c->setVerifyInBackground(true);
            auto f = c->spendByNamespaceAndMonth(UsageFilter(), months);
            auto g = c->usageTotal(UsageFilter());
            if (round > 0) {
                const int stage = round * int(months.size()) / 5;
                QTRY_VERIFY(f.isFinished() || f.progressValue() >= stage);
            }
            c.reset();
            QVERIFY(f.isFinished() || f.isCanceled());
            QVERIFY(g.isFinished() || g.isCanceled());
        }
    }

    void secondConnectionRefused_data() { addBackends(); }

    // A second session may be refused (a per-user connection limit, a
    // server at max_connections): the fill and the live months then run
    // on the one connection that works, with the same figures.
    void secondConnectionRefused()
    {
        QFETCH(QString, backend);
        const auto s = spec(backend);
        if (!s)
            QSKIP("no MariaDB (run through ctest)");
        ConnectionSpec refused = *s;
        if (refused.kind == ConnectionSpec::Kind::Sqlite)
            refused.path = m_dir.filePath(QStringLiteral("missing.db"));
        else
            refused.password = QStringLiteral("not the password");
        SqlBackend live(*s);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("Asia/Shanghai"));
        const QString want = describe(valueOf(live.spendByNamespaceAndMonth({}, months)));

        // Cold: the fill's second connection fails.
        const QString coldPath = freshCachePath();
        QCOMPARE(
            describe(valueOf(cached(*s, coldPath, refused)->spendByNamespaceAndMonth({}, months))),
            want);
        // Warm (the closed months cached by a working pair): only the live
        // months would use the second connection.
        const QString warmPath = freshCachePath();
        QCOMPARE(describe(valueOf(cached(*s, warmPath)->spendByNamespaceAndMonth({}, months))),
                 want);
        auto c = cached(*s, warmPath, refused);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth({}, months))), want);
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth({}, months))), want);
    }

    void unwritableCacheBypassed()
    {
        // The cache's folder would have to be inside a regular file.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SqlBackend live(m_sqlite);
        const QList<MonthSpan> months = allMonths(live, QTimeZone("America/New_York"));
        auto c = cached(m_sqlite, blocker + QStringLiteral("/usage-console/rollups.sqlite"));
        QSignalSpy unavailable(c.get(), &Backend::cacheUnavailable);
        UsageFilter f2;
        QCOMPARE(describe(valueOf(c->spendByNamespaceAndMonth(f2, months))),
                 describe(valueOf(live.spendByNamespaceAndMonth(f2, months))));
        QCOMPARE(valueOf(c->usageTotal(f2)).amount.units(),
                 valueOf(live.usageTotal(f2)).amount.units());
        QCOMPARE(unavailable.size(), 1); // said once, not at every call
        QVERIFY2(unavailable.constFirst().constFirst().toString().contains(QLatin1String("live")),
                 qPrintable(unavailable.constFirst().constFirst().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRollupCache)
#include "tst_rollupcache.moc"
