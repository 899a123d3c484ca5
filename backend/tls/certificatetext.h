#pragma once

#include <QString>

class QSslCertificate;

// A server certificate in words, for the messages that refuse it: the REST
// client's and the MySQL TLS probe's.
namespace CertificateText {

// "CN=api.example, O=Example": the subject (or the issuer), as a person
// compares it with what they expect, most specific first; "(none)" if empty.
QString name(const QSslCertificate &cert, bool issuer);

// The host names and addresses the certificate is good for.
QString hosts(const QSslCertificate &cert);

} // namespace CertificateText
