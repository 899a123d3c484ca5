#include "core/listsort.h"

bool ListSort::defaultAscending(Field field)
{
    return field == Field::Namespace || field == Field::Region;
}

QString ListSort::fieldName(Field field)
{
    switch (field) {
    case Field::Time:
        return QStringLiteral("time");
    case Field::Amount:
        return QStringLiteral("amount");
    case Field::Namespace:
        return QStringLiteral("namespace");
    case Field::Region:
        return QStringLiteral("region");
    }
    return {};
}

std::optional<ListSort> ListSort::fromString(const QString &text)
{
    const QString name = text.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    const QString way = text.section(QLatin1Char(':'), 1).trimmed().toLower();
    for (Field f : {Field::Time, Field::Amount, Field::Namespace, Field::Region}) {
        if (name != fieldName(f))
            continue;
        if (way.isEmpty())
            return ListSort{f, defaultAscending(f)};
        if (way == QLatin1String("asc"))
            return ListSort{f, true};
        if (way == QLatin1String("desc"))
            return ListSort{f, false};
        return std::nullopt;
    }
    return std::nullopt;
}

QString ListSort::toString() const
{
    return fieldName(field) + (ascending ? QStringLiteral(":asc") : QStringLiteral(":desc"));
}

QList<ListSort> ListSort::allOf(const QList<Field> &fields)
{
    QList<ListSort> out;
    for (Field f : fields) {
        out.append({f, defaultAscending(f)});
        out.append({f, !defaultAscending(f)});
    }
    return out;
}
