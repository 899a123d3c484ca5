#include "rest/restcertificate.h"

#include "tls/certificatetext.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QStringList>

namespace RestCertificate {

QString problem(const QString &server, const QString &hostName, const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return {};
    const QStringList reasons = CertificateText::reasons(
        errors, hostName,
        QCoreApplication::translate("RestClient", "it is not signed by a trusted certificate "
                                                  "authority (add the company CA as the CA file)"));
    const QSslCertificate cert = CertificateText::serverCertificate(errors);
    return QCoreApplication::translate("RestClient",
                                       "Refused the certificate of %1: %2. Subject: %3; "
                                       "issuer: %4.")
        .arg(server, reasons.join(QStringLiteral("; ")), CertificateText::name(cert, false),
             CertificateText::name(cert, true));
}

} // namespace RestCertificate
