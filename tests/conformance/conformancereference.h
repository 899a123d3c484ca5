#pragma once

#include "core/backenderror.h"
#include "core/filters.h"
#include "core/money.h"
#include "core/order.h"
#include "core/plan.h"
#include "core/usage.h"
#include "sql/connectionspec.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <functional>

// The conformance suites' one data set and its REFERENCE (SPEC §6): the demo
// data of fixed options plus a few edge rows, written identically into every
// copy (a SQLite file, a MariaDB database), and the raw rows of that data
// read back with plain SQL. The backends and usagectl are compared with the
// reference, never with each other.
class ConformanceReference
{
public:
    static const QString Region; // cn-north-1
    static const QString Token;  // the fake service's admin token
    static const QDateTime Now;  // the fake service's clock, and the quotes'
    static const QString EdgeNs; // the namespace of the edge rows
    static const QTimeZone Shanghai;

    // One charge as the database holds it.
    struct Charge
    {
        Usage u;
        int extraInfo = -1;
    };
    // A usage filter a case walks, with the reference rows it must give.
    struct UsageCase
    {
        QString label;
        UsageFilter filter;
        QList<Charge> rows;
    };

    // Writes the data set into `spec`'s empty database; fatal on failure.
    static void write(const ConnectionSpec &spec);

    // Reads the reference from a copy of the data set.
    explicit ConformanceReference(const ConnectionSpec &copy);

    QList<Order> orders;    // EVER_PAYED = 1 only, all regions
    QList<Charge> charges;  // every charge
    QList<Plan> plans;      // active, in Region
    QStringList namespaces; // in Region, the busiest few and then EdgeNs

    QList<Charge> chargesOf(const std::function<bool(const Charge &)> &pred) const;
    // Per namespace: all its charges, one order's, a window of months.
    QList<UsageCase> usageCases() const;

    // A remote amount: float32(0.0001) x float32(CONSUMING) (SPEC §4.1), as
    // the service prints it (the shortest digits that read back as that
    // float32: 12345.679 for CONSUMING 123456789), which the client rounds
    // to 1/10000.
    static Money f32(Money m);
    // The same step through a double: it rounds the float32's exact binary
    // value, not the printed digits, and so differs from f32() above 2^24
    // units (1677.7216 yuan).
    static Money f32ViaDouble(Money m);

    // Normalized rows, only the fields every backend knows (SPEC §3).
    static QString orderLine(const Order &o, bool withStatus);
    static QString usageLine(const Usage &u, bool remoteAmount);
    static QString secs(const QDateTime &t);
    // A DATETIME as a driver returns it (SQLite: text; MariaDB: a QDateTime
    // without a zone), read as UTC.
    static QDateTime utcValue(const QVariant &value);
    // The first day of the month `t` falls in, in `zone`.
    static QDate monthOf(const QDateTime &t, const QTimeZone &zone);
    static QString errText(const BackendError &e);
};
