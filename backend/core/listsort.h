#pragma once

#include <QList>
#include <QString>

#include <optional>

// What a list of usages or orders is sorted by: a field, then the row's key
// as the tie-break, both the same way round. The default is the service's
// own order: newest first.
struct ListSort
{
    enum class Field { Time, Amount, Namespace, Region };

    Field field = Field::Time;
    bool ascending = false;

    bool operator==(const ListSort &other) const
    {
        return field == other.field && ascending == other.ascending;
    }
    bool operator!=(const ListSort &other) const { return !(*this == other); }

    // The way a field sorts when first chosen: times and amounts biggest
    // first, names A to Z.
    static bool defaultAscending(Field field);
    // "amount", "namespace:desc" ...; nullopt when not one of them.
    static std::optional<ListSort> fromString(const QString &text);
    QString toString() const; // "amount:desc"
    static QString fieldName(Field field);
    // Every field, both ways: what SQL can page by.
    static QList<ListSort> allOf(const QList<Field> &fields);
};
