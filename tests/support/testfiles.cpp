#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>

namespace TestFiles {

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

} // namespace TestFiles
