#include "sql/sqlrowreader.h"

#include "sql/sqlconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>
#include <limits>

SqlRowReader::SqlRowReader(const QSqlQuery &query, const QString &table, const QString &key)
    : m_query(query)
    , m_table(table)
    , m_key(key)
{
}

SqlRowReader::SqlRowReader(const QSqlQuery &query, const QString &table, const RowKey &key)
    : m_query(query)
    , m_table(table)
    , m_rowKey(&key)
{
}

std::optional<qint64> SqlRowReader::exactInteger(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return value.toLongLong();
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return std::nullopt;
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        // A REAL that is a whole number is one (SQLite keeps 100.0 so in a
        // column without INTEGER affinity); a fraction never is.
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return qint64(d);
    }
    default:
        // Text (even "12"): an integer column of a sound database never
        // hands one back, so it is damage, not a number to guess at.
        return std::nullopt;
    }
}

QString SqlRowReader::describe(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::QString: {
        QString t = value.toString();
        if (t.size() > 40)
            t = t.left(40) + QStringLiteral("…");
        return QCoreApplication::translate("SqlRowReader", "text \"%1\"").arg(t);
    }
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            return QCoreApplication::translate("SqlRowReader", "a zero or invalid date");
        return value.toDateTime().toString(Qt::ISODate);
    case QMetaType::QByteArray:
        return QCoreApplication::translate("SqlRowReader", "a blob of %n bytes", "",
                                           int(value.toByteArray().size()));
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) != d)
            return QCoreApplication::translate("SqlRowReader", "the fraction %1")
                .arg(QString::number(d, 'g', 17));
        return QString::number(d, 'g', 17);
    }
    default:
        return value.toString();
    }
}

BackendError SqlRowReader::damaged(const QString &table, const QString &column, const QString &key,
                                   const QString &what, const QString &expected)
{
    return BackendError(
        BackendError::Category::Server,
        QCoreApplication::translate("SqlRowReader", "Damaged data: %1.%2 is %3, not %4 (row %5).")
            .arg(table, column, what, expected, key));
}

QString SqlRowReader::keyOf(const QStringList &names, const QSqlQuery &query,
                            const QList<int> &columns)
{
    QStringList parts;
    for (qsizetype i = 0; i < names.size() && i < columns.size(); ++i) {
        const QVariant v = query.value(columns.at(i));
        parts.append(names.at(i) + QLatin1Char(' ') +
                     (v.isNull() ? QStringLiteral("NULL") : v.toString().left(64)));
    }
    return parts.join(QStringLiteral(", "));
}

void SqlRowReader::fail(const char *name, const QVariant &value, const QString &expected)
{
    if (error)
        return;
    const QString key = m_rowKey ? keyOf(m_rowKey->names, m_query, m_rowKey->columns) : m_key;
    error = damaged(m_table, QString::fromLatin1(name), key, describe(value), expected);
}

qint64 SqlRowReader::integer(int column, const char *name)
{
    const QVariant v = m_query.value(column);
    const auto n = exactInteger(v);
    if (!n) {
        fail(name, v, QCoreApplication::translate("SqlRowReader", "an integer"));
        return 0;
    }
    return *n;
}

std::optional<qint64> SqlRowReader::optionalInteger(int column, const char *name)
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return integer(column, name);
}

Money SqlRowReader::money(int column, const char *name)
{
    const QVariant v = m_query.value(column);
    const auto n = exactInteger(v);
    if (!n) {
        fail(name, v,
             QCoreApplication::translate("SqlRowReader", "an integer amount of 1/10000 yuan"));
        return {};
    }
    return Money::fromUnits(*n);
}

double SqlRowReader::number(int column, const char *name)
{
    const QVariant v = m_query.value(column);
    bool ok = false;
    // MySQL's driver hands a DOUBLE back as its text; SQLite text in a REAL
    // column is text that did not look like a number.
    const double d = v.isNull() ? 0.0 : v.toString().toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        fail(name, v, QCoreApplication::translate("SqlRowReader", "a number of yuan"));
        return 0;
    }
    return d;
}

QDateTime SqlRowReader::time(int column, const char *name)
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {}; // unknown, shown as such (SPEC §2)
    const QDateTime t = SqlConnection::readTime(v);
    if (!t.isValid())
        fail(name, v, QCoreApplication::translate("SqlRowReader", "a time"));
    return t;
}
