#include "dbcommands.h"

#include "clicontext.h"
#include "demo/demodatabase.h"
#include "sql/schema.h"
#include "sql/sqlbackend.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

int DbCommands::adviseIndexes(CliContext &ctx)
{
    const auto dialect = ctx.spec.kind == ConnectionSpec::Kind::Mysql ? Schema::Dialect::Mysql
                                                                      : Schema::Dialect::Sqlite;
    if (ctx.format != OutputWriter::Format::Table) {
        // A table is SQL to pipe into the client; CSV and JSON are records.
        OutputWriter writer(ctx.out, ctx.format,
                            {QStringLiteral("INDEX"), QStringLiteral("TABLE"),
                             QStringLiteral("COLUMNS"), QStringLiteral("WHY"),
                             QStringLiteral("STATEMENT")});
        for (const Schema::IndexAdvice &index : Schema::advisedIndexes()) {
            const QString statement = Schema::createIndexStatement(index, dialect);
            writer.addRow(
                {index.name, index.table, index.columns.join(QStringLiteral(", ")), index.why,
                 statement},
                QJsonObject{{QStringLiteral("index"), index.name},
                            {QStringLiteral("table"), index.table},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(index.columns)},
                            {QStringLiteral("why"), index.why},
                            {QStringLiteral("statement"), statement}});
        }
        return CliContext::Ok;
    }
    ctx.out << "-- Indexes that make Usage Console's queries fast (paging, totals, spend).\n"
               "-- Without them every query still works, by scanning.\n";
    for (const Schema::IndexAdvice &index : Schema::advisedIndexes()) {
        ctx.out << "-- " << index.why << '\n'
                << Schema::createIndexStatement(index, dialect) << ";\n";
    }
    return CliContext::Ok;
}

int DbCommands::check(CliContext &ctx)
{
    auto *sql = qobject_cast<SqlBackend *>(ctx.backend.get());
    if (!sql)
        return ctx.fail(QStringLiteral("db check needs a database (--db)"), CliContext::Usage);
    auto status = CliContext::wait(sql->checkIndexes());
    if (!status)
        return ctx.fail(status.error());
    int missing = 0;
    OutputWriter writer(ctx.out, ctx.format,
                        {QStringLiteral("INDEX"), QStringLiteral("TABLE"), QStringLiteral("STATUS"),
                         QStringLiteral("COLUMNS")});
    for (const SqlIndexAdvisor::Status &s : std::as_const(status.value())) {
        const QString state = s.present ? QStringLiteral("present (%1)").arg(s.existingName)
                                        : QStringLiteral("MISSING");
        if (!s.present)
            ++missing;
        writer.addRow(
            {s.advice.name, s.advice.table, state, s.advice.columns.join(QStringLiteral(", "))},
            QJsonObject{{QStringLiteral("index"), s.advice.name},
                        {QStringLiteral("table"), s.advice.table},
                        {QStringLiteral("present"), s.present},
                        {QStringLiteral("existing_name"), s.existingName}});
    }
    writer.finish();
    if (missing > 0) {
        ctx.err << "usagectl: " << missing
                << " advised index(es) missing: `usagectl db advise-indexes` prints them\n";
        return CliContext::Refused;
    }
    return CliContext::Ok;
}

int DbCommands::demoCreate(CliContext &ctx)
{
    const QStringList &pos = ctx.args.positional();
    if (pos.size() != 3)
        return ctx.fail(QStringLiteral("usage: usagectl demo-db create FILE [--namespaces N] "
                                       "[--months M] [--seed S] [--until YYYY-MM-DD] [--steady] "
                                       "[--orders-per-namespace X] [--force]"),
                        CliContext::Usage);
    DemoOptions options;
    for (const QString &e :
         {ctx.args.intValue(QStringLiteral("namespaces"), 1, 1000000, options.namespaces,
                            &options.namespaces),
          ctx.args.intValue(QStringLiteral("months"), 1, 600, options.months, &options.months)}) {
        if (!e.isEmpty())
            return ctx.fail(e, CliContext::Usage);
    }
    if (ctx.args.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = ctx.args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(QStringLiteral("--seed must be a whole number"), CliContext::Usage);
    }
    if (ctx.args.isSet(QStringLiteral("orders-per-namespace"))) {
        bool ok = false;
        options.ordersPerNamespace =
            ctx.args.value(QStringLiteral("orders-per-namespace")).toDouble(&ok);
        if (!ok || options.ordersPerNamespace <= 0 || options.ordersPerNamespace > 100000)
            return ctx.fail(QStringLiteral("--orders-per-namespace must be a positive number"),
                            CliContext::Usage);
    }
    options.steady = ctx.args.isSet(QStringLiteral("steady"));
    if (ctx.args.isSet(QStringLiteral("until"))) {
        options.until = QDate::fromString(ctx.args.value(QStringLiteral("until")), Qt::ISODate);
        if (!options.until.isValid())
            return ctx.fail(QStringLiteral("--until must be a date YYYY-MM-DD"), CliContext::Usage);
    }
    // The demo is a SQLite file. `sqlite:FILE` is what --db takes, so it is
    // taken here too; any other address would become an odd file name.
    QString file = pos[2];
    if (file.startsWith(QLatin1String("sqlite:")))
        file = file.mid(7);
    if (file.contains(QLatin1String("://")))
        return ctx.fail(QStringLiteral("demo-db create writes a SQLite file, not %1: give a file "
                                       "name")
                            .arg(file),
                        CliContext::Usage);
    const QString path = QFileInfo(file).absoluteFilePath();
    const bool replace = ctx.args.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(path) && !replace)
        return ctx.fail(QStringLiteral("%1 already exists: remove it or pass --force").arg(path));
    // A typo in the folder is an error here, not a tree of new folders.
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return ctx.fail(
            QStringLiteral("the folder %1 does not exist").arg(QFileInfo(path).absolutePath()));
    QElapsedTimer timer;
    timer.start();
    const Result<DemoStats> stats = DemoDatabase::create(path, options, replace);
    if (!stats)
        return ctx.fail(stats.error());
    ctx.err << "usagectl: wrote " << path << ": " << stats.value().orders << " orders, "
            << stats.value().charges << " charges, " << stats.value().planVersions
            << " plan versions in " << timer.elapsed() << " ms\n";
    return CliContext::Ok;
}
