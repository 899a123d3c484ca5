// RollupCoordinator::total: totals from the ledger or the cached months,
// and the raw SUM (in two halves at once on big data) where neither answers.

#include "cache/rollupcoordinator.h"

#include "cache/spendcells.h"
#include "core/awaitresult.h"

using SpendCells::only;

Result<UsageTotal> RollupCoordinator::rawTotal(const UsageFilter &filter)
{
    // Over both connections, each half of the charges on its own core:
    // halves of the table where the SUM scans it, of the time index's range
    // where one serves the filter.
    if (!m_lanes.canHaveSecond())
        return awaitResult(m_inner->usageTotal(filter));
    const auto cut = awaitResult(m_inner->totalCut(filter));
    if (!cut && cut.error().category() == BackendError::Category::Timeout)
        return cut.error(); // one deadline per call: not asked again
    if (!cut || cut.value().isNone())
        return awaitResult(m_inner->usageTotal(filter));
    const QList<TotalHalf> halves{{cut.value(), false}, {cut.value(), true}};
    const auto totals = m_lanes.inHalves<UsageTotal>(
        halves, true, [&filter](Backend &b, const QList<TotalHalf> &part) {
            return b.usageTotalOfHalf(filter, part.constFirst())
                .then([](const Result<UsageTotal> &r) {
                    return r ? Result<QList<UsageTotal>>(QList<UsageTotal>{r.value()})
                             : Result<QList<UsageTotal>>(r.error());
                });
        });
    if (!totals)
        return totals.error();
    UsageTotal sum;
    for (const UsageTotal &t : totals.value()) {
        sum.amount += t.amount;
        sum.charges += t.charges;
    }
    return sum;
}

Result<UsageTotal> RollupCoordinator::total(const UsageFilter &filter, const Progress &progress)
{
    beginRequest();
    // A few namespaces' charges read by key cost less than any month of
    // cells (each holds every namespace of the region) or a ledger's sync
    // (a scan of the orders): the raw SUM, without asking the source who
    // it is or opening the cache file first.
    if (!filter.namespaces.isEmpty() && filter.orderId.isEmpty() &&
        m_inner->namespaceScope().isEmpty()) {
        if (!m_namespacesIndexed) {
            // The first contact with the source: a failure is not
            // remembered, a timeout ends the call (one deadline per call).
            const auto r = awaitResult(m_inner->servesNamespaceRanges());
            if (!r && r.error().category() == BackendError::Category::Timeout)
                return r.error();
            if (r)
                m_namespacesIndexed = r.value();
        }
        if (m_namespacesIndexed.value_or(false))
            return rawTotal(filter);
    }
    if (!usable(filter)) {
        if (m_timedOut)
            return *m_timedOut; // one deadline per call: not asked again live
        return awaitResult(m_inner->usageTotal(filter));
    }
    if (followed(filter.region)) {
        if (auto answer = m_ledger.total(source().value(), filter, m_zone, m_now)) {
            m_servedFromCache = answer->ok();
            return *answer;
        }
        // No ledger yet: the raw SUM is one scan, cheaper than any fill.
        return rawTotal(filter);
    }
    QDateTime from = filter.from;
    QDateTime to = filter.to;
    if (!from.isValid() || !to.isValid()) {
        UsageFilter open = filter;
        open.from = open.to = QDateTime();
        const auto range = awaitResult(m_inner->usageTimeRange(open));
        if (!range)
            return range.error();
        if (!range.value().first.isValid())
            return rawTotal(filter); // no timed charge: the untimed ones, if any
        if (!from.isValid())
            from = range.value().first;
        if (!to.isValid())
            to = range.value().second.addMSecs(1);
    }
    if (from >= to)
        return rawTotal(filter);
    // Any month boundaries would do: those of the calendar zone, the months
    // spend keeps (the one shown), so that a spend's months answer totals too.
    const QList<MonthSpan> all = MonthCalendar::monthsCovering(from, to.addMSecs(-1), m_zone);
    QList<MonthSpan> months;
    QList<int> indexes;
    for (const MonthSpan &m : all) {
        if (m.startUtc >= from && m.endUtc <= to && closed(m)) {
            indexes.append(int(months.size()));
            months.append(m);
        }
    }
    if (months.isEmpty())
        return rawTotal(filter);
    // A cold total never waits for a fill: while a month is missing, the
    // raw total answers (spend fills the months).
    QList<QList<SpendCell>> perMonth(months.size());
    for (int i = 0; i < months.size(); ++i) {
        const auto hit = cached(source().value(), filter.region, months[i]);
        if (!hit)
            return rawTotal(filter);
        perMonth[i] = only(*hit, filter.namespaces, m_foldNamespaces);
    }
    m_servedFromCache = true;
    Q_UNUSED(progress)
    UsageTotal total;
    for (const QList<SpendCell> &month : std::as_const(perMonth)) {
        for (const SpendCell &c : month) {
            total.amount += c.amount;
            total.charges += c.charges;
        }
    }
    // The edges either side of the cached months, live.
    UsageFilter before = filter;
    before.to = months.constFirst().startUtc;
    UsageFilter after = filter;
    after.from = months.constLast().endUtc;
    // The month after the cached ones may have a closed beginning.
    const MonthSpan next = MonthCalendar::months(months.constLast().month.addMonths(1),
                                                 months.constLast().month.addMonths(1), m_zone)
                               .constFirst();
    if (!closed(next) && next.startUtc < cutoff() &&
        (!filter.to.isValid() || filter.to >= next.endUtc)) {
        std::optional<BackendError> timedOut;
        if (const auto begun = closedBeginning(source().value(), filter, next, &timedOut)) {
            for (const SpendCell &c : only(*begun, filter.namespaces, m_foldNamespaces)) {
                total.amount += c.amount;
                total.charges += c.charges;
            }
            after.from = cutoff();
        }
        if (timedOut)
            return *timedOut;
    }
    // A total without a time bound counts the charges without a time too:
    // with the later edge, as the upper half of a cut by time there.
    const bool untimed =
        !filter.from.isValid() && !filter.to.isValid() && m_inner->canFollowCharges();
    const QList<UsageFilter> edges{before, after};
    for (const UsageFilter &edge : edges) {
        if (edge.from.isValid() && edge.to.isValid() && edge.from >= edge.to)
            continue;
        const bool later = &edge == &edges.constLast();
        const auto live =
            untimed && later
                ? awaitResult(m_inner->usageTotalOfHalf(filter, {{0, edge.from}, true}))
                : awaitResult(m_inner->usageTotal(edge));
        if (!live)
            return live;
        total.amount += live.value().amount;
        total.charges += live.value().charges;
    }
    return total;
}
