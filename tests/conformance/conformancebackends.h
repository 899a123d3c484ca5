#pragma once

#include "conformancereference.h"
#include "fakeservice.h"
#include "rest/restbackend.h"
#include "sql/sqlbackend.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

// The fixture of the backend conformance suites (tst_conformance,
// tst_conformanceactions): the data set in a SQLite file and, when the
// MariaDB fixture is there, in a MariaDB database; the fake service over the
// SQLite file; one backend of each kind; the reference read from the raw
// rows. A suite derives from it; every _data() adds one row per backend
// (addBackendRows) and the body takes backendUnderTest().
//
// ctest runs a suite twice (MARIADB_ROWS in tests/CMakeLists.txt): its
// sqlite and rest rows without MariaDB, its mariadb rows as <suite>_mariadb.
class ConformanceBackends : public QObject
{
    Q_OBJECT

protected:
    static void addBackendRows();
    // The backend of the current row; nullptr when it is MariaDB and there
    // is no server (use BACKEND()).
    Backend *backendUnderTest() const;
    static bool isRest();
    // A RestBackend on `service`, with the suite's token.
    static std::unique_ptr<RestBackend> restOn(const FakeService &service);

    QTemporaryDir m_dir;
    ConnectionSpec m_sqliteSpec;
    std::optional<ConnectionSpec> m_maria;
    QList<ConnectionSpec> m_mariaDbs; // dropped in cleanup
    std::unique_ptr<ConformanceReference> m_ref;
    std::unique_ptr<FakeService> m_sim;
    std::unique_ptr<SqlBackend> m_sqlite;
    std::unique_ptr<SqlBackend> m_mariaBackend;
    std::unique_ptr<RestBackend> m_rest;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
};

// The backend under test as `var`; the row skips when it is MariaDB's and
// there is no server.
#define BACKEND(var)                                                                               \
    Backend *var = backendUnderTest();                                                             \
    if (!var)                                                                                      \
        QSKIP("no MariaDB server (UC_TEST_MARIADB_DIR unset): run through ctest");
