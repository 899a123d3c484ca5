#pragma once

#include "demo/demodatagenerator.h"
#include "sql/connectionspec.h"

#include <QTemporaryDir>

#include <optional>

// The same demo data in a SQLite file and, where the MariaDB fixture runs,
// in a MariaDB database of its own (dropped again with this object): for a
// test whose rows run over both engines ("sqlite" and "mariadb").
class DemoDatabasePair
{
public:
    DemoDatabasePair() = default;
    ~DemoDatabasePair();
    DemoDatabasePair(const DemoDatabasePair &) = delete;
    DemoDatabasePair &operator=(const DemoDatabasePair &) = delete;

    // Writes `options`' data into both (from initTestCase()); `name` names
    // the SQLite file and prefixes the MariaDB database. The SQLite file's
    // charges; fatal when the data cannot be written.
    qint64 make(const QString &name, const DemoOptions &options);
    // A row's database: the MariaDB one for "mariadb" (nullopt without the
    // fixture: QSKIP), the SQLite one otherwise.
    std::optional<ConnectionSpec> spec(const QString &backend) const;

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_sqlite;
    std::optional<ConnectionSpec> m_mariadb;
};
