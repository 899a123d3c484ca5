#include "cache/ledgerbaselinereader.h"

#include "cache/sourcelanes.h"
#include "cache/spendcells.h"
#include "core/awaitresult.h"

#include <QHash>

#include <algorithm>

LedgerBaselineReader::LedgerBaselineReader(SourceLanes &lanes, bool foldNamespaces)
    : m_lanes(lanes)
    , m_fold(foldNamespaces)
{
}

QList<LedgerCell> LedgerBaselineReader::added(QList<LedgerCell> cells, QList<LedgerCell> more,
                                              bool foldNamespaces)
{
    QHash<std::pair<int, QString>, qsizetype> at;
    const auto key = [foldNamespaces](const LedgerCell &c) {
        return std::make_pair(c.bucket, foldNamespaces ? SpendCells::folded(c.ns) : c.ns);
    };
    at.reserve(cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i)
        at.insert(key(cells[i]), i);
    cells.reserve(cells.size() + more.size());
    for (LedgerCell &c : more) {
        const auto k = key(c);
        if (const auto it = at.constFind(k); it != at.cend()) {
            cells[*it].add(c);
        } else {
            at.insert(k, cells.size());
            cells.append(std::move(c));
        }
    }
    return cells;
}

bool LedgerBaselineReader::rebucket(LedgerBaseline &part, const QList<QDateTime> &boundaries)
{
    const qsizetype shift = boundaries.size() - part.boundaries.size();
    if (shift < 0 || boundaries.mid(shift) != part.boundaries)
        return false;
    if (shift == 0)
        return true;
    // Before its first month: somewhere in the longer list's first ones.
    if (std::any_of(part.cells.cbegin(), part.cells.cend(),
                    [](const LedgerCell &c) { return c.bucket == 0; }))
        return false;
    for (LedgerCell &c : part.cells) {
        if (c.bucket != LedgerCell::Untimed)
            c.bucket += int(shift);
    }
    part.boundaries = boundaries;
    return true;
}

Result<LedgerBaseline> LedgerBaselineReader::read(const LedgerBaselineRequest &request)
{
    Backend &first = m_lanes.first();
    if (!m_lanes.canHaveSecond())
        return awaitResult(first.ledgerBaseline(request));
    const auto split = awaitResult(first.ledgerSplit(request.region));
    if (!split)
        return split.error();
    const std::shared_ptr<Backend> second =
        split.value().id > 0 && split.value().charges >= SplitFrom ? m_lanes.second() : nullptr;
    if (!second)
        return awaitResult(first.ledgerBaseline(request));
    LedgerBaselineRequest low = request;
    low.ids.toId = split.value().id;
    LedgerBaselineRequest high = request;
    high.ids.fromId = split.value().id;
    auto lowRead = first.ledgerBaseline(low);
    auto highRead = second->ledgerBaseline(high);
    auto lower = awaitResult(lowRead);
    auto upper = awaitResult(highRead);
    // A second session may be refused (a per-user connection limit, a
    // server at max_connections) where one works; a timeout is not that.
    if (lower && !upper && upper.error().category() != BackendError::Category::Timeout) {
        m_lanes.dropSecond();
        upper = awaitResult(first.ledgerBaseline(high));
    }
    if (!lower)
        return lower.error();
    if (!upper)
        return upper.error();
    // Each part laid out its months from its own oldest order: the longer
    // list is the baseline's. A part with charges before its first month
    // (seldom: a charge before its order's start) is read again by it.
    LedgerBaseline *a = &lower.value();
    LedgerBaseline *b = &upper.value();
    if (a->boundaries.size() < b->boundaries.size())
        std::swap(a, b);
    if (!rebucket(*b, a->boundaries)) {
        LedgerBaselineRequest again = b == &lower.value() ? low : high;
        again.boundaries = a->boundaries;
        auto reread = awaitResult(first.ledgerBaseline(again));
        if (!reread)
            return reread.error();
        *b = std::move(reread.value());
    }
    LedgerBaseline &whole = lower.value();
    whole.boundaries = a->boundaries;
    whole.buckets.append(upper.value().buckets);
    whole.openOrders.append(upper.value().openOrders);
    whole.cells = added(std::move(whole.cells), std::move(upper.value().cells), m_fold);
    return std::move(whole);
}
