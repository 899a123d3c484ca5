#pragma once

#include <QString>

#include <optional>

// A SQLite file as the operating system sees it.
class SqliteFile
{
public:
    // What tells this file from another at the same path later (a copy
    // renamed into its place, a new demo database; not one copied over it,
    // which keeps the inode): its device, inode and birth time (where the
    // file system keeps one). Nothing when it cannot be looked at.
    static std::optional<QString> identity(const QString &path);

    // Whether SQLite may read the file through a map of it (PRAGMA
    // mmap_size): only on a local file system that Linux names here (an
    // overlay counts as local). A read through a map that fails (a server
    // gone, a share unmounted) is a SIGBUS where read() returns an error.
    static bool canMap(const QString &path);
};
