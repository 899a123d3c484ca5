#include "sql/sqlcancel.h"

#include "sql/sqlconnection.h"
#include "sql/sqlorderqueries.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

using Category = BackendError::Category;

BackendError notConsuming(qint64 id)
{
    return BackendError(Category::Conflict,
                        QCoreApplication::translate(
                            "SqlCancel", "order %1 is not consuming (it has ended or was never "
                                         "paid; someone else may have ended it): nothing was "
                                         "changed")
                            .arg(id),
                        {}, 3318);
}

} // namespace

Result<CancelOutcome> SqlCancel::cancel(SqlConnection &c, qint64 id, const QString &ns,
                                        const QDateTime &now)
{
    if (c.spec().readOnly)
        return BackendError(Category::Permission,
                            QCoreApplication::translate(
                                "SqlCancel", "this connection is read-only: cancelling is not "
                                             "allowed"));
    auto begun = c.beginTransaction();
    if (!begun)
        return begun.error();
    auto result = inTransaction(c, id, ns, now);
    if (!result) {
        c.rollback();
        return result;
    }
    auto committed = c.commit();
    if (!committed)
        return committed.error();
    return result;
}

Result<CancelOutcome> SqlCancel::inTransaction(SqlConnection &c, qint64 id, const QString &ns,
                                               const QDateTime &now)
{
    auto order = SqlOrderQueries::get(c, id, ns);
    if (!order)
        return order.error();
    const Order o = order.value();
    if (o.status != OrderStatus::Consuming)
        return notConsuming(id);
    if (!o.deadline.isValid())
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "SqlCancel", "order %1 has no deadline: an end row would hold a "
                                             "NULL the service cannot read; nothing was changed")
                                .arg(id));
    if (!o.lastConsumeId)
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "SqlCancel", "order %1 has no LAST_CONSUME_ID: nothing was changed")
                                .arg(id));
    auto last = c.exec(
        QStringLiteral("SELECT PLAN_HISTORY_ID FROM DF_CONSUMING_HISTORY "
                       "WHERE ID = ? AND ORDER_ID = ? AND CONSUME_ID = ?"),
        {o.id, o.orderId, *o.lastConsumeId},
        QCoreApplication::translate("SqlConnection", "read the last charge of order %1").arg(id));
    if (!last)
        return last.error();
    if (!last.value().next())
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "SqlCancel", "order %1: last consume not found (charge %2 is "
                                             "missing): nothing was changed")
                                .arg(id)
                                .arg(*o.lastConsumeId),
                            {}, 3309);
    const qint64 planHistoryId = last.value().value(0).toLongLong();
    const QVariant when = SqlConnection::timeValue(now);

    // The conditional UPDATE decides who ends the order when two try at
    // once: the loser changes no row and writes nothing.
    auto update = c.exec(QStringLiteral("UPDATE DF_PURCHASE_ORDER SET STATUS = 15, END_TIME = ? "
                                        "WHERE STATUS = 5 AND ID = ? AND ORDER_ID = ? "
                                        "AND ACCOUNT_ID = ?"),
                         {when, o.id, o.orderId, o.ns},
                         QCoreApplication::translate("SqlConnection", "end order %1").arg(id));
    if (!update)
        return update.error();
    if (update.value().numRowsAffected() != 1)
        return notConsuming(id);

    const int endConsumeId = *o.lastConsumeId + 1;
    auto insert = c.exec(
        QStringLiteral("INSERT INTO DF_CONSUMING_HISTORY (ID, ORDER_ID, "
                       "CONSUME_ID, CONSUMING, CONSUME_TIME, DEADLINE_TIME, "
                       "ACCOUNT_ID, REGION, PLAN_ID, PLAN_HISTORY_ID, EXTRA_INFO) "
                       "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 3)"),
        {o.id, o.orderId, endConsumeId, when, SqlConnection::timeValue(o.deadline), o.ns, o.region,
         o.planId, planHistoryId},
        QCoreApplication::translate("SqlConnection", "write the end row of order %1").arg(id));
    if (!insert)
        return insert.error();

    CancelOutcome outcome;
    outcome.order = o;
    outcome.endConsumeId = endConsumeId;
    outcome.endTime = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return outcome;
}
