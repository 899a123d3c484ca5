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
    QStringList reasons;
    QSslCertificate cert;
    for (const QSslError &e : errors) {
        // The server's own certificate, not a CA of the chain it sent.
        if (!e.certificate().isNull() && (cert.isNull() || cert.isSelfSigned()))
            cert = e.certificate();
        QString reason;
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            reason = QCoreApplication::translate("RestClient", "it names another host (%1), not %2")
                         .arg(CertificateText::hosts(e.certificate()), host);
            break;
        case QSslError::CertificateExpired:
            reason = QCoreApplication::translate("RestClient", "it expired on %1")
                         .arg(e.certificate().expiryDate().toUTC().toString(Qt::ISODate));
            break;
        case QSslError::CertificateNotYetValid:
            reason = QCoreApplication::translate("RestClient", "it is not valid before %1")
                         .arg(e.certificate().effectiveDate().toUTC().toString(Qt::ISODate));
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            reason = QCoreApplication::translate("RestClient",
                                                 "it is not signed by a trusted certificate "
                                                 "authority (add the company CA as the CA file)");
            break;
        default:
            reason = e.errorString();
            break;
        }
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return QCoreApplication::translate("RestClient",
                                       "Refused the certificate of %1: %2. Subject: %3; "
                                       "issuer: %4.")
        .arg(host, reasons.join(QStringLiteral("; ")), CertificateText::name(cert, false),
             CertificateText::name(cert, true));
}

} // namespace RestCertificate
