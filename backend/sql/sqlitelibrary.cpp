#include "sql/sqlitelibrary.h"

#include <sqlite3.h>

#include <atomic>
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

namespace {
std::atomic<bool> s_mappedReadsAllowed{false};
} // namespace

void SqliteLibrary::setMappedReadsAllowed(bool allowed)
{
    s_mappedReadsAllowed = allowed;
}

bool SqliteLibrary::mappedReadsAllowed()
{
    return s_mappedReadsAllowed;
}
