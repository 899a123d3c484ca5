#pragma once

// The SQLite library's process-wide settings, made before its first use.
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

    // Whether a SQLite connection may read a bounded range through a map of
    // its file (SqlConnection::setMappedReads). Off unless a program allows
    // it: a file cut short under a map (copied over, truncated) ends the
    // process with SIGBUS, where read() gives an error the window shows.
    // usagectl allows it, and turns that signal into one message and an exit.
    static void setMappedReadsAllowed(bool allowed);
    static bool mappedReadsAllowed();
};
