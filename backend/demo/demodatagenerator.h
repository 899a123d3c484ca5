#pragma once

#include "core/billingcalendar.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>

class DemoRowSink;

// What the demo database looks like. The data is a pure function of these
// options (its own PRNG seeded from `seed`; the clock is read only to default
// `until` to today's UTC date).
struct DemoOptions
{
    int namespaces = 40;
    int months = 24;
    quint64 seed = 1;
    // The generation instant `now` is `until` at 00:00:00 UTC (invalid =
    // today, UTC). Everything the service would have written before `now`
    // is there: orders start in [now - months, now); renewals whose deadline
    // lies less than 7 days after `now` are already charged (CONSUME_TIME =
    // that deadline, in the future: renewed in advance).
    QDate until;
    // The average number of order *lines* a namespace holds at a time: a line
    // is one service instance (its resources quota in a region, a volume, a
    // BSI) that runs from its start to `now` as a chain of orders (cancelled
    // and re-ordered, switched to a bigger plan ...). Total charges are about
    // namespaces x ordersPerNamespace x months x 0.9. Skewed (Zipf): the
    // biggest namespace holds ~1/H(namespaces) of all lines.
    double ordersPerNamespace = 10;
    // A world without surprises: no cancels, plan switches, failed renewals,
    // pending orders or price changes, and every line starts within the
    // window's first month. Every charge after the first then follows from
    // the order book, so a forecast made at any instant must equal the
    // charges written later (tst_forecast moves `until` to check it). Two
    // such worlds with the same seed and window start (`until` minus
    // `months`) agree on every order; the default data is unchanged.
    bool steady = false;
    QTimeZone serviceZone = BillingCalendar::defaultServiceZone();
};

struct DemoStats
{
    qint64 orders = 0;       // DF_PURCHASE_ORDER rows (pending ones included)
    qint64 charges = 0;      // DF_CONSUMING_HISTORY rows (end rows included)
    qint64 planVersions = 0; // DF_PLAN rows
};

class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(DemoOptions options);

    // `now` of the data: options.until (or today, UTC) at 00:00:00 UTC.
    QDateTime generationInstant() const;

    // Creates the usage-service and plan-service tables (Schema::...) in `db`
    // (an open QSQLITE or QMYSQL connection) and fills them; the tables must
    // be empty. For MySQL, `planDatabase` (optional) names a second database
    // on the same server for the plan tables (already existing). Batched
    // multi-row inserts inside transactions (SQLite: one transaction; MySQL:
    // a commit every ~200k rows); every value bound. `progress(chargesSoFar)`
    // may return false to cancel (SQLite: nothing is left written).
    Result<DemoStats> writeTo(QSqlDatabase &db, const QString &planDatabase = {},
                              const std::function<bool(qint64)> &progress = {});

    // Writes DF_PLAN_REGION.tsv, DF_PLAN.tsv, DF_PURCHASE_ORDER.tsv and
    // DF_CONSUMING_HISTORY.tsv (tab-separated, backslash-escaped, UTF-8) plus
    // schema.sql (MySQL DDL) and load.sql (LOAD DATA LOCAL INFILE with the
    // files' absolute paths and column lists) into `dir`, which is created if
    // needed. Load with `mariadb --local-infile=1 DB < schema.sql` then
    // `... < load.sql`.
    Result<DemoStats> writeLoadDataFiles(const QString &dir,
                                         const std::function<bool(qint64)> &progress = {});

private:
    Result<DemoStats> generate(DemoRowSink &sink, const std::function<bool(qint64)> &progress);

    DemoOptions m_options;
};
