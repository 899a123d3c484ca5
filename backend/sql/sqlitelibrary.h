#pragma once

class QString;

// The SQLite library's process-wide settings, made before its first use, and
// how it may read a file.
class SqliteLibrary
{
public:
    // Turns SQLite's memory statistics off. They take one process-wide mutex
    // on every allocation, and two connections reading at once (a baseline
    // in two halves, a spend in two lanes, the roll-up cache beside its
    // source) spent a third of their time waiting on it: a cold spend of 1M
    // charges took 0.82 s instead of 0.56 s. Nothing here reads those
    // statistics. Takes effect only before SQLite is first used (a later
    // call changes nothing), so every place that opens a SQLite file first
    // calls it; only the first call does anything.
    static void configure();

    // Whether SQLite may read `path` through a map of it (PRAGMA mmap_size):
    // a read through a map that fails (a server gone, a share unmounted) is
    // a SIGBUS where read() returns an error, so not a file on a network
    // file system (nor one whose file system cannot be told).
    static bool canMap(const QString &path);
};
