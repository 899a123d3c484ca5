#include "simpaging.h"

#include <limits>
#include <optional>

namespace {

// strconv.ParseInt(s, 10, 64); nullopt where Go answers an error.
std::optional<qint64> goParseInt(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text)
        return std::nullopt;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

} // namespace

SimPaging::SimPaging(const QString &page, const QString &size, qint64 defaultSize, qint64 maxSize)
{
    m_page = goParseInt(page).value_or(0);
    if (m_page < 1)
        m_page = 1;
    m_size = goParseInt(size).value_or(defaultSize);
    if (m_size < 1)
        m_size = 1;
    else if (m_size > maxSize)
        m_size = maxSize;
}

void SimPaging::apply(qint64 total)
{
    const qint64 pages = m_page - 1;
    // (page - 1) * size, saturated instead of wrapping around.
    if (pages > std::numeric_limits<qint64>::max() / m_size)
        m_offset = std::numeric_limits<qint64>::max();
    else
        m_offset = pages * m_size;
    if (m_offset >= total)
        m_offset = total - m_size;
    if (m_offset < 0)
        m_offset = 0;
}
