#include "sql/sqlcancel.h"

#include "sql/sqlconnection.h"
#include "sql/sqlorderqueries.h"
#include "sql/sqlrowreader.h"

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

// When the server stopped answering (a timeout, a lost connection), says
// on a second line what became of the cancel; other errors stay as they are.
BackendError withOutcome(const BackendError &e, const QString &outcome)
{
    if (e.category() != Category::Connection && e.category() != Category::Timeout)
        return e;
    return BackendError(e.category(), e.message() + QLatin1Char('\n') + outcome, e.details(),
                        e.serviceCode());
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
        // COMMIT was never sent: the server rolls the transaction back, at
        // once or when it notices the connection is gone.
        return withOutcome(result.error(),
                           QCoreApplication::translate("SqlCancel",
                                                       "Order %1 was not cancelled: the "
                                                       "transaction was rolled back and nothing "
                                                       "was written.")
                               .arg(id));
    }
    auto committed = c.commit();
    if (!committed) {
        // COMMIT went out and no answer came back: the outcome is unknown here.
        return withOutcome(committed.error(),
                           QCoreApplication::translate("SqlCancel",
                                                       "The server did not confirm the commit: "
                                                       "order %1 may or may not have ended. "
                                                       "Check it (orders show %1) before trying "
                                                       "again.")
                               .arg(id));
    }
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
    SqlRowReader r(last.value(), QStringLiteral("DF_CONSUMING_HISTORY"),
                   QStringLiteral("ID %1, ORDER_ID %2, CONSUME_ID %3")
                       .arg(o.id)
                       .arg(o.orderId)
                       .arg(*o.lastConsumeId));
    // The end row copies it: a damaged one must not be written on.
    const qint64 planHistoryId = r.integer(0, "PLAN_HISTORY_ID");
    if (r.error)
        return *r.error;
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
