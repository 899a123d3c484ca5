#include "cache/monthcellsblob.h"

#include <QCryptographicHash>

#include <algorithm>

QByteArray MonthCellsBlob::pack(QList<SpendCell> cells)
{
    std::sort(cells.begin(), cells.end(),
              [](const SpendCell &a, const SpendCell &b) { return a.ns < b.ns; });
    QByteArray blob;
    blob.reserve(cells.size() * 32);
    const auto put = [&blob](quint64 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            blob.append(char((v >> (8 * i)) & 0xff));
    };
    for (const SpendCell &c : cells) {
        const QByteArray ns = c.ns.toUtf8();
        put(quint64(ns.size()), 4);
        blob.append(ns);
        put(quint64(c.amount.units()), 8);
        put(quint64(c.charges), 8);
    }
    return blob;
}

std::optional<QList<SpendCell>> MonthCellsBlob::unpack(const QByteArray &blob, QDate month,
                                                       NamespaceNames &names)
{
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    const qsizetype n = blob.size();
    const auto get = [p](qsizetype at, int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(p[at + i]) << (8 * i);
        return v;
    };
    // A first pass checks the framing and counts the cells.
    qsizetype count = 0;
    for (qsizetype at = 0; at < n; ++count) {
        if (n - at < 4)
            return std::nullopt;
        const quint64 length = get(at, 4);
        if (quint64(n - at - 4) < length + 16)
            return std::nullopt;
        at += 4 + qsizetype(length) + 16;
    }
    QList<SpendCell> cells;
    cells.reserve(count);
    names.nextList();
    for (qsizetype at = 0; at < n;) {
        const qsizetype length = qsizetype(get(at, 4));
        at += 4;
        const QString &name = names.of(blob.constData() + at, length);
        at += length;
        cells.append({name, month, Money::fromUnits(qint64(get(at, 8))), qint64(get(at + 8, 8))});
        at += 16;
    }
    return cells;
}

QByteArray MonthCellsBlob::digest(const QByteArray &blob)
{
    return QCryptographicHash::hash(blob, QCryptographicHash::Sha1);
}
