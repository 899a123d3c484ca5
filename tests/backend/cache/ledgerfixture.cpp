#include "ledgerfixture.h"

#include "sql/sqlbackend.h"
#include "testdata.h"
#include "testdatabases.h"
#include "testfutures.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using TestFutures::valueOf;

const QDateTime LedgerFixture::Now(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

namespace {

QDateTime utcOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime) // MariaDB: the stored fields, as local time
        return QDateTime(v.toDateTime().date(), v.toDateTime().time(), Qt::UTC);
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace

LedgerFixture::~LedgerFixture()
{
    for (const ConnectionSpec &s : std::as_const(m_mariadb))
        TestDatabases::dropMariaDbDatabase(s);
}

QList<LedgerFixture::Charge> LedgerFixture::allCharges(const ConnectionSpec &spec)
{
    QList<Charge> list;
    TestDatabases::withConnection(spec, [&list](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT ACCOUNT_ID, REGION, CONSUME_TIME, CONSUMING FROM "
                                   "DF_CONSUMING_HISTORY")))
            qFatal("oracle: %s", qPrintable(q.lastError().text()));
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString(), utcOf(q.value(2)),
                         q.value(3).toLongLong()});
    });
    return list;
}

QString LedgerFixture::oracleCells(const QList<Charge> &charges, const QString &region,
                                   const QTimeZone &zone)
{
    QMap<QString, std::pair<qint64, qint64>> cells;
    for (const Charge &c : charges) {
        if ((!region.isEmpty() && c.region != region) || !c.time.isValid())
            continue;
        const QString key = c.ns + QLatin1Char(' ') +
                            c.time.toTimeZone(zone).date().toString(QStringLiteral("yyyy-MM"));
        cells[key].first += c.units;
        cells[key].second += 1;
    }
    QStringList lines;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        lines.append(QStringLiteral("%1 %2 %3").arg(it.key()).arg(it->first).arg(it->second));
    return lines.join(QLatin1Char('\n'));
}

QString LedgerFixture::cacheCells(const QList<SpendCell> &cells)
{
    QStringList lines;
    for (const SpendCell &c : cells)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(c.ns, c.month.toString(QStringLiteral("yyyy-MM")))
                         .arg(c.amount.units())
                         .arg(c.charges));
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

void LedgerFixture::serviceCharge(QSqlDatabase &db, qint64 order, qint64 units, const QDateTime &at,
                                  bool end)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, LAST_CONSUME_ID FROM "
                             "DF_PURCHASE_ORDER WHERE ID = ?"));
    q.addBindValue(order);
    if (!q.exec() || !q.next())
        qFatal("no order %lld", order);
    const QVariantList row{q.value(0), q.value(1), q.value(2), q.value(3)};
    const qint64 last = q.value(4).toLongLong();
    q.finish();
    const QString time = at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    q.prepare(QStringLiteral(
        "INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, "
        "DEADLINE_TIME, ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"));
    for (const QVariant &v : QVariantList{order, row[0], last + 1, units, time, time, row[1],
                                          row[2], row[3], end ? 3 : 1})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("charge: %s", qPrintable(q.lastError().text()));
    q.prepare(end ? QStringLiteral("UPDATE DF_PURCHASE_ORDER SET STATUS = 15 WHERE ID = ?")
                  : QStringLiteral("UPDATE DF_PURCHASE_ORDER SET LAST_CONSUME_ID = "
                                   "LAST_CONSUME_ID + 1 WHERE ID = ?"));
    q.addBindValue(order);
    if (!q.exec())
        qFatal("count: %s", qPrintable(q.lastError().text()));
}

void LedgerFixture::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

QList<qint64> LedgerFixture::consumingOrders(QSqlDatabase &db, const QString &region, int count)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ID FROM DF_PURCHASE_ORDER WHERE STATUS = 5 AND REGION = ? "
                             "ORDER BY ID"));
    q.addBindValue(region);
    if (!q.exec())
        qFatal("orders: %s", qPrintable(q.lastError().text()));
    QList<qint64> ids;
    while (q.next() && ids.size() < count)
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<ConnectionSpec> LedgerFixture::freshData(const QString &backend, int parts)
{
    ConnectionSpec s;
    if (backend == QLatin1String("mariadb")) {
        if (!TestDatabases::mariadbServer())
            return std::nullopt;
        s = TestDatabases::createMariaDbDatabase(QStringLiteral("ledger"));
        m_mariadb.append(s);
    } else {
        s.kind = ConnectionSpec::Kind::Sqlite;
        s.path = TestDatabases::tempSqlitePath(m_dir, QStringLiteral("d%1.db").arg(++m_made));
    }
    TestData::writeDemo(s, parts > 1 ? TestData::demo(250, 40, Now.date(), 7)
                                     : TestData::demo(12, 14, Now.date(), 7));
    return s;
}

std::unique_ptr<CachingBackend> LedgerFixture::cached(std::shared_ptr<CountingBackend> source,
                                                      const QTimeZone &zone,
                                                      RollupCoordinator::BackendMaker second,
                                                      QString path)
{
    if (path.isEmpty())
        path = m_dir.filePath(QStringLiteral("cache-%1/rollups.sqlite").arg(++m_made));
    auto c = std::make_unique<CachingBackend>(source, path, std::move(second));
    c->setClock([] { return Now; });
    c->setVerifyInBackground(false);
    c->setCalendarZone(zone);
    return c;
}

LedgerFixture::Counted LedgerFixture::counted(const ConnectionSpec &spec, const QTimeZone &zone,
                                              bool twoLanes)
{
    auto source = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(spec));
    auto second = std::make_shared<std::shared_ptr<CountingBackend>>();
    RollupCoordinator::BackendMaker maker;
    if (twoLanes) {
        maker = [spec, second]() -> std::shared_ptr<Backend> {
            *second = std::make_shared<CountingBackend>(std::make_shared<SqlBackend>(spec));
            return *second;
        };
    }
    auto c = cached(source, zone, maker);
    return {source, std::move(c), second};
}

void LedgerFixture::addRows(bool withParts)
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("parts");
    for (const char *b : {"sqlite", "mariadb"}) {
        for (const char *z : {"Asia/Shanghai", "America/New_York"})
            QTest::addRow("%s %s", b, z) << QString::fromLatin1(b) << QString::fromLatin1(z) << 1;
    }
    // Made in two parts over two connections, each its own months.
    if (withParts) {
        QTest::addRow("sqlite Asia/Shanghai, two parts") << "sqlite"
                                                         << "Asia/Shanghai" << 2;
        QTest::addRow("mariadb America/New_York, two parts") << "mariadb"
                                                             << "America/New_York" << 2;
    }
}

QString LedgerFixture::spendOf(Backend &b, const UsageFilter &filter, const QTimeZone &zone)
{
    const auto range = valueOf(b.usageTimeRange(filter));
    return cacheCells(valueOf(b.spendByNamespaceAndMonth(
        filter, MonthCalendar::monthsCovering(range.first, range.second, zone))));
}
