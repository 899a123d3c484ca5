#include "cache/namespacenames.h"

const QString &NamespaceNames::of(const char *data, qsizetype size)
{
    std::string key(data, size_t(size));
    auto name = m_names.find(key);
    if (name == m_names.end())
        name = m_names.emplace(std::move(key), QString::fromUtf8(data, size)).first;
    return name->second;
}

void NamespaceNames::bound()
{
    if (m_names.size() > 100000)
        m_names.clear();
}
