#include "demodatabasepair.h"

#include "testdatabases.h"

DemoDatabasePair::~DemoDatabasePair()
{
    if (m_mariadb)
        TestDatabases::dropMariaDbDatabase(*m_mariadb);
}

qint64 DemoDatabasePair::make(const QString &name, const DemoOptions &options)
{
    if (!m_dir.isValid())
        qFatal("no temporary folder");
    qint64 charges = 0;
    const auto write = [&options, &charges](const ConnectionSpec &spec) {
        TestDatabases::withConnection(spec, [&](QSqlDatabase &db) {
            const auto stats = DemoDataGenerator(options).writeTo(db);
            if (!stats)
                qFatal("demo data: %s", qPrintable(stats.error().message()));
            charges = stats.value().charges;
        });
    };
    m_sqlite.kind = ConnectionSpec::Kind::Sqlite;
    m_sqlite.path = TestDatabases::tempSqlitePath(m_dir, name + QStringLiteral(".db"));
    write(m_sqlite);
    const qint64 sqliteCharges = charges;
    if (TestDatabases::mariadbServer()) {
        m_mariadb = TestDatabases::createMariaDbDatabase(name);
        write(*m_mariadb);
    }
    return sqliteCharges;
}

std::optional<ConnectionSpec> DemoDatabasePair::spec(const QString &backend) const
{
    return backend == QLatin1String("mariadb") ? m_mariadb : std::optional(m_sqlite);
}
