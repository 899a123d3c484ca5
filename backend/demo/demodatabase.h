#pragma once

#include "demo/demodatagenerator.h"

// The demo database as a SQLite file, for the window's first start and
// `usagectl demo-db create`.
class DemoDatabase
{
public:
    // Writes the demo data into a temporary file next to `path` and renames
    // it to `path` only when it is complete, so a crash or an error never
    // leaves half a database under the real name. `path` must not exist
    // unless `replace` is set; its folder is created. Runs on the calling
    // thread (with its own connection): call it off the GUI thread.
    static Result<DemoStats> create(const QString &path, const DemoOptions &options,
                                    bool replace = false);
};
