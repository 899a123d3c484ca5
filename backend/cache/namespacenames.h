#pragma once

#include <QString>

#include <string>
#include <unordered_map>

// One shared string per namespace for everything a cache file reads: the
// same few thousand namespaces fill every month, and sharing them saves a
// quarter of a million allocations per read. A standard map: Qt 6.4 hashes
// bytes with SipHash on the CPUs Debian builds for, and hashing each cell's
// name that way cost a third of a warm spend.
class NamespaceNames
{
public:
    // The string of the UTF-8 name `size` bytes at `data`.
    const QString &of(const char *data, qsizetype size);
    // Forgets them all past a bound, should a source have that many.
    void bound();

private:
    std::unordered_map<std::string, QString> m_names;
};
