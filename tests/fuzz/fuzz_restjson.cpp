// RestJson: envelope, errorFor and every body parser, on arbitrary bytes.
//
// Input: byte 0 picks the HTTP status (kStatuses[byte % 8]) and, in its
// upper bits, the parser ((byte >> 3) % 11: one of ten, or 10 = every one);
// the rest is the body. One parser per input keeps the target ~8x faster
// (each parser reads the JSON itself) without losing any of them.
//
// Invariants:
//  1. No parser crashes (ASan/UBSan) on any body or status.
//  2. Each answer is a value or a typed error (non-empty message, a known
//     category), never both, never neither.
//  3. A non-2xx status never parses as success.
//  4. On success, every item's money is in the representable range the
//     parser promises (|units| <= 9e14 yuan) and survives toString4; every
//     time is either unknown (invalid) or a valid UTC time; a plan's price
//     double is finite; a quote's `due` is exactly its `dueText` parsed.
//  5. errorFor never yields an empty message, and the message is one line.
#include "fuzz_common.h"
#include "rest/restjson.h"

#include <cmath>
#include <cstring>

namespace {

constexpr int kStatuses[8] = {200, 201, 204, 400, 401, 404, 500, 503};
constexpr qint64 kMaxUnits = qint64(9.0e14) * Money::UnitsPerYuan;

void checkMoney(Money m)
{
    FUZZ_CHECK_MSG(m.units() >= -kMaxUnits && m.units() <= kMaxUnits, "units %lld",
                   (long long)m.units());
    const auto back = Money::fromDecimalString(m.toString4());
    FUZZ_CHECK(back && *back == m);
}

void checkTime(const QDateTime &t)
{
    if (!t.isValid())
        return; // unknown / not sent
    FUZZ_CHECK(t.timeSpec() == Qt::UTC);
    FUZZ_CHECK(t.date().isValid() && t.time().isValid());
}

void checkOrder(const Order &o)
{
    checkTime(o.startTime);
    checkTime(o.endTime);
    checkTime(o.deadline);
    FUZZ_CHECK(o.status == OrderStatus::Unknown || o.status == OrderStatus::Pending ||
               o.status == OrderStatus::Consuming || o.status == OrderStatus::Ended);
}

void checkUsage(const Usage &u)
{
    checkMoney(u.amount);
    checkTime(u.time);
    checkTime(u.deadline);
}

void checkPlan(const Plan &p)
{
    FUZZ_CHECK(std::isfinite(p.price));
    checkMoney(p.priceMoney);
    checkTime(p.creationTime);
}

template<typename T, typename F>
void checkList(const Result<RestJson::List<T>> &r, int status, F each)
{
    if (!fuzz::checkResult(r))
        return;
    FUZZ_CHECK(status >= 200 && status < 300);
    for (const T &item : r.value().items)
        each(item);
}

template<typename T>
bool checkOk(const Result<T> &r, int status)
{
    const bool ok = fuzz::checkResult(r);
    if (ok)
        FUZZ_CHECK_MSG(status >= 200 && status < 300, "success with HTTP %d", status);
    return ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = kStatuses[data[0] % 8];
    const int parser = (data[0] >> 3) % 11;
    const auto on = [parser](int k) {
        return parser == k || parser == 10;
    };
    const QByteArray body = fuzz::bytes(data + 1, size - 1);

    if (on(0))
        checkOk(RestJson::envelope(body, status), status);
    if (on(1))
        checkOk(RestJson::plainOk(body, status), status);
    if (on(2))
        checkList(RestJson::orderList(body, status), status, checkOrder);
    if (on(3))
        checkList(RestJson::usageList(body, status), status, checkUsage);
    if (on(4))
        checkList(RestJson::planList(body, status), status, checkPlan);

    if (on(5)) {
        const auto r = RestJson::orderGet(body, status);
        if (checkOk(r, status) && r.value())
            checkOrder(*r.value());
    }
    if (on(6)) {
        const auto r = RestJson::planGet(body, status);
        if (checkOk(r, status) && r.value())
            checkPlan(*r.value());
    }
    if (on(7))
        checkOk(RestJson::regionList(body, status), status);
    if (on(8)) {
        const auto r = RestJson::quoteAnswer(body, status);
        if (checkOk(r, status)) {
            const auto &a = r.value();
            const auto due = Money::fromDecimalString(a.dueText);
            FUZZ_CHECK(due && *due == a.due);
            if (a.order)
                checkOrder(*a.order);
        }
    }

    // errorFor on the raw bytes as a message, with a code from the body.
    if (on(9) && body.size() >= 4) {
        int code = 0;
        std::memcpy(&code, body.constData(), sizeof code);
        const BackendError e = RestJson::errorFor(code, QString::fromUtf8(body.mid(4)), status);
        FUZZ_CHECK(!e.message().isEmpty());
        FUZZ_CHECK(!e.message().contains(QLatin1Char('\n')));
    }
    return 0;
}
