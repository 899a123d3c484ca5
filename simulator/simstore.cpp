#include "simstore.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace {

const char OrderColumns[] = "ID, ORDER_ID, ACCOUNT_ID, REGION, PLAN_ID, PLAN_TYPE, START_TIME, "
                            "END_TIME, DEADLINE_TIME, LAST_CONSUME_ID, RENEW_RETRIES, STATUS, "
                            "CREATOR, RESOURCE_NAME";
const char UsageColumns[] = "ID, ORDER_ID, CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, "
                            "ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO";

BackendError dbError(const QString &what, const QSqlError &e)
{
    return BackendError(BackendError::Category::Server, what + QStringLiteral(": ") + e.text());
}

} // namespace

SimStore::SimStore(const ConnectionSpec &spec)
    : m_spec(spec)
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("usage-service-sim-%1").arg(++counter);
}

SimStore::~SimStore()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SimStore::open()
{
    if (m_spec.kind == ConnectionSpec::Kind::Sqlite) {
        // Never create a database: a missing file is an error.
        if (!QFileInfo(m_spec.path).isFile())
            return QStringLiteral("no such SQLite file: %1").arg(m_spec.path);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_spec.path);
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
        m_db.setHostName(m_spec.host);
        m_db.setPort(m_spec.port);
        m_db.setUserName(m_spec.user);
        m_db.setPassword(m_spec.password);
        m_db.setDatabaseName(m_spec.database);
    }
    if (!m_db.open())
        return QStringLiteral("cannot open %1: %2")
            .arg(m_spec.toDisplayString(), m_db.lastError().text());
    if (m_spec.kind == ConnectionSpec::Kind::Mysql) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SET time_zone = '+00:00'"));
    }
    auto probe = exec(QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER"), {});
    if (!probe)
        return probe.error().message();
    return {};
}

QString SimStore::planTable(const QString &table) const
{
    if (m_spec.kind == ConnectionSpec::Kind::Mysql && !m_spec.planDatabase.isEmpty() &&
        isSafeIdentifier(m_spec.planDatabase))
        return QStringLiteral("`%1`.%2").arg(m_spec.planDatabase, table);
    return table;
}

Result<QSqlQuery> SimStore::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return dbError(QStringLiteral("prepare failed"), q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return dbError(QStringLiteral("query failed"), q.lastError());
    return q;
}

QDateTime SimStore::toUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime) {
        const QDateTime t = value.toDateTime();
        return QDateTime(t.date(), t.time(), Qt::UTC);
    }
    QString text = value.toString().trimmed();
    text.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    for (const char *format : {"yyyy-MM-dd HH:mm:ss.zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"}) {
        QDateTime t = QDateTime::fromString(text.left(QString::fromLatin1(format).size()),
                                            QString::fromLatin1(format));
        if (t.isValid())
            return QDateTime(t.date(), t.time(), Qt::UTC);
    }
    return {};
}

SimOrderRow SimStore::readOrder(const QSqlQuery &q)
{
    SimOrderRow o;
    o.id = q.value(0).toLongLong();
    o.orderId = q.value(1).toString();
    o.ns = q.value(2).toString();
    o.region = q.value(3).toString();
    o.planId = q.value(4).toString();
    o.planType = q.value(5).toString();
    o.start = toUtc(q.value(6));
    o.end = toUtc(q.value(7));
    o.deadline = toUtc(q.value(8));
    if (!q.value(9).isNull())
        o.lastConsumeId = q.value(9).toInt();
    o.renewRetries = q.value(10).toInt();
    o.status = q.value(11).toInt();
    o.creator = q.value(12).toString();
    o.resourceName = q.value(13).toString();
    const char *names[] = {"START_TIME", "END_TIME", "DEADLINE_TIME", "LAST_CONSUME_ID"};
    for (int i = 0; i < 4; ++i) {
        if (q.value(6 + i).isNull()) {
            o.nullColumn = QString::fromLatin1(names[i]);
            break;
        }
    }
    return o;
}

SimUsageRow SimStore::readUsage(const QSqlQuery &q)
{
    SimUsageRow u;
    u.id = q.value(0).toLongLong();
    u.orderId = q.value(1).toString();
    u.consumeId = q.value(2).toInt();
    u.consuming = q.value(3).toLongLong();
    u.time = toUtc(q.value(4));
    u.deadline = toUtc(q.value(5));
    u.ns = q.value(6).toString();
    u.region = q.value(7).toString();
    u.planId = q.value(8).toString();
    u.planHistoryId = q.value(9).toLongLong();
    const int nullable[] = {2, 4, 5, 10};
    for (int i : nullable) {
        if (q.value(i).isNull()) {
            u.nullColumn = q.record().fieldName(i);
            break;
        }
    }
    return u;
}

QString SimStore::whereOrders(const SimOrderQuery &q, QVariantList *values) const
{
    QString where = QStringLiteral(" WHERE EVER_PAYED = 1 AND ACCOUNT_ID = ? AND REGION = ?");
    *values << q.ns << q.region;
    if (q.status == QLatin1String("pending"))
        where += QStringLiteral(" AND STATUS = 0");
    else if (q.status == QLatin1String("consuming"))
        where += QStringLiteral(" AND STATUS = 5");
    else if (q.status == QLatin1String("ended"))
        where += QStringLiteral(" AND STATUS = 15");
    else if (q.status == QLatin1String("renewfailed"))
        where += QStringLiteral(" AND STATUS = 5 AND RENEW_RETRIES > 0");
    if (!q.resourceName.isEmpty()) {
        where += QStringLiteral(" AND RESOURCE_NAME = ?");
        *values << q.resourceName;
    }
    if (!q.type.isEmpty()) {
        where += QStringLiteral(" AND LOWER(PLAN_TYPE) = ?");
        *values << q.type.toLower();
    }
    return where;
}

Result<qint64> SimStore::countOrders(const SimOrderQuery &query)
{
    QVariantList values;
    const QString where = whereOrders(query, &values);
    auto q = exec(QStringLiteral("SELECT COUNT(*) FROM DF_PURCHASE_ORDER") + where, values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<SimOrderRow>> SimStore::orders(const SimOrderQuery &query, qint64 offset, int limit)
{
    QVariantList values;
    const QString where = whereOrders(query, &values);
    values << limit << offset;
    auto q =
        exec(QStringLiteral("SELECT %1 FROM DF_PURCHASE_ORDER").arg(QLatin1String(OrderColumns)) +
                 where + QStringLiteral(" ORDER BY START_TIME DESC, ID DESC LIMIT ? OFFSET ?"),
             values);
    if (!q)
        return q.error();
    QList<SimOrderRow> rows;
    while (q.value().next())
        rows.append(readOrder(q.value()));
    return rows;
}

Result<std::optional<SimOrderRow>> SimStore::consumingOrder(qint64 id)
{
    auto q = exec(QStringLiteral("SELECT %1 FROM DF_PURCHASE_ORDER WHERE ID = ? AND STATUS = 5")
                      .arg(QLatin1String(OrderColumns)),
                  {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SimOrderRow>();
    return std::optional<SimOrderRow>(readOrder(q.value()));
}

Result<std::optional<SimOrderRow>> SimStore::consumingOrderByOrderId(const QString &orderId,
                                                                     const QString &region)
{
    auto q = exec(QStringLiteral("SELECT %1 FROM DF_PURCHASE_ORDER WHERE ORDER_ID = ? AND "
                                 "REGION = ? AND STATUS = 5 ORDER BY ID LIMIT 1")
                      .arg(QLatin1String(OrderColumns)),
                  {orderId, region});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SimOrderRow>();
    return std::optional<SimOrderRow>(readOrder(q.value()));
}

Result<qint64> SimStore::countUsages(const QString &ns, const QString &region,
                                     const QString &orderId)
{
    QVariantList values{ns, region};
    QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM DF_CONSUMING_HISTORY WHERE ACCOUNT_ID = ? AND REGION = ?");
    if (!orderId.isEmpty()) {
        sql += QStringLiteral(" AND ORDER_ID = ?");
        values << orderId;
    }
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<SimUsageRow>> SimStore::usages(const QString &ns, const QString &region,
                                            const QString &orderId, qint64 offset, int limit)
{
    QVariantList values{ns, region};
    QString sql = QStringLiteral("SELECT %1 FROM DF_CONSUMING_HISTORY WHERE ACCOUNT_ID = ? AND "
                                 "REGION = ?")
                      .arg(QLatin1String(UsageColumns));
    if (!orderId.isEmpty()) {
        sql += QStringLiteral(" AND ORDER_ID = ?");
        values << orderId;
    }
    sql += QStringLiteral(" ORDER BY CONSUME_TIME DESC, ID DESC, CONSUME_ID DESC LIMIT ? OFFSET ?");
    values << limit << offset;
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    QList<SimUsageRow> rows;
    while (q.value().next())
        rows.append(readUsage(q.value()));
    return rows;
}

Result<std::optional<SimUsageRow>> SimStore::charge(qint64 id, const QString &orderId,
                                                    int consumeId)
{
    auto q = exec(QStringLiteral("SELECT %1 FROM DF_CONSUMING_HISTORY WHERE ID = ? AND "
                                 "ORDER_ID = ? AND CONSUME_ID = ?")
                      .arg(QLatin1String(UsageColumns)),
                  {id, orderId, consumeId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SimUsageRow>();
    return std::optional<SimUsageRow>(readUsage(q.value()));
}

Result<bool> SimStore::endOrder(const SimOrderRow &order, const QDateTime &nowUtc)
{
    // SPEC §5: the conditional UPDATE, then the end row only if a row
    // changed; LAST_CONSUME_ID stays as it is.
    if (!order.lastConsumeId)
        return BackendError(BackendError::Category::Server,
                            QStringLiteral("order (id=%1) last consume not found").arg(order.id));
    auto last = charge(order.id, order.orderId, *order.lastConsumeId);
    if (!last)
        return last.error();
    if (!last.value())
        return BackendError(BackendError::Category::Server,
                            QStringLiteral("order (id=%1) last consume not found").arg(order.id));
    const QString now = nowUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!m_db.transaction())
        return dbError(QStringLiteral("cannot start a transaction"), m_db.lastError());
    auto update = exec(QStringLiteral("UPDATE DF_PURCHASE_ORDER SET STATUS = 15, END_TIME = ? "
                                      "WHERE STATUS = 5 AND ID = ? AND ORDER_ID = ? AND "
                                      "ACCOUNT_ID = ?"),
                       {now, order.id, order.orderId, order.ns});
    if (!update) {
        m_db.rollback();
        return update.error();
    }
    if (update.value().numRowsAffected() <= 0) {
        m_db.rollback();
        return false;
    }
    const QString deadline = order.deadline.isValid()
                                 ? order.deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 : QString();
    auto insert = exec(QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, CONSUME_ID, "
                                      "CONSUMING, CONSUME_TIME, DEADLINE_TIME, ACCOUNT_ID, REGION, "
                                      "PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) VALUES "
                                      "(?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 3)"),
                       {order.id, order.orderId, *order.lastConsumeId + 1, now,
                        deadline.isEmpty() ? QVariant() : QVariant(deadline), order.ns,
                        order.region, order.planId, last.value()->planHistoryId});
    if (!insert) {
        m_db.rollback();
        return insert.error();
    }
    if (!m_db.commit()) {
        const BackendError e = dbError(QStringLiteral("commit failed"), m_db.lastError());
        m_db.rollback();
        return e;
    }
    return true;
}
