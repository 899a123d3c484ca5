#include "cache/ledgerbaselinereader.h"

#include "cache/sourcelanes.h"
#include "cache/spendcells.h"
#include "core/awaitresult.h"

#include <QHash>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

LedgerBaselineReader::LedgerBaselineReader(SourceLanes &lanes, bool foldNamespaces)
    : m_lanes(lanes)
    , m_fold(foldNamespaces)
{
}

QHash<int, QList<LedgerCell>> LedgerBaselineReader::byBucket(QList<QList<LedgerCell>> parts,
                                                             bool foldNamespaces)
{
    // Two parts may each hold a spelling of one name that MySQL's collation
    // groups as one: folded, a name takes the first spelling seen (looked
    // up once per name, not folded anew for each of a quarter of a million
    // cells). One part is one GROUP BY: its names are kept as the source
    // gave them, as --no-cache prints them.
    const bool fold = foldNamespaces && parts.size() > 1;
    QHash<QString, QString> spelling;
    QHash<QString, QString> firstOfFolded;
    QHash<int, QList<LedgerCell>> grouped;
    for (QList<LedgerCell> &part : parts) {
        for (LedgerCell &c : part) {
            if (fold) {
                auto it = spelling.constFind(c.ns);
                if (it == spelling.cend()) {
                    const QString f = SpendCells::folded(c.ns);
                    auto first = firstOfFolded.constFind(f);
                    if (first == firstOfFolded.cend())
                        first = firstOfFolded.insert(f, c.ns);
                    it = spelling.insert(c.ns, *first);
                }
                c.ns = *it;
            }
            grouped[c.bucket].append(std::move(c));
        }
        part = {}; // freed as it goes: the parts hold a quarter of a million cells
    }
    for (QList<LedgerCell> &cells : grouped) {
        std::sort(cells.begin(), cells.end(),
                  [](const LedgerCell &a, const LedgerCell &b) { return a.ns < b.ns; });
        qsizetype kept = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (kept > 0 && cells[kept - 1].ns == cells[i].ns)
                cells[kept - 1].add(cells[i]);
            else if (kept++ != i)
                cells[kept - 1] = std::move(cells[i]);
        }
        cells.resize(kept);
    }
    return grouped;
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

Result<LedgerBaseline> LedgerBaselineReader::read(const LedgerBaselineRequest &request,
                                                  QHash<int, QList<LedgerCell>> &cells)
{
    const auto whole = [this, &cells](Result<LedgerBaseline> b) {
        if (b)
            cells = byBucket({std::move(b.value().cells)}, m_fold);
        return b;
    };
    Backend &first = m_lanes.first();
    if (!m_lanes.canHaveSecond())
        return whole(awaitResult(first.ledgerBaseline(request)));
    const auto split = awaitResult(first.ledgerSplit(request.region));
    if (!split)
        return split.error();
    const std::shared_ptr<Backend> second =
        split.value().id > 0 && split.value().charges >= SplitFrom ? m_lanes.second() : nullptr;
    if (!second)
        return whole(awaitResult(first.ledgerBaseline(request)));
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
#ifdef __GLIBC__
    // The parts' result sets were freed on the connections' threads, into
    // their own malloc arenas, which keep them: handed back to the system
    // before the cells are regrouped here (peak RSS at 10M charges).
    malloc_trim(0);
#endif
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
    LedgerBaseline &both = lower.value();
    both.boundaries = a->boundaries;
    both.buckets.append(upper.value().buckets);
    both.openOrders.append(upper.value().openOrders);
    cells = byBucket({std::move(both.cells), std::move(upper.value().cells)}, m_fold);
    both.cells = {};
    return std::move(both);
}
