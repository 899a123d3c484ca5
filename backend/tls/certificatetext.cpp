#include "certificatetext.h"

#include <QSslCertificate>
#include <QStringList>

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

} // namespace CertificateText
