#include "rest/restjson.h"

#include "rest/restfieldreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace RestJson {

namespace {

using Category = BackendError::Category;

using Reader = RestFieldReader;

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray t = body.trimmed().left(512).toLower();
    return t.startsWith('<') &&
           (t.contains("<html") || t.contains("<!doctype html") || t.contains("<head") ||
            t.contains("<body") || t.contains("<title") || t.contains("<h1"));
}

// The text of an HTML page's <title>, entities decoded, on one line and
// short; empty when there is none.
QString htmlTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(body.left(64 * 1024)));
    if (!m.hasMatch())
        return {};
    QString text = m.captured(1);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.remove(tags);
    static const std::pair<const char *, const char *> entities[] = {
        {"&lt;", "<"},  {"&gt;", ">"},   {"&quot;", "\""},
        {"&#39;", "'"}, {"&nbsp;", " "}, {"&amp;", "&"}};
    for (const auto &[from, to] : entities)
        text.replace(QLatin1String(from), QLatin1String(to), Qt::CaseInsensitive);
    text = text.simplified();
    if (text.size() > 80)
        text = text.left(80) + QStringLiteral("…");
    return text;
}

QString tokenRefused()
{
    return QCoreApplication::translate(
        "RestJson", "The service refused the API token (auth failed): check the token of the "
                    "profile (Profiles…), or USAGECTL_TOKEN for usagectl.");
}

QString describeBody(const QByteArray &body, const QJsonParseError &pe)
{
    const QByteArray t = body.trimmed();
    if (t.isEmpty())
        return QCoreApplication::translate("RestJson", "an empty body");
    if (looksLikeHtml(body)) {
        const QString title = htmlTitle(body);
        if (!title.isEmpty())
            return QCoreApplication::translate("RestJson", "an HTML page titled “%1”").arg(title);
    }
    if (t.startsWith('<'))
        return QCoreApplication::translate("RestJson", "an HTML page");
    if (pe.error != QJsonParseError::NoError)
        return QCoreApplication::translate("RestJson", "text that is not JSON (%1 at byte %2)")
            .arg(pe.errorString())
            .arg(pe.offset);
    return QCoreApplication::translate("RestJson", "JSON that is not an object");
}

BackendError notAnEnvelope(const QByteArray &body, int httpStatus, const QJsonParseError &pe)
{
    const QString what = describeBody(body, pe);
    // A page of markup is named by its status and <title> alone, never
    // quoted; other text keeps a short, one-line start for an expert.
    QString details;
    if (!body.trimmed().startsWith('<') && !body.trimmed().isEmpty())
        details = QCoreApplication::translate("RestJson", "the body begins: %1")
                      .arg(QString::fromUtf8(body.left(120)).simplified());
    if (httpStatus == 401)
        return BackendError(
            Category::Auth,
            QCoreApplication::translate(
                "RestJson", "The service refused the API token (HTTP 401, the answer is %1): check "
                            "the token of the profile (Profiles…), or USAGECTL_TOKEN for usagectl.")
                .arg(what),
            details);
    if (httpStatus >= 500)
        return BackendError(Category::Server,
                            QCoreApplication::translate(
                                "RestJson", "The service failed (HTTP %1) and answered with %2 "
                                            "instead of JSON.")
                                .arg(httpStatus)
                                .arg(what),
                            details);
    return BackendError(
        Category::Server,
        QCoreApplication::translate("RestJson", "The service's answer (HTTP %1) is %2, not a JSON "
                                                "envelope: is the address that of the usage API?")
            .arg(httpStatus)
            .arg(what),
        details);
}

QByteArray digestOf(const QJsonArray &rows)
{
    return QCryptographicHash::hash(QJsonDocument(rows).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha1);
}

// data = {total, results: [...]}; each result through `item`.
template<typename T, typename F>
Result<List<T>> listOf(const QByteArray &body, int httpStatus, F item)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    // A list endpoint always sends {total, results}: `data` null, missing
    // or of another type is a broken answer, never an empty list. Only a
    // total of 0 may come with results null (Go writes an empty slice so).
    const QJsonValue data = env.value().data;
    List<T> out;
    if (!data.isObject())
        return Reader::wrongType(
            QStringLiteral("data"), data,
            QCoreApplication::translate("RestJson", "an object with `total` and `results`"));
    const QJsonObject o = data.toObject();
    Reader r(o, QStringLiteral("data"));
    out.total = r.integer(QStringLiteral("total"), true);
    if (r.error)
        return *r.error;
    if (out.total < 0)
        return Reader::fieldError(QStringLiteral("data.total"),
                                  QCoreApplication::translate("RestJson", "is negative"));
    const QJsonValue results = o.value(QStringLiteral("results"));
    if ((results.isUndefined() || results.isNull()) && out.total == 0)
        return out;
    if (!results.isArray())
        return Reader::wrongType(QStringLiteral("data.results"), results,
                                 QCoreApplication::translate("RestJson", "an array"));
    const QJsonArray rows = results.toArray();
    out.items.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Result<T> one = item(rows.at(i), QStringLiteral("data.results[%1]").arg(i));
        if (!one)
            return one.error();
        out.items.append(std::move(one.value()));
    }
    out.digest = digestOf(rows);
    return out;
}

OrderStatus statusFromWire(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("pending"))
        return OrderStatus::Pending;
    if (text == QLatin1String("consuming"))
        return OrderStatus::Consuming;
    if (text == QLatin1String("ended"))
        return OrderStatus::Ended;
    *ok = false;
    return OrderStatus::Unknown;
}

} // namespace

BackendError errorFor(int code, const QString &msg, int httpStatus)
{
    const QString text = msg.trimmed();
    QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QString rest = text.section(QLatin1Char('\n'), 1).trimmed();
    if (first.isEmpty())
        first =
            QCoreApplication::translate("RestJson", "the service answered error code %1").arg(code);
    QString details = QCoreApplication::translate("RestJson", "HTTP %1, service code %2")
                          .arg(httpStatus)
                          .arg(code);
    if (!rest.isEmpty())
        details += QStringLiteral("\n") + rest;
    Category c = Category::Server;
    switch (code) {
    case 3302: // parse json failed (our request)
    case 3307: // invalid parameters
        c = Category::InvalidInput;
        break;
    case 3303: // unsupported url
        c = Category::NotFound;
        details += QLatin1Char('\n') +
                   QCoreApplication::translate(
                       "RestJson", "The service does not know this URL: check the API address.");
        break;
    case 3305:
        // The service's own words ("auth failed ...") become a detail: the
        // message says what it means and what to do.
        return BackendError(Category::Auth, tokenRefused(),
                            QCoreApplication::translate("RestJson", "HTTP %1, service code %2")
                                    .arg(httpStatus)
                                    .arg(code) +
                                QLatin1Char('\n') + text,
                            code);
    case 3306:
        c = Category::Permission;
        break;
    case 3308: // create order failed (Plan not changed, ...)
    case 3309: // cancel order failed (already ended)
    case 3316: // insufficient balance
        c = Category::Conflict;
        break;
    case 3313:
        // "too much remaining spending" is a refusal; other switch failures
        // ("last payment not found") are the service's own data problems.
        c = text.contains(QLatin1String("too much remaining")) ? Category::Conflict
                                                               : Category::Server;
        break;
    case 3318:
        c = Category::NotFound;
        break;
    default: // 3300, 3301, 3304, 3310-3312, 3314, 3315, 3317, 3319, unknown
        c = Category::Server;
        break;
    }
    return BackendError(c, first, details, code);
}

Result<Envelope> envelope(const QByteArray &body, int httpStatus)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return notAnEnvelope(body, httpStatus, pe);
    const QJsonObject o = doc.object();
    Reader r(o, QString());
    const QJsonValue code = o.value(QStringLiteral("code"));
    const QJsonValue msg = o.value(QStringLiteral("msg"));
    if (!code.isDouble())
        return Reader::wrongType(QStringLiteral("code"), code,
                                 QCoreApplication::translate("RestJson", "an integer"));
    const qint64 c = r.integer(QStringLiteral("code"), true);
    if (r.error)
        return *r.error;
    if (c < std::numeric_limits<int>::min() || c > std::numeric_limits<int>::max())
        return Reader::fieldError(QStringLiteral("code"),
                                  QCoreApplication::translate("RestJson", "is out of range"));
    if (!msg.isString())
        return Reader::wrongType(QStringLiteral("msg"), msg,
                                 QCoreApplication::translate("RestJson", "a string"));
    Envelope e;
    e.code = int(c);
    e.msg = msg.toString();
    e.data = o.value(QStringLiteral("data"));
    if (e.code != 0)
        return errorFor(e.code, e.msg, httpStatus);
    if (httpStatus < 200 || httpStatus >= 300)
        return BackendError(
            Category::Server,
            QCoreApplication::translate("RestJson", "The service answered HTTP %1 with code 0.")
                .arg(httpStatus),
            e.msg);
    return e;
}

Result<Order> order(const QJsonValue &value, const QString &where, bool requireId)
{
    if (!value.isObject())
        return Reader::wrongType(where, value,
                                 QCoreApplication::translate("RestJson", "an object"));
    const QJsonObject o = value.toObject();
    Reader r(o, where);
    Order out;
    out.id = r.integer(QStringLiteral("id"), requireId);
    out.orderId = r.str(QStringLiteral("order_id"));
    out.ns = r.str(QStringLiteral("namespace"));
    out.region = r.str(QStringLiteral("region"));
    out.planId = r.str(QStringLiteral("plan_id"));
    out.startTime = r.time(QStringLiteral("start_time"), false);
    out.endTime = r.time(QStringLiteral("end_time"), false);
    out.deadline = r.time(QStringLiteral("deadline"), false);
    if (r.has(QStringLiteral("status"))) {
        const QString s = r.str(QStringLiteral("status"));
        bool ok = false;
        out.status = statusFromWire(s, &ok);
        if (!r.error && !ok)
            r.fail(Reader::fieldError(r.field(QStringLiteral("status")),
                                      QCoreApplication::translate(
                                          "RestJson", "is %1, expected pending, consuming or ended")
                                          .arg(Reader::quoted(s))));
    }
    out.creator = r.str(QStringLiteral("creator"));
    out.resourceName = r.str(QStringLiteral("resource_name"));
    if (r.error)
        return *r.error;
    return out;
}

Result<Usage> usage(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Reader::wrongType(where, value,
                                 QCoreApplication::translate("RestJson", "an object"));
    const QJsonObject o = value.toObject();
    Reader r(o, where);
    Usage u;
    u.orderId = r.str(QStringLiteral("order_id"));
    u.amount = r.money(QStringLiteral("money"));
    u.time = r.time(QStringLiteral("time"), false);
    u.deadline = r.time(QStringLiteral("deadline"), false);
    // The wire says `project`; the public docs say `namespace`.
    u.ns = r.has(QStringLiteral("project")) ? r.str(QStringLiteral("project"))
                                            : r.str(QStringLiteral("namespace"));
    u.region = r.str(QStringLiteral("region"));
    u.planId = r.str(QStringLiteral("plan_id"));
    u.planHistoryId = r.integer(QStringLiteral("plan_history_id"), false);
    if (r.error)
        return *r.error;
    // Not on the wire: the order key, CONSUME_ID and EXTRA_INFO stay unknown.
    u.orderKey = 0;
    u.consumeId = std::nullopt;
    u.kind = ChargeKind::Unknown;
    return u;
}

Result<Plan> plan(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return Reader::wrongType(where, value,
                                 QCoreApplication::translate("RestJson", "an object"));
    const QJsonObject o = value.toObject();
    Reader r(o, where);
    Plan p;
    p.id = r.integer(QStringLiteral("id"), false);
    p.planId = r.str(QStringLiteral("plan_id"));
    p.name = r.str(QStringLiteral("plan_name"));
    p.typeText = r.str(QStringLiteral("plan_type"));
    p.type = planTypeFromString(p.typeText);
    p.belong = r.str(QStringLiteral("belong"));
    p.level = int(r.integer(QStringLiteral("plan_level"), false));
    p.specification1 = r.str(QStringLiteral("specification1"));
    p.specification2 = r.str(QStringLiteral("specification2"));
    p.description = r.str(QStringLiteral("description"));
    p.price = r.number(QStringLiteral("price"));
    p.priceMoney = r.money(QStringLiteral("price"));
    p.cycle = r.str(QStringLiteral("cycle"));
    p.region = r.str(QStringLiteral("region"));
    p.regionDescribe = r.str(QStringLiteral("region_describe"));
    p.creationTime = r.time(QStringLiteral("creation_time"), false);
    const QString status = r.str(QStringLiteral("status"));
    if (r.error)
        return *r.error;
    // The list holds only active versions; a status, when sent, says so.
    p.active =
        status.isEmpty() || status.trimmed().compare(QLatin1String("A"), Qt::CaseInsensitive) == 0;
    return p;
}

Result<List<Order>> orderList(const QByteArray &body, int httpStatus)
{
    return listOf<Order>(
        body, httpStatus, [](const QJsonValue &v, const QString &where) -> Result<Order> {
            if (!v.isObject())
                return Reader::wrongType(where, v,
                                         QCoreApplication::translate("RestJson", "an object"));
            return order(v.toObject().value(QStringLiteral("order")),
                         where + QStringLiteral(".order"), true);
        });
}

Result<std::optional<Order>> orderGet(const QByteArray &body, int httpStatus)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    const QJsonValue data = env.value().data;
    if (data.isUndefined() || data.isNull())
        return std::optional<Order>();
    if (!data.isObject())
        return Reader::wrongType(QStringLiteral("data"), data,
                                 QCoreApplication::translate("RestJson", "an object"));
    const QJsonValue o = data.toObject().value(QStringLiteral("order"));
    if (o.isUndefined() || o.isNull())
        return std::optional<Order>();
    auto parsed = order(o, QStringLiteral("data.order"), true);
    if (!parsed)
        return parsed.error();
    return std::optional<Order>(parsed.value());
}

Result<List<Usage>> usageList(const QByteArray &body, int httpStatus)
{
    return listOf<Usage>(body, httpStatus, &usage);
}

Result<List<Plan>> planList(const QByteArray &body, int httpStatus)
{
    return listOf<Plan>(body, httpStatus, &plan);
}

Result<std::optional<Plan>> planGet(const QByteArray &body, int httpStatus)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    const QJsonValue data = env.value().data;
    if (data.isUndefined() || data.isNull())
        return std::optional<Plan>();
    auto p = plan(data, QStringLiteral("data"));
    if (!p)
        return p.error();
    return std::optional<Plan>(p.value());
}

Result<QList<Region>> regionList(const QByteArray &body, int httpStatus)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    // The plan service always lists its regions: no list is a broken answer.
    const QJsonValue data = env.value().data;
    QList<Region> out;
    if (!data.isArray())
        return Reader::wrongType(QStringLiteral("data"), data,
                                 QCoreApplication::translate("RestJson", "an array"));
    const QJsonArray rows = data.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString where = QStringLiteral("data[%1]").arg(i);
        if (!rows.at(i).isObject())
            return Reader::wrongType(where, rows.at(i),
                                     QCoreApplication::translate("RestJson", "an object"));
        const QJsonObject o = rows.at(i).toObject();
        Reader r(o, where);
        Region region;
        region.identification = r.str(QStringLiteral("identification"));
        region.name = r.str(QStringLiteral("region"));
        region.description = r.str(QStringLiteral("region_describe"));
        if (r.error)
            return *r.error;
        out.append(region);
    }
    return out;
}

Result<QuoteAnswer> quoteAnswer(const QByteArray &body, int httpStatus)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    const QJsonValue data = env.value().data;
    if (!data.isObject())
        return Reader::wrongType(QStringLiteral("data"), data,
                                 QCoreApplication::translate("RestJson", "an object"));
    const QJsonObject o = data.toObject();
    const QJsonValue money = o.value(QStringLiteral("money"));
    if (!money.isString())
        return Reader::wrongType(QStringLiteral("data.money"), money,
                                 QStringLiteral("a string with two decimals"));
    QuoteAnswer a;
    a.dueText = money.toString();
    const auto due = Money::fromDecimalString(a.dueText);
    if (!due)
        return Reader::fieldError(
            QStringLiteral("data.money"),
            QStringLiteral("is %1, not a decimal amount").arg(Reader::quoted(a.dueText)));
    a.due = *due;
    const QJsonValue ord = o.value(QStringLiteral("order"));
    if (!ord.isUndefined() && !ord.isNull()) {
        auto parsed = order(ord, QStringLiteral("data.order"), false);
        if (!parsed)
            return parsed.error();
        a.order = parsed.value();
    }
    return a;
}

Result<Done> plainOk(const QByteArray &body, int httpStatus)
{
    auto env = envelope(body, httpStatus);
    if (!env)
        return env.error();
    return Done{};
}

} // namespace RestJson
