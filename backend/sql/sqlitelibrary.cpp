#include "sql/sqlitelibrary.h"

#include <QFile>
#include <QString>

#include <sqlite3.h>
#include <sys/vfs.h>

#include <algorithm>
#include <array>
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

bool SqliteLibrary::canMap(const QString &path)
{
    struct statfs fs;
    if (statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
    static const std::array<unsigned long, 10> network = {
        0x6969,     // NFS
        0x517B,     // SMB
        0xFF534D42, // CIFS
        0xFE534D42, // SMB2
        0x65735546, // FUSE (sshfs, ...)
        0x01021997, // 9P
        0x00C36400, // Ceph
        0x5346414F, // AFS
        0x73757245, // Coda
        0x7461636F, // OCFS2
    };
    return std::find(network.cbegin(), network.cend(), static_cast<unsigned long>(fs.f_type)) ==
           network.cend();
}
