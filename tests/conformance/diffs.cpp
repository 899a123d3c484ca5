#include "diffs.h"

#include <QTest>

#include <algorithm>

void Diffs::sameRows(const QString &what, QStringList actual, QStringList expected)
{
    if (actual.size() != expected.size())
        add(QStringLiteral("%1: %2 rows, expected %3")
                .arg(what)
                .arg(actual.size())
                .arg(expected.size()));
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    QStringList onlyA, onlyE;
    std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                        std::back_inserter(onlyA));
    std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                        std::back_inserter(onlyE));
    for (int i = 0; i < qMin<qsizetype>(onlyA.size(), 5); ++i)
        add(QStringLiteral("%1: backend row %2").arg(what, onlyA[i]));
    for (int i = 0; i < qMin<qsizetype>(onlyE.size(), 5); ++i)
        add(QStringLiteral("%1: reference row %2").arg(what, onlyE[i]));
    if (onlyA.size() > 5 || onlyE.size() > 5)
        add(QStringLiteral("%1: ... %2 backend-only and %3 reference-only rows in all")
                .arg(what)
                .arg(onlyA.size())
                .arg(onlyE.size()));
}

bool Diffs::report(const char *file, int line) const
{
    if (m_items.isEmpty())
        return true;
    QStringList shown = m_items.mid(0, 40);
    if (m_items.size() > 40)
        shown.append(QStringLiteral("... and %1 more").arg(m_items.size() - 40));
    QTest::qFail(qPrintable(QStringLiteral("%1 disagreement(s):\n  ").arg(m_items.size()) +
                            shown.join(QStringLiteral("\n  "))),
                 file, line);
    return false;
}
