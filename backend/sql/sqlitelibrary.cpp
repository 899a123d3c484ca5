#include "sql/sqlitelibrary.h"

#include <sqlite3.h>

#include <mutex>

void SqliteLibrary::configure()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE once SQLite is running: the statistics stay on,
        // which is slower, never wrong.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}
