#pragma once

#include "demo/demodatagenerator.h"
#include "sql/connectionspec.h"

// The data sets tests run on, written into a database of the test's.
class TestData
{
public:
    // DemoOptions with these fields set (the others at their defaults).
    static DemoOptions demo(int namespaces, int months, const QDate &until, quint64 seed = 1);

    // The demo data of `options` written into `spec` (a SQLite file is
    // created; a MariaDB database must exist and be empty; the plan tables
    // go into spec.planDatabase when it is set). A failure ends
    // the test program.
    static DemoStats writeDemo(const ConnectionSpec &spec, const DemoOptions &options);

    // The rows the real service's recorded answers (tests/fixtures/*.http)
    // were captured on: the schema, tests/fixtures/data.sql and the plan
    // catalog its rows point at (plan versions 11, 12, 21, 31). The service
    // ran in debug mode, where every plan lookup answered a `resources` plan
    // priced 12.3: p-big (version 13) is that plan.
    static void writeRecordedRows(const ConnectionSpec &spec);
};
