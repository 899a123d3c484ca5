#include "testtime.h"

#include <QRegularExpression>

namespace TestTime {

QDateTime utc(const char *text)
{
    return utc(QString::fromUtf8(text));
}

QDateTime utc(const QString &text)
{
    static const QRegularExpression databaseForm(
        QStringLiteral("\\A\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\z"));
    static const QRegularExpression withZone(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)\\z"));
    QDateTime t;
    if (databaseForm.match(text).hasMatch())
        t = QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                      QTime::fromString(text.mid(11), Qt::ISODate), Qt::UTC);
    else if (withZone.match(text).hasMatch())
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("TestTime::utc: \"%s\" is not \"yyyy-MM-ddTHH:mm:ss[.fff](Z|+hh:mm)\" nor "
               "\"yyyy-MM-dd HH:mm:ss\"",
               qPrintable(text));
    return t.toUTC();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    const QDateTime t(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
    if (!t.isValid())
        qFatal("TestTime::utc: %d-%d-%d %d:%d:%d is not a time", year, month, day, hour, minute,
               second);
    return t;
}

} // namespace TestTime
