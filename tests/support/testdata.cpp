#include "testdata.h"

#include "sql/schema.h"
#include "testdatabases.h"
#include "testpaths.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const char *const RecordedPlanRows[] = {
    "INSERT INTO DF_PLAN_REGION (ID, REGION, REGION_DESCRIBE, IDENTIFICATION) VALUES "
    "(1, 'cn-north-1', 'North China 1', 'cn-north-1')",
    "INSERT INTO DF_PLAN (ID, PLAN_ID, PLAN_NAME, PLAN_TYPE, BELONG, PLAN_LEVEL, SPECIFICATION1, "
    "SPECIFICATION2, DESCRIPTION, PRICE, CYCLE, CREATE_TIME, REGION_ID, STATUS) VALUES "
    "(11, 'p-small', 'Small', 'resources', '', 1, '2 CPU Core', '4 GB RAM', '', 30, 'm', "
    "'2026-01-01 00:00:00', 1, 'N'),"
    "(12, 'p-small', 'Small', 'resources', '', 1, '2 CPU Core', '4 GB RAM', '', 30, 'm', "
    "'2026-11-01 00:00:00', 1, 'A'),"
    "(13, 'p-big', 'Big', 'resources', '', 2, '4 CPU Core', '8 GB RAM', 'more', 12.3, 'm', "
    "'2026-02-01 00:00:00', 1, 'A'),"
    "(21, 'p-vol10', 'Volume 10', 'volume', '', 1, '10 GB', '', '', 9.9, 'm', "
    "'2026-01-01 00:00:00', 1, 'A'),"
    "(31, 'p-bsi', 'Redis', 'bsi', 'redis', 1, '', '', '', 123.4567, 'm', "
    "'2026-01-01 00:00:00', 1, 'A')",
};

void exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        qFatal("TestData: %s: %s", qPrintable(statement.left(200)),
               qPrintable(q.lastError().text()));
}

} // namespace

DemoOptions TestData::demo(int namespaces, int months, const QDate &until, quint64 seed)
{
    DemoOptions o;
    o.namespaces = namespaces;
    o.months = months;
    o.until = until;
    o.seed = seed;
    return o;
}

DemoStats TestData::writeDemo(const ConnectionSpec &spec, const DemoOptions &options)
{
    DemoStats stats;
    TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
        // The plan tables go where spec.planDatabase says (?plans=).
        const Result<DemoStats> r = DemoDataGenerator(options).writeTo(db, spec.planDatabase);
        if (!r)
            qFatal("TestData: demo data: %s (%s)", qPrintable(r.error().message()),
                   qPrintable(r.error().details()));
        stats = r.value();
    });
    return stats;
}

void TestData::writeRecordedRows(const ConnectionSpec &spec)
{
    QFile data(TestPaths::fixture(QStringLiteral("data.sql")));
    if (!data.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("TestData: cannot read %s", qPrintable(data.fileName()));
    QString text;
    const QStringList lines = QString::fromUtf8(data.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            text += line + QLatin1Char('\n');
    }
    const Schema::Dialect dialect =
        spec.kind == ConnectionSpec::Kind::Mysql ? Schema::Dialect::Mysql : Schema::Dialect::Sqlite;
    TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
        for (const QString &s : Schema::usageTables(dialect) + Schema::planTables(dialect))
            exec(db, s);
        for (const char *s : RecordedPlanRows)
            exec(db, QString::fromLatin1(s));
        for (const QString &s : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!s.trimmed().isEmpty())
                exec(db, s);
        }
    });
}
