#pragma once

#include "core/filters.h"

#include <QList>

#include <optional>

// One page of a list: its rows, the total row count when it was asked for
// (-1 otherwise), and where the next page starts (none after the last).
template<typename T>
struct Page
{
    qint64 total = -1;
    QList<T> items;
    std::optional<PageCursor> next;
};
