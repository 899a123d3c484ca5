#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace RestCertificate {

// Why the certificate of `server` ("host:port") was refused, in one sentence
// that names the reason(s), its subject and its issuer; empty when `errors`
// is. A certificate names hosts, not ports: `hostName` is what it must name.
QString problem(const QString &server, const QString &hostName, const QList<QSslError> &errors);

} // namespace RestCertificate
