#include "sql/sqlitefile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include <algorithm>
#include <array>

std::optional<QString> SqliteFile::identity(const QString &path)
{
    struct statx st
    {
    };
    if (::statx(AT_FDCWD, QFile::encodeName(path).constData(), 0, STATX_INO | STATX_BTIME, &st) !=
        0)
        return std::nullopt;
    const qint64 born = (st.stx_mask & STATX_BTIME)
                            ? qint64(st.stx_btime.tv_sec) * 1000000000 + st.stx_btime.tv_nsec
                            : 0;
    return QStringLiteral("%1:%2:%3:%4")
        .arg(st.stx_dev_major)
        .arg(st.stx_dev_minor)
        .arg(qulonglong(st.stx_ino))
        .arg(born);
}

bool SqliteFile::canMap(const QString &path)
{
    struct statfs fs;
    if (statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return false;
    // linux/magic.h; anything else (NFS, SMB, FUSE, 9P, Ceph, Lustre...) is
    // read as before.
    static const std::array<unsigned long, 8> local = {
        0xEF53,     // ext2, ext3, ext4
        0x58465342, // XFS
        0x9123683E, // Btrfs
        0x01021994, // tmpfs
        0x858458F6, // ramfs
        0x794C7630, // overlayfs
        0x2FC12FC1, // ZFS
        0xF2F52010, // F2FS
    };
    return std::find(local.cbegin(), local.cend(), static_cast<unsigned long>(fs.f_type)) !=
           local.cend();
}
