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
// environment ctest sets for tests registered with MARIADB: UC_TEST_MARIADB_DIR.
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

    // A test with MariaDB rows and other rows (MARIADB_ROWS in
    // tests/CMakeLists.txt) is run by ctest twice: as `tst_x` without MariaDB
    // (there is no server, so its MariaDB rows skip themselves) and as
    // `tst_x_mariadb` with UC_TEST_DATABASES=mariadb. Called from the test's
    // init(), this skips in that second run every row that is not a MariaDB
    // one: MariaDB rows are those whose data tag is "mariadb" or starts with
    // "mariadb" and a character that is not an ASCII letter or digit
    // ("mariadb …", "mariadb: …"), and every row of a function whose name
    // starts with "mariadb".
    static void skipRowsOutsideThisRun();

    // dir/name, for a SQLite file that disappears with dir.
    static QString tempSqlitePath(const QTemporaryDir &dir, const QString &name);

    // A plain connection named `name` to `spec` (QMYSQL or QSQLITE), for a
    // test's own SQL behind the backend's back. Fatal when it cannot open.
    static QSqlDatabase openRaw(const ConnectionSpec &spec, const QString &name);

    // Runs work(QSqlDatabase &) on a connection to `spec` of its own, closed
    // and removed again afterwards. Fatal when it cannot open.
    template<typename Work>
    static void withConnection(const ConnectionSpec &spec, Work work)
    {
        const QString name = privateConnectionName();
        {
            QSqlDatabase db = openRaw(spec, name);
            work(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // `sql` with `values` bound, run on the connection `name`: the oracle's
    // own SQL. Fatal when it fails. finish() it before the database is
    // written by another connection (an open SQLite statement keeps a lock).
    static QSqlQuery query(const QString &name, const QString &sql,
                           const QVariantList &values = {});

private:
    static QString privateConnectionName();
};
