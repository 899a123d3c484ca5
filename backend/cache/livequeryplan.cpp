#include "cache/livequeryplan.h"

#include <algorithm>
#include <optional>

namespace LiveQueryPlan {

namespace {

// The filter's range within the month, or nullopt when they do not meet.
std::optional<Query> clipped(Query q)
{
    if (!q.filter.from.isValid() || q.filter.from < q.month.startUtc)
        q.filter.from = q.month.startUtc;
    if (!q.filter.to.isValid() || q.filter.to > q.month.endUtc)
        q.filter.to = q.month.endUtc;
    if (q.filter.from >= q.filter.to)
        return std::nullopt;
    return q;
}

qint64 weight(const Query &q, const QDateTime &dataEnd)
{
    return std::max<qint64>(0, q.filter.from.secsTo(std::min(q.filter.to, dataEnd)));
}

} // namespace

QList<QList<Query>> split(const QList<Query> &parts, const QDateTime &dataEnd, int lanes)
{
    QList<Query> queries;
    qint64 total = 0;
    for (const Query &p : parts) {
        if (const auto q = clipped(p)) {
            queries.append(*q);
            total += weight(*q, dataEnd);
        }
    }
    lanes = std::max(1, lanes);
    QList<QList<Query>> out(lanes);
    qint64 done = 0; // seconds dealt so far
    int lane = 0;
    for (Query q : std::as_const(queries)) {
        // Where the running sum crosses a lane's boundary, the month is cut
        // there: the cut lies strictly inside [from, min(to, dataEnd)).
        while (lane < lanes - 1) {
            const qint64 boundary = total * (lane + 1) / lanes;
            const qint64 w = weight(q, dataEnd);
            if (done + w <= boundary)
                break;
            const qint64 take = boundary - done;
            if (take > 0) {
                Query head = q;
                head.filter.to = q.filter.from.addSecs(take);
                out[lane].append(head);
                q.filter.from = head.filter.to;
                done += take;
            }
            ++lane;
        }
        done += weight(q, dataEnd);
        out[lane].append(q);
    }
    out.removeIf([](const QList<Query> &l) { return l.isEmpty(); });
    return out;
}

} // namespace LiveQueryPlan
