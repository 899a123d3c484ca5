#pragma once

#include <QDateTime>
#include <QString>

// The times of the REST API (SPEC §3).
namespace Rfc3339 {

// RFC 3339 with offset and optional fraction (kept to the millisecond,
// truncated) -> UTC. Invalid QDateTime when it is not RFC 3339, or when the
// instant falls outside the years 1-9999.
QDateTime parse(const QString &text);

} // namespace Rfc3339
