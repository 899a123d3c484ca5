#include "rest/restcertificate.h"

#include "tls/certificatetext.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QStringList>

namespace RestCertificate {

QString problem(const QString &host, const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return {};
    const QStringList reasons = CertificateText::reasons(
        errors, host,
        QCoreApplication::translate("RestClient", "it is not signed by a trusted certificate "
                                                  "authority (add the company CA as the CA file)"));
    const QSslCertificate cert = CertificateText::serverCertificate(errors);
    return QCoreApplication::translate("RestClient",
                                       "Refused the certificate of %1: %2. Subject: %3; "
                                       "issuer: %4.")
        .arg(host, reasons.join(QStringLiteral("; ")), CertificateText::name(cert, false),
             CertificateText::name(cert, true));
}

} // namespace RestCertificate
