// The ledger audit beside one full read of both tables, in one process and
// one run, alternated: what docs/performance.md's "The ledger audit" quotes.
//
//   uc-bench-audit --db sqlite:PATH|mysql://USER@HOST:PORT/DB [--runs N]
//                  [--generate NAMESPACES,MONTHS,ORDERS]
//
// "Full read": SELECT * FROM DF_PURCHASE_ORDER, then the same of
// DF_CONSUMING_HISTORY, every value of every row fetched through the same
// Qt driver the audit uses (on this thread; the audit runs on SqlBackend's
// worker). --generate first fills the empty database with demo data
// (seed 1, until 2026-11-25). The MySQL password comes from
// USAGECTL_DB_PASSWORD. Prints one line per run and the medians.

#include "core/awaitresult.h"
#include "demo/demodatagenerator.h"
#include "sql/sqlbackend.h"
#include "sql/sqlconnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>

namespace {

// Rows read, and the values that are not NULL: every value is fetched, as
// the driver converts it, and none is converted further.
qint64 fullRead(QSqlDatabase &db, qint64 *rows)
{
    qint64 sum = 0;
    *rows = 0;
    for (const char *table : {"DF_PURCHASE_ORDER", "DF_CONSUMING_HISTORY"}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))))
            qFatal("%s", qPrintable(q.lastError().text()));
        const int columns = q.record().count();
        while (q.next()) {
            ++*rows;
            for (int i = 0; i < columns; ++i)
                sum += q.value(i).isNull() ? 0 : 1;
        }
    }
    return sum;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("The database."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("generate"), QStringLiteral("Fill it with demo data first."),
                      QStringLiteral("NAMESPACES,MONTHS,ORDERS")});
    parser.process(app);
    auto spec = ConnectionSpec::parse(parser.value(QStringLiteral("db")));
    if (!spec)
        qFatal("%s", qPrintable(spec.error().message()));
    ConnectionSpec s = spec.value();
    s.password =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("USAGECTL_DB_PASSWORD"));
    s.readTimeoutSeconds = 3600;
    // A connection of its own, set up as the audit's is (session, timeouts).
    SqlConnection connection(s);
    if (auto opened = connection.ensureOpen(); !opened)
        qFatal("cannot open: %s", qPrintable(opened.error().message()));
    QSqlDatabase db = connection.database();
    if (parser.isSet(QStringLiteral("generate"))) {
        const QStringList p = parser.value(QStringLiteral("generate")).split(QLatin1Char(','));
        DemoOptions o;
        o.namespaces = p.value(0).toInt();
        o.months = p.value(1).toInt();
        o.ordersPerNamespace = p.value(2).toDouble();
        o.until = QDate(2026, 11, 25);
        QElapsedTimer t;
        t.start();
        const auto stats = DemoDataGenerator(o).writeTo(db);
        if (!stats)
            qFatal("%s", qPrintable(stats.error().message()));
        std::printf("generated %lld orders, %lld charges in %.1f s\n",
                    (long long)stats.value().orders, (long long)stats.value().charges,
                    t.elapsed() / 1000.0);
    }
    SqlBackend backend(s);
    AuditFilter filter;
    filter.now = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
    std::vector<double> reads, audits;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int run = 0; runs > 0 && run <= runs; ++run) { // run 0 warms the caches
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        const qint64 sum = fullRead(db, &rows);
        const double read = t.elapsed() / 1000.0;
        t.restart();
        const auto report = awaitResult(backend.audit(filter));
        const double audit = t.elapsed() / 1000.0;
        if (!report)
            qFatal("audit: %s", qPrintable(report.error().message()));
        std::printf("run %d: full read %.2f s (%lld rows, sum %lld), audit %.2f s (%lld orders, "
                    "%lld charges, %lld findings), ratio %.2f%s\n",
                    run, read, (long long)rows, (long long)sum, audit,
                    (long long)report.value().ordersRead, (long long)report.value().chargesRead,
                    (long long)report.value().total(), audit / read, run == 0 ? " (warm-up)" : "");
        std::fflush(stdout);
        if (run > 0) {
            reads.push_back(read);
            audits.push_back(audit);
        }
    }
    if (runs > 0)
        std::printf("median of %d: full read %.2f s, audit %.2f s, ratio %.2f\n", runs,
                    median(reads), median(audits), median(audits) / median(reads));
    return 0;
}
