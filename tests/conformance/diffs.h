#pragma once

#include <QStringList>
#include <QVariant>

// Collects every disagreement of one conformance case, so that a case fails
// once, listing them all, instead of at the first.
class Diffs
{
public:
    void add(const QString &s) { m_items.append(s); }

    template<typename A, typename B>
    void eq(const QString &what, const A &actual, const B &expected)
    {
        if (!(actual == expected))
            add(QStringLiteral("%1: got %2, expected %3")
                    .arg(what, QVariant::fromValue(actual).toString(),
                         QVariant::fromValue(expected).toString()));
    }

    // Two lists of normalized rows, as multisets; reports each row that is
    // only on one side.
    void sameRows(const QString &what, QStringList actual, QStringList expected);

    // True when there is nothing to report; else fails the running test
    // function (at `file`:`line`) with the list, and returns false.
    bool report(const char *file, int line) const;

private:
    QStringList m_items;
};

// Ends the test function when `d` holds disagreements.
#define REPORT(d)                                                                                  \
    do {                                                                                           \
        if (!(d).report(__FILE__, __LINE__))                                                       \
            return;                                                                                \
    } while (false)
