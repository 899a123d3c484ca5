#include "testfutures.h"

#include <QStringList>

namespace TestFutures {

QString describe(const QList<SpendCell> &cells)
{
    QStringList lines;
    for (const SpendCell &c : cells)
        lines.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(c.month.toString(Qt::ISODate), c.ns, c.amount.toString4())
                         .arg(c.charges));
    return lines.join(QLatin1Char('\n'));
}

} // namespace TestFutures
