#include "cache/namespacenames.h"

NamespaceNames::Name &NamespaceNames::lookup(std::string_view key, const char *data, qsizetype size)
{
    auto name = m_names.find(key);
    if (name == m_names.end()) {
        m_keys.emplace_back(key);
        const std::string_view kept(m_keys.back());
        name = m_names.emplace(kept, Name{kept, QString::fromUtf8(data, size)}).first;
    }
    return name->second;
}

const QString &NamespaceNames::of(const char *data, qsizetype size)
{
    const std::string_view key(data, size_t(size));
    Name *name = m_next < m_previous.size() ? m_previous[m_next] : nullptr;
    if (!name || name->key != key)
        name = &lookup(key, data, size);
    if (name->list == m_list - 1)
        m_next = name->at + 1; // in step with the previous list again
    name->list = m_list;
    name->at = m_current.size();
    m_current.push_back(name);
    return name->text;
}

void NamespaceNames::nextList()
{
    m_previous.swap(m_current);
    m_current.clear();
    ++m_list;
    m_next = 0;
}

void NamespaceNames::bound()
{
    if (m_names.size() > 100000) {
        m_names.clear();
        m_keys.clear();
        m_previous.clear();
        m_current.clear();
        m_next = 0;
    }
}
