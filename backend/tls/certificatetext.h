#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslError;

// A server certificate in words, for the messages that refuse it: the REST
// client's and the MySQL TLS probe's.
namespace CertificateText {

// "CN=api.example, O=Example": the subject (or the issuer), as a person
// compares it with what they expect, most specific first; "(none)" if empty.
QString name(const QSslCertificate &cert, bool issuer);

// The host names and addresses the certificate is good for.
QString hosts(const QSslCertificate &cert);

// The certificate the server sent for itself among those `errors` name,
// not a CA of the chain it sent; null if none names one.
QSslCertificate serverCertificate(const QList<QSslError> &errors);

// Why `errors` refuse the certificate `host` sent, once per reason, in
// words ("host name mismatch: ...", "it expired on ..."). `untrusted` is
// said for a chain no trusted CA signed: what to do about it is the
// caller's (a profile's CA file, an address's ca=).
QStringList reasons(const QList<QSslError> &errors, const QString &host, const QString &untrusted);

} // namespace CertificateText
