#pragma once

#include "core/orderprogress.h"
#include "core/result.h"

#include <QHash>

class SourceLanes;

// Reads a charge ledger's baseline (ChargeLedger). Where the region has
// many charges it is read in two parts at once, one per connection of
// SourceLanes: the orders below an ID and their charges, and those from it
// on, where the source estimates (Backend::ledgerSplit) that each part has
// about half the charges. Each part is one snapshot of its own; the ledger's rule holds
// order by order (a charge is in the cells exactly when its order's count
// says so), so parts read apart add up to an exact baseline. The raw spend
// groups every charge on one core; the parts use two.
class LedgerBaselineReader
{
public:
    // Below this many charges one part: the second session costs more than
    // the halved work saves.
    static constexpr qint64 SplitFrom = 40000;

    // `foldNamespaces`: the source groups names as MySQL's collation does
    // (case and trailing blanks aside), and so do the parts' cells here.
    LedgerBaselineReader(SourceLanes &lanes, bool foldNamespaces);

    // The baseline, its cells handed over in `cells` by bucket, one per
    // namespace, sorted by it (the baseline's own `cells` left empty).
    Result<LedgerBaseline> read(const LedgerBaselineRequest &request,
                                QHash<int, QList<LedgerCell>> &cells);

    // Moves `part`'s cells onto `boundaries`, a list that ends as the
    // part's does and may begin months sooner; false when it cannot (other
    // months, or cells before the part's first month).
    static bool rebucket(LedgerBaseline &part, const QList<QDateTime> &boundaries);
    // The cells of the parts by bucket, one per namespace, sorted by it.
    static QHash<int, QList<LedgerCell>> byBucket(QList<QList<LedgerCell>> parts,
                                                  bool foldNamespaces);

private:
    SourceLanes &m_lanes;
    bool m_fold;
};
