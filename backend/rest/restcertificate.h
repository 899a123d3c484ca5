#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace RestCertificate {

// Why the certificate of `host` was refused, in one sentence that names the
// reason(s), its subject and its issuer; empty when `errors` is.
QString problem(const QString &host, const QList<QSslError> &errors);

} // namespace RestCertificate
