#include "recordedresponse.h"

#include "testpaths.h"

#include <QFile>

RecordedResponse RecordedResponse::load(const QString &name)
{
    const QString file =
        name.endsWith(QLatin1String(".http")) ? name : name + QStringLiteral(".http");
    QFile f(TestPaths::fixture(file));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("RecordedResponse: cannot read %s", qPrintable(f.fileName()));
    const QByteArray raw = f.readAll();
    const bool crlf = raw.contains("\r\n\r\n");
    const QByteArray separator = crlf ? "\r\n\r\n" : "\n\n";
    const qsizetype split = raw.indexOf(separator);
    if (!raw.startsWith("HTTP/1.1 ") || split < 0)
        qFatal("RecordedResponse: %s is not an HTTP response", qPrintable(f.fileName()));
    const QList<QByteArray> head = raw.left(split).split('\n');

    RecordedResponse r;
    r.status = head.value(0).split(' ').value(1).toInt();
    r.body = raw.mid(split + separator.size());
    qsizetype length = -1;
    for (const QByteArray &line : head.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "content-type")
            r.contentType = value;
        else if (key == "content-length")
            length = value.toLongLong();
    }
    if (length >= 0)
        r.body.truncate(length);
    else
        while (r.body.endsWith('\n') || r.body.endsWith('\r'))
            r.body.chop(1);
    if (r.status < 100 || r.status > 599)
        qFatal("RecordedResponse: %s has no status", qPrintable(f.fileName()));
    return r;
}

QByteArray RecordedResponse::toHttp() const
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Recorded\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}
