#pragma once

#include "sql/connectionspec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

class QTemporaryDir;

// Databases for tests. The MariaDB server is the CTest fixture `mariadb`
// (tests/support/mariadb-fixture.sh); a test finds it through the
// environment ctest sets: UC_TEST_MARIADB_DIR, UC_FIXTURES_DIR, UC_BIN_DIR.
class TestDatabases
{
public:
    // The fixture's server (kind Mysql, host 127.0.0.1, user uc, password
    // set, no database), or nullopt when UC_TEST_MARIADB_DIR is unset (a test
    // binary run by hand: QSKIP the MariaDB rows). Fatal when the variable
    // is set but the server is not there.
    static std::optional<ConnectionSpec> mariadbServer();

    // A fresh, empty, uniquely named database (prefix + pid + counter) on the
    // fixture's server. Fatal when there is no server or it fails.
    static ConnectionSpec createMariaDbDatabase(const QString &prefix);
    static void dropMariaDbDatabase(const ConnectionSpec &spec);

    static QString fixturesDir(); // UC_FIXTURES_DIR
    static QString binDir();      // UC_BIN_DIR

    // dir/name, for a SQLite file that disappears with dir.
    static QString tempSqlitePath(const QTemporaryDir &dir, const QString &name);

    // A plain connection named `name` to `spec` (QMYSQL or QSQLITE), for a
    // test's own SQL behind the backend's back. Fatal when it cannot open.
    static QSqlDatabase openRaw(const ConnectionSpec &spec, const QString &name);

    // `sql` with `values` bound, run on the connection `name`: the oracle's
    // own SQL. Fatal when it fails. finish() it before the database is
    // written by another connection (an open SQLite statement keeps a lock).
    static QSqlQuery query(const QString &name, const QString &sql,
                           const QVariantList &values = {});
};
