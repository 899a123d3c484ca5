#include "certificatetext.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslError>

namespace CertificateText {

QString name(const QSslCertificate &cert, bool issuer)
{
    QStringList parts;
    // Indexed by QSslCertificate::SubjectInfo.
    static const char *const Short[] = {"O", "CN", "L", "OU", "C", "ST"};
    for (const auto attribute :
         {QSslCertificate::CommonName, QSslCertificate::OrganizationalUnitName,
          QSslCertificate::Organization, QSslCertificate::LocalityName,
          QSslCertificate::StateOrProvinceName, QSslCertificate::CountryName}) {
        const QStringList values =
            issuer ? cert.issuerInfo(attribute) : cert.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QLatin1String(Short[int(attribute)]) + QLatin1Char('=') + value);
    }
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QStringLiteral(", "));
}

QString hosts(const QSslCertificate &cert)
{
    QStringList names;
    const auto alternates = cert.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    return names.join(QStringLiteral(", "));
}

QSslCertificate serverCertificate(const QList<QSslError> &errors)
{
    QSslCertificate cert;
    for (const QSslError &e : errors) {
        if (!e.certificate().isNull() && (cert.isNull() || cert.isSelfSigned()))
            cert = e.certificate();
    }
    return cert;
}

QStringList reasons(const QList<QSslError> &errors, const QString &host, const QString &untrusted)
{
    QStringList reasons;
    for (const QSslError &e : errors) {
        QString reason;
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            reason = QCoreApplication::translate("CertificateText",
                                                 "host name mismatch: it names %1, not %2")
                         .arg(hosts(e.certificate()), host);
            break;
        case QSslError::CertificateExpired:
            reason = QCoreApplication::translate("CertificateText", "it expired on %1")
                         .arg(e.certificate().expiryDate().toUTC().toString(Qt::ISODate));
            break;
        case QSslError::CertificateNotYetValid:
            reason = QCoreApplication::translate("CertificateText", "it is not valid before %1")
                         .arg(e.certificate().effectiveDate().toUTC().toString(Qt::ISODate));
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            reason = untrusted;
            break;
        default:
            reason = e.errorString();
            break;
        }
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    return reasons;
}

} // namespace CertificateText
