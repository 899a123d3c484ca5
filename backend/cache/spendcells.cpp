#include "cache/spendcells.h"

#include <QSet>

#include <algorithm>

namespace SpendCells {

namespace {

bool byNamespace(const SpendCell &a, const SpendCell &b)
{
    return a.ns < b.ns;
}

} // namespace

QString folded(const QString &ns)
{
    qsizetype end = ns.size();
    while (end > 0 && ns.at(end - 1) == QLatin1Char(' '))
        --end;
    return ns.left(end).toCaseFolded();
}

QList<SpendCell> only(const QList<SpendCell> &cells, const QStringList &namespaces, bool fold)
{
    if (namespaces.isEmpty())
        return cells;
    QSet<QString> wanted;
    for (const QString &ns : namespaces)
        wanted.insert(fold ? folded(ns) : ns);
    QList<SpendCell> kept;
    for (const SpendCell &c : cells) {
        if (wanted.contains(fold ? folded(c.ns) : c.ns))
            kept.append(c);
    }
    return kept;
}

QList<SpendCell> sortedByNamespace(QList<SpendCell> cells)
{
    std::sort(cells.begin(), cells.end(), byNamespace);
    return cells;
}

QList<SpendCell> combined(QList<SpendCell> cells)
{
    const auto notStrictlyAscending = [](const SpendCell &a, const SpendCell &b) {
        return !(a.ns < b.ns);
    };
    if (std::adjacent_find(cells.cbegin(), cells.cend(), notStrictlyAscending) == cells.cend())
        return cells;
    std::sort(cells.begin(), cells.end(), byNamespace);
    QList<SpendCell> out;
    out.reserve(cells.size());
    for (const SpendCell &c : cells) {
        if (!out.isEmpty() && out.last().ns == c.ns) {
            out.last().amount += c.amount;
            out.last().charges += c.charges;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace SpendCells
