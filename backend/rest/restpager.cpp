#include "rest/restpager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RestDetail {

QList<Stream> streamsOf(const QList<StreamKey> &keys)
{
    QList<Stream> out;
    for (const StreamKey &k : keys) {
        Stream s;
        s.region = k.region;
        s.ns = k.ns;
        out.append(s);
    }
    return out;
}

QByteArray saveStreams(const QList<Stream> &streams)
{
    QJsonArray a;
    for (const Stream &s : streams) {
        a.append(QJsonObject{{QStringLiteral("r"), s.region},
                             {QStringLiteral("n"), s.ns},
                             {QStringLiteral("o"), s.offset},
                             {QStringLiteral("t"), s.total},
                             {QStringLiteral("d"), QString::fromLatin1(s.lastDigest.toHex())},
                             {QStringLiteral("p"), s.lastPage},
                             {QStringLiteral("z"), s.lastSize}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("rest"), 2}, {QStringLiteral("s"), a}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QList<Stream>> loadStreams(const QByteArray &state, const QList<StreamKey> &keys)
{
    const QJsonDocument doc = QJsonDocument::fromJson(state);
    if (!doc.isObject() || doc.object().value(QStringLiteral("rest")).toInt() != 2)
        return std::nullopt;
    const QJsonArray a = doc.object().value(QStringLiteral("s")).toArray();
    if (a.size() != keys.size())
        return std::nullopt;
    QList<Stream> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Stream s;
        s.region = o.value(QStringLiteral("r")).toString();
        s.ns = o.value(QStringLiteral("n")).toString();
        if (!(s.key() == keys.at(i)))
            return std::nullopt;
        s.offset = o.value(QStringLiteral("o")).toInteger(-1);
        s.total = o.value(QStringLiteral("t")).toInteger(-2);
        s.lastDigest = QByteArray::fromHex(o.value(QStringLiteral("d")).toString().toLatin1());
        s.lastPage = o.value(QStringLiteral("p")).toInt();
        s.lastSize = o.value(QStringLiteral("z")).toInt();
        if (s.offset < 0 || s.total < -1)
            return std::nullopt;
        out.append(s);
    }
    return out;
}

} // namespace RestDetail
