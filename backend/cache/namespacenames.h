#pragma once

#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// One shared string per namespace for everything a cache file reads: the
// same few thousand namespaces fill every month, and sharing them saves a
// quarter of a million allocations per read. A standard map: Qt 6.4 hashes
// bytes with SipHash on the CPUs Debian builds for, and hashing each cell's
// name that way cost a third of a warm spend.
//
// A month's names come sorted, and the next month has mostly the same ones:
// each name is first compared with the one that followed the last name in
// the previous list, and only looked up when it differs.
class NamespaceNames
{
public:
    // The string of the UTF-8 name `size` bytes at `data`.
    const QString &of(const char *data, qsizetype size);
    // The names that follow are another list (another month).
    void nextList();
    // Forgets them all past a bound, should a source have that many.
    void bound();

private:
    struct Name
    {
        std::string_view key;
        QString text;
        unsigned list = 0; // the last list it was in...
        size_t at = 0;     // ...and where
    };
    Name &lookup(std::string_view key, const char *data, qsizetype size);

    // Keyed by views of m_keys (a deque never moves what it holds), so that
    // a lookup builds no string; a map's values do not move either.
    std::unordered_map<std::string_view, Name> m_names;
    std::deque<std::string> m_keys;
    std::vector<Name *> m_previous;
    std::vector<Name *> m_current;
    unsigned m_list = 2; // a new name's list (0) is never the one before
    size_t m_next = 0;   // where in m_previous the next name likely is
};
