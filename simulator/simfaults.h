#pragma once

#include "simresponse.h"

#include <QByteArray>
#include <QString>

// What each fault switch (SPEC §6 "bad input") does to an answer's bytes.
// The connection-level faults (delay, truncated, drop, drip) are carried
// out by SimServer; this class only rewrites status and body.
class SimFaults
{
public:
    static bool isKnown(const QString &kind);
    // html503, malformed, wrongtypes, huge: the answer the client gets
    // instead; other kinds leave it as it is.
    static SimResponse rewrite(const SimResponse &response, const QString &kind);

    static QByteArray html503Body();
    // Every number of the listed fields written as a string (and the quote's
    // money string as a number).
    static QByteArray wrongTypes(const QByteArray &body);
    // The answer padded to a valid JSON document over 16 MiB.
    static QByteArray huge(const QByteArray &body);
    static QByteArray malformed(const QByteArray &body);

    static constexpr qint64 HugeSize = 16 * 1024 * 1024 + 4096;
};
