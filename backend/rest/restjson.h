#pragma once

#include "core/money.h"
#include "core/order.h"
#include "core/plan.h"
#include "core/result.h"
#include "core/usage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The wire format of the usage and plan services (SPEC §3), parsed
// strictly: pure functions from an HTTP status and a body to a Result, with
// no I/O, so that tests and a fuzzer can call them directly. A value of the
// wrong type is an error naming the field, never a silent 0.
namespace RestJson {

// {"code": N, "msg": "...", "data": ...}; `data` is Undefined when omitted.
struct Envelope
{
    int code = 0;
    QString msg;
    QJsonValue data;
};

// data = {total, results:[...]}: one page of a list.
template<typename T>
struct List
{
    qint64 total = 0;
    QList<T> items;
    QByteArray digest; // of the page's rows as sent, to detect a repeated page
};

// The answer of POST /orders?drytry=1.
struct QuoteAnswer
{
    QString dueText; // data.money as sent ("7.30")
    Money due;
    std::optional<Order> order; // the would-be order (no id, no status)
};

// The envelope of any answer. Code 0 (with a 2xx status) is success;
// anything else becomes the BackendError of errorFor(). A body that is not
// a JSON envelope (an HTML 503 page, garbage, an empty body) is an error in
// the category its HTTP status implies (Server for 5xx and anything else
// unexpected, Auth for 401).
Result<Envelope> envelope(const QByteArray &body, int httpStatus = 200);

// The service's error code and message as a BackendError: category from the
// code (SPEC §3), message = the first line of `msg` (3305/3306 carry the
// auth server's raw multi-line reply: the rest goes to details).
BackendError errorFor(int code, const QString &msg, int httpStatus);

Result<List<Order>> orderList(const QByteArray &body, int httpStatus = 200);
// GET /orders/{id}: nullopt when data is empty or has no `order` (not found).
Result<std::optional<Order>> orderGet(const QByteArray &body, int httpStatus = 200);
Result<List<Usage>> usageList(const QByteArray &body, int httpStatus = 200);
Result<List<Plan>> planList(const QByteArray &body, int httpStatus = 200);
// GET /plans/{plan_id}: nullopt when data is null (unknown plan).
Result<std::optional<Plan>> planGet(const QByteArray &body, int httpStatus = 200);
Result<QList<Region>> regionList(const QByteArray &body, int httpStatus = 200);
Result<QuoteAnswer> quoteAnswer(const QByteArray &body, int httpStatus = 200);
// An answer whose only content is {code: 0} (PUT /orders/{id}).
Result<Done> plainOk(const QByteArray &body, int httpStatus = 200);

// Objects. `where` names the object in error messages (data.results[2]).
Result<Order> order(const QJsonValue &value, const QString &where, bool requireId);
Result<Usage> usage(const QJsonValue &value, const QString &where);
Result<Plan> plan(const QJsonValue &value, const QString &where);

} // namespace RestJson
