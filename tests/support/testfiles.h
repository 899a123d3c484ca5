#pragma once

#include <QByteArray>
#include <QString>

// Files in tests.
namespace TestFiles {

// The SHA-256 of the file's bytes (empty when it cannot be read): "the file
// was left as it was" is this digest, unchanged.
QByteArray sha256(const QString &path);

} // namespace TestFiles
