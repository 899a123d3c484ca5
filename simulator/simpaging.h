#pragma once

#include <QString>

// The services' paging (SPEC §3): page >= 1, size clamped, a page past the
// end answers the last `size` rows.
class SimPaging
{
public:
    SimPaging(const QString &page, const QString &size, qint64 defaultSize, qint64 maxSize);
    // The offset and limit for a list of `total` rows.
    void apply(qint64 total);

    qint64 offset() const { return m_offset; }
    qint64 limit() const { return m_size; }

private:
    qint64 m_page = 1;
    qint64 m_size = 30;
    qint64 m_offset = 0;
};
