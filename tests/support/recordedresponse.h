#pragma once

#include <QByteArray>
#include <QString>

// One answer of the real service as tests/fixtures/<name>.http holds it: the
// status line, the headers (without Date) and the body (Content-Length bytes
// of it). See tests/fixtures/README.md for how they were captured.
struct RecordedResponse
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;

    // Reads fixtures/<name> ("quote-switch" or "quote-switch.http"); a file
    // that is missing or not an HTTP response ends the test program.
    static RecordedResponse load(const QString &name);

    // The whole response again, as a server would send it (with
    // "Connection: close"), for a test's own HTTP server.
    QByteArray toHttp() const;
};
